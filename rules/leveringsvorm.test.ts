import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zorgsoortLabels } from "../content/redenen/leveringsvorm";
import {
  beoordeelKeuze,
  beoordeelLeveringsvormen,
  deeltijdverblijfUitkomst,
  DEELTIJDVERBLIJF_DAGEN_PER_14,
  GEEN_DEELTIJDVERBLIJF_ZORGPROFIELEN,
  GEEN_PGB_ZORGPROFIELEN,
  gekozenVormen,
  leidLeveringsvormAf,
  mptUitkomst,
  PAKKETTEN,
  pgbAanvraagMogelijk,
  pgbMetMptUitkomst,
  pgbUitkomst,
  verblijfUitkomst,
  vptUitkomst,
  ZORGSOORTEN,
  type AfgeleideLeveringsvorm,
  type LeveringsvormSituatie,
  type Regie,
  type VormSleutel,
  type Woonwens,
} from "./leveringsvorm";
import { parametersOp } from "./parameters";
import type { Uitkomst } from "./types";
import { ALLE_ZORGPROFIELEN, formatZorgprofiel, vindZorgprofiel, type Zorgprofiel } from "./zorgprofiel";
import { tekstVan } from "@/tests/lib/redenen";

const FC = { seed: 20261124, numRuns: 1000 } as const;

function profiel(code: string): Zorgprofiel {
  const z = vindZorgprofiel(code);
  if (z === null) throw new Error(`onbekend testprofiel ${code}`);
  return z;
}

function situatie(code: string, extra: Partial<LeveringsvormSituatie> = {}): LeveringsvormSituatie {
  return { zorgprofiel: profiel(code), ...extra };
}

function regels(u: Uitkomst): string[] {
  return u.redenen.map((r) => r.regel);
}

