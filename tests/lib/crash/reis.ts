/**
 * What the crash test's child saves, shared by the child (kind.ts) and the test: the answers of
 * journey `reis` at draft version `versie` are a pure function of the two, so after the kill the
 * test can tell for ANY version it finds whether the stored answers are exactly what was saved.
 */
import { createHash } from "node:crypto";

export interface ReisAntwoorden {
  reis: number;
  versie: number;
  /** Grows with every save, past SQLite's page size, so one save writes several pages. */
  tekst: string;
  lijst: number[];
}

const ALFABET = "abcdefghijklmnopqrstuvwxyzé€😀 ";

export function antwoordenVoor(reis: number, versie: number): ReisAntwoorden {
  const lengte = Math.min(200 + versie * 97, 24_000);
  let tekst = "";
  for (let i = 0; tekst.length < lengte; i++) tekst += ALFABET[(reis * 7 + versie * 13 + i) % ALFABET.length];
  return { reis, versie, tekst, lijst: Array.from({ length: versie % 50 }, (_, i) => reis * 1000 + i) };
}

export function hashVan(antwoorden: unknown): string {
  return createHash("sha256").update(JSON.stringify(antwoorden)).digest("hex");
}

/** One line of the child's stdout. */
export type Regel =
  | { soort: "gemaakt"; reis: number; token: string; versie: number; hash: string }
  | { soort: "bewaard"; reis: number; token: string; versie: number; hash: string }
  | { soort: "fout"; reis: number; melding: string };
