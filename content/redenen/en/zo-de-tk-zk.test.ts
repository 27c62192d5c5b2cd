/**
 * The English words of the families zo, de, tk and zk (content/redenen/en/, docs/decisions/028):
 * every code, with the facts the rules themselves give (the inputs of the Dutch tests
 * tests/lib/reden-gevallen.ts, zorgkantoor.test.ts and budget.test.ts), has an English
 * text that differs from the Dutch one, shows the same amounts, dates, numbers and names, and has
 * no Dutch function word left once the Dutch terms that name things of the Dutch system are taken out.
 */
import { describe, expect, it } from "vitest";
import { budgetRedenen } from "@/lib/declaraties/budget";
import { overZorgkantoren } from "@/rules/zorgkantoor";
import { zoekZorgkantoor } from "@/rules/zorgkantoor-zoeken";
import { REDEN_CODES, reden, type Reden, type RedenCode } from "@/rules/redenen";
import { NEDERLANDS_WOORD, zonderNederlandseNamen } from "@/tests/lib/engels";
import { declaratieRedenenVoorbeelden, toekenningRedenenVoorbeelden, zorgovereenkomstRedenenVoorbeelden } from "@/tests/lib/reden-gevallen";
import { REDEN_WOORDEN, type Woorden } from "../woorden";
import { EN_DE } from "./de";
import { EN_TK } from "./tk";
import { EN_ZK } from "./zk";
import type { WoordenEn } from "./typen";
import { EN_ZO } from "./zo";

/** The Dutch words, as one table of the code's type. */
const NL: Readonly<Record<RedenCode, Woorden>> = REDEN_WOORDEN;

/** Amounts, dates, percentages and numbers as the text shows them. */
const NOTATIES = /€ \d[\d.]*,\d{2}|\d{2}-\d{2}-\d{4}|\d+(?:,\d+)?%|\d+/g;

function alsWoord(tekst: string, woord: string): boolean {
  const veilig = woord.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${veilig}(?![\\p{L}\\p{N}])`, "u").test(tekst);
}

/** One reason's English words against its Dutch ones. */
function toets(familie: Readonly<Record<string, WoordenEn>>, r: Reden): void {
  const en = familie[r.code]?.(r.gegevens) ?? "";
  const nl = NL[r.code].u(r.gegevens);
  const waar = `${r.code} ${JSON.stringify(r.gegevens)}: ${en}`;
  expect(en.trim(), waar).not.toBe("");
  expect(en, waar).not.toBe(nl);
  for (const notatie of nl.match(NOTATIES) ?? []) expect(en, `${waar} (${notatie})`).toContain(notatie);
  for (const feit of Object.values(r.gegevens)) {
    if (typeof feit === "string" && alsWoord(nl, feit)) expect(en, waar).toContain(feit);
  }
  expect(zonderNederlandseNamen(en, r), waar).not.toMatch(NEDERLANDS_WOORD);
}

/** Every code of the family is reached by the reasons, and each of them passes `toets`. */
function toetsFamilie(prefix: string, familie: Readonly<Record<string, WoordenEn>>, redenen: Reden[]): void {
  const codes: RedenCode[] = REDEN_CODES.filter((c) => c.startsWith(prefix));
  expect(Object.keys(familie).sort()).toEqual([...codes].sort());
  const eigen = redenen.filter((r) => r.code.startsWith(prefix));
  expect([...new Set(eigen.map((r) => r.code))].sort()).toEqual([...codes].sort());
  for (const r of eigen) toets(familie, r);
}

describe("English words for the applicant", () => {
  it("the test catches a Dutch text left in place", () => {
    const r = reden("ZO-01", "zo.overeenkomst");
    const metNederlands = { ...EN_ZO, "zo.overeenkomst": () => NL["zo.overeenkomst"].u({}) };
    expect(() => toets(metNederlands, r)).toThrow();
    const zonderBedrag = { ...EN_ZO, "zo.binnen-maximum": () => "The rate is not higher than the maximum rate." };
    expect(() => toets(zonderBedrag, reden("ZO-04", "zo.binnen-maximum", { tarief: 2000, maximum: 2589, soort: "professioneel", vanaf: "2024-01-01" }))).toThrow();
    const metEenWoord = { ...EN_ZO, "zo.overeenkomst": () => "You sign a zorgovereenkomst met each care provider." };
    expect(() => toets(metEenWoord, r)).toThrow();
    expect(() => toets(EN_ZO, r)).not.toThrow();
  });

  it("zorgovereenkomst and zorgverlener (ZO-01 … ZO-08, LV-05)", () => {
    const redenen: Reden[] = [...zorgovereenkomstRedenenVoorbeelden(), reden("ZO-05", "zo.logeer-maximum", { maximum: 90 })];
    // ZO-04 for each kind of maximum rate, ZO-02 for each kind of care provider: every entry of the tables.
    for (const soort of ["professioneel", "niet-professioneel", "begeleiding-groep"]) {
      redenen.push(reden("ZO-04", "zo.binnen-maximum", { tarief: 2000, maximum: 2589, soort, vanaf: "2024-01-01" }));
      redenen.push(reden("ZO-04", "zo.boven-maximum", { tarief: 9000, maximum: 2589, soort, vanaf: "2024-01-01" }));
    }
    for (const wie of ["instelling", "zzp", "familie"]) redenen.push(reden("ZO-02", "zo.aangenomen-opdracht", { wie }));
    toetsFamilie("zo.", EN_ZO, redenen);
  });

  it("declaraties (DE-01 … DE-07)", () => {
    const redenen = declaratieRedenenVoorbeelden();
    toetsFamilie("de.", EN_DE, redenen);
  });

  it("toekenning (TK-01 … TK-05)", () => {
    const redenen: Reden[] = [
      ...toekenningRedenenVoorbeelden(),
      ...budgetRedenen("2026-03-01", { perMaand: 162400, perJaar: 1948800 }),
      reden("TK-03", "tk.eigen-bijdrage-mpt"),
    ];
    toetsFamilie("tk.", EN_TK, redenen);
  });

  it("which zorgkantoor (ZK-01, ZK-02)", () => {
    // The searches of content/redenen/zorgkantoor.test.ts: gemeente, woonplaatsen old and new, postcodes, nothing.
    const redenen: Reden[] = [...overZorgkantoren()];
    for (const invoer of ["Tilburg", "Weesp", "Vianen", "Leidschendam", "Ooltgensplaat", "Akkrum", "5038", "9999", "8490", "0123", "Nergenshuizen"]) {
      const u = zoekZorgkantoor(invoer);
      if ("redenen" in u) redenen.push(...u.redenen);
    }
    toetsFamilie("zk.", EN_ZK, redenen);
  });
});
