/**
 * The reasons of stap 4 to 6 (toekenning, zorgovereenkomst, declaraties) speak about a named
 * applicant, never to "u", when someone fills in for them (docs/decisions/028-redenen-als-gegevens.md).
 * Each family's reasons come from its own rules over a spread of inputs, so every code is rendered.
 */
import { describe, expect, it } from "vitest";
import type { ZorgverlenerInvoer } from "@/rules/beoordeel";
import { declaratiesNodig, declaratieTermijn, declarerenViaPortaal, declarerenViaSvb, magDeclareren, subsidievaststelling, takenSvb, verantwoordingsvrijBedrag } from "@/rules/declaratie";
import { beeindigingsfeiten, eigenBijdrage, eindgronden, schatLageEigenBijdrage, toekenningsfeiten, toeslagen } from "@/rules/toekenning";
import { aanleverenZorgovereenkomst, beoordeelZorgverlener, kwaliteitseis, toetsLogeeropvang, toetsUurtarief, zorgovereenkomstEnZorgbeschrijving } from "@/rules/zorgovereenkomst";
import { REDEN_CODES, type Reden } from "@/rules/redenen";
import { zorgverlener } from "@/tests/lib/situaties";
import { CODES_UIT_LIB } from "@/tests/lib/redenen";
import { redenTekst, ZORGKANTOOR, type Publiek } from "./index";

const RIET: Publiek = { wie: "namens", naam: "Riet" };
/** "u" or "uw" as a word: the applicant addressed. */
const U_VORM = /(?<![\p{L}\p{N}])(u|U|uw|Uw)(?![\p{L}\p{N}])/u;

function codesVan(prefix: string): string[] {
  return REDEN_CODES.filter((c) => c.startsWith(prefix) && !CODES_UIT_LIB.includes(c));
}

/** Every code of the family is produced, and none of its texts for Riet or the staff says "u". */
function toetsFamilie(prefix: string, redenen: Reden[]): void {
  const eigen = redenen.filter((x) => x.code.startsWith(prefix));
  expect([...new Set(eigen.map((x) => x.code))].sort()).toEqual(codesVan(prefix).sort());
  for (const reden of eigen) {
    for (const publiek of [RIET, ZORGKANTOOR]) expect(redenTekst(reden, publiek), reden.code).not.toMatch(U_VORM);
  }
  expect(eigen.some((x) => redenTekst(x, RIET).includes("Riet"))).toBe(true);
}

describe("reasons for someone filling in for Riet", () => {
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
    toetsFamilie("de.", redenen);
  });

  it("toekenning (TK-01 … TK-05)", () => {
    const redenen: Reden[] = [...beeindigingsfeiten(), ...eindgronden({ gewaarborgdeHulp: true }).flatMap((g) => g.redenen)];
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
    toetsFamilie("tk.", redenen);
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
      { soort: "persoon", relatie: "overig", overeenkomst: undefined, dagenPerWeek: 2 },
      { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 4, uurtarief: 3000 },
      { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 1, optingIn: true },
      { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 2 },
      { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: undefined },
      { soort: "persoon", relatie: "overig", overeenkomst: "opdracht" },
    ];
    for (const over of varianten) redenen.push(...beoordeelZorgverlener(zorgverlener(over), "2024-07-01").redenen);
    toetsFamilie("zo.", redenen);
  });
});
