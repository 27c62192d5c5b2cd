import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parametersOp } from "./parameters";
import {
  EIGEN_BIJDRAGE_VANAF_LEEFTIJD,
  EINDGRONDEN,
  EINDGRONDEN_GEWAARBORGDE_HULP,
  beeindigingsfeiten,
  eigenBijdrage,
  eindeToekenningsjaar,
  eindgronden,
  schatLageEigenBijdrage,
  toekenningsfeiten,
  toeslagen,
  type ToeslagSituatie,
} from "./toekenning";
import type { Centen, Reden } from "./types";
import { tekstVan } from "@/tests/lib/redenen";

const FC = { seed: 20261124, numRuns: 1000 };

function teksten(redenen: Reden[]): string {
  return redenen.map((r) => tekstVan(r)).join(" ");
}

/** Euros to cents for readable test data (whole euros only, so no float). */
function euro(bedrag: number): Centen {
  return bedrag * 100;
}

function situatie(overrides: Partial<ToeslagSituatie> = {}): ToeslagSituatie {
  return { woonsituatie: "wooninitiatief", sector: "VV", ...overrides };
}

describe("TK-01 toekenning", () => {
  it("TK-01: the toekenning runs until 31 December of the year", () => {
    expect(eindeToekenningsjaar("2026-11-24")).toBe("2026-12-31");
    expect(eindeToekenningsjaar("2025-01-01")).toBe("2025-12-31");
  });

  it("TK-01: a date that is not jjjj-mm-dd is a programming error", () => {
    expect(() => eindeToekenningsjaar("24-11-2026")).toThrow(RangeError);
  });

  it("TK-01: beschikking, SVB, 31 December and the new beschikking in December", () => {
    const redenen = toekenningsfeiten("2026-03-01");
    expect(redenen.every((r) => r.regel === "TK-01" && r.bron === "Stap 4")).toBe(true);
    const tekst = teksten(redenen);
    expect(tekst).toContain("toekenningsbeschikking");
    expect(tekst).toContain("SVB");
    expect(tekst).toContain("31 december 2026");
    expect(tekst).toContain("in 2027");
    expect(redenen.map((r) => [r.code, r.gegevens])).toEqual([
      ["tk.beschikking", {}],
      ["tk.svb", {}],
      ["tk.looptijd", { jaar: 2026 }],
      ["tk.nieuwe-beschikking", { jaar: 2027 }],
    ]);
  });
});

describe("TK-02 toeslagen", () => {
  it("TK-02: VV in a wooninitiatief in 2021 gets both toeslagen with their amounts", () => {
    const u = toeslagen(situatie(), "2021-06-01");
    expect(u.wooninitiatief).toEqual({ vanToepassing: true, bedrag: 465200 });
    expect(u.kwaliteitVV).toEqual({ vanToepassing: true, bedrag: 442900 });
    expect(teksten(u.redenen)).toContain("€ 4.652,00");
    expect(teksten(u.redenen)).toContain("€ 4.429,00");
    expect(u.redenen.filter((r) => r.code === "tk.toeslag-bedrag").map((r) => r.gegevens)).toMatchObject([
      { toeslag: "wooninitiatief", jaar: 2021, bedrag: 465200 },
      { toeslag: "kwaliteit-vv", jaar: 2021, bedrag: 442900 },
    ]);
    expect(u.redenen.every((r) => r.regel === "TK-02")).toBe(true);
  });

  it("TK-02: 2024 wooninitiatief amount known, Kwaliteit V&V amount unknown: null, see the zorgkantoor", () => {
    const u = toeslagen(situatie(), "2024-06-01");
    expect(u.wooninitiatief.bedrag).toBe(532600);
    expect(u.kwaliteitVV).toEqual({ vanToepassing: true, bedrag: null });
    expect(teksten(u.redenen)).toContain("staat op de website van uw zorgkantoor");
    expect(u.redenen.at(-1)).toMatchObject({ code: "tk.toeslag-onbekend", gegevens: { toeslag: "kwaliteit-vv", jaar: 2024 } });
  });

  it("TK-02: 2026 amounts unknown: both null, never guessed", () => {
    const u = toeslagen(situatie(), "2026-11-24");
    expect(u.wooninitiatief).toEqual({ vanToepassing: true, bedrag: null });
    expect(u.kwaliteitVV).toEqual({ vanToepassing: true, bedrag: null });
    expect(teksten(u.redenen)).toContain("in 2026");
  });

  it("TK-02: before the first known year the amount is unknown", () => {
    expect(toeslagen(situatie(), "2010-01-01").wooninitiatief).toEqual({ vanToepassing: true, bedrag: null });
  });

  it("TK-02: another sector in a wooninitiatief: only the wooninitiatief toeslag", () => {
    const u = toeslagen(situatie({ sector: "VG" }), "2024-06-01");
    expect(u.wooninitiatief.vanToepassing).toBe(true);
    expect(u.kwaliteitVV).toEqual({ vanToepassing: false, bedrag: null });
    expect(teksten(u.redenen)).toContain("alleen voor budgethouders met een zorgprofiel VV");
  });

  it("TK-02: sector unknown in a wooninitiatief: Kwaliteit V&V not counted, the reason asks", () => {
    const u = toeslagen(situatie({ sector: undefined }), "2024-06-01");
    expect(u.kwaliteitVV.vanToepassing).toBe(false);
    expect(teksten(u.redenen)).toContain("Heeft u een zorgprofiel VV?");
  });

  it.each(["thuis", "instelling"] as const)("TK-02: living %s: no toeslagen", (woonsituatie) => {
    const u = toeslagen(situatie({ woonsituatie }), "2024-06-01");
    expect(u.wooninitiatief).toEqual({ vanToepassing: false, bedrag: null });
    expect(u.kwaliteitVV).toEqual({ vanToepassing: false, bedrag: null });
    expect(teksten(u.redenen)).toContain("U woont niet in een wooninitiatief");
  });

  it("TK-02: woonsituatie unknown: no toeslag counted, the reason asks", () => {
    const u = toeslagen({}, "2024-06-01");
    expect(u.wooninitiatief.vanToepassing).toBe(false);
    expect(teksten(u.redenen)).toContain("Woont u in een wooninitiatief?");
  });
});