describe("pgb (LV-02, LV-06, LV-12, LV-13, AV-06, AV-07)", () => {
  it.each(GEEN_PGB_ZORGPROFIELEN)("LV-02: %s gets no pgb, wherever the person lives", (code) => {
    for (const woonsituatie of ["thuis", "wooninitiatief", "instelling", undefined] as const) {
      const u = pgbUitkomst(situatie(code, { woonsituatie }));
      expect(u.uitkomst).toBe("nee");
      expect(regels(u)).toContain("LV-02");
    }
  });
  it("LV-02: the list is the brochure's nine profiles, all known", () => {
    expect(GEEN_PGB_ZORGPROFIELEN).toHaveLength(9);
    for (const code of GEEN_PGB_ZORGPROFIELEN) expect(vindZorgprofiel(code)?.inBijlage4).toBe(false);
  });
  it("LV-12: a Bijlage 4 profile at home gets ja, and the zorgkantoor still decides", () => {
    const u = pgbUitkomst(situatie("4LG", { woonsituatie: "thuis" }));
    expect(u.uitkomst).toBe("ja");
    expect(regels(u)).toEqual(["LV-12"]);
    expect(tekstVan(u.redenen[0])).toContain("zorgkantoor beslist");
  });
  it("LV-12: a wooninitiatief counts as living at home", () => {
    const u = pgbUitkomst(situatie("5VV", { woonsituatie: "wooninitiatief" }));
    expect(u).toMatchObject({ uitkomst: "ja", redenen: [{ regel: "LV-12" }] });
    expect(tekstVan(u.redenen[0])).toContain("wooninitiatief");
  });
  it("LV-12: without a woonsituatie the pgb depends on where the person lives", () => {
    const u = pgbUitkomst(situatie("5VV"));
    expect(u.uitkomst).toBe("navragen");
    expect(u.redenen[0]?.code).toBe("lv.woonsituatie-onbekend");
    expect(tekstVan(u.redenen[0])).toContain("hangt af van waar u woont");
  });
  it.each(["10VV", "1VG", "2VG", "1LG", "3LG", "1ZGvis", "1ZGaud", "9VV"])(
    "LV-13: %s (not in Bijlage 4, not excluded) gets navragen, never a guess",
    (code) => {
      for (const woonsituatie of ["thuis", "wooninitiatief", "instelling", undefined] as const) {
        const u = pgbUitkomst(situatie(code, { woonsituatie }));
        expect(u.uitkomst).toBe("navragen");
        expect(u.redenen).toContainEqual(expect.objectContaining({ regel: "LV-13", code: "lv.niet-in-bijlage-4", gegevens: { zorgprofiel: formatZorgprofiel(profiel(code)) } }));
      }
    },
  );
  it("LV-06: in an instelling that gives dagbesteding there is no pgb", () => {
    const u = pgbUitkomst(situatie("6VG", { woonsituatie: "instelling", dagbestedingVanInstelling: true }));
    expect(u).toMatchObject({ uitkomst: "nee", redenen: [{ regel: "LV-06", code: "lv.instelling-met-dagbesteding" }] });
  });
  it("LV-06 / LV-12: in an instelling without dagbesteding, only begeleiding groep and not everywhere: navragen", () => {
    const u = pgbUitkomst(situatie("6VG", { woonsituatie: "instelling", dagbestedingVanInstelling: false }));
    expect(u.uitkomst).toBe("navragen");
    expect(regels(u)).toEqual(["LV-06", "LV-12"]);
    expect(u.redenen.map((r) => r.code)).toEqual(["lv.instelling-zonder-dagbesteding", "lv.instelling-navragen"]);
    expect(tekstVan(u.redenen[0])).toContain("Krijgt u geen dagbesteding");
  });
  it("LV-06: in an instelling with dagbesteding unknown: navragen, saying what it depends on", () => {
    const u = pgbUitkomst(situatie("6VG", { woonsituatie: "instelling" }));
    expect(u.uitkomst).toBe("navragen");
    expect(u.redenen[0]?.code).toBe("lv.instelling-dagbesteding-onbekend");
    expect(tekstVan(u.redenen[0])).toContain("Krijgt u geen dagbesteding van de instelling?");
  });
  it("LV-06: dagbesteding of an instelling means nothing to a person who lives at home", () => {
    expect(pgbUitkomst(situatie("6VG", { woonsituatie: "thuis", dagbestedingVanInstelling: true })).uitkomst).toBe("ja");
  });
  it("AV-06: failliet, WSNP and no vast woonadres each forbid the pgb, all listed", () => {
    const u = pgbUitkomst(situatie("2LG", { woonsituatie: "thuis", failliet: true, wsnp: true, vastWoonadres: false }));
    expect(u.uitkomst).toBe("nee");
    expect(regels(u)).toEqual(["AV-06", "AV-06", "AV-06"]);
    expect(u.redenen.map((r) => r.code)).toEqual(["lv.failliet", "lv.wsnp", "lv.geen-vast-woonadres"]);
  });
  it("AV-07: not living in the Netherlands: no pgb", () => {
    const u = pgbUitkomst(situatie("2LG", { woonsituatie: "thuis", woontInNederland: false }));
    expect(u).toMatchObject({ uitkomst: "nee", redenen: [{ regel: "AV-07", bron: "Stap 4, Pgb in het buitenland" }] });
  });
  it("AV-06 / AV-07 / LV-02: every forbidding rule is named at once", () => {
    const u = pgbUitkomst(situatie("3LVG", { failliet: true, woontInNederland: false }));
    expect(regels(u)).toEqual(["LV-02", "AV-06", "AV-07"]);
  });
  it("AV-06: the defaults (in NL, vast woonadres, not failliet, no WSNP) forbid nothing", () => {
    const u = pgbUitkomst(situatie("2LG", { woonsituatie: "thuis", failliet: false, wsnp: false, vastWoonadres: true, woontInNederland: true }));
    expect(u.uitkomst).toBe("ja");
  });
  it("AV-06 / AV-07: a nee always names a forbidding rule, a ja only for Bijlage 4 at home", () => {
    const prop = fc.property(
      fc.constantFrom(...ALLE_ZORGPROFIELEN),
      fc.constantFrom("thuis", "wooninitiatief", "instelling", undefined),
      fc.option(fc.boolean(), { nil: undefined }),
      fc.option(fc.boolean(), { nil: undefined }),
      fc.option(fc.boolean(), { nil: undefined }),
      fc.option(fc.boolean(), { nil: undefined }),
      fc.option(fc.boolean(), { nil: undefined }),
      (zorgprofiel, woonsituatie, dagbestedingVanInstelling, woontInNederland, vastWoonadres, failliet, wsnp) => {
        const u = pgbUitkomst({ zorgprofiel, woonsituatie, dagbestedingVanInstelling, woontInNederland, vastWoonadres, failliet, wsnp });
        const verbodsregels = regels(u).filter((r) => ["LV-02", "LV-06", "AV-06", "AV-07"].includes(r));
        if (u.uitkomst === "nee") return verbodsregels.length > 0;
        if (u.redenen.length === 0) return false;
        if (u.uitkomst === "ja") return zorgprofiel.inBijlage4 && (woonsituatie === "thuis" || woonsituatie === "wooninitiatief");
        return true;
      },
    );
    fc.assert(prop, FC);
  });
});

