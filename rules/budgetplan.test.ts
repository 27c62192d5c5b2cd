import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bladEnRij,
  BUDGETPLAN_ONDERDELEN,
  BUDGETPLAN_RIJEN_PER_BLAD,
  berekenBudgetplan,
  budgetplanOnderdelen,
  formatBreuk,
  isGeldigAantalUren,
  isGeldigUurtarief,
  kostenPerJaar,
  kostenPerMaand,
  MAX_UREN_PER_WEEK,
  MAX_UURTARIEF,
  rijLetter,
  verdeelOverBladen,
  type BudgetplanRegelInvoer,
} from "./budgetplan";
import { parametersOp } from "./parameters";
import { tekstVan } from "@/tests/lib/redenen";

const CONFIG = { seed: 20261124, numRuns: 1000 };

/** Builder: the brochure's mother, with any field overridden. */
function regel(over: Partial<BudgetplanRegelInvoer> = {}): BudgetplanRegelInvoer {
  return { naam: "Moeder", urenPerWeek: 2500, uurtarief: 1500, ...over };
}

const uren = fc.integer({ min: 0, max: MAX_UREN_PER_WEEK * 100 });
const tarief = fc.integer({ min: 0, max: MAX_UURTARIEF });
const regelArb = fc.record({ naam: fc.string({ maxLength: 10 }), urenPerWeek: uren, uurtarief: tarief });

describe("kostenPerMaand / kostenPerJaar (BP-02, BP-03)", () => {
  it("BP-03: the brochure's example gives € 1.624,- per maand and € 19.488,- per jaar", () => {
    const maand = kostenPerMaand(2500, 1500);
    expect(maand).toEqual({ onafgerond: 162375, afgerond: 162400 });
    expect(kostenPerJaar(maand.afgerond)).toBe(1948800);
  });

  it("BP-03: rounds half up to whole euros from the exact value, not twice", () => {
    // 1 h × € 0,50 × 4,33 = € 2,165: to the cent € 2,17; to the euro € 2,-.
    expect(kostenPerMaand(100, 50)).toEqual({ onafgerond: 217, afgerond: 200 });
    // 10 h × € 11,55 × 4,33 = € 500,115 → € 500,12 and € 500,-.
    expect(kostenPerMaand(1000, 1155)).toEqual({ onafgerond: 50012, afgerond: 50000 });
    // exactly ,50: up.
    expect(kostenPerMaand(100, 1000, { teller: 1, noemer: 1 }).afgerond).toBe(1000);
    expect(kostenPerMaand(50, 100, { teller: 1, noemer: 1 })).toEqual({ onafgerond: 50, afgerond: 100 });
  });

  it("BP-02: the default weeks per month are the brochure parameter", () => {
    expect(parametersOp("2022-01-01").brochure.wekenPerMaand).toEqual({ teller: 433, noemer: 100 });
    expect(parametersOp("2022-01-01").brochure.maandenPerJaar).toBe(12);
  });

  it("BP-02: refuses negative or non-integer input", () => {
    expect(() => kostenPerMaand(-1, 1500)).toThrow(RangeError);
    expect(() => kostenPerMaand(100, -1)).toThrow(RangeError);
    expect(() => kostenPerMaand(100, 100, { teller: 433, noemer: 0 })).toThrow(RangeError);
    expect(() => kostenPerMaand(2.5, 1500)).toThrow(RangeError);
    expect(() => kostenPerMaand(2 ** 40, 2 ** 20)).toThrow(RangeError);
    expect(() => kostenPerJaar(0.5)).toThrow(RangeError);
  });

  it("BP-02: per jaar is exactly per maand × 12 (property)", () => {
    fc.assert(
      fc.property(uren, tarief, (u, t) => {
        const maand = kostenPerMaand(u, t);
        return kostenPerJaar(maand.afgerond) === maand.afgerond * 12 && maand.afgerond % 100 === 0;
      }),
      CONFIG,
    );
  });

  it("BP-03: both figures are the exact value rounded half up (property, independent bigint reference)", () => {
    fc.assert(
      fc.property(uren, tarief, (u, t) => {
        const exact = BigInt(u) * BigInt(t) * 433n; // in 1/10000 cent
        const naarCent = (exact * 2n + 10000n) / 20000n; // floor(x + 1/2)
        const naarEuro = (exact * 2n + 1000000n) / 2000000n;
        const maand = kostenPerMaand(u, t);
        return BigInt(maand.onafgerond) === naarCent && BigInt(maand.afgerond) === naarEuro * 100n;
      }),
      CONFIG,
    );
  });

  it("BP-02: monotonic in hours and in rate (property)", () => {
    fc.assert(
      fc.property(uren, uren, tarief, tarief, (u1, u2, t1, t2) => {
        const [ul, uh] = u1 <= u2 ? [u1, u2] : [u2, u1];
        const [tl, th] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const laag = kostenPerMaand(ul, tl);
        const hoog = kostenPerMaand(uh, th);
        const uurHoger = kostenPerMaand(uh, tl);
        const tariefHoger = kostenPerMaand(ul, th);
        return (
          laag.afgerond <= uurHoger.afgerond &&
          laag.afgerond <= tariefHoger.afgerond &&
          uurHoger.afgerond <= hoog.afgerond &&
          laag.onafgerond <= hoog.onafgerond
        );
      }),
      CONFIG,
    );
  });
});

