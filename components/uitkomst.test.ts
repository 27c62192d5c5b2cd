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

  it("an English page for staff: the Dutch staff words, marked lang=\"nl\"", () => {
    const m = renderToStaticMarkup(h(UitkomstBlok, { titel: "Outcome", uitkomst: { uitkomst: "ja", redenen: REDENEN }, publiek: ZORGKANTOOR, taal: "en" }));
    expect(m).toMatch(/<p [^>]*lang="nl"/);
    expect(tekstVan(m)).toContain(redenTekst(REDEN, ZORGKANTOOR));
  });

  it("redenTaal: English only where English words exist", () => {
    expect(redenTaal({ wie: "aanvrager" }, "en")).toBe("en");
    expect(redenTaal(ZORGKANTOOR, "en")).toBe("nl");
    expect(redenTaal({ wie: "namens", naam: "Riet" }, "en")).toBe("nl");
    expect(redenTaal({ wie: "aanvrager" }, "nl")).toBe("nl");
  });
});
