/**
 * Step 2's outcome speaks to whoever reads it (docs/decisions/028): "Uw keuze" to the applicant,
 * the applicant's name to someone filling in for them, never "uw keuze" to the daughter.
 */
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { aanvraag } from "@/content/aanvraag";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { KeuzeOverzicht } from "./keuze-overzicht";

const t = aanvraag.keuzeOverzicht;
const ZELF: Antwoorden = { voorWie: "zelf", heeftIndicatie: "ja", zorgprofiel: "5VV", woonwens: "thuis", regie: "zelf" };
const VOOR_ANS: Antwoorden = { ...ZELF, voorWie: "familie", naamAanvrager: "Ans" };

const koppen = (html: string) => [...html.matchAll(/<h[23][^>]*>(.*?)<\/h[23]>/g)].map((m) => m[1] ?? "");

describe("KeuzeOverzicht", () => {
  it("calls the applicant's own choice 'Uw keuze'", () => {
    const html = renderToStaticMarkup(h(KeuzeOverzicht, { antwoorden: ZELF }));
    expect(koppen(html)).toContain(t.keuzeKop(null));
    expect(koppen(html).some((k) => k.includes(t.uwKeuze(null)))).toBe(true);
  });

  it("names the applicant when someone fills in for them, and says 'uw keuze' in no heading", () => {
    const html = renderToStaticMarkup(h(KeuzeOverzicht, { antwoorden: VOOR_ANS }));
    expect(koppen(html)).toContain("De keuze voor Ans");
    expect(koppen(html).filter((k) => /\b[Uu]w keuze\b/.test(k))).toEqual([]);
  });

  it("names the applicant in the warning when the choice is not possible", () => {
    const html = renderToStaticMarkup(h(KeuzeOverzicht, { antwoorden: { ...VOOR_ANS, zorgprofiel: "3LVG" } }));
    expect(html).toContain(t.nietMogelijkTitel("Ans"));
    expect(html).not.toContain(t.nietMogelijkTitel(null));
  });

  it("links each glossary term once, at its first use: the answer to the choice, then its reasons", () => {
    const html = renderToStaticMarkup(h(KeuzeOverzicht, { antwoorden: ZELF }));
    const ids = [...html.matchAll(/<a href="\/begrippen#([a-z-]+)"/g)].map((m) => m[1]);
    expect(ids[0]).toBe("pgb");
    expect(new Set(ids).size).toBe(ids.length);
    const antwoord = /<p class="text-xl font-bold mb-2">(.*?)<\/p>/.exec(html)?.[1] ?? "";
    expect(antwoord).toContain('href="/begrippen#pgb"');
  });
});