describe("berekenBudgetplan (BP-02, BP-03, BP-06)", () => {
  it("BP-03: the brochure's example gives € 1.624,- per maand and explains the rounding", () => {
    const plan = berekenBudgetplan([regel()]);
    const [moeder] = plan.regels;
    expect(moeder?.kostenPerMaand).toBe(162400);
    expect(moeder?.kostenPerMaandOnafgerond).toBe(162375);
    expect(moeder?.kostenPerJaar).toBe(1948800);
    expect(plan.totaalPerJaar).toBe(1948800);
    expect(plan.binnenBudget).toBeUndefined();
    const teksten = moeder?.redenen.map((r) => `${r.regel}: ${tekstVan(r)}`) ?? [];
    expect(teksten.join("\n")).toContain("25 uur per week × € 15,00 per uur × 4,33 weken per maand = € 1.623,75 per maand.");
    expect(teksten.join("\n")).toContain("€ 1.623,75");
    expect(teksten.join("\n")).toContain("€ 1.624,00 per maand");
    expect(teksten.join("\n")).toContain("€ 1.624,00 per maand × 12 maanden = € 19.488,00 per jaar.");
    expect(moeder?.redenen.find((r) => r.regel === "BP-03")?.bron).toBe("Bijlage 3, 6 (Voorbeeld)");
    // The facts behind the words: cents, hours in hundredths, 4,33 weeks as a fraction.
    expect(moeder?.redenen.map((r) => [r.code, r.gegevens])).toEqual([
      ["bp.som-per-maand", { urenPerWeek: 2500, uurtarief: 1500, wekenTeller: 433, wekenNoemer: 100, perMaand: 162375 }],
      ["bp.afgerond", { onafgerond: 162375, afgerond: 162400 }],
      ["bp.som-per-jaar", { perMaand: 162400, maanden: 12, perJaar: 1948800 }],
    ]);
  });

  it("BP-03: no rounding reason when the sum is whole euros already", () => {
    const plan = berekenBudgetplan([regel({ urenPerWeek: 1000, uurtarief: 2000 })]);
    expect(plan.regels[0]?.kostenPerMaand).toBe(86600);
    expect(plan.regels[0]?.redenen.some((r) => r.regel === "BP-03")).toBe(false);
  });

  it("BP-02: the total is the sum of the years, and the pgb check says whether it fits", () => {
    const plan = berekenBudgetplan([regel(), regel({ naam: "Buurman", urenPerWeek: 750, uurtarief: 2000 })], { pgbJaarbedrag: 2000000 });
    // Buurman: 7,5 × 20 × 4,33 = 649,50 → 650 per maand → 7.800 per jaar.
    expect(plan.regels[1]?.kostenPerJaar).toBe(780000);
    expect(plan.totaalPerJaar).toBe(1948800 + 780000);
    expect(plan.binnenBudget).toBe(false);
    expect(plan.redenen.map((r) => tekstVan(r)).join(" ")).toContain("€ 7.288,00 tekort");
    expect(tekstVan(plan.redenen[0])).toContain("2 zorgverleners");

    const ruim = berekenBudgetplan([regel()], { pgbJaarbedrag: 1948800, peildatum: "2026-11-24" });
    expect(ruim.binnenBudget).toBe(true);
    expect(ruim.redenen.map((r) => tekstVan(r)).join(" ")).toContain("past binnen uw pgb");
    expect(tekstVan(ruim.redenen[0])).toContain("1 zorgverlener.");
  });

  it("BP-02: an empty plan costs nothing", () => {
    const plan = berekenBudgetplan([]);
    expect(plan).toMatchObject({ regels: [], totaalPerJaar: 0 });
    expect(plan.redenen[0]?.regel).toBe("BP-02");
  });

  it("BP-02: refuses hours above MAX_UREN_PER_WEEK or a tarief above MAX_UURTARIEF", () => {
    expect(() => berekenBudgetplan([regel({ urenPerWeek: MAX_UREN_PER_WEEK * 100 + 1 })])).toThrow(RangeError);
    expect(() => berekenBudgetplan([regel({ uurtarief: MAX_UURTARIEF + 1 })])).toThrow(RangeError);
    expect(isGeldigAantalUren(16800)).toBe(true);
    expect(isGeldigAantalUren(-1)).toBe(false);
    expect(isGeldigAantalUren(1.5)).toBe(false);
    expect(isGeldigUurtarief(MAX_UURTARIEF)).toBe(true);
    expect(isGeldigUurtarief(-1)).toBe(false);
  });

  it("BP-06: more than six zorgverleners continue on an extra sheet", () => {
    const plan = berekenBudgetplan(Array.from({ length: 7 }, (_, i) => regel({ naam: `Z${i}` })));
    expect(plan.regels).toHaveLength(7);
    expect(tekstVan(plan.redenen.find((r) => r.regel === "BP-06"))).toContain("een extra blad");
    const groot = berekenBudgetplan(Array.from({ length: 13 }, (_, i) => regel({ naam: `Z${i}` })));
    expect(tekstVan(groot.redenen.find((r) => r.regel === "BP-06"))).toContain("2 extra bladen");
    expect(groot.redenen.find((r) => r.regel === "BP-06")?.gegevens).toEqual({ aantal: 13, bladen: 3 });
    expect(berekenBudgetplan(Array.from({ length: 6 }, () => regel())).redenen.some((r) => r.regel === "BP-06")).toBe(false);
  });

  it("BP-02: the total never loses a cent: total = sum of the rows' years (property)", () => {
    fc.assert(
      fc.property(fc.array(regelArb, { maxLength: 20 }), (regels) => {
        const plan = berekenBudgetplan(regels);
        const som = plan.regels.reduce((s, r) => s + r.kostenPerJaar, 0);
        return (
          plan.totaalPerJaar === som &&
          plan.regels.every((r) => r.kostenPerJaar === r.kostenPerMaand * 12 && Number.isSafeInteger(r.kostenPerJaar))
        );
      }),
      CONFIG,
    );
  });

  it("BP-02: binnenBudget is exactly totaal ≤ pgb (property)", () => {
    fc.assert(
      fc.property(fc.array(regelArb, { maxLength: 8 }), fc.integer({ min: 0, max: 1e10 }), (regels, pgb) => {
        const plan = berekenBudgetplan(regels, { pgbJaarbedrag: pgb });
        return plan.binnenBudget === plan.totaalPerJaar <= pgb;
      }),
      CONFIG,
    );
  });
});

