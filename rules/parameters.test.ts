import { describe, expect, it } from "vitest";
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
