import { describe, expect, it } from "vitest";
import { situatie, zorgverlener } from "@/tests/lib/situaties";
import { beoordeel } from "./beoordeel";
import { BROCHURE, EIGEN_BIJDRAGE, MAXIMUMTARIEVEN, type EigenBijdrageParameters, type Maximumtarieven } from "./data/parameters";
import { declaratieUiterlijk } from "./declaratie";
import { geldigOp, INGEBOUWDE_PARAMETERS, parametersOp, voegParametersSamen } from "./parameters";
import { schatLageEigenBijdrage, toeslagen } from "./toekenning";

describe("parametersOp (yearly parameters, chosen by date)", () => {
  it("ZO-04: the 2024 maximum tarieven hold on 2024-06-01", () => {
    const p = parametersOp("2024-06-01");
    expect(p.maximumtarieven?.professioneelPerUur).toBe(7700);
    expect(p.maximumtarieven?.nietProfessioneelPerUur).toBe(2444);
  });
  it("ZO-04: 2026 maximum tarieven are unknown, not guessed", () => {
    const p = parametersOp("2026-11-24");
    expect(p.maximumtarieven?.geldigVanaf).toBe("2026-01-01");
    expect(p.maximumtarieven?.professioneelPerUur).toBeNull();
  });
  it("ZO-04: 2016 to mid-2020 have no source: the maximum tarieven are null (navragen), not the 2015 figures", () => {
    expect(parametersOp("2015-12-31").maximumtarieven?.professioneelPerUur).toBe(6300);
    for (const datum of ["2016-01-01", "2018-06-01", "2020-06-30"]) {
      const m = parametersOp(datum).maximumtarieven;
      expect([m?.professioneelPerUur, m?.begeleidingGroepPerDagdeel, m?.nietProfessioneelPerUur], datum).toEqual([null, null, null]);
    }
    expect(parametersOp("2020-07-01").maximumtarieven?.professioneelPerUur).toBe(6529);
  });
  it("ZO-04: every year between the first and the last known maximum tarieven has an entry of its own, known or null", () => {
    const gedekt = (jaar: number) => geldigOp(MAXIMUMTARIEVEN, `${jaar}-12-31`)?.geldigVanaf.startsWith(String(jaar)) ?? false;
    const jaren = MAXIMUMTARIEVEN.map((m) => Number(m.geldigVanaf.slice(0, 4)));
    for (let jaar = Math.min(...jaren); jaar <= Math.max(...jaren); jaar++) expect(gedekt(jaar), String(jaar)).toBe(true);
  });
  it("TK-03: the eigen bijdrage parameters of 2026 are known", () => {
    expect(parametersOp("2026-03-01").eigenBijdrage?.minimumPerMaand).toBe(21260);
    expect(parametersOp("2023-12-31").eigenBijdrage).toBeNull();
  });
  it("DE-05 / BP-02: the brochure's figures apply before and after its date", () => {
    expect(parametersOp("2019-01-01").brochure.wekenPerMaand).toEqual({ teller: 433, noemer: 100 });
    expect(parametersOp("2030-01-01").brochure.maxLogeeropvangEtmalen).toBe(156);
  });
  it("geldigOp picks the latest entry on or before the date", () => {
    const reeks = [{ geldigVanaf: "2020-01-01", v: 1 }, { geldigVanaf: "2022-01-01", v: 2 }];
    expect(geldigOp(reeks, "2019-12-31")).toBeNull();
    expect(geldigOp(reeks, "2021-05-05")?.v).toBe(1);
    expect(geldigOp(reeks, "2022-01-01")?.v).toBe(2);
  });
});