describe("sheets and rows (BP-06)", () => {
  it("BP-06: rows A–F per sheet", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 11, 12].map(rijLetter).join("")).toBe("ABCDEFAFA");
    expect(bladEnRij(0)).toEqual({ blad: 1, rij: "A" });
    expect(bladEnRij(6)).toEqual({ blad: 2, rij: "A" });
    expect(bladEnRij(13)).toEqual({ blad: 3, rij: "B" });
    expect(() => rijLetter(-1)).toThrow(RangeError);
    expect(verdeelOverBladen([])).toEqual([]);
    expect(verdeelOverBladen([1, 2, 3, 4, 5, 6, 7])).toEqual([[1, 2, 3, 4, 5, 6], [7]]);
  });

  it("BP-06: no row is lost, reordered or put on a full sheet (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 40 }), (rijen) => {
        const bladen = verdeelOverBladen(rijen);
        return (
          JSON.stringify(bladen.flat()) === JSON.stringify(rijen) &&
          bladen.every((b) => b.length >= 1 && b.length <= BUDGETPLAN_RIJEN_PER_BLAD) &&
          bladen.slice(0, -1).every((b) => b.length === BUDGETPLAN_RIJEN_PER_BLAD) &&
          rijen.every((_, i) => bladen[bladEnRij(i).blad - 1]?.[("ABCDEF".indexOf(bladEnRij(i).rij))] === rijen[i])
        );
      }),
      CONFIG,
    );
  });
});

describe("BP-01 and helpers", () => {
  it("BP-01: the budgetplan has seven sections", () => {
    expect(BUDGETPLAN_ONDERDELEN).toHaveLength(7);
    expect(budgetplanOnderdelen()[0]).toMatchObject({ regel: "BP-01", bron: "Bijlage 3" });
  });

  it("BP-02: formats the weeks per month as printed", () => {
    expect(formatBreuk({ teller: 433, noemer: 100 })).toBe("4,33");
    expect(formatBreuk({ teller: 5, noemer: 100 })).toBe("0,05");
    expect(formatBreuk({ teller: 4, noemer: 1 })).toBe("4");
    expect(formatBreuk({ teller: 13, noemer: 3 })).toBe("13/3");
  });
});
