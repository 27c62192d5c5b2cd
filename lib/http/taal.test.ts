/** The language of an API answer from Accept-Language (docs/decisions/028, addendum 2026-12-05). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_ACCEPT_LANGUAGE, taalUitAcceptLanguage, taalVanVerzoek } from "./taal";

describe("taalUitAcceptLanguage", () => {
  it.each([
    ["en-GB,en;q=0.9,nl;q=0.8", "en"],
    ["nl, en;q=0.5", "nl"],
    ["en", "en"],
    ["EN-us", "en"],
    ["en-Latn-GB", "en"],
    ["nl-BE", "nl"],
    ["de-DE,de;q=0.9,en;q=0.8", "en"],
    ["de, fr;q=0.9", "nl"],
    ["en;q=0.5, nl;q=0.5", "en"],
    ["nl;q=0.5, en;q=0.5", "nl"],
    ["nl;q=0.4, en;q=0.5", "en"],
    ["en;q=1.000", "en"],
    ["en ; q = 0.7", "en"],
    ["en;Q=0.7", "en"],
    ["nl;q=0, en;q=0.1", "en"],
    ["en;q=0", "nl"],
    ["en;q=0.000, *", "nl"],
    ["nl;q=0, *", "en"],
    ["*", "nl"],
    ["*;q=0.5, en", "en"],
    ["en,,nl", "en"],
    [" , en", "en"],
    ["\ten\t;\tq=0.5 ", "en"],
    ["", "nl"],
  ])("%j → %s", (header, taal) => {
    expect(taalUitAcceptLanguage(header)).toBe(taal);
  });

  it("Dutch without a header", () => {
    expect(taalUitAcceptLanguage(null)).toBe("nl");
    expect(taalUitAcceptLanguage(undefined)).toBe("nl");
  });

  it.each([
    "en;q=2",
    "en;q=1.5",
    "en;q=0.5000",
    "en;q=",
    "en;q=-1",
    "en;q=abc",
    "en;level=1",
    "en;q=0.5;q=0.6",
    "en_GB",
    "toolongtag-GB",
    "en-",
    "-en",
    "en GB",
    "en;",
    "\u00e9n",
    "en\u0000",
    "'; DROP TABLE",
    "q=0.5",
    "en\u00a0",
    "\u00a0en",
    "en;\u00a0q=0.5",
  ])("a malformed header %j is Dutch", (header) => {
    expect(taalUitAcceptLanguage(header)).toBe("nl");
  });

  it("a header longer than the bound is Dutch, unread", () => {
    const lang = `en,${"nl;q=0.1,".repeat(40)}`;
    expect(lang.length).toBeGreaterThan(MAX_ACCEPT_LANGUAGE);
    expect(taalUitAcceptLanguage(lang)).toBe("nl");
    expect(taalUitAcceptLanguage(lang.slice(0, MAX_ACCEPT_LANGUAGE - 1).replace(/,[^,]*$/, ""))).toBe("en");
  });

  it("any string gives a language, never an exception", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (header) => ["nl", "en"].includes(taalUitAcceptLanguage(header))));
  });
});

describe("taalVanVerzoek: the chosen language first, then Accept-Language", () => {
  it.each([
    ["en", "nl", "en"],
    ["nl", "en-GB", "nl"],
    [undefined, "en-GB", "en"],
    [undefined, null, "nl"],
    ["fr", "en", "en"],
    ["", "nl", "nl"],
    ["EN", null, "nl"],
  ] as const)("cookie %j, Accept-Language %j: %s", (cookie, header, verwacht) => {
    expect(taalVanVerzoek(cookie, header)).toBe(verwacht);
  });
});
