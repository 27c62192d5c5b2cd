import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BudgetplanRegelInvoer } from "./budgetplan";
import type { Reden } from "./types";
import {
  aanleverenZorgovereenkomst,
  beoordeelZorgverlener,
  isProfessioneel,
  kwaliteitseis,
  loonbelastingInhouden,
  overeenkomstVan,
  professioneelStatus,
  rolBudgethouder,
  toetsLogeeropvang,
  toetsUurtarief,
  zorgovereenkomstEnZorgbeschrijving,
  type ZorgverlenerSituatie,
} from "./zorgovereenkomst";
import { tekstVan } from "@/tests/lib/redenen";

const CONFIG = { seed: 20261124, numRuns: 1000 };
const IN_2024 = "2024-06-01";
const IN_2026 = "2026-11-24";

/** Builder: the brochure's mother (bp-03), any field overridden. */
function moeder(over: Partial<ZorgverlenerSituatie & BudgetplanRegelInvoer> = {}): ZorgverlenerSituatie & BudgetplanRegelInvoer {
  return {
    naam: "Moeder",
    urenPerWeek: 2500,
    uurtarief: 1500,
    soort: "persoon",
    relatie: "familie-1e-graad",
    overeenkomst: "opdracht",
    dagenPerWeek: 7,
    ...over,
  };
}

/** Builder: a zorgverlener with only the given facts. */
function zv(over: ZorgverlenerSituatie = {}): ZorgverlenerSituatie {
  return { ...over };
}

const regels = (redenen: Reden[]) => redenen.map((r) => r.regel);
const teksten = (redenen: Reden[]) => redenen.map((r) => tekstVan(r)).join("\n");

describe("isProfessioneel (ZO-03)", () => {
  it("ZO-03: a zorginstelling registered at the KvK is professional, also when assumed", () => {
    expect(isProfessioneel(zv({ soort: "instelling", kvkGeregistreerd: true })).professioneel).toBe(true);
    const aangenomen = isProfessioneel(zv({ soort: "instelling" }));
    expect(aangenomen.professioneel).toBe(true);
    expect(teksten(aangenomen.redenen)).toContain("Daar gaan we van uit");
    expect(aangenomen.redenen[0]?.bron).toBe("Maximumtarieven");
    expect(aangenomen.redenen.map((r) => r.code)).toEqual(["zo.aangenomen-kvk", "zo.professioneel-instelling"]);
  });

  it("ZO-03: BIG-registered and not family is professional; family is not", () => {
    expect(isProfessioneel(zv({ soort: "persoon", bigGeregistreerd: true, relatie: "overig" })).professioneel).toBe(true);
    for (const relatie of ["partner", "familie-1e-graad", "familie-2e-graad"] as const) {
      const r = isProfessioneel(zv({ soort: "persoon", bigGeregistreerd: true, relatie }));
      expect(r.professioneel).toBe(false);
      expect(teksten(r.redenen)).toContain("partner of een familielid");
    }
  });

  it("ZO-03: a zzp'er registered at the KvK and not family is professional", () => {
    expect(professioneelStatus(zv({ soort: "zzp", kvkGeregistreerd: true, relatie: "overig" })).status).toBe("ja");
    expect(professioneelStatus(zv({ soort: "zzp", relatie: "overig" })).status).toBe("ja");
    expect(professioneelStatus(zv({ soort: "zzp", relatie: "partner" })).status).toBe("nee");
    expect(professioneelStatus(zv({ soort: "zzp", kvkGeregistreerd: false, relatie: "overig" })).status).toBe("nee");
    expect(professioneelStatus(zv({ soort: "persoon", kvkGeregistreerd: true, relatie: "overig" })).status).toBe("ja");
    expect(professioneelStatus(zv({ kvkGeregistreerd: true, relatie: "overig" })).status).toBe("ja");
  });

  it("ZO-03: an instelling not registered at the KvK is judged on BIG like anyone else", () => {
    expect(professioneelStatus(zv({ soort: "instelling", kvkGeregistreerd: false })).status).toBe("nee");
  });

  it("ZO-03: a registration with an unknown relation is unknown, and counts as not professional", () => {
    const z = zv({ soort: "zzp" });
    expect(professioneelStatus(z).status).toBe("onbekend");
    const r = isProfessioneel(z);
    expect(r.professioneel).toBe(false);
    expect(teksten(r.redenen)).toContain("niet ingevuld of de zorgverlener familie");
  });

  it("ZO-03: the bp-03 mother is not professional", () => {
    const r = isProfessioneel(moeder());
    expect(r.professioneel).toBe(false);
    expect(regels(r.redenen)).toEqual(["ZO-03"]);
    expect(isProfessioneel(zv()).professioneel).toBe(false);
  });

  it("ZO-03: family is never professional, whatever else is given (property)", () => {
    const situatie = fc.record(
      {
        soort: fc.constantFrom("zzp", "persoon"),
        relatie: fc.constantFrom("partner", "familie-1e-graad", "familie-2e-graad"),
        bigGeregistreerd: fc.boolean(),
        kvkGeregistreerd: fc.boolean(),
      },
      { requiredKeys: ["relatie"] },
    ) as fc.Arbitrary<ZorgverlenerSituatie>;
    fc.assert(
      fc.property(situatie, (z) => !isProfessioneel(z).professioneel),
      CONFIG,
    );
  });
});

