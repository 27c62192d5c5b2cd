/**
 * Reads the source CSVs of `bronnen/` (see its README.md) for the tests that hold the project's
 * data against them. RFC 4180: quoted fields with "" escapes; the first row names the columns.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const BRONNEN_MAP = fileURLToPath(new URL("../../bronnen/", import.meta.url));

export function parseCsv(tekst: string): Record<string, string>[] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = "";
  let inAanhaling = false;
  const zonderBom = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  for (let i = 0; i < zonderBom.length; i++) {
    const c = zonderBom[i];
    if (inAanhaling) {
      if (c === '"' && zonderBom[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') inAanhaling = false;
      else veld += c;
    } else if (c === '"') inAanhaling = true;
    else if (c === ",") {
      rij.push(veld);
      veld = "";
    } else if (c === "\n") {
      rijen.push([...rij, veld]);
      rij = [];
      veld = "";
    } else if (c !== "\r") veld += c;
  }
  if (veld !== "" || rij.length > 0) rijen.push([...rij, veld]);
  const [kop = [], ...data] = rijen.filter((r) => r.length > 1 || r[0] !== "");
  return data.map((r, i) => {
    if (r.length !== kop.length) throw new Error(`regel ${i + 2}: ${r.length} velden, verwacht ${kop.length}`);
    return Object.fromEntries(kop.map((k, j) => [k, (r[j] ?? "").trim()]));
  });
}

/** One file of bronnen/ as records; a missing file throws (no test may skip because of it). */
export function leesBron(bestand: string): Record<string, string>[] {
  return parseCsv(readFileSync(path.join(BRONNEN_MAP, bestand), "utf8"));
}
