/**
 * For the tests of the English words for another reader (content/en/*-ander.ts,
 * docs/decisions/032-talen.md): the sentences of a table of words by their path, and the paths a
 * table marks in one way (`ZELFDE`, `LEZER`).
 */
import type { Publiek } from "@/content/redenen";
import type { PersoonEn } from "@/content/redenen/en/persoon";

/** "you" or "your" as a word. */
export const JIJ_VORM = /\b(you|your|yours|yourself)\b/i;

/** A sample fact for each parameter of `f` at `pad`; "Why?" takes a list of rule IDs. */
const voorbeeld = (f: (...args: unknown[]) => unknown, pad: string): unknown => f(...Array.from({ length: f.length }, () => (pad.endsWith(".waarom") ? ["ZO-02"] : "7")));

/** Every sentence of `woorden` by its path; a function called with sample facts. */
export function zinnen(woorden: unknown, pad = ""): [string, string][] {
  if (typeof woorden === "string") return [[pad, woorden]];
  if (typeof woorden === "function") return [[pad, String(voorbeeld(woorden as (...args: unknown[]) => unknown, pad))]];
  if (Array.isArray(woorden)) return woorden.flatMap((w, i) => zinnen(w, `${pad}[${i}]`));
  if (typeof woorden === "object" && woorden !== null) return Object.entries(woorden).flatMap(([k, w]) => zinnen(w, pad === "" ? k : `${pad}.${k}`));
  return [];
}

/** The paths whose table entry is `keuze`. */
export function padenMet(tabel: unknown, keuze: string, pad = ""): string[] {
  if (tabel === keuze) return [pad];
  if (typeof tabel !== "object" || tabel === null) return [];
  return Object.entries(tabel).flatMap(([k, w]) => padenMet(w, keuze, pad === "" ? k : `${pad}.${k}`));
}

/** How many sentences a table words for another reader itself (its functions). */
export function aantalFuncties(tabel: unknown): number {
  if (typeof tabel === "function") return 1;
  if (typeof tabel !== "object" || tabel === null) return 0;
  return Object.values(tabel).reduce((n: number, w) => n + aantalFuncties(w), 0);
}

/** The readers other than the applicant: a name, and staff (neutral). */
export const ANDERE_LEZERS: [string, PersoonEn, Publiek][] = [
  ["Riet", { naam: "Riet" }, { wie: "namens", naam: "Riet" }],
  ["the applicant", { naam: "the applicant", neutraal: true }, { wie: "zorgkantoor" }],
];
