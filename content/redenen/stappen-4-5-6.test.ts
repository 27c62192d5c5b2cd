/**
 * The reasons of stap 4 to 6 (toekenning, zorgovereenkomst, declaraties) speak about a named
 * applicant, never to "u", when someone fills in for them (docs/decisions/028-redenen-als-gegevens.md).
 * Each family's reasons come from its own rules over a spread of inputs, so every code is rendered.
 */
import { describe, expect, it } from "vitest";
import { REDEN_CODES, type Reden } from "@/rules/redenen";
import { declaratieRedenenVoorbeelden, toekenningRedenenVoorbeelden, zorgovereenkomstRedenenVoorbeelden } from "@/tests/lib/reden-gevallen";
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
    toetsFamilie("de.", declaratieRedenenVoorbeelden());
  });

  it("toekenning (TK-01 … TK-05)", () => {
    toetsFamilie("tk.", toekenningRedenenVoorbeelden());
  });

  it("zorgovereenkomst and zorgverlener (ZO-01 … ZO-08, LV-05)", () => {
    toetsFamilie("zo.", zorgovereenkomstRedenenVoorbeelden());
  });
});