describe("vpt, mpt, pgb met mpt (LV-07, LV-08, LV-09, LV-11)", () => {
  it("LV-09 / LV-07: vpt is the zorgkantoor's judgement and says what it holds", () => {
    expect(vptUitkomst()).toMatchObject({ uitkomst: "navragen", redenen: [{ regel: "LV-09" }, { regel: "LV-07" }] });
  });
  it("LV-09 / LV-08: mpt is the zorgkantoor's judgement and says what it holds", () => {
    expect(mptUitkomst()).toMatchObject({ uitkomst: "navragen", redenen: [{ regel: "LV-09" }, { regel: "LV-08" }] });
  });
  it("LV-11: without a pgb there is no pgb with mpt, and the pgb's forbidding rules come along", () => {
    const u = pgbMetMptUitkomst(situatie("3LVG"));
    expect(u.uitkomst).toBe("nee");
    expect(regels(u)).toEqual(["LV-02", "LV-11"]);
  });
  it("LV-11: with a pgb possible the combination is still the zorgkantoor's call", () => {
    const u = pgbMetMptUitkomst(situatie("4LG", { woonsituatie: "thuis" }));
    expect(u.uitkomst).toBe("navragen");
    expect(regels(u)).toEqual(["LV-11", "LV-09"]);
  });
  it("LV-11: when the pgb itself is navragen, its reasons come along", () => {
    const u = pgbMetMptUitkomst(situatie("10VV", { woonsituatie: "thuis" }));
    expect(u.uitkomst).toBe("navragen");
    expect(regels(u)).toEqual(["LV-11", "LV-09", "LV-13"]);
  });
});

describe("verblijf (LV-01, LV-06)", () => {
  it("LV-01 / LV-06: verblijf in a Wlz-instelling is open to every profile, arranged by the zorgkantoor", () => {
    for (const z of ALLE_ZORGPROFIELEN) {
      const u = beoordeelLeveringsvormen({ zorgprofiel: z }).verblijf;
      expect(u.uitkomst).toBe("ja");
    }
    expect(regels(verblijfUitkomst())).toEqual(["LV-01", "LV-06"]);
  });
});

