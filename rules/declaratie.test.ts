import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  declaratiesNodig,
  declaratieTermijn,
  declaratieUiterlijk,
  declarerenViaPortaal,
  declarerenViaSvb,
  magDeclareren,
  subsidievaststelling,
  takenSvb,
  verantwoordingsvrijBedrag,
  wanneerDeclareren,
} from "./declaratie";
import { dagNummer, datumVanDagNummer } from "./datum";
import type { Reden } from "./types";
import { tekstVan } from "@/tests/lib/redenen";

const CONFIG = { seed: 20261124, numRuns: 1000 };
const PEILDATUM = "2026-11-24";
const teksten = (redenen: Reden[]) => redenen.map((r) => tekstVan(r)).join("\n");

/** Builder: the VVB options, any field overridden. */
function vvbOpties(over: { uitgavenAanZorg?: number; peildatum?: string } = {}) {
  return { peildatum: PEILDATUM, ...over };
}

describe("verantwoordingsvrijBedrag (DE-05)", () => {
  it("DE-05: 1,5% of € 50.000,- is € 750,- (example de-05-vvb-50000)", () => {
    const r = verantwoordingsvrijBedrag(5000000, vvbOpties());
    expect(r.bedrag).toBe(75000);
    expect(teksten(r.redenen)).toContain("1,5% van uw pgb van € 50.000,00 is € 750,00.");
    expect(r.redenen[0]).toMatchObject({ regel: "DE-05", bron: "Verantwoordingsvrij bedrag" });
    expect(r.redenen[0]).toMatchObject({ code: "de.vvb-berekening", gegevens: { pgb: 5000000, basispunten: 150, bedrag: 75000 } });
    expect(r.redenen.map((x) => x.code)).toEqual(["de.vvb-berekening", "de.vvb-voorwaarde", "de.vvb-uitkomst", "de.vvb-opvragen"]);
    expect(teksten(r.redenen)).toContain("niet helemaal nodig is");
  });

  it("DE-05: 1,5% of € 10.000,- is under the minimum: € 250,- (example de-05-vvb-minimum)", () => {
    const r = verantwoordingsvrijBedrag(1000000, vvbOpties({ uitgavenAanZorg: 400000 }));
    expect(r.bedrag).toBe(25000);
    expect(teksten(r.redenen)).toContain("minstens € 250,00");
  });

  it("DE-05: at most € 1.250,-", () => {
    const r = verantwoordingsvrijBedrag(20000000, vvbOpties());
    expect(r.bedrag).toBe(125000);
    expect(teksten(r.redenen)).toContain("hoogstens € 1.250,00");
  });

  it("DE-05: no VVB without any care spending", () => {
    const r = verantwoordingsvrijBedrag(5000000, vvbOpties({ uitgavenAanZorg: 0 }));
    expect(r.bedrag).toBe(0);
    expect(teksten(r.redenen)).toContain("geen recht");
  });

  it("DE-05: never more than the pgb, nor than what is left after the care", () => {
    const klein = verantwoordingsvrijBedrag(10000, vvbOpties());
    expect(klein.bedrag).toBe(10000);
    expect(teksten(klein.redenen)).toContain("nooit meer zijn dan uw pgb");
    const bijnaOp = verantwoordingsvrijBedrag(1000000, vvbOpties({ uitgavenAanZorg: 990000 }));
    expect(bijnaOp.bedrag).toBe(10000);
    expect(teksten(bijnaOp.redenen)).toContain("nog € 100,00 over");
    expect(verantwoordingsvrijBedrag(1000000, vvbOpties({ uitgavenAanZorg: 2000000 })).bedrag).toBe(0);
    expect(verantwoordingsvrijBedrag(0, vvbOpties()).bedrag).toBe(0);
  });

  it("DE-05: what is left after the care caps the VVB below the € 250,- minimum (\"indien het budget daartoe toereikend blijkt\"), and the text says so", () => {
    const r = verantwoordingsvrijBedrag(1000000, vvbOpties({ uitgavenAanZorg: 990000 }));
    expect(r.bedrag).toBe(10000);
    const tekst = teksten(r.redenen);
    expect(tekst).toContain("Van uw pgb is na de uitgaven aan zorg nog € 100,00 over. Dat is minder dan het minimum van € 250,00.");
    expect(tekst).toContain("U kunt € 100,00 opvragen als verantwoordingsvrij bedrag.");
    // The minimum is never promised without its condition.
    expect(tekst).not.toMatch(/minstens € 250,00 per jaar\./);
    expect(tekst).toContain("minstens € 250,00 per jaar, als uw budget daarvoor genoeg is");
  });

  it("DE-05: nothing left after the care: no VVB, said as such, not \"U kunt € 0,00 opvragen\"", () => {
    const r = verantwoordingsvrijBedrag(1000000, vvbOpties({ uitgavenAanZorg: 2000000 }));
    expect(r.bedrag).toBe(0);
    expect(teksten(r.redenen)).toContain("Van uw pgb is na de uitgaven aan zorg niets over. Dan kunt u geen verantwoordingsvrij bedrag opvragen.");
    expect(teksten(r.redenen)).not.toContain("€ 0,00 opvragen");
  });

  it("DE-05: a pgb under € 250,-: the VVB is the pgb at most, and the text says it is under the minimum", () => {
    const r = verantwoordingsvrijBedrag(10000, vvbOpties());
    expect(r.bedrag).toBe(10000);
    expect(teksten(r.redenen)).toContain("Uw pgb van € 100,00 is kleiner dan het minimum van € 250,00.");
  });

  it("DE-05: spending not known: the text says that less may be left, even under € 250,-", () => {
    const r = verantwoordingsvrijBedrag(1000000, vvbOpties());
    expect(r.bedrag).toBe(25000);
    expect(teksten(r.redenen)).toContain("Is er minder over? Dan kunt u alleen opvragen wat er over is, ook als dat minder is dan € 250,00.");
  });

  it("DE-05: 1,5% is rounded down to the cent", () => {
    // 1,5% of € 20.000,33 = € 300,00495 → € 300,00.
    expect(verantwoordingsvrijBedrag(2000033, vvbOpties()).bedrag).toBe(30000);
    expect(verantwoordingsvrijBedrag(2000099, vvbOpties()).bedrag).toBe(30001);
  });

  it("DE-05: refuses negative or broken amounts", () => {
    expect(() => verantwoordingsvrijBedrag(-1, vvbOpties())).toThrow(RangeError);
    expect(() => verantwoordingsvrijBedrag(1.5, vvbOpties())).toThrow(RangeError);
    expect(() => verantwoordingsvrijBedrag(100, vvbOpties({ uitgavenAanZorg: -1 }))).toThrow(RangeError);
  });

  it("DE-05: stays within its bounds, within the pgb and what is left (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.option(fc.integer({ min: 0, max: 1e10 }), { nil: undefined }), (pgb, uitgaven) => {
        const { bedrag, redenen } = verantwoordingsvrijBedrag(pgb, vvbOpties({ uitgavenAanZorg: uitgaven }));
        const over = uitgaven === undefined ? pgb : Math.max(0, pgb - uitgaven);
        const exact = Math.min(125000, Math.max(25000, Number((BigInt(pgb) * 150n) / 10000n)));
        return (
          Number.isSafeInteger(bedrag) &&
          bedrag >= 0 &&
          bedrag <= 125000 &&
          bedrag <= pgb &&
          bedrag <= over &&
          (uitgaven === 0 ? bedrag === 0 : bedrag === Math.min(exact, over)) &&
          redenen.length > 0 &&
          redenen.every((r) => r.regel === "DE-05")
        );
      }),
      CONFIG,
    );
  });

  it("DE-05: monotonic in the pgb when spending is unknown (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (a, b) => {
        const [laag, hoog] = a <= b ? [a, b] : [b, a];
        return verantwoordingsvrijBedrag(laag, vvbOpties()).bedrag <= verantwoordingsvrijBedrag(hoog, vvbOpties()).bedrag;
      }),
      CONFIG,
    );
  });
});

