/**
 * The reasons of an outcome in the page's language (docs/decisions/032-talen.md, addendum
 * 2026-12-05): English words for the applicant; for staff, who have no English words yet, the
 * Dutch, marked `lang="nl"`; a Dutch page unchanged.
 */
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { redenTekst, ZORGKANTOOR } from "@/content/redenen";
import { reden } from "@/rules/redenen";
import { RedenenLijst, redenTaal, UitkomstBlok } from "./uitkomst";

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

  it("an English page for staff: the Dutch staff words, marked lang=\"nl\"", () => {
    const m = renderToStaticMarkup(h(UitkomstBlok, { titel: "Outcome", uitkomst: { uitkomst: "ja", redenen: REDENEN }, publiek: ZORGKANTOOR, taal: "en" }));
    expect(m).toMatch(/<div lang="nl">/);
    expect(tekstVan(m)).toContain(redenTekst(REDEN, ZORGKANTOOR));
  });

  it("redenTaal: English only where English words exist", () => {
    expect(redenTaal("en", { wie: "aanvrager" })).toBe("en");
    expect(redenTaal("en", ZORGKANTOOR)).toBe("nl");
    expect(redenTaal("en", { wie: "namens", naam: "Riet" })).toBe("nl");
    expect(redenTaal("nl", { wie: "aanvrager" })).toBe("nl");
  });
});
