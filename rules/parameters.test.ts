import { describe, expect, it } from "vitest";
import { MAXIMUMTARIEVEN } from "./data/parameters";
import { geldigOp, parametersOp } from "./parameters";

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