describe("declaratietermijn (DE-03)", () => {
  it("DE-03: received on Monday 2 March 2026, forward by Monday 30 March 2026 (day 28)", () => {
    expect(declaratieUiterlijk("2026-03-02")).toBe("2026-03-30");
    expect(declaratieUiterlijk("2024-02-10", "2024-02-10")).toBe("2024-03-09");
    expect(declaratieUiterlijk("2026-12-15")).toBe("2027-01-12");
    expect(() => declaratieUiterlijk("2026-02-31")).toThrow(RangeError);
  });

  it("DE-03: says the last day, and when it has passed", () => {
    const opTijd = declaratieTermijn("2026-03-02", "2026-03-30");
    expect(opTijd).toMatchObject({ uiterlijk: "2026-03-30", dagenOver: 0, teLaat: false });
    expect(teksten(opTijd.redenen)).toContain("binnen 4 weken");
    expect(teksten(opTijd.redenen)).toContain("uiterlijk op 30-03-2026");
    expect(opTijd.redenen[0]?.bron).toBe("Stap 6, 6B");
    expect(opTijd.redenen).toEqual([expect.objectContaining({ code: "de.termijn", gegevens: { weken: 4, ontvangen: "2026-03-02", uiterlijk: "2026-03-30" } })]);
    const laat = declaratieTermijn("2026-03-02", "2026-03-31");
    expect(laat).toMatchObject({ dagenOver: -1, teLaat: true });
    expect(laat.redenen[1]).toMatchObject({ code: "de.te-laat", gegevens: { uiterlijk: "2026-03-30" } });
    expect(teksten(laat.redenen)).toContain("zo snel mogelijk");
  });

  it("DE-03: the last day is always 28 days after receipt, on the same weekday (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: dagNummer("2000-01-01"), max: dagNummer("2099-12-31") }), (n) => {
        const ontvangen = datumVanDagNummer(n);
        const uiterlijk = declaratieUiterlijk(ontvangen);
        return dagNummer(uiterlijk) - n === 28 && ((dagNummer(uiterlijk) % 7) + 7) % 7 === ((n % 7) + 7) % 7;
      }),
      CONFIG,
    );
  });
});

