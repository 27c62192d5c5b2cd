import { describe, expect, it } from "vitest";
import { situatie, volledigeSituatie, zorgverlener } from "@/tests/lib/situaties";
import { beoordeel } from "./beoordeel";

const PEILDATUM = "2026-11-24";

describe("beoordeel (the API's answer)", () => {
  it("BP-03: a zorgprofiel alone gives profile, leveringsvormen, gewaarborgde hulp and aanvraag, and nothing else", () => {
    const a = beoordeel(situatie(), PEILDATUM);
    expect(a.zorgprofiel).toEqual({ code: "5VV", sector: "VV", omschrijving: "VV Beschermd wonen met intensieve dementiezorg", inBijlage4: true });
    expect(a.gewaarborgdeHulp.verplicht).toBe(true);
    expect(a.peildatum).toBe(PEILDATUM);
    expect(Object.keys(a).sort()).toEqual(["aanvraag", "gewaarborgdeHulp", "leveringsvormen", "peildatum", "zorgprofiel"]);
  });

  it("BP-02/ZO-06: a full situation with six zorgverleners answers every part, each with reasons", () => {
    const a = beoordeel(volledigeSituatie(), PEILDATUM);
    expect(a.budgetplan?.zorgverleners).toHaveLength(6);
    expect(a.budgetplan?.zorgverleners[0]).toMatchObject({ kostenPerMaand: "1624.00", kostenPerJaar: "19488.00", rol: "opdrachtgever", loonbelastingInhouden: false });
    expect(a.budgetplan?.zorgverleners[3]).toMatchObject({ naam: "Buurvrouw", rol: "werkgever", loonbelastingInhouden: true });
    expect(a.budgetplan?.binnenBudget).toBeTypeOf("boolean");
    expect(a.verantwoordingsvrijBedrag).toBe("900.00");
    expect(a.logeeropvang?.uitkomst).toBe("ja");
    expect(a.buitenland?.aanvaardbaarheidspercentage).toBe(85);
    expect(a.eigenBijdrage?.verschuldigd).toBe(true);
    for (const rij of a.budgetplan?.zorgverleners ?? []) expect(rij.redenen.length).toBeGreaterThan(0);
  });

  it("ZO-04: in 2026 the maximum tarief is unknown, so every uurtarief check says navragen", () => {
    const a = beoordeel(situatie({ zorgverleners: [zorgverlener()] }), PEILDATUM);
    expect(a.budgetplan?.zorgverleners[0]?.maximumtarief.uitkomst).toBe("navragen");
    const in2024 = beoordeel(situatie({ zorgverleners: [zorgverlener()] }), "2024-06-01");
    expect(in2024.budgetplan?.zorgverleners[0]?.maximumtarief.uitkomst).toBe("ja");
  });

  it("LV-05: logeeropvang beside deeltijdverblijf is not possible", () => {
    const a = beoordeel(situatie({ dagenInInstellingPer14Dagen: 8, logeeropvangEtmalen: 10 }), PEILDATUM);
    expect(a.logeeropvang).toMatchObject({ uitkomst: "nee" });
    expect(a.logeeropvang?.redenen.map((r) => r.regel)).toContain("LV-05");
    // 5 days per 14 is no deeltijdverblijf (LV-04), so logeeropvang stays possible.
    expect(beoordeel(situatie({ dagenInInstellingPer14Dagen: 5, logeeropvangEtmalen: 10 }), PEILDATUM).logeeropvang?.uitkomst).toBe("ja");
  });

  it("ZO-05: more than 156 etmalen logeeropvang is not possible", () => {
    expect(beoordeel(situatie({ logeeropvangEtmalen: 157 }), PEILDATUM).logeeropvang?.uitkomst).toBe("nee");
  });

  it("DE-05: no VVB without care spending", () => {
    expect(beoordeel(situatie({ pgbJaarbedrag: 5_000_000, uitgavenAanZorg: 0 }), PEILDATUM).verantwoordingsvrijBedrag).toBe("0.00");
  });

  it("BP-02: the budgetplan says whether it fits the pgb only when the pgb is known", () => {
    expect(beoordeel(situatie({ zorgverleners: [zorgverlener()] }), PEILDATUM).budgetplan).not.toHaveProperty("binnenBudget");
    expect(beoordeel(situatie({ zorgverleners: [zorgverlener()], pgbJaarbedrag: 1_000_000 }), PEILDATUM).budgetplan?.binnenBudget).toBe(false);
  });

  it("TK-03: a 17-year-old pays no eigen bijdrage", () => {
    expect(beoordeel(situatie({ leeftijd: 17 }), PEILDATUM).eigenBijdrage?.verschuldigd).toBe(false);
  });
});
