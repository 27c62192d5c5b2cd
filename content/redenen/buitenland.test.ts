/** The words of a stay abroad (TK-06, TK-07) for someone who fills in for Riet (docs/decisions/028). */
import { describe, expect, it } from "vitest";
import { beoordeelBuitenland } from "@/rules/buitenland";
import { REDEN_CODES, type Reden } from "@/rules/redenen";
import { redenTekst, ZORGKANTOOR, type Publiek } from "./index";

const RIET: Publiek = { wie: "namens", naam: "Riet" };

/** Every reason of a stay for countries, lengths and answers that reach each code. */
function alleRedenen(): Reden[] {
  const uit: Reden[] = [];
  for (const land of ["ES", "CH", "US", "NO", "JP", "NL", "XX"]) {
    for (const weken of [0, 4, 8, 20, 60]) {
      for (const extra of [{}, { palliatiefTerminaal: true }, { zorgverlenersBuitenNederlandseBelasting: true }, { zorgverlenersBuitenNederlandseBelasting: false }, { logeeropvang: true }]) {
        uit.push(...beoordeelBuitenland({ land, weken, ...extra }, "2024-07-01").redenen);
      }
    }
  }
  return uit;
}

describe("words of a stay abroad for another reader", () => {
  const redenen = alleRedenen();

  it("reach every code of the family", () => {
    expect(new Set(redenen.map((r) => r.code))).toEqual(new Set(REDEN_CODES.filter((c) => c.startsWith("bl."))));
  });

  it("speak about Riet, never to 'u'", () => {
    for (const r of redenen) expect(redenTekst(r, RIET), r.code).not.toMatch(/\b[Uu]w?\b/);
    const meld = redenen.find((r) => r.code === "bl.meldplicht");
    expect(meld && redenTekst(meld, RIET)).toBe("Riet gaat langer dan 6 weken naar het buitenland. Meld dit aan het zorgkantoor.");
    expect(meld && redenTekst(meld, ZORGKANTOOR)).toBe("De aanvrager gaat langer dan 6 weken naar het buitenland. Meld dit aan het zorgkantoor.");
  });

  it("name the country from its code", () => {
    const r = beoordeelBuitenland({ land: "es", weken: 4 }, "2024-07-01").redenen[0];
    expect(r?.gegevens).toEqual({ land: "ES", maxWeken: 52 });
    expect(r && redenTekst(r, RIET)).toMatch(/^Spanje hoort bij de Europese Economische Ruimte/);
  });
});
