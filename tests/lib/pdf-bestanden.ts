/**
 * For unit tests that read a PDF back as people and search engines do: poppler's `pdftotext`
 * (installed by scripts/zorg-voor-chromium.sh). Call once at the top of a test file; the PDFs go
 * to a temporary folder that is removed after the file's tests.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

export function pdfBestanden(naam: string): { bewaar: (pdf: Uint8Array) => string; tekstVan: (pdf: Uint8Array) => string } {
  let map = "";
  let teller = 0;
  beforeAll(() => {
    try {
      execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    } catch {
      throw new Error("pdftotext ontbreekt: installeer poppler-utils");
    }
    map = mkdtempSync(path.join(tmpdir(), `${naam}-`));
  });
  afterAll(() => {
    if (map !== "") rmSync(map, { recursive: true, force: true });
  });
  /** Writes the PDF and returns its path. */
  const bewaar = (pdf: Uint8Array): string => {
    teller += 1;
    const bestand = path.join(map, `${naam}-${teller}.pdf`);
    writeFileSync(bestand, pdf);
    return bestand;
  };
  /** The PDF's text with its layout (`pdftotext -layout`). */
  const tekstVan = (pdf: Uint8Array): string => execFileSync("pdftotext", ["-layout", bewaar(pdf), "-"], { encoding: "utf8" });
  return { bewaar, tekstVan };
}
