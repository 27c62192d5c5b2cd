import { describe, expect, it } from "vitest";
import path from "node:path";
import { REGELS } from "@/rules/regels";
import { leesVoorbeelden, verschillen, VOORBEELDEN_MAP } from "./voorbeelden";

describe("the examples' matcher (tests/voorbeelden/README.md)", () => {
  it("matches on the keys it names and ignores the rest", () => {
    expect(verschillen({ a: 1, b: 2 }, { a: 1 })).toEqual([]);
    expect(verschillen({ a: 1 }, { a: 2 })).toHaveLength(1);
    expect(verschillen({}, { a: 1 })).toEqual(["$.a: ontbreekt"]);
  });
  it("matches arrays element by element, with equal length", () => {
    expect(verschillen([{ a: 1, x: 0 }], [{ a: 1 }])).toEqual([]);
    expect(verschillen([1, 2], [1])).toHaveLength(1);
    expect(verschillen({ a: 1 }, [1])).toHaveLength(1);
  });
  it("reads `regels` as: the redenen name each rule", () => {
    const uitkomst = { uitkomst: "nee", redenen: [{ regel: "LV-02" }, { regel: "AV-06" }] };
    expect(verschillen(uitkomst, { uitkomst: "nee", regels: ["LV-02"] })).toEqual([]);
    expect(verschillen(uitkomst, { regels: ["LV-03"] })).toHaveLength(1);
    expect(verschillen({ uitkomst: "ja" }, { regels: ["LV-03"] })).toHaveLength(1);
  });
  it("treats null, numbers and strings strictly", () => {
    expect(verschillen(null, null)).toEqual([]);
    expect(verschillen(0, null)).toHaveLength(1);
    expect(verschillen("85", 85)).toHaveLength(1);
    expect(verschillen(null, { a: 1 })).toHaveLength(1);
  });
  it("finds the examples, each naming only rules of the catalogue", () => {
    const voorbeelden = leesVoorbeelden();
    expect(voorbeelden.length).toBeGreaterThanOrEqual(10);
    for (const v of voorbeelden) {
      expect(v.regels.length, v.bestand).toBeGreaterThan(0);
      expect(v.regels.filter((id) => !(id in REGELS)), v.bestand).toEqual([]);
    }
  });
  it("throws on a folder that is not there, rather than finding no examples", () => {
    expect(() => leesVoorbeelden(path.join(VOORBEELDEN_MAP, "bestaat-niet"))).toThrow();
  });
});