describe("facts (DE-01, DE-02, DE-04, DE-06, DE-07)", () => {
  it("DE-01: declaring starts after approval (and the SVB's processing on the SVB route)", () => {
    expect(teksten(wanneerDeclareren("pgb-portaal"))).toContain("heeft goedgekeurd");
    expect(teksten(wanneerDeclareren("svb"))).toContain("de SVB uw zorgovereenkomst heeft verwerkt");
    expect(wanneerDeclareren()).toHaveLength(3);
    expect(wanneerDeclareren()[0]?.bron).toBe("Stap 6");
  });

  it("DE-01: magDeclareren is ja, nee or navragen", () => {
    expect(magDeclareren({ route: "pgb-portaal", goedgekeurdDoorZorgkantoor: true }).uitkomst).toBe("ja");
    expect(magDeclareren({ route: "svb", goedgekeurdDoorZorgkantoor: true, verwerktDoorSvb: true }).uitkomst).toBe("ja");
    expect(magDeclareren({ route: "svb", goedgekeurdDoorZorgkantoor: true }).uitkomst).toBe("navragen");
    expect(magDeclareren({ route: "svb", goedgekeurdDoorZorgkantoor: true, verwerktDoorSvb: false }).uitkomst).toBe("nee");
    expect(magDeclareren({ route: "pgb-portaal", goedgekeurdDoorZorgkantoor: false }).uitkomst).toBe("nee");
    expect(magDeclareren({}).uitkomst).toBe("navragen");
    const nee = magDeclareren({ goedgekeurdDoorZorgkantoor: false });
    expect(nee.uitkomst).toBe("nee");
    expect(nee.redenen.every((r) => r.regel === "DE-01")).toBe(true);
    expect(nee.redenen.map((r) => r.code)).toEqual(["de.start-portaal", "de.start-svb", "de.welke-route", "de.nog-niet-goedgekeurd", "de.verwerking-onbekend"]);
  });

  it("DE-02: the budgethouder judges every declaratie in the PGB Portaal", () => {
    expect(declarerenViaPortaal()[0]).toMatchObject({ regel: "DE-02", bron: "Stap 6, 6A" });
    expect(teksten(declarerenViaPortaal())).toContain("nooit een declaratie indienen");
  });

  it("DE-03: the SVB route", () => {
    expect(declarerenViaSvb()[0]?.regel).toBe("DE-03");
  });

  it("DE-04: with a vast maandloon no declaraties are needed", () => {
    expect(declaratiesNodig(true)).toMatchObject({ nodig: false, redenen: [{ regel: "DE-04", code: "de.vast-maandloon" }] });
    expect(declaratiesNodig(false).redenen.map((r) => r.code)).toEqual(["de.geen-vast-maandloon"]);
    expect(declaratiesNodig(false).nodig).toBe(true);
  });

  it("DE-06: budgetoverzicht and subsidievaststelling", () => {
    expect(subsidievaststelling().map((r) => r.regel)).toEqual(["DE-06", "DE-06"]);
    expect(teksten(subsidievaststelling())).toContain("subsidievaststelling");
  });

  it("DE-07: payroll, sick pay and insurance", () => {
    expect(takenSvb()).toHaveLength(3);
    expect(takenSvb({ alleenSalarisadministratie: true })).toHaveLength(1);
    expect(teksten(takenSvb())).toContain("WA-verzekering");
    expect(takenSvb()[0]?.bron).toBe("Taken SVB");
  });
});