describe("rolBudgethouder (ZO-02)", () => {
  it("ZO-02: an arbeidsovereenkomst makes the budgethouder werkgever, an opdracht opdrachtgever", () => {
    expect(rolBudgethouder(zv({ overeenkomst: "arbeidsovereenkomst" })).rol).toBe("werkgever");
    const opdracht = rolBudgethouder(moeder());
    expect(opdracht.rol).toBe("opdrachtgever");
    expect(opdracht.redenen[0]).toMatchObject({ regel: "ZO-02", bron: "Stap 5, Werkgever of opdrachtgever" });
  });

  it("ZO-02: without an overeenkomst, an opdracht is assumed for family, zzp'er and instelling ('vaak')", () => {
    for (const z of [zv({ soort: "instelling" }), zv({ soort: "zzp" }), zv({ soort: "persoon", relatie: "partner" })]) {
      const r = rolBudgethouder(z);
      expect(r.rol).toBe("opdrachtgever");
      expect(teksten(r.redenen)).toContain("vaak een overeenkomst van opdracht");
    }
    expect(teksten(rolBudgethouder(zv({ soort: "zzp" })).redenen)).toContain("een zzp'er");
  });

  it("ZO-02: without an overeenkomst, anyone else is assumed to be employed", () => {
    const r = rolBudgethouder(zv({ soort: "persoon", relatie: "overig" }));
    expect(r.rol).toBe("werkgever");
    expect(teksten(r.redenen)).toContain("Dan gaan we uit van een arbeidsovereenkomst");
    expect(overeenkomstVan(zv()).overeenkomst).toBe("arbeidsovereenkomst");
  });
});

