/**
 * Every English content module has the shape of its Dutch model (docs/decisions/032-talen.md):
 * the same keys, arrays as long, functions with as many parameters, no empty words. The types
 * (content/vertaling.ts) check most of this; this test also sees array lengths and what slips
 * past a cast. And every file in content/en/ is checked here, so none can drift unseen.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { vergelijkVorm, VERTAALDE_MODULES } from "@/tests/lib/talen";

describe("content in two languages", () => {
  it("every file in content/en/ is one of the pairs checked here", () => {
    const bestanden = readdirSync(path.join(import.meta.dirname, "en"), { recursive: true, encoding: "utf8" })
      .map((b) => b.split(path.sep).join("/"))
      .filter((b) => b.endsWith(".ts") && !b.endsWith(".test.ts"))
      .map((b) => b.replace(/\.ts$/, ""))
      .sort();
    expect(bestanden).toEqual(Object.keys(VERTAALDE_MODULES).sort());
  });

  for (const [naam, { nl, en }] of Object.entries(VERTAALDE_MODULES)) {
    it(`content/en/${naam}.ts has every key of content/${naam}.ts and no other`, () => {
      expect(vergelijkVorm(nl, en)).toEqual([]);
    });
  }

  it("the check finds a missing key, an extra key, a short array, another arity and an empty word", () => {
    const nl = { a: "een", b: ["x", "y"], c: (n: number) => `${n}`, d: { e: "f" } };
    const en = { b: ["x"], c: () => "", d: { e: "", g: "h" } };
    expect(vergelijkVorm(nl, en)).toEqual([
      "a: ontbreekt in het Engels",
      "b: 1 in plaats van 2 items",
      "c: 0 in plaats van 1 parameters",
      "d.e: leeg",
      "d.g: niet in het Nederlands",
    ]);
  });
});