describe("TK-03 eigen bijdrage", () => {
  it("TK-03: 52 years (example lv-01): verschuldigd, CAK as the authority", () => {
    const u = eigenBijdrage({ leeftijd: 52 });
    expect(u.verschuldigd).toBe(true);
    const tekst = teksten(u.redenen);
    expect(tekst).toContain("iedere maand een rekening van het CAK");
    expect(tekst).toContain("niet betalen uit uw pgb");
    expect(tekst).toContain("hangt af van uw inkomen");
    expect(tekst).toContain("ingangsdatum");
    expect(tekst).toContain("0800 – 0087");
    expect(tekst).toContain("www.hetcak.nl");
    expect(tekst).not.toContain("mpt");
    expect(u.redenen.every((r) => r.regel === "TK-03" && r.bron === "Stap 4, Eigen bijdrage")).toBe(true);
  });

  it("TK-03: exactly 18 pays (decision), 17 does not", () => {
    expect(EIGEN_BIJDRAGE_VANAF_LEEFTIJD).toBe(18);
    expect(eigenBijdrage({ leeftijd: 18 }).verschuldigd).toBe(true);
    const jong = eigenBijdrage({ leeftijd: 17 });
    expect(jong.verschuldigd).toBe(false);
    expect(teksten(jong.redenen)).toContain("jonger dan 18 jaar");
    expect(teksten(jong.redenen)).toContain("Het CAK stelt de eigen bijdrage vast");
  });

  it("TK-03: with mpt beside the pgb: not lower, and no eigen bijdrage for the mpt", () => {
    const tekst = teksten(eigenBijdrage({ leeftijd: 40, metMpt: true }).redenen);
    expect(tekst).toContain("wordt daardoor niet lager");
    expect(tekst).toContain("Voor het mpt betaalt u geen eigen bijdrage");
  });

  it("TK-03: an age that is not a number is not taken as adult", () => {
    expect(eigenBijdrage({ leeftijd: Number.NaN }).verschuldigd).toBe(false);
  });

  it("TK-03 (property): verschuldigd exactly from 18", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130 }), (leeftijd) => eigenBijdrage({ leeftijd }).verschuldigd === leeftijd >= 18),
      FC,
    );
  });
});