describe("loonbelastingInhouden (ZO-06)", () => {
  it("ZO-06: none for an instelling, for family, for a zzp'er", () => {
    for (const z of [
      zv({ soort: "instelling", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 5 }),
      zv({ soort: "persoon", relatie: "partner", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 5 }),
      zv({ soort: "persoon", relatie: "familie-2e-graad", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 5, optingIn: true }),
      zv({ soort: "zzp", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 5 }),
    ]) {
      const r = loonbelastingInhouden(z);
      expect(r.inhouden).toBe(false);
      expect(r.redenen[0]).toMatchObject({ regel: "ZO-06", bron: "Inhouden van loonbelasting" });
      expect(teksten(r.redenen)).toContain("De SVB beoordeelt");
    }
  });

  it("ZO-06: the bp-03 mother on an opdracht, 7 days a week: no loonbelasting", () => {
    expect(loonbelastingInhouden(moeder()).inhouden).toBe(false);
  });

  it("ZO-06: no arbeidsovereenkomst with someone else: none", () => {
    const r = loonbelastingInhouden(zv({ soort: "persoon", relatie: "overig", overeenkomst: "opdracht", dagenPerWeek: 5 }));
    expect(r.inhouden).toBe(false);
    expect(teksten(r.redenen)).toContain("geen arbeidsovereenkomst");
  });

  it("ZO-06: on an arbeidsovereenkomst for more than 3 days: withheld, and the SVB runs the payroll (DE-07)", () => {
    const r = loonbelastingInhouden(zv({ soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 4 }), IN_2026);
    expect(r.inhouden).toBe(true);
    expect(regels(r.redenen)).toEqual(["ZO-06", "ZO-06", "DE-07"]);
    expect(teksten(r.redenen)).toContain("4 dagen per week");
    expect(r.redenen[0]).toMatchObject({ code: "zo.loonbelasting-meer-dagen", gegevens: { dagen: 4, grens: 3 } });
  });

  it("ZO-06: on 3 days or fewer: none, unless opting in", () => {
    const basis = zv({ soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst" });
    expect(loonbelastingInhouden({ ...basis, dagenPerWeek: 3 }).inhouden).toBe(false);
    expect(teksten(loonbelastingInhouden({ ...basis, dagenPerWeek: 1 }).redenen)).toContain("1 dag per week");
    expect(loonbelastingInhouden({ ...basis, dagenPerWeek: 0 }).inhouden).toBe(false);
    const optingIn = loonbelastingInhouden({ ...basis, dagenPerWeek: 3, optingIn: true });
    expect(optingIn.inhouden).toBe(true);
    expect(teksten(optingIn.redenen)).toContain("opting in");
    expect(teksten(loonbelastingInhouden({ ...basis, dagenPerWeek: 1, optingIn: true }).redenen)).toContain("1 dag per week");
  });

  it("ZO-06: days unknown on an arbeidsovereenkomst: withholding is assumed and said", () => {
    const r = loonbelastingInhouden(zv({ soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst" }));
    expect(r.inhouden).toBe(true);
    expect(teksten(r.redenen)).toContain("niet ingevuld op hoeveel dagen");
  });

  it("ZO-06: overeenkomst unknown: the ZO-02 assumption is used and shown", () => {
    const r = loonbelastingInhouden(zv({ soort: "persoon", relatie: "overig", dagenPerWeek: 2 }));
    expect(r.inhouden).toBe(false);
    expect(regels(r.redenen)[0]).toBe("ZO-02");
    const onbekend = loonbelastingInhouden(zv());
    expect(onbekend.inhouden).toBe(true);
    expect(regels(onbekend.redenen)).toContain("ZO-02");
  });

  it("ZO-06: refuses an impossible number of days", () => {
    const basis = zv({ soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst" });
    expect(() => loonbelastingInhouden({ ...basis, dagenPerWeek: 8 })).toThrow(RangeError);
    expect(() => loonbelastingInhouden({ ...basis, dagenPerWeek: 2.5 })).toThrow(RangeError);
    expect(() => loonbelastingInhouden({ ...basis, dagenPerWeek: -1 })).toThrow(RangeError);
  });

  it("ZO-06: withheld exactly on an arbeidsovereenkomst with a non-family non-zzp person for > 3 days or opting in (property)", () => {
    const situatie = fc.record({
      soort: fc.constantFrom<ZorgverlenerSituatie["soort"]>("instelling", "zzp", "persoon"),
      relatie: fc.constantFrom<ZorgverlenerSituatie["relatie"]>("partner", "familie-1e-graad", "familie-2e-graad", "overig"),
      overeenkomst: fc.constantFrom<ZorgverlenerSituatie["overeenkomst"]>("arbeidsovereenkomst", "opdracht"),
      dagenPerWeek: fc.integer({ min: 0, max: 7 }),
      optingIn: fc.boolean(),
    });
    fc.assert(
      fc.property(situatie, (z) => {
        const verwacht =
          z.soort === "persoon" && z.relatie === "overig" && z.overeenkomst === "arbeidsovereenkomst" && (z.dagenPerWeek > 3 || z.optingIn);
        return loonbelastingInhouden(z).inhouden === verwacht;
      }),
      CONFIG,
    );
  });
});

describe("toetsUurtarief (ZO-04)", () => {
  const nietProf = zv({ soort: "persoon", relatie: "overig" });
  const prof = zv({ soort: "instelling" });

  it("ZO-04: within the 2024 non-professional maximum of € 24,44: ja", () => {
    const r = toetsUurtarief({ ...nietProf, uurtarief: 2444 }, IN_2024);
    expect(r.uitkomst).toBe("ja");
    expect(teksten(r.redenen)).toContain("€ 24,44 per uur voor een niet-professionele zorgverlener");
    expect(r.redenen.find((x) => x.code === "zo.binnen-maximum")?.gegevens).toEqual({ tarief: 2444, maximum: 2444, soort: "niet-professioneel", vanaf: "2024-01-01" });
    expect(teksten(r.redenen)).toContain("01-01-2024");
    expect(regels(r.redenen)).toContain("ZO-04");
  });

  it("ZO-04: above the non-professional maximum: nee", () => {
    const r = toetsUurtarief({ ...nietProf, uurtarief: 2445 }, IN_2024);
    expect(r.uitkomst).toBe("nee");
    expect(teksten(r.redenen)).toContain("niet meer betalen dan het maximumtarief");
  });

  it("ZO-04: a professional above € 77,-: navragen, not nee; more is allowed \"met toestemming van het zorgkantoor\" for an NZa tarief", () => {
    expect(toetsUurtarief({ ...prof, uurtarief: 7700 }, IN_2024).uitkomst).toBe("ja");
    const r = toetsUurtarief({ ...prof, uurtarief: 7701 }, IN_2024);
    expect(r.uitkomst).toBe("navragen");
    expect(teksten(r.redenen)).toContain("toestemming van het zorgkantoor");
    expect(teksten(r.redenen)).toContain("NZa");
    expect(teksten(r.redenen)).toContain("Vraag het zorgkantoor om toestemming");
  });

  it("ZO-04: begeleiding groep per dagdeel has its own maximum", () => {
    expect(toetsUurtarief({ ...nietProf, uurtarief: 7088 }, IN_2024, "begeleiding-groep-dagdeel").uitkomst).toBe("ja");
    const r = toetsUurtarief({ ...nietProf, uurtarief: 7089 }, IN_2024, "begeleiding-groep-dagdeel");
    expect(r.uitkomst).toBe("nee");
    expect(teksten(r.redenen)).toContain("per dagdeel voor begeleiding groep");
    expect(r.redenen[0]).toMatchObject({ code: "zo.boven-maximum", gegevens: { tarief: 7089, maximum: 7088, soort: "begeleiding-groep" } });
  });

  it("ZO-04: the 2026 maximum is unknown: navragen, pointing to the zorgkantoor's website, no number", () => {
    for (const [z, cat] of [
      [{ ...nietProf, uurtarief: 1500 }, "uur"],
      [{ ...prof, uurtarief: 1500 }, "uur"],
      [{ ...nietProf, uurtarief: 1500 }, "begeleiding-groep-dagdeel"],
      [{ soort: "zzp" as const, uurtarief: 5000 }, "uur"],
    ] as const) {
      const r = toetsUurtarief(z, IN_2026, cat);
      expect(r.uitkomst).toBe("navragen");
      expect(teksten(r.redenen)).toContain("Het maximumtarief voor 2026 is bij ons niet bekend");
      expect(teksten(r.redenen)).toContain("website van uw zorgkantoor");
      expect(teksten(r.redenen)).not.toMatch(/€/);
    }
  });

  it("ZO-04: 2016 to mid-2020 have no source: navragen, not the 2015 maximum of € 20,-", () => {
    for (const datum of ["2016-01-01", "2019-06-01", "2020-06-30"]) {
      const r = toetsUurtarief({ ...nietProf, uurtarief: 2500 }, datum);
      expect(r.uitkomst, datum).toBe("navragen");
      expect(teksten(r.redenen)).toContain(`Het maximumtarief voor ${datum.slice(0, 4)} is bij ons niet bekend`);
    }
    expect(toetsUurtarief({ ...nietProf, uurtarief: 2500 }, "2015-06-01").uitkomst).toBe("nee");
  });

  it("ZO-04: before the first known year: navragen", () => {
    expect(toetsUurtarief({ ...nietProf, uurtarief: 1500 }, "2010-01-01").uitkomst).toBe("navragen");
  });

  it("ZO-04: no tarief given: navragen", () => {
    expect(toetsUurtarief(nietProf, IN_2024).uitkomst).toBe("navragen");
  });

  it("ZO-04: relation unknown: ja below both maxima, navragen between them and above both (a professional may get consent)", () => {
    const zzp = zv({ soort: "zzp" });
    expect(toetsUurtarief({ ...zzp, uurtarief: 2000 }, IN_2024).uitkomst).toBe("ja");
    const tussen = toetsUurtarief({ ...zzp, uurtarief: 5000 }, IN_2024);
    expect(tussen.uitkomst).toBe("navragen");
    expect(teksten(tussen.redenen)).toContain("hangt ervan af of de zorgverlener professioneel is");
    const boven = toetsUurtarief({ ...zzp, uurtarief: 8000 }, IN_2024);
    expect(boven.uitkomst).toBe("navragen");
    expect(teksten(boven.redenen)).toContain("toestemming van het zorgkantoor");
  });

  it("ZO-04: a tarief at or below the maximum is ja; above it nee for a non-professional, navragen for a professional (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.boolean(), (tarief, isProf) => {
        const z = isProf ? { ...prof, uurtarief: tarief } : { ...nietProf, uurtarief: tarief };
        const max = isProf ? 7700 : 2444;
        return toetsUurtarief(z, IN_2024).uitkomst === (tarief <= max ? "ja" : isProf ? "navragen" : "nee");
      }),
      CONFIG,
    );
  });
});

describe("toetsLogeeropvang (ZO-05, LV-05)", () => {
  it("ZO-05: up to 156 etmalen per kalenderjaar: ja, and no maximum tarief (ZO-04)", () => {
    const r = toetsLogeeropvang(156, { peildatum: IN_2026 });
    expect(r.uitkomst).toBe("ja");
    expect(regels(r.redenen)).toEqual(["ZO-05", "ZO-04"]);
    expect(teksten(r.redenen)).toContain("Voor logeeropvang geldt geen maximumtarief");
    expect(teksten(r.redenen)).toContain("in 2026");
    expect(r.redenen[0]).toMatchObject({ code: "zo.logeer-binnen", gegevens: { etmalen: 156, maximum: 156, jaar: 2026 } });
  });

  it("ZO-05: 157 etmalen: nee", () => {
    const r = toetsLogeeropvang(157, { peildatum: IN_2026, inDeeltijdverblijf: false });
    expect(r.uitkomst).toBe("nee");
    expect(regels(r.redenen)).toEqual(["LV-05", "ZO-05"]);
    expect(r.redenen[1]?.bron).toBe("Stap 5, Bestedingsvrijheid");
  });

  it("LV-05: no logeeropvang beside deeltijdverblijf", () => {
    const r = toetsLogeeropvang(10, { peildatum: IN_2026, inDeeltijdverblijf: true });
    expect(r.uitkomst).toBe("nee");
    expect(regels(r.redenen)).toEqual(["LV-05"]);
    expect(toetsLogeeropvang(0, { peildatum: IN_2026, inDeeltijdverblijf: true }).uitkomst).toBe("ja");
  });

  it("ZO-05: refuses a negative or broken number of etmalen", () => {
    expect(() => toetsLogeeropvang(-1, { peildatum: IN_2026 })).toThrow(RangeError);
    expect(() => toetsLogeeropvang(1.5, { peildatum: IN_2026 })).toThrow(RangeError);
  });

  it("ZO-05: ja exactly up to 156 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (n) => toetsLogeeropvang(n, { peildatum: IN_2024 }).uitkomst === (n <= 156 ? "ja" : "nee")),
      CONFIG,
    );
  });
});

describe("facts (ZO-01, ZO-07, ZO-08)", () => {
  it("ZO-01: zorgovereenkomst and zorgbeschrijving, both signed, approved by the zorgkantoor", () => {
    const r = zorgovereenkomstEnZorgbeschrijving();
    expect(regels(r)).toEqual(["ZO-01", "ZO-01", "ZO-01"]);
    expect(teksten(r)).toContain("ondertekenen de zorgovereenkomst allebei");
    expect(teksten(r)).toContain("nieuwe zorgovereenkomst en zorgbeschrijving");
  });

  it("ZO-07: PGB Portaal or the SVB's model-zorgovereenkomst", () => {
    expect(teksten(aanleverenZorgovereenkomst(true))).toContain("www.mijnpgb.nl");
    const svb = teksten(aanleverenZorgovereenkomst(false));
    expect(svb).toContain("www.svb.nl/pgb");
    expect(svb).toContain("030-264 82 00");
    expect(aanleverenZorgovereenkomst()).toHaveLength(3);
    expect(aanleverenZorgovereenkomst()[0]?.bron).toBe("Stap 5, 5A, 5B");
  });

  it("ZO-08: the care must be kwalitatief verantwoord", () => {
    expect(kwaliteitseis()[0]).toMatchObject({ regel: "ZO-08", bron: "Stap 5" });
  });
});

describe("beoordeelZorgverlener (the API row)", () => {
  it("BP-03 / ZO-02 / ZO-03 / ZO-06: the bp-03 mother", () => {
    const r = beoordeelZorgverlener(moeder(), IN_2026);
    expect(r).toMatchObject({
      naam: "Moeder",
      kostenPerMaand: 162400,
      kostenPerMaandOnafgerond: 162375,
      kostenPerJaar: 1948800,
      professioneel: false,
      rol: "opdrachtgever",
      loonbelastingInhouden: false,
    });
    expect(r.maximumtarief.uitkomst).toBe("navragen");
    expect(new Set(regels(r.redenen))).toEqual(new Set(["BP-02", "BP-03", "ZO-03", "ZO-02", "ZO-06", "ZO-04"]));
  });

  it("ZO-04: in 2024 the mother's € 15,- is within the non-professional maximum, and ZO-03 is said once", () => {
    const r = beoordeelZorgverlener(moeder(), IN_2024);
    expect(r.maximumtarief.uitkomst).toBe("ja");
    expect(regels(r.redenen).filter((x) => x === "ZO-03")).toHaveLength(1);
  });
});
