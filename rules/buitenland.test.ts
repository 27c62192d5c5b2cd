import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { beoordeelBuitenland, strengste, type BuitenlandSituatie } from "./buitenland";
import { LANDEN_BUITENLAND, landVoorCode } from "./data/landen";
import { parametersOp } from "./parameters";
import type { Reden } from "./redenen";
import { tekstVan } from "@/tests/lib/redenen";

const PEILDATUM = "2026-11-24";
const P = parametersOp(PEILDATUM).brochure;
const FC = { seed: 20261124, numRuns: 1000 };

/** A stay abroad; tests change only what they are about. */
function verblijf(overrides: Partial<BuitenlandSituatie> = {}): BuitenlandSituatie {
  return { land: "ES", weken: 4, ...overrides };
}

/** A stay whose zorgverleners fall under Dutch tax law (TK-07 settled), for tests about the length (TK-06). */
function verblijfNederlandseZorgverleners(overrides: Partial<BuitenlandSituatie> = {}): BuitenlandSituatie {
  return verblijf({ zorgverlenersBuitenNederlandseBelasting: false, ...overrides });
}

function regels(u: { redenen: { regel: string }[] }): string[] {
  return u.redenen.map((r) => r.regel);
}

function teksten(u: { redenen: Reden[] }): string {
  return u.redenen.map((r) => tekstVan(r)).join(" ");
}

