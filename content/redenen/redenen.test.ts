/** redenTekst for each reader (docs/decisions/028-redenen-als-gegevens.md). */
import { describe, expect, it } from "vitest";
import { reden, REDEN_CODES } from "@/rules/redenen";
import { beoordeel } from "@/rules/beoordeel";
import { profiel, situatie, zorgverlener } from "@/tests/lib/situaties";
import { bezittelijk, derdePersoon } from "./derde-persoon";
import { AANVRAGER, metTeksten, redenTekst, tekstVoor, ZORGKANTOOR, type Publiek } from "./index";
import { REDEN_WOORDEN } from "./woorden";

const RIET: Publiek = { wie: "namens", naam: "Riet" };

describe("redenTekst", () => {
  it("has words for every code", () => {
    expect(Object.keys(REDEN_WOORDEN).sort()).toEqual([...REDEN_CODES].sort());
  });

  it("the werkgever, the gewaarborgde hulp, the pgb and the budget speak about Riet, not to 'u'", () => {
    const b = beoordeel(
      situatie({ zorgprofiel: profiel("5VV"), woonsituatie: "thuis", gewaarborgdeHulp: false, zorgverleners: [zorgverlener({ relatie: "overig", overeenkomst: "arbeidsovereenkomst" })], pgbJaarbedrag: 100 }),
      "2024-07-01",
    );
    const werkgever = b.budgetplan?.zorgverleners[0]?.redenen.find((r) => r.code === "zo.werkgever");
    expect(werkgever && redenTekst(werkgever, RIET)).toMatch(/^Riet wordt werkgever/);
    const alle = [...b.gewaarborgdeHulp.redenen, ...b.aanvraag.redenen, ...b.leveringsvormen.pgb.redenen, ...(b.budgetplan?.redenen ?? [])];
    for (const r of alle) expect(redenTekst(r, RIET)).not.toMatch(/\b[Uu]w?\b/);
    expect(alle.map((r) => redenTekst(r, RIET)).join(" ")).toContain("het pgb van Riet");
  });

  it("the gewaarborgde hulp reads who it helps", () => {
    const r = reden("AV-02", "av.hulp-verplicht", { zorgprofiel: "ZP 5 VV" });
    expect(redenTekst(r, { wie: "gewaarborgde-hulp", naam: "Riet" })).toContain("Dat bent u: u helpt Riet");
    expect(redenTekst(r, ZORGKANTOOR)).toContain("iemand die de aanvrager helpt");
  });

  it("the fallback rewrites the u form to a third person", () => {
    expect(derdePersoon("U bent failliet verklaard. Kunt u dat melden aan uw zorgkantoor?", { naam: "Riet" })).toBe(
      "Riet is failliet verklaard. Kan Riet dat melden aan Riets zorgkantoor?",
    );
    expect(derdePersoon("U woont thuis.", { naam: "de aanvrager", neutraal: true })).toBe("De aanvrager woont thuis.");
    expect(derdePersoon("Uw pgb.", { naam: "de aanvrager", neutraal: true })).toBe("Zijn of haar pgb.");
    expect([bezittelijk({ naam: "Kees" }), bezittelijk({ naam: "Anna" }), bezittelijk({ naam: "Henk" })]).toEqual(["Kees'", "Anna's", "Henks"]);
  });

  it("metTeksten gives every reason its tekst, code and gegevens, in the API's order", () => {
    const uit = metTeksten({ a: [reden("BP-02", "bp.totaal", { aantal: 2, totaal: 162400 })], b: 1 });
    expect(uit).toEqual({
      a: [{ regel: "BP-02", tekst: "U heeft 2 zorgverleners. Samen kosten ze € 1.624,00 per jaar.", bron: "Bijlage 3, 6", code: "bp.totaal", gegevens: { aantal: 2, totaal: 162400 } }],
      b: 1,
    });
  });
});

describe("tekstVoor: a sentence of content/ for who reads", () => {
  const zin = "U wordt werkgever. Met een arbeidsovereenkomst bent u werkgever van uw zorgverlener.";

  it("unchanged for the applicant, the default", () => {
    expect(tekstVoor(zin)).toBe(zin);
    expect(tekstVoor(zin, AANVRAGER)).toBe(zin);
  });

  it("about Riet for someone filling in for her, about 'de aanvrager' for staff", () => {
    expect(tekstVoor(zin, RIET)).toBe("Riet wordt werkgever. Met een arbeidsovereenkomst is Riet werkgever van Riets zorgverlener.");
    expect(tekstVoor(zin, ZORGKANTOOR)).toBe("De aanvrager wordt werkgever. Met een arbeidsovereenkomst is de aanvrager werkgever van zijn of haar zorgverlener.");
  });
});
