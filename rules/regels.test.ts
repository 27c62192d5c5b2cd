import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reden } from "./redenen";
import { REGELS } from "./regels";

const WORTEL = path.resolve(__dirname, "..");
/** The project's own rule catalogue: one `### ID title` entry per rule, with `- bron:` and `- code:`. */
const CATALOGUS = path.join(WORTEL, "docs/regels.md");

interface Entry {
  id: string;
  titel: string;
  bron: string | undefined;
  code: string[];
}

/** The entries of docs/regels.md; a missing file throws, so the checks below cannot pass by skipping. */
function leesCatalogus(tekst = readFileSync(CATALOGUS, "utf8")): Entry[] {
  return tekst
    .split(/^(?=### )/m)
    .filter((deel) => deel.startsWith("### "))
    .map((deel) => {
      const kop = /^### (\S+)[ \t]*(.*)$/m.exec(deel);
      const regel = (naam: string) => new RegExp(`^- ${naam}: (.+)$`, "m").exec(deel)?.[1]?.trim();
      return {
        id: kop?.[1] ?? "",
        titel: kop?.[2]?.trim() ?? "",
        bron: regel("bron"),
        code: (regel("code") ?? "").split(",").map((b) => b.trim()).filter(Boolean),
      };
    });
}

function testbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? testbestanden(path.join(map, d.name)) : d.name.endsWith(".test.ts") ? [path.join(map, d.name)] : [],
  );
}

describe("the rule catalogue (docs/regels.md and rules/regels.ts)", () => {
  const catalogus = leesCatalogus();

  it("docs/regels.md has exactly the rule IDs of rules/regels.ts, each once", () => {
    const ids = catalogus.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !(id in REGELS))).toEqual([]);
    expect(Object.keys(REGELS).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("every entry has a title, and the same bron as rules/regels.ts (the bron users see)", () => {
    for (const entry of catalogus) {
      expect(entry.titel, entry.id).not.toBe("");
      expect(entry.bron, entry.id).toBe(REGELS[entry.id as keyof typeof REGELS]);
    }
  });

  it("every entry's code files exist and name the rule", () => {
    for (const entry of catalogus) {
      expect(entry.code.length, entry.id).toBeGreaterThan(0);
      for (const bestand of entry.code) {
        const pad = path.join(WORTEL, bestand);
        expect(existsSync(pad), `${entry.id}: ${bestand}`).toBe(true);
        expect(readFileSync(pad, "utf8"), `${entry.id}: ${bestand}`).toContain(entry.id);
      }
    }
  });

  it("the reader finds what a broken catalogue lacks", () => {
    const [entry] = leesCatalogus("## X\n\n### LV-02 Titel\n- bron: Stap 2\n\ntekst\n\n### LV-03\n");
    expect(entry).toEqual({ id: "LV-02", titel: "Titel", bron: "Stap 2", code: [] });
    expect(leesCatalogus("### LV-03\n")).toEqual([{ id: "LV-03", titel: "", bron: undefined, code: [] }]);
  });

  it("every rule ID is named by at least one unit test's name", () => {
    const namen = testbestanden(__dirname)
      .map((bestand) => readFileSync(bestand, "utf8"))
      .flatMap((tekst) => [...tekst.matchAll(/\b(?:it|test|describe)(?:\.each\([^)]*\))?\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? ""));
    const zonderTest = Object.keys(REGELS).filter((id) => !namen.some((naam) => naam.includes(id)));
    expect(zonderTest).toEqual([]);
  });

  it("reden() takes the bron from the catalogue", () => {
    expect(reden("LV-02", "lv.geen-pgb-zorgprofiel", { zorgprofiel: "x" })).toEqual({
      regel: "LV-02",
      bron: "Stap 2, 3. Persoonsgebonden budget",
      code: "lv.geen-pgb-zorgprofiel",
      gegevens: { zorgprofiel: "x" },
    });
  });
});