describe("TK-03 schatLageEigenBijdrage", () => {
  const P2026 = parametersOp("2026-06-01").eigenBijdrage;

  it("TK-03: unknown year (2023): no estimate", () => {
    expect(schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: euro(30000), peildatum: "2023-06-01" })).toBeNull();
  });

  it("TK-03: € 60.000 in 2026: (60.000 − 7.727,60) × 10% / 12 = € 435,60, minus € 182,20 = € 253,40", () => {
    const u = schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: euro(60000), peildatum: "2026-06-01" });
    expect(u?.perMaand).toBe(25340);
    const tekst = teksten(u?.redenen ?? []);
    expect(tekst).toContain("schatting");
    expect(tekst).toContain("CAK vast");
    expect(tekst).toContain("€ 7.727,60");
    expect(tekst).toContain("€ 435,60");
    expect(tekst).toContain("10%");
    expect(tekst).toContain("€ 253,40");
    expect(tekst).not.toContain("minimum");
    expect(tekst).not.toContain("maximum");
    expect(u?.redenen[1]).toMatchObject({
      code: "tk.schatting-berekening",
      gegevens: { inkomen: 6000000, aftrek: 772760, grondslag: 5227240, basispunten: 1000, perMaand: 43560 },
    });
  });

  it("TK-03: € 30.000 in 2026 is under the minimum: € 212,60 − € 182,20 = € 30,40", () => {
    const u = schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: euro(30000), peildatum: "2026-06-01" });
    expect(u?.perMaand).toBe(3040);
    expect(teksten(u?.redenen ?? [])).toContain("minimum van € 212,60");
  });

  it("TK-03: a very high income hits the maximum: € 1.115,80 − € 182,20 = € 933,60", () => {
    const u = schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: Number.MAX_SAFE_INTEGER, peildatum: "2026-06-01" });
    expect(u?.perMaand).toBe(93360);
    expect(teksten(u?.redenen ?? [])).toContain("maximum van € 1.115,80");
    expect(u?.redenen.find((r) => r.code === "tk.schatting-maximum")?.gegevens).toEqual({ maximum: 111580 });
  });

  it("TK-03: no income, or a negative one, gives the minimum", () => {
    for (const inkomen of [0, euro(-5000)]) {
      expect(schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: inkomen, peildatum: "2024-02-01" })?.perMaand).toBe(20040 - 17180);
    }
  });

  it("TK-03: half a cent rounds up, less than half rounds down", () => {
    // 2026: grondslag 3.600.060 cents / 120 = 30.000,5 → 30.001; 3.600.059 → 30.000,49 → 30.000.
    const aftrek = 772760;
    const schat = (grondslag: number) => schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: aftrek + grondslag, peildatum: "2026-01-01" });
    expect(schat(3600060)?.perMaand).toBe(30001 - 18220);
    expect(schat(3600059)?.perMaand).toBe(30000 - 18220);
  });

  it("TK-03: a non-integer amount is a programming error", () => {
    expect(() => schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: 0.5, peildatum: "2026-01-01" })).toThrow(RangeError);
  });

  it("TK-03 (property): the estimate stays between minimum and maximum less the korting, and grows with income", () => {
    if (!P2026) throw new Error("test data: 2026 parameters missing");
    const ondergrens = P2026.minimumPerMaand - P2026.kortingPgbOfMptPerMaand;
    const bovengrens = P2026.maximumPerMaand - P2026.kortingPgbOfMptPerMaand;
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e11 }), fc.integer({ min: 0, max: 1e8 }), (inkomen, meer) => {
        const a = schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: inkomen, peildatum: "2026-06-01" });
        const b = schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: inkomen + meer, peildatum: "2026-06-01" });
        if (!a || !b) return false;
        return (
          Number.isSafeInteger(a.perMaand) && a.perMaand >= ondergrens && a.perMaand <= bovengrens && b.perMaand >= a.perMaand
        );
      }),
      FC,
    );
  });
});

describe("TK-04 TK-05 beëindiging", () => {
  it("TK-04: without gewaarborgde hulp the brochure's eight grounds, in order", () => {
    const gronden = eindgronden({});
    expect(gronden.map((g) => g.grond)).toEqual([...EINDGRONDEN]);
    expect(gronden).toHaveLength(8);
    for (const g of gronden) {
      expect(g.redenen).toHaveLength(1);
      expect(g.redenen[0]).toMatchObject({ regel: "TK-04", bron: "Stap 4, Beëindiging" });
    }
    expect(eindgronden({ gewaarborgdeHulp: false })).toHaveLength(8);
  });

  it("TK-04: with gewaarborgde hulp two more grounds", () => {
    const gronden = eindgronden({ gewaarborgdeHulp: true }).map((g) => g.grond);
    expect(gronden).toEqual([...EINDGRONDEN, ...EINDGRONDEN_GEWAARBORGDE_HULP]);
    expect(new Set(gronden).size).toBe(10);
    expect(eindgronden({ gewaarborgdeHulp: true }).map((g) => g.redenen[0]?.gegevens.grond)).toEqual(gronden);
  });

  it("TK-04 TK-05: report changes yourself; wages over the notice periods may still be paid", () => {
    const redenen = beeindigingsfeiten();
    expect(redenen.map((r) => r.regel)).toEqual(["TK-04", "TK-05"]);
    expect(teksten(redenen)).toContain("opzegtermijn");
    expect(teksten(redenen)).toContain("vakantiegeld");
  });
});
