import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reden, REGELS } from "./regels";

const RULES_MD = path.resolve(__dirname, "../../shared/spec/rules.md");

function testbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? testbestanden(path.join(map, d.name)) : d.name.endsWith(".test.ts") ? [path.join(map, d.name)] : [],
  );
}

describe("the rule catalogue", () => {
  it.runIf(existsSync(RULES_MD))("holds exactly the IDs of shared/spec/rules.md", () => {
    const ids = [...new Set(readFileSync(RULES_MD, "utf8").match(/^\| ([A-Z]{2,3}-\d{2}) \|/gm)?.map((r) => r.slice(2, -2)))];
    expect(Object.keys(REGELS).sort()).toEqual(ids.sort());
  });

  it("every rule ID is named by at least one unit test's name", () => {
    const namen = testbestanden(__dirname)
      .map((bestand) => readFileSync(bestand, "utf8"))
      .flatMap((tekst) => [...tekst.matchAll(/\b(?:it|test|describe)(?:\.each\([^)]*\))?\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? ""));
    const zonderTest = Object.keys(REGELS).filter((id) => !namen.some((naam) => naam.includes(id)));
    expect(zonderTest).toEqual([]);
  });

  it("reden() takes the bron from the catalogue", () => {
    expect(reden("LV-02", "x")).toEqual({ regel: "LV-02", tekst: "x", bron: "Stap 2, 3. Persoonsgebonden budget" });
  });
});
