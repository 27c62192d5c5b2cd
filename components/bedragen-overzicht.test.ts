/**
 * The line under the budgetplan's sums: it never says the uurtarieven look fine when the maximum of
 * the year is unknown and the warning above it says they were not checked (ZO-04).
 */
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { budgetplanOverzicht } from "@/content/budgetplan-overzicht";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { AANVRAGER, type Publiek } from "@/content/redenen";
import { BROCHURE_ZORGVERLENER, BUURVROUW_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import type { Taal } from "@/content/taal";
import { BedragenOverzicht } from "./bedragen-overzicht";

const t = budgetplanVragen.bedragen;
const onbekend = budgetplanOverzicht.waarschuwingen.tariefMaximumOnbekend;

/** The brochure's example (BP-03): a mother, 25 uur × € 15,- on an overeenkomst van opdracht. */
const ANTWOORDEN: Antwoorden = {
  woonwens: "thuis",
  woonplaats: { invoer: "Enschede", zkCode: "ZK22", gemeente: "Enschede", viaPostcode: false },
  zorgverleners: [BROCHURE_ZORGVERLENER],
};

/** The page reads today's date in Amsterdam; noon UTC is the same day there. */
function opDatum(iso: string, antwoorden: Antwoorden = ANTWOORDEN, publiek: Publiek = AANVRAGER, taal: Taal = "nl"): string {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${iso}T12:00:00Z`));
  return renderToStaticMarkup(h(BedragenOverzicht, { antwoorden, publiek, taal }));
}

/** The warnings' headings and paragraphs and their reasons' sentences, as text. */
function waarschuwingTeksten(html: string): string[] {
  const patronen = [/<h[23][^>]*>(.*?)<\/h[23]>/g, /<p[^>]*data-waarschuwing-tekst[^>]*>(.*?)<\/p>/g, /<p[^>]*data-reden="[^"]*"[^>]*>(.*?)<\/p>/g];
  return patronen.flatMap((p) => [...html.matchAll(p)].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, "").replaceAll("&#x27;", "'")));
}

/** "u" or "uw" as a word: the applicant addressed (docs/decisions/028). */
const U_VORM = /(?<![\p{L}\p{N}])(u|U|uw|Uw)(?![\p{L}\p{N}])/u;

afterEach(() => {
  vi.useRealTimers();
});

describe("BedragenOverzicht", () => {
  it("2024, maximum known and € 15,00 below it: no problems with the uurtarieven", () => {
    const html = opDatum("2024-06-01");
    expect(html).toContain(t.geenWaarschuwingen);
    expect(html).not.toContain(onbekend.titel("2024"));
  });

  it("2026, maximum unknown: the warning says the tarief is not checked, and nothing contradicts it", () => {
    const html = opDatum("2026-06-01");
    expect(html).toContain(onbekend.titel("2026"));
    expect(html).not.toContain(t.geenWaarschuwingen);
    expect(html).toContain(t.geenAndereWaarschuwingen);
  });

  it("for someone filling in for Riet, the warnings and their reasons speak about Riet, not to 'u' (docs/decisions/028)", () => {
    // A neighbour on an arbeidsovereenkomst in 2026: werkgever, loonbelasting, and the unknown maximum.
    const antwoorden: Antwoorden = { ...ANTWOORDEN, verwachtJaarbudget: 100_000, zorgverleners: [BROCHURE_ZORGVERLENER, BUURVROUW_ZORGVERLENER] };
    const voorRiet = waarschuwingTeksten(opDatum("2026-06-01", antwoorden, { wie: "namens", naam: "Riet" }));
    expect(voorRiet.length).toBeGreaterThan(8);
    expect(voorRiet.filter((tekst) => U_VORM.test(tekst))).toEqual([]);
    expect(voorRiet).toContain("Riet wordt werkgever");
    // The applicant still reads "u": the same answers without a reader say it.
    const voorAanvrager = waarschuwingTeksten(opDatum("2026-06-01", antwoorden));
    expect(voorAanvrager).toContain("U wordt werkgever");
    expect(voorAanvrager.filter((tekst) => U_VORM.test(tekst)).length).toBeGreaterThan(3);
  });

  it("on an English page: the table and the warnings in English, for the applicant and worded for Riet, no lang=\"nl\"", () => {
    const antwoorden: Antwoorden = { ...ANTWOORDEN, verwachtJaarbudget: 100_000, zorgverleners: [BROCHURE_ZORGVERLENER, BUURVROUW_ZORGVERLENER] };
    const html = opDatum("2026-06-01", antwoorden, AANVRAGER, "en");
    const teksten = waarschuwingTeksten(html);
    expect(html).toContain("The sum per care provider");
    expect(html).toContain("Cost per year");
    expect(html).toContain("€\u00a01.624,00 × 12 = €\u00a019.488,00 per year");
    expect(teksten).toContain("You become an employer");
    expect(teksten).toContain("Your plan costs more than your pgb");
    expect(html).not.toContain("lang=\"nl\"");
    expect(teksten.filter((tekst) => U_VORM.test(tekst))).toEqual([]);

    const voorRiet = opDatum("2026-06-01", antwoorden, { wie: "namens", naam: "Riet" }, "en");
    expect(voorRiet).toContain("The sum per care provider");
    const rietTeksten = waarschuwingTeksten(voorRiet);
    expect(rietTeksten).toContain("Riet becomes an employer");
    expect(rietTeksten).toContain("Riet's plan costs more than Riet's pgb");
    expect(rietTeksten.length).toBeGreaterThan(8);
    expect(rietTeksten.filter((tekst) => /\b(you|your)\b/i.test(tekst) || U_VORM.test(tekst))).toEqual([]);
    expect(voorRiet).not.toContain("lang=\"nl\"");
  });
});