describe("deeltijdverblijf (LV-03, LV-04, LV-05)", () => {
  it.each(GEEN_DEELTIJDVERBLIJF_ZORGPROFIELEN)("LV-03: %s gets no deeltijdverblijf", (code) => {
    expect(deeltijdverblijfUitkomst(situatie(code))).toMatchObject({ uitkomst: "nee", redenen: [{ regel: "LV-03" }] });
  });
  it("LV-03: 5GGZ-W is not on the list: deeltijdverblijf stays the zorgkantoor's call", () => {
    expect(deeltijdverblijfUitkomst(situatie("5GGZ-W", { dagenInInstellingPer14Dagen: 7 })).uitkomst).toBe("navragen");
  });
  it("LV-04: the days match the brochure figure in the yearly parameters", () => {
    expect([...DEELTIJDVERBLIJF_DAGEN_PER_14]).toEqual(parametersOp("2022-01-01").brochure.deeltijdverblijfDagenPer14);
  });
  it("LV-04: 7, 8 or 9 days per 14 is deeltijdverblijf; any other number of days 0–14 is not", () => {
    const prop = fc.property(fc.integer({ min: 0, max: 14 }), (dagen) => {
      const u = deeltijdverblijfUitkomst(situatie("5VV", { dagenInInstellingPer14Dagen: dagen }));
      const isDeeltijd = dagen >= 7 && dagen <= 9;
      return isDeeltijd
        ? u.uitkomst === "navragen" && regels(u).includes("LV-05")
        : u.uitkomst === "nee" && regels(u).includes("LV-04");
    });
    fc.assert(prop, FC);
  });
  it("LV-03 / LV-04: a forbidden profile with wrong days names both rules", () => {
    const u = deeltijdverblijfUitkomst(situatie("SGLVG", { dagenInInstellingPer14Dagen: 3 }));
    expect(regels(u)).toEqual(["LV-03", "LV-04"]);
    expect(u.redenen.map((r) => [r.code, r.gegevens])).toEqual([
      ["lv.geen-deeltijd-zorgprofiel", { zorgprofiel: "ZP SGLVG" }],
      ["lv.deeltijd-buiten-bereik", { dagen: 3 }],
    ]);
  });
  it("LV-05 / LV-02: 5GGZ-W in deeltijdverblijf: the care at home is zin only, the text never offers a pgb (\"pgb niet mogelijk\")", () => {
    const u = deeltijdverblijfUitkomst(situatie("5GGZ-W", { dagenInInstellingPer14Dagen: 7 }));
    expect(u.uitkomst).toBe("navragen");
    const tekst = u.redenen.map((r) => tekstVan(r)).join(" ");
    expect(tekst).not.toContain("met een pgb");
    expect(tekst).toContain("De zorg thuis is dan ook zorg in natura.");
    expect(tekst).toContain("Met zorgprofiel ZP 5 GGZ-W is een pgb niet mogelijk.");
    expect(regels(u)).toEqual(["LV-04", "LV-02", "LV-05", "LV-05"]);
    expect(u.redenen.map((r) => [r.code, r.gegevens])).toEqual([
      ["lv.deeltijd-binnen-bereik", { dagen: 7 }],
      ["lv.geen-pgb-zorgprofiel", { zorgprofiel: "ZP 5 GGZ-W" }],
      ["lv.deeltijd-voorwaarden-zonder-pgb", {}],
      ["lv.deeltijd-zorgkantoor-beoordeelt", {}],
    ]);
    // Where a pgb is possible, the care at home may still be bought with one.
    expect(deeltijdverblijfUitkomst(situatie("5VV")).redenen.map((r) => tekstVan(r)).join(" ")).toContain("De zorg thuis kan in natura of met een pgb.");
  });
  it("LV-05: without days known: navragen, explaining 7, 8 or 9 days, zin without behandeling, no logeeropvang", () => {
    const u = deeltijdverblijfUitkomst(situatie("5VV"));
    expect(u.uitkomst).toBe("navragen");
    expect(regels(u)).toEqual(["LV-04", "LV-05", "LV-05"]);
    expect(u.redenen.map((r) => r.code)).toEqual(["lv.deeltijd-uitleg", "lv.deeltijd-voorwaarden", "lv.deeltijd-zorgkantoor-beoordeelt"]);
    expect(tekstVan(u.redenen[0])).toContain("7, 8 of 9 dagen");
    expect(tekstVan(u.redenen[1])).toContain("geen logeeropvang");
  });
});

describe("beoordeelLeveringsvormen: the spec's examples", () => {
  it("LV-01 / LV-09 (example lv-01): 4LG at home: pgb ja, vpt and mpt navragen", () => {
    const l = beoordeelLeveringsvormen(situatie("4LG", { woonsituatie: "thuis" }));
    expect(l.pgb.uitkomst).toBe("ja");
    expect(l.vpt).toMatchObject({ uitkomst: "navragen" });
    expect(regels(l.vpt)).toContain("LV-09");
    expect(regels(l.mpt)).toContain("LV-09");
  });
  it("LV-02 / LV-03 (example lv-02): 3LVG: no pgb, no pgb with mpt, no deeltijdverblijf", () => {
    const l = beoordeelLeveringsvormen(situatie("3LVG"));
    expect(l.pgb).toMatchObject({ uitkomst: "nee", redenen: [{ regel: "LV-02" }] });
    expect(l.pgbMetMpt.uitkomst).toBe("nee");
    expect(l.deeltijdverblijf).toMatchObject({ uitkomst: "nee", redenen: [{ regel: "LV-03" }] });
  });
  it("LV-02 / LV-05 (example lv-03): 5GGZ-W: no pgb, deeltijdverblijf navragen", () => {
    const l = beoordeelLeveringsvormen(situatie("5GGZ-W", { dagenInInstellingPer14Dagen: 7 }));
    expect(regels(l.pgb)).toContain("LV-02");
    expect(l.deeltijdverblijf.uitkomst).toBe("navragen");
  });
  it("AV-06 (example av-06): failliet with 2LG: pgb nee", () => {
    const l = beoordeelLeveringsvormen(situatie("2LG", { failliet: true }));
    expect(l.pgb).toMatchObject({ uitkomst: "nee", redenen: [{ regel: "AV-06" }] });
  });
});

