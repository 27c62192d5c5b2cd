/**
 * The reasons of an outcome in the page's language (docs/decisions/032-talen.md, addendum
 * 2026-12-05, and "reasons in English for every reader"): English words for the applicant and
 * for staff alike, no lang of their own; a Dutch page unchanged.
 */
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { redenTekst, ZORGKANTOOR } from "@/content/redenen";
import { reden } from "@/rules/redenen";
import { redenTaal } from "@/lib/wizard/vragen/reden-taal";
import { RedenenLijst, UitkomstBlok } from "./uitkomst";

const REDEN = reden("ZK-01", "zk.regio-bepaalt");
const REDENEN = [REDEN];
const tekstVan = (markup: string) => markup.replace(/<[^>]+>/g, " ");

describe("RedenenLijst in two languages", () => {
  it("a Dutch page: Dutch words and no lang attribute, as before", () => {
    const m = renderToStaticMarkup(h(RedenenLijst, { redenen: REDENEN }));
    expect(m).toContain(redenTekst(REDEN));
    expect(m).not.toContain("lang=");
    expect(renderToStaticMarkup(h(RedenenLijst, { redenen: REDENEN, taal: "nl" }))).toBe(m);
  });

  it("an English page: the applicant's English words, no lang of their own", () => {
    const m = renderToStaticMarkup(h(RedenenLijst, { redenen: REDENEN, taal: "en" }));
    expect(tekstVan(m)).toContain(redenTekst(REDEN, undefined, "en"));
    expect(m).not.toContain('lang="nl"');
  });

  it("an English page for staff: the staff's English words, no lang of their own", () => {
    const m = renderToStaticMarkup(h(UitkomstBlok, { titel: "Outcome", uitkomst: { uitkomst: "ja", redenen: REDENEN }, publiek: ZORGKANTOOR, taal: "en" }));
    expect(m).not.toContain('lang="nl"');
    expect(tekstVan(m)).toContain(redenTekst(REDEN, ZORGKANTOOR, "en"));
    expect(tekstVan(m)).toContain("Where the applicant lives decides");
  });

  it("an English page for someone who fills in for Riet: about Riet, in English", () => {
    const m = renderToStaticMarkup(h(RedenenLijst, { redenen: REDENEN, publiek: { wie: "namens", naam: "Riet" }, taal: "en" }));
    expect(m).not.toContain('lang="nl"');
    expect(tekstVan(m)).toContain("Where Riet lives decides which zorgkantoor to go to.");
  });

  it("redenTaal: the page's language, for every reader", () => {
    expect(redenTaal({ wie: "aanvrager" }, "en")).toBe("en");
    expect(redenTaal(ZORGKANTOOR, "en")).toBe("en");
    expect(redenTaal({ wie: "namens", naam: "Riet" }, "en")).toBe("en");
    expect(redenTaal({ wie: "gewaarborgde-hulp" }, "en")).toBe("en");
    expect(redenTaal({ wie: "aanvrager" }, "nl")).toBe("nl");
    expect(redenTaal(ZORGKANTOOR, "nl")).toBe("nl");
  });
});
