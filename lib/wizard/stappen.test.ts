import { describe, expect, it } from "vitest";
import { AANTAL_STAPPEN, STAP_SLUGS, STAPPEN, stap, stappenVanSoort, zoekStap } from "./stappen";

describe("the step registry", () => {
  it("has the six steps in order, numbered 1 to 6", () => {
    expect(STAPPEN.map((s) => s.nummer)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(STAPPEN.map((s) => s.slug)).toEqual([...STAP_SLUGS]);
    expect(AANTAL_STAPPEN).toBe(6);
  });

  it("steps 1–3 ask questions, 4–6 are tools after the aanvraag", () => {
    expect(stappenVanSoort("vragen").map((s) => s.slug)).toEqual(["indicatie", "keuze", "aanvraag"]);
    expect(stappenVanSoort("hulpmiddel").every((s) => s.paginas({}).length === 0 && s.na === "aanvraag")).toBe(true);
  });

  it("a step may only wait for a step before it", () => {
    for (const s of STAPPEN) if (s.na !== null) expect(stap(s.na).nummer).toBeLessThan(s.nummer);
  });

  it("finds a step from outside input without throwing", () => {
    expect(zoekStap("keuze")?.nummer).toBe(2);
    for (const vreemd of ["", "controleren", "__proto__", "constructor", "toString", null, undefined, 3, ["keuze"]]) {
      expect(zoekStap(vreemd)).toBeNull();
    }
  });
});
