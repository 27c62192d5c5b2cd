/**
 * A clone of this repository is complete on its own: its spec (docs/regels.md, docs/api.md), its
 * source data (bronnen/) and its test data (tests/voorbeelden) are inside it, and no file points
 * to a folder beside the clone (docs/decisions/026-bronnen-in-de-repository.md).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const WORTEL = fileURLToPath(new URL("../../", import.meta.url));

// Built from parts, so this file does not find itself.
const BUITEN = "shared";
const NAALDEN = [`../${BUITEN}`, `${BUITEN}/spec`, `${BUITEN}/data`, `${BUITEN}/seeds`, `${BUITEN}/guide`];

/** Tracked files and new files git does not ignore; git failing fails the test (no skipping). */
function bestanden(): string[] {
  const uit = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: WORTEL, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return [...new Set(uit.split("\0"))]
    .filter((bestand) => bestand !== "" && !bestand.split("/").includes("node_modules"))
    .filter((bestand) => existsSync(path.join(WORTEL, bestand)));
}

/** `pad:regel: tekst` for every line that names a folder outside the repository. */
function verwijzingenNaarBuiten(pad: string, inhoud: string): string[] {
  if (inhoud.includes("\0")) return [];
  return inhoud.split("\n").flatMap((regel, i) => (NAALDEN.some((naald) => regel.includes(naald)) ? [`${pad}:${i + 1}: ${regel.trim()}`] : []));
}

describe("the repository stands on its own", () => {
  it("no file refers to a folder beside the clone", () => {
    const lijst = bestanden();
    expect(lijst.length).toBeGreaterThan(100);
    expect(lijst).toContain("tests/lib/repository.test.ts");
    const treffers = lijst.flatMap((bestand) => verwijzingenNaarBuiten(bestand, readFileSync(path.join(WORTEL, bestand), "utf8")));
    expect(treffers).toEqual([]);
  });

  it("the search finds such a reference, and only that", () => {
    expect(verwijzingenNaarBuiten("a.ts", `x\n// see ../${BUITEN}/spec/rules.md\n`)).toEqual([`a.ts:2: // see ../${BUITEN}/spec/rules.md`]);
    expect(verwijzingenNaarBuiten("b.md", `Source: ${BUITEN}/data/x.csv`)).toHaveLength(1);
    expect(verwijzingenNaarBuiten("c.ts", "the shared zod schema; bronnen/x.csv; docs/regels.md")).toEqual([]);
  });

  it("the spec, the source data and the examples are in the repository", () => {
    for (const bestand of ["docs/regels.md", "docs/api.md", "bronnen/README.md", "tests/voorbeelden/README.md"]) {
      expect(existsSync(path.join(WORTEL, bestand)), bestand).toBe(true);
    }
  });
});