describe("beoordeelBuitenland", () => {
  it("TK-06 TK-07: Spanje 8 weeks with zorgverleners outside Dutch tax law (example tk-07)", () => {
    const u = beoordeelBuitenland(verblijf({ land: "ES", weken: 8, zorgverlenersBuitenNederlandseBelasting: true }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "ja", maximaleDuurWeken: 52, meldplicht: true, aanvaardbaarheidspercentage: 85 });
    expect(u.logeeropvang).toBeUndefined();
    expect(regels(u)).toEqual(expect.arrayContaining(["TK-06", "TK-07"]));
    expect(teksten(u)).toContain("85%");
    expect(u.redenen[0]?.bron).toBe("Stap 4, Pgb in het buitenland");
  });

  it("TK-06: Marokko 14 weeks, palliatiefTerminaal not given: navragen, not nee (one year with palliatief terminale zorg)", () => {
    const u = beoordeelBuitenland(verblijf({ land: "MA", weken: 14 }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "navragen", maximaleDuurWeken: 13, meldplicht: true });
    expect(regels(u)).toContain("TK-06");
    expect(teksten(u)).toContain("palliatief terminale zorg");
    expect(teksten(u)).toContain("Wij weten niet of dat zo is");
    expect(teksten(u)).not.toContain("kunt u geen zorg inkopen");
  });

  it("TK-06: Marokko 14 weeks, answered no palliatief terminale zorg: nee without the hint", () => {
    const u = beoordeelBuitenland(verblijf({ land: "MA", weken: 14, palliatiefTerminaal: false }), PEILDATUM);
    expect(u.uitkomst).toBe("nee");
    expect(teksten(u)).not.toContain("Wij weten niet of dat zo is");
  });

  it("TK-06: palliatiefTerminaal not given, but even one year is too short: nee, without the question", () => {
    const u = beoordeelBuitenland(verblijf({ land: "MA", weken: 60 }), PEILDATUM);
    expect(u.uitkomst).toBe("nee");
    expect(teksten(u)).not.toContain("Wij weten niet of dat zo is");
  });

  it("TK-06: Marokko 14 weeks with palliatief terminale zorg: ja, one year", () => {
    const u = beoordeelBuitenland(verblijfNederlandseZorgverleners({ land: "MA", weken: 14, palliatiefTerminaal: true }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "ja", maximaleDuurWeken: 52 });
    expect(teksten(u)).toContain("palliatief terminale zorg");
  });

  it("TK-06: Noorwegen (EER) 52 weeks ja, 53 weeks nee", () => {
    expect(beoordeelBuitenland(verblijfNederlandseZorgverleners({ land: "NO", weken: 52 }), PEILDATUM).uitkomst).toBe("ja");
    const u = beoordeelBuitenland(verblijf({ land: "NO", weken: 53 }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "nee", maximaleDuurWeken: 52 });
    expect(regels(u)).toContain("TK-06");
  });

  it("TK-06: Zwitserland counts as the EER: one year", () => {
    const u = beoordeelBuitenland(verblijfNederlandseZorgverleners({ land: "CH", weken: 40 }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "ja", maximaleDuurWeken: 52 });
    expect(teksten(u)).toContain("Zwitserland");
  });

  it("TK-06: the limit itself is allowed, a fraction more is not", () => {
    expect(beoordeelBuitenland(verblijfNederlandseZorgverleners({ land: "JP", weken: 13 }), PEILDATUM).uitkomst).toBe("ja");
    expect(beoordeelBuitenland(verblijfNederlandseZorgverleners({ land: "JP", weken: 13.5, palliatiefTerminaal: false }), PEILDATUM).uitkomst).toBe("nee");
  });

  it("TK-07: Japan 8 weeks with foreign zorgverleners: percentage unknown, navragen", () => {
    const u = beoordeelBuitenland(verblijf({ land: "JP", weken: 8, zorgverlenersBuitenNederlandseBelasting: true }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "navragen", maximaleDuurWeken: 13, meldplicht: true, aanvaardbaarheidspercentage: null });
    expect(teksten(u)).toContain("Vraag het aan uw zorgkantoor");
  });

  it("TK-07: zorgverlenersBuitenNederlandseBelasting not given, longer than 6 weeks: the percentage is unknown, navragen, not \"no lowering\"", () => {
    const spanje = beoordeelBuitenland(verblijf({ land: "ES", weken: 8 }), PEILDATUM);
    expect(spanje).toMatchObject({ uitkomst: "navragen", meldplicht: true, aanvaardbaarheidspercentage: null });
    expect(teksten(spanje)).toContain("Vallen uw zorgverleners niet onder de Nederlandse belastingwetgeving? ");
    expect(teksten(spanje)).toContain("85%");
    expect(teksten(spanje)).toContain("Wij weten niet of dat voor u geldt");
    const japan = beoordeelBuitenland(verblijf({ land: "JP", weken: 8 }), PEILDATUM);
    expect(japan).toMatchObject({ uitkomst: "navragen", aanvaardbaarheidspercentage: null });
    expect(teksten(japan)).toContain("opvragen bij uw zorgkantoor");
    // Not longer than 6 weeks: no lowering either way, so nothing to ask.
    expect(beoordeelBuitenland(verblijf({ land: "ES", weken: 6 }), PEILDATUM).uitkomst).toBe("ja");
  });

  it("TK-07: zorgverleners under Dutch tax law: no lowering", () => {
    const u = beoordeelBuitenland(verblijf({ land: "MA", weken: 10, zorgverlenersBuitenNederlandseBelasting: false }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "ja", aanvaardbaarheidspercentage: null, meldplicht: true });
    expect(teksten(u)).toContain("verlaagt uw pgb daarom niet");
  });

  it("TK-07: exactly 6 weeks: no meldplicht and no lowering, even with foreign zorgverleners", () => {
    const u = beoordeelBuitenland(verblijf({ land: "MA", weken: 6, zorgverlenersBuitenNederlandseBelasting: true }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "ja", meldplicht: false, aanvaardbaarheidspercentage: null });
    expect(teksten(u)).toContain("hoeft dit niet te melden");
  });

  it("TK-07: 6,5 weeks is longer than 6 weeks: meldplicht", () => {
    expect(beoordeelBuitenland(verblijf({ weken: 6.5 }), PEILDATUM).meldplicht).toBe(true);
  });

  const TABEL = [
    { code: "BE", naam: "België", percentage: 100, max: 52 },
    { code: "BQ", naam: "Caribisch Nederland", percentage: 60, max: 13 },
    { code: "DE", naam: "Duitsland", percentage: 100, max: 52 },
    { code: "FR", naam: "Frankrijk", percentage: 100, max: 52 },
    { code: "MA", naam: "Marokko", percentage: 30, max: 13 },
    { code: "PT", naam: "Portugal", percentage: 69, max: 52 },
    { code: "ES", naam: "Spanje", percentage: 85, max: 52 },
    { code: "SR", naam: "Suriname", percentage: 48, max: 13 },
    { code: "TR", naam: "Turkije", percentage: 41, max: 13 },
  ];

  it.each(TABEL)("TK-07: $naam ($code) from the brochure's table: $percentage%, at most $max weeks", ({ code, naam, percentage, max }) => {
    expect(landVoorCode(code)?.naam).toBe(naam);
    const u = beoordeelBuitenland(verblijf({ land: code, weken: 8, zorgverlenersBuitenNederlandseBelasting: true }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "ja", maximaleDuurWeken: max, meldplicht: true, aanvaardbaarheidspercentage: percentage });
    expect(teksten(u)).toContain(naam);
  });

  it("TK-07: the table in the code is exactly the brochure's nine countries", () => {
    expect(Object.keys(P.aanvaardbaarheidspercentages).sort()).toEqual(TABEL.map((r) => r.code).sort());
  });

  it("TK-06: logeeropvang in Noorwegen (EER, not EU): nee, in the stay's own uitkomst and redenen (\"alleen binnen de Europese Unie\")", () => {
    const u = beoordeelBuitenland(verblijf({ land: "NO", weken: 4, logeeropvang: true }), PEILDATUM);
    expect(u.uitkomst).toBe("nee");
    expect(teksten(u)).toContain("Logeeropvang kunt u alleen binnen de Europese Unie inkopen. Noorwegen hoort niet bij de Europese Unie.");
    expect(u.logeeropvang?.uitkomst).toBe("nee");
    expect(u.logeeropvang?.redenen.map((r) => r.regel)).toEqual(["TK-06"]);
    // Without logeeropvang the same stay is possible.
    expect(beoordeelBuitenland(verblijf({ land: "NO", weken: 4 }), PEILDATUM).uitkomst).toBe("ja");
  });

  it("TK-06: logeeropvang in Spanje (EU): ja, and said in the stay's redenen; not asked: left out", () => {
    const spanje = beoordeelBuitenland(verblijf({ land: "ES", logeeropvang: true }), PEILDATUM);
    expect(spanje.uitkomst).toBe("ja");
    expect(spanje.logeeropvang?.uitkomst).toBe("ja");
    expect(teksten(spanje)).toContain("Daar mag u logeeropvang inkopen");
    expect(beoordeelBuitenland(verblijf({ land: "ES", logeeropvang: false }), PEILDATUM).logeeropvang).toBeUndefined();
  });

  it("TK-06: an unknown country code does not throw: navragen, the shorter limit shown", () => {
    const u = beoordeelBuitenland(verblijf({ land: "XX", weken: 8, zorgverlenersBuitenNederlandseBelasting: true, logeeropvang: true }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "navragen", maximaleDuurWeken: 13, meldplicht: true, aanvaardbaarheidspercentage: null });
    expect(u.logeeropvang?.uitkomst).toBe("navragen");
    expect(teksten(u)).toContain('"XX"');
  });

  it("TK-06: Nederland is not abroad: navragen, no meldplicht", () => {
    const u = beoordeelBuitenland(verblijf({ land: "nl", weken: 8 }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "navragen", meldplicht: false, aanvaardbaarheidspercentage: null });
    expect(regels(u)).toEqual(["TK-06"]);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("TK-06: a length of %s weeks is unknown: navragen, no meldplicht", (weken) => {
    const u = beoordeelBuitenland(verblijf({ land: "ES", weken, zorgverlenersBuitenNederlandseBelasting: true }), PEILDATUM);
    expect(u).toMatchObject({ uitkomst: "navragen", meldplicht: false, aanvaardbaarheidspercentage: null });
    expect(teksten(u)).toContain("Vul het aantal weken in");
  });

  it("accepts a lower-case country code", () => {
    expect(beoordeelBuitenland(verblijf({ land: "es", weken: 8, zorgverlenersBuitenNederlandseBelasting: true }), PEILDATUM).aanvaardbaarheidspercentage).toBe(85);
  });

  it("TK-06 TK-07 (property): weeks against the maximum, meldplicht and the percentage", () => {
    const codes = LANDEN_BUITENLAND.map((l) => l.code);
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.double({ min: 0.01, max: 80, noNaN: true }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (code, weken, palliatiefTerminaal, zorgverlenersBuitenNederlandseBelasting, logeeropvang) => {
          const land = landVoorCode(code);
          if (!land) return false;
          const u = beoordeelBuitenland({ land: code, weken, palliatiefTerminaal, zorgverlenersBuitenNederlandseBelasting, logeeropvang }, PEILDATUM);
          const max = land.eer || land.zwitserland || palliatiefTerminaal === true ? P.maxWekenBuitenlandEer : P.maxWekenBuitenlandElders;
          const percentage = P.aanvaardbaarheidspercentages[code];
          const lang = weken > P.meldplichtBuitenlandNaWeken;
          const verlaagd = lang && zorgverlenersBuitenNederlandseBelasting === true;
          expect(u.maximaleDuurWeken).toBe(max);
          expect(u.meldplicht).toBe(lang);
          expect(u.aanvaardbaarheidspercentage).toBe(verlaagd && percentage !== undefined ? percentage : null);
          // Unknown is not no: an unanswered question that could lift the limit, or that decides the lowering, is navragen.
          const palliatiefOpen = palliatiefTerminaal === undefined && weken > max && weken <= P.maxWekenBuitenlandEer;
          const verlagingOpen = (verlaagd && percentage === undefined) || (lang && zorgverlenersBuitenNederlandseBelasting === undefined);
          if ((weken > max && !palliatiefOpen) || (logeeropvang === true && !land.eu)) {
            expect(u.uitkomst).toBe("nee");
            expect(regels(u)).toContain("TK-06");
          } else {
            expect(u.uitkomst).toBe(palliatiefOpen || verlagingOpen ? "navragen" : "ja");
          }
          return true;
        },
      ),
      FC,
    );
  });
});

describe("strengste", () => {
  it("nee beats navragen beats ja", () => {
    expect(strengste("ja", "navragen", "nee")).toBe("nee");
    expect(strengste("ja", "navragen")).toBe("navragen");
    expect(strengste("ja", "ja")).toBe("ja");
    expect(strengste()).toBe("ja");
  });
});