describe("PAKKETTEN (LV-07, LV-08, LV-10)", () => {
  it("LV-10: a pgb never buys Wlz-behandeling; vpt and mpt hold it", () => {
    expect(PAKKETTEN.pgb).not.toContain("wlz-behandeling");
    expect(PAKKETTEN.vpt).toContain("wlz-behandeling");
    expect(PAKKETTEN.mpt).toContain("wlz-behandeling");
  });
  it("LV-07 / LV-08: vpt has maaltijden and schoonmaken, mpt has huishoudelijke hulp", () => {
    expect(PAKKETTEN.vpt).toHaveLength(8);
    expect(PAKKETTEN.mpt).toHaveLength(7);
    expect(PAKKETTEN.pgb).toHaveLength(6);
    expect(PAKKETTEN.vpt).toEqual(expect.arrayContaining(["maaltijden", "schoonmaken-woning"]));
    expect(PAKKETTEN.mpt).toContain("huishoudelijke-hulp");
  });
  it("LV-07: every zorgsoort has a Dutch label, and every label is used", () => {
    expect(Object.keys(zorgsoortLabels).sort()).toEqual([...ZORGSOORTEN].sort());
    const gebruikt = new Set([...PAKKETTEN.vpt, ...PAKKETTEN.mpt, ...PAKKETTEN.pgb]);
    expect([...gebruikt].sort()).toEqual([...ZORGSOORTEN].sort());
  });
});

describe("leidLeveringsvormAf (LV-01)", () => {
  it.each<[Woonwens, Regie, string, string]>([
    ["thuis", "zelf", "pgb", "LV-01"],
    ["thuis", "zorgkantoor", "zin-thuis", "LV-09"],
    ["thuis", "allebei", "pgb-met-mpt", "LV-11"],
    ["instelling", "zorgkantoor", "verblijf", "LV-01"],
    ["instelling", "zelf", "pgb-in-instelling", "LV-12"],
    ["instelling", "allebei", "pgb-in-instelling", "LV-06"],
    ["deeltijd", "zorgkantoor", "deeltijdverblijf", "LV-05"],
    ["deeltijd", "zelf", "deeltijdverblijf", "LV-05"],
    ["deeltijd", "allebei", "deeltijdverblijf", "LV-05"],
  ])("LV-01: %s + %s gives %s (with %s)", (woonwens, regie, verwacht, regel) => {
    const a = leidLeveringsvormAf(woonwens, regie);
    expect(a.leveringsvorm).toBe(verwacht);
    expect(a.redenen[0]?.regel).toBe("LV-01");
    expect(a.redenen.map((r) => r.regel)).toContain(regel);
  });
  it("LV-05 / LV-02: deeltijdverblijf with 5GGZ-W: arranging the care at home with a pgb is not offered", () => {
    for (const regie of ["zelf", "allebei"] as const) {
      const a = leidLeveringsvormAf("deeltijd", regie, profiel("5GGZ-W"));
      expect(a.leveringsvorm).toBe("deeltijdverblijf");
      expect(a.redenen.map((r) => tekstVan(r)).join(" ")).not.toMatch(/kan[^.]*met een pgb|kunt u zelf regelen met een pgb/);
      expect(a.redenen.map((r) => r.code)).toEqual(["lv.wens-deeltijd", "lv.deeltijd-zorg-thuis-zonder-pgb", "lv.geen-pgb-zorgprofiel"]);
    }
    expect(tekstVan(leidLeveringsvormAf("deeltijd", "zelf", profiel("5VV")).redenen[1])).toContain("zelf regelen met een pgb");
  });
  it("LV-05: in deeltijdverblijf the regie says how the care at home is arranged", () => {
    const codes = (["zorgkantoor", "zelf", "allebei"] as const).map((r) => leidLeveringsvormAf("deeltijd", r).redenen[1]?.code);
    expect(codes).toEqual(["lv.deeltijd-zorg-thuis-zorgkantoor", "lv.deeltijd-zorg-thuis-zelf", "lv.deeltijd-zorg-thuis-allebei"]);
  });
});