describe("a parameter table passed in (a yearly file merged over the built-in data, docs/decisions/025-opslag.md)", () => {
  const TARIEVEN_2026: Maximumtarieven = {
    geldigVanaf: "2026-01-01",
    professioneelPerUur: 8123,
    begeleidingGroepPerDagdeel: 7456,
    nietProfessioneelPerUur: 2589,
    bron: "Regeling langdurige zorg 2026 (test)",
  };

  it("replaces the entry of the same date and adds new dates, in date order; the built-in data is untouched", () => {
    const extra: Maximumtarieven = { ...TARIEVEN_2026, geldigVanaf: "2027-01-01", professioneelPerUur: 8400 };
    const tabel = voegParametersSamen(INGEBOUWDE_PARAMETERS, { maximumtarieven: [extra, TARIEVEN_2026] });
    expect(parametersOp("2026-06-01", tabel).maximumtarieven).toEqual(TARIEVEN_2026);
    expect(parametersOp("2027-02-01", tabel).maximumtarieven?.professioneelPerUur).toBe(8400);
    expect(parametersOp("2024-06-01", tabel).maximumtarieven?.professioneelPerUur).toBe(7700);
    expect(tabel.maximumtarieven.map((m) => m.geldigVanaf)).toEqual([...MAXIMUMTARIEVEN.map((m) => m.geldigVanaf), "2027-01-01"]);
    expect(tabel.maximumtarieven).toHaveLength(MAXIMUMTARIEVEN.length + 1);
    // Lists the file does not name stay the built-in ones; the built-in table is not changed.
    expect(tabel.eigenBijdrage).toBe(INGEBOUWDE_PARAMETERS.eigenBijdrage);
    expect(parametersOp("2026-06-01").maximumtarieven?.professioneelPerUur).toBeNull();
  });

  it("ZO-04 through beoordeel: a 2026 maximum from the table decides instead of navragen", () => {
    const tabel = voegParametersSamen(INGEBOUWDE_PARAMETERS, { maximumtarieven: [TARIEVEN_2026] });
    const binnen = beoordeel(situatie({ zorgverleners: [zorgverlener({ uurtarief: 2500 })] }), "2026-06-01", tabel);
    expect(binnen.budgetplan?.zorgverleners[0]?.maximumtarief.uitkomst).toBe("ja");
    expect(binnen.budgetplan?.zorgverleners[0]?.maximumtarief.redenen.find((r) => r.code === "zo.binnen-maximum")?.gegevens).toMatchObject({ maximum: 2589 });
    const boven = beoordeel(situatie({ zorgverleners: [zorgverlener({ uurtarief: 9000 })] }), "2026-06-01", tabel);
    expect(boven.budgetplan?.zorgverleners[0]?.maximumtarief.uitkomst).toBe("nee");
    expect(beoordeel(situatie({ zorgverleners: [zorgverlener({ uurtarief: 2500 })] }), "2026-06-01").budgetplan?.zorgverleners[0]?.maximumtarief.uitkomst).toBe("navragen");
  });

  it("the brochure figures, toeslagen and eigen bijdrage come from the table too", () => {
    const [brochure] = BROCHURE;
    if (brochure === undefined) throw new Error("geen brochure");
    const tabel = voegParametersSamen(INGEBOUWDE_PARAMETERS, {
      brochure: [{ ...brochure, geldigVanaf: "2026-01-01", maxLogeeropvangEtmalen: 200, declaratieTermijnWeken: 6, verantwoordingsvrijBedrag: { basispunten: 200, minimum: 30000, maximum: 150000 }, aanvaardbaarheidspercentages: { ES: 90 }, bron: "test" }],
      toeslagen: [{ geldigVanaf: "2026-01-01", wooninitiatief: 600000, kwaliteitVV: null, indexatie: null, bron: "test" }],
      eigenBijdrage: [{ ...(EIGEN_BIJDRAGE[2] as EigenBijdrageParameters), minimumPerMaand: 22000 }],
    });
    const p = parametersOp("2026-06-01", tabel);
    expect(p.brochure.maxLogeeropvangEtmalen).toBe(200);
    expect(p.toeslagen?.wooninitiatief).toBe(600000);
    expect(p.eigenBijdrage?.minimumPerMaand).toBe(22000);
    const a = beoordeel(situatie({ logeeropvangEtmalen: 180, pgbJaarbedrag: 10_000_000, buitenland: { land: "ES", weken: 8, zorgverlenersBuitenNederlandseBelasting: true } }), "2026-06-01", tabel);
    expect(a.logeeropvang?.uitkomst).toBe("ja");
    expect(a.verantwoordingsvrijBedrag).toBe("1500.00");
    expect(a.buitenland?.aanvaardbaarheidspercentage).toBe(90);
    expect(declaratieUiterlijk("2026-06-01", "2026-06-01", tabel)).toBe("2026-07-13");
    expect(toeslagen({ woonsituatie: "wooninitiatief" }, "2026-06-01", tabel).wooninitiatief.bedrag).toBe(600000);
    expect(schatLageEigenBijdrage({ peildatum: "2026-06-01", bijdrageplichtigInkomenPerJaar: 0 }, tabel)?.perMaand).toBe(22000 - 18220);
  });
});
