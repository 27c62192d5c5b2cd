/**
 * The English words of the families zo, de, tk and zk (content/redenen/en/, docs/decisions/028):
 * every code, with the facts the rules themselves give (the inputs of the Dutch tests
 * content/redenen/stappen-4-5-6.test.ts, zorgkantoor.test.ts and budget.test.ts), has an English
 * text that differs from the Dutch one, shows the same amounts, dates, numbers and names, and has
 * no Dutch function word left once the Dutch terms that name things of the Dutch system are taken out.
 */
import { describe, expect, it } from "vitest";
import { budgetRedenen } from "@/lib/declaraties/budget";
import type { ZorgverlenerInvoer } from "@/rules/beoordeel";
import { declaratiesNodig, declaratieTermijn, declarerenViaPortaal, declarerenViaSvb, magDeclareren, subsidievaststelling, takenSvb, verantwoordingsvrijBedrag } from "@/rules/declaratie";
import { beeindigingsfeiten, eigenBijdrage, eindgronden, schatLageEigenBijdrage, toekenningsfeiten, toeslagen } from "@/rules/toekenning";
import { overZorgkantoren } from "@/rules/zorgkantoor";
import { zoekZorgkantoor } from "@/rules/zorgkantoor-zoeken";
import { REDEN_CODES, reden, type Reden, type RedenCode } from "@/rules/redenen";
import { aanleverenZorgovereenkomst, beoordeelZorgverlener, kwaliteitseis, toetsLogeeropvang, toetsUurtarief, zorgovereenkomstEnZorgbeschrijving } from "@/rules/zorgovereenkomst";
import { NEDERLANDS_WOORD, zonderNederlandseNamen } from "@/tests/lib/engels";
import { zorgverlener } from "@/tests/lib/situaties";
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
    const redenen: Reden[] = [
      ...zorgovereenkomstEnZorgbeschrijving(),
      ...aanleverenZorgovereenkomst(),
      ...kwaliteitseis(),
      ...toetsUurtarief(zorgverlener({ uurtarief: undefined }), "2024-07-01").redenen,
      ...toetsUurtarief(zorgverlener({ uurtarief: 7089 }), "2024-07-01", "begeleiding-groep-dagdeel").redenen,
      ...toetsUurtarief(zorgverlener({ relatie: undefined, uurtarief: 5000 }), "2024-07-01").redenen,
      ...toetsUurtarief(zorgverlener({ uurtarief: 1500 }), "2026-07-01").redenen,
      reden("ZO-05", "zo.logeer-maximum", { maximum: 90 }),
    ];
    for (const [etmalen, inDeeltijdverblijf] of [[10, true], [10, false], [157, false]] as const) {
      redenen.push(...toetsLogeeropvang(etmalen, { inDeeltijdverblijf, peildatum: "2026-03-01" }).redenen);
    }
    const varianten: Partial<ZorgverlenerInvoer>[] = [
      { soort: "instelling", kvkGeregistreerd: undefined, uurtarief: 100_000 },
      { soort: "zzp", relatie: "overig", kvkGeregistreerd: true, uurtarief: 5000 },
      { soort: "persoon", relatie: "overig", bigGeregistreerd: true, uurtarief: 2000 },
      { soort: "persoon", relatie: "partner", bigGeregistreerd: true },
      { soort: "persoon", relatie: undefined, bigGeregistreerd: true, uurtarief: 5000 },
      { soort: "zzp", overeenkomst: undefined },
      { soort: "instelling", overeenkomst: undefined },
      { soort: "persoon", relatie: "partner", overeenkomst: undefined },
      { soort: "persoon", relatie: "overig", overeenkomst: undefined, dagenPerWeek: 2 },
      { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 4, uurtarief: 3000 },
      { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 1, optingIn: true },
      { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 1 },
      { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 2 },
      { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: undefined },
      { soort: "persoon", relatie: "overig", overeenkomst: "opdracht" },
    ];
    for (const over of varianten) redenen.push(...beoordeelZorgverlener(zorgverlener(over), "2024-07-01").redenen);
    // ZO-04 for each kind of maximum rate, ZO-02 for each kind of care provider: every entry of the tables.
    for (const soort of ["professioneel", "niet-professioneel", "begeleiding-groep"]) {
      redenen.push(reden("ZO-04", "zo.binnen-maximum", { tarief: 2000, maximum: 2589, soort, vanaf: "2024-01-01" }));
      redenen.push(reden("ZO-04", "zo.boven-maximum", { tarief: 9000, maximum: 2589, soort, vanaf: "2024-01-01" }));
    }
    for (const wie of ["instelling", "zzp", "familie"]) redenen.push(reden("ZO-02", "zo.aangenomen-opdracht", { wie }));
    toetsFamilie("zo.", EN_ZO, redenen);
  });

  it("declaraties (DE-01 … DE-07)", () => {
    const redenen: Reden[] = [
      ...declaratieTermijn("2026-03-02", "2026-03-30").redenen,
      ...declaratieTermijn("2026-03-02", "2026-04-30").redenen,
      ...declarerenViaPortaal(),
      ...declarerenViaSvb(),
      ...declaratiesNodig(true).redenen,
      ...declaratiesNodig(false).redenen,
      ...subsidievaststelling(),
      ...takenSvb(),
    ];
    for (const route of [undefined, "pgb-portaal", "svb"] as const) {
      for (const stand of [undefined, true, false]) {
        redenen.push(...magDeclareren({ route, goedgekeurdDoorZorgkantoor: stand, verwerktDoorSvb: stand }).redenen);
      }
    }
    for (const pgb of [0, 10_000, 5_000_000, 100_000_000]) {
      for (const uitgavenAanZorg of [undefined, 0, 4_940_000, 4_990_000, 5_000_000]) {
        redenen.push(...verantwoordingsvrijBedrag(pgb, { uitgavenAanZorg, peildatum: "2026-03-01" }).redenen);
      }
    }
    toetsFamilie("de.", EN_DE, redenen);
  });

  it("toekenning (TK-01 … TK-05)", () => {
    const redenen: Reden[] = [
      ...beeindigingsfeiten(),
      ...eindgronden({ gewaarborgdeHulp: true }).flatMap((g) => g.redenen),
      ...budgetRedenen("2026-03-01", { perMaand: 162400, perJaar: 1948800 }),
      reden("TK-03", "tk.eigen-bijdrage-mpt"),
    ];
    for (const peildatum of ["2021-06-01", "2024-06-01", "2026-06-01"]) {
      redenen.push(...toekenningsfeiten(peildatum));
      for (const woonsituatie of [undefined, "thuis", "wooninitiatief"] as const) {
        for (const sector of [undefined, "VV", "VG"]) redenen.push(...toeslagen({ woonsituatie, sector }, peildatum).redenen);
      }
      for (const inkomen of [0, 6_000_000, 100_000_000]) {
        redenen.push(...(schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: inkomen, peildatum })?.redenen ?? []));
      }
    }
    for (const leeftijd of [17, 18]) redenen.push(...eigenBijdrage({ leeftijd, metMpt: true }).redenen);
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