describe("gekozenVormen and beoordeelKeuze (LV-01, LV-05, LV-11)", () => {
  it.each<[AfgeleideLeveringsvorm, Regie, VormSleutel[]]>([
    ["pgb", "zelf", ["pgb"]],
    ["pgb-in-instelling", "zelf", ["pgb"]],
    ["pgb-in-instelling", "allebei", ["pgb"]],
    ["zin-thuis", "zorgkantoor", ["vpt", "mpt"]],
    ["pgb-met-mpt", "allebei", ["pgbMetMpt"]],
    ["verblijf", "zorgkantoor", ["verblijf"]],
  ])("LV-01: %s (regie %s) consists of %j", (leveringsvorm, regie, vormen) => {
    expect(gekozenVormen(leveringsvorm, regie)).toEqual(vormen);
  });
  it("LV-05: in deeltijdverblijf the regie decides the care at home: zelf a pgb, allebei a pgb with mpt (LV-11), zorgkantoor zin", () => {
    expect(gekozenVormen("deeltijdverblijf", "zelf")).toEqual(["deeltijdverblijf", "pgb"]);
    expect(gekozenVormen("deeltijdverblijf", "allebei")).toEqual(["deeltijdverblijf", "pgbMetMpt"]);
    expect(gekozenVormen("deeltijdverblijf", "zorgkantoor")).toEqual(["deeltijdverblijf"]);
  });
  it("LV-01 / LV-12: at home arranging it oneself with 4LG: a pgb, possible, so the pgb aanvraag opens", () => {
    const k = beoordeelKeuze("thuis", "zelf", situatie("4LG", { woonsituatie: "thuis" }));
    expect(k).toMatchObject({ leveringsvorm: "pgb", gekozen: ["pgb"], metPgb: true, mogelijk: true });
    expect(k.vormen).toEqual(beoordeelLeveringsvormen(situatie("4LG", { woonsituatie: "thuis" })));
    expect(k.redenen).toEqual(leidLeveringsvormAf("thuis", "zelf", profiel("4LG")).redenen);
    expect(pgbAanvraagMogelijk(k)).toBe(true);
  });
  it("LV-09: zorg thuis from the zorgkantoor has no pgb in it: no pgb aanvraag, though it is possible", () => {
    const k = beoordeelKeuze("thuis", "zorgkantoor", situatie("4LG", { woonsituatie: "thuis" }));
    expect(k).toMatchObject({ gekozen: ["vpt", "mpt"], metPgb: false, mogelijk: true });
    expect(pgbAanvraagMogelijk(k)).toBe(false);
  });
  it("LV-02 / LV-11: 3LVG with a pgb and mpt: the combination is nee, so no pgb aanvraag", () => {
    const k = beoordeelKeuze("thuis", "allebei", situatie("3LVG", { woonsituatie: "thuis" }));
    expect(k).toMatchObject({ gekozen: ["pgbMetMpt"], metPgb: true, mogelijk: false });
    expect(pgbAanvraagMogelijk(k)).toBe(false);
  });
  it("LV-05 / LV-11: deeltijdverblijf with the care at home arranged together: a pgb with mpt, so the pgb aanvraag opens", () => {
    const k = beoordeelKeuze("deeltijd", "allebei", situatie("5VV", { woonsituatie: "thuis", dagenInInstellingPer14Dagen: 8 }));
    expect(k).toMatchObject({ leveringsvorm: "deeltijdverblijf", gekozen: ["deeltijdverblijf", "pgbMetMpt"], metPgb: true, mogelijk: true });
    expect(pgbAanvraagMogelijk(k)).toBe(true);
  });
  it("LV-04 / LV-05: deeltijdverblijf of 3 days in 14 is nee, so the pgb beside it does not open", () => {
    const k = beoordeelKeuze("deeltijd", "zelf", situatie("5VV", { woonsituatie: "thuis", dagenInInstellingPer14Dagen: 3 }));
    expect(k).toMatchObject({ gekozen: ["deeltijdverblijf", "pgb"], metPgb: true, mogelijk: false });
    expect(pgbAanvraagMogelijk(k)).toBe(false);
  });
  it("LV-02 / LV-05: 5GGZ-W in deeltijdverblijf arranged by the zorgkantoor: no pgb in the option", () => {
    const k = beoordeelKeuze("deeltijd", "zorgkantoor", situatie("5GGZ-W", { woonsituatie: "thuis", dagenInInstellingPer14Dagen: 7 }));
    expect(k).toMatchObject({ gekozen: ["deeltijdverblijf"], metPgb: false, mogelijk: true });
    expect(pgbAanvraagMogelijk(k)).toBe(false);
  });
  it("LV-12: a pgb in an instelling is navragen, and navragen still opens the pgb aanvraag", () => {
    const k = beoordeelKeuze("instelling", "zelf", situatie("5VV", { woonsituatie: "instelling" }));
    expect(k.vormen.pgb.uitkomst).toBe("navragen");
    expect(pgbAanvraagMogelijk(k)).toBe(true);
  });
});
