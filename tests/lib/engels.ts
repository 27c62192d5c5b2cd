/**
 * For the tests of the English words (content/redenen/en/, docs/decisions/028-redenen-als-gegevens.md,
 * addendum 2026-12-05): is an English text free of Dutch, once the Dutch names it keeps are out?
 */
import type { Reden } from "@/rules/redenen";

/** Dutch terms that stay Dutch in English: they name things of the Dutch system. Longest first. */
export const NEDERLANDSE_TERMEN = [
  // A name: the title of a Dutch web page, quoted as it is (zk.aantal).
  "Vind uw zorgkantoor",
  "overeenkomst van opdracht",
  "zorg in natura",
  "gewaarborgde hulp",
  "arbeidsovereenkomst",
  "zorgovereenkomst",
  "indicatiebesluit",
  "Belastingdienst",
  "loonheffingen",
  "budgethouder",
  "PGB Portaal",
  "zorgkantoor",
  "zorgprofiel",
  "budgetplan",
  "pgb",
  "zin",
  "CIZ",
  "SVB",
  "CAK",
  "Wlz",
];

/**
 * Dutch function words, as whole words in any case. English homographs ("of", "over", "we", "die",
 * "is") are left out: an English sentence needs them.
 */
const NEDERLANDSE_WOORDEN = [
  "u", "uw", "het", "de", "een", "niet", "wordt", "kunt", "bent", "heeft", "en", "van", "voor", "met", "dat", "zijn",
  "worden", "moet", "geen", "ook", "als", "dan", "maar", "wij", "kan", "er", "naar", "bij", "nog", "op", "te", "tot", "om",
  "door", "zo", "hier", "al", "mag", "deze", "dit", "wel", "uit", "aan", "welke", "waar", "hoe", "wat", "ze", "hij", "zij", "zich",
];
export const NEDERLANDS_WOORD = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${NEDERLANDSE_WOORDEN.join("|")})(?![\\p{L}\\p{N}'’-])`, "iu");

/**
 * What is left to check: the text without the facts as typed (longest first: "De Friesland" before
 * "Friesland"), without the Dutch terms (and their plural in -en) and without quoted names (the
 * labels of Dutch forms and pages).
 */
export function zonderNederlandseNamen(tekst: string, r: Reden): string {
  let rest = tekst;
  const feiten = Object.values(r.gegevens).filter((w): w is string => typeof w === "string" && w.length > 1);
  for (const w of feiten.sort((a, b) => b.length - a.length)) rest = rest.replaceAll(w, " ");
  for (const term of NEDERLANDSE_TERMEN) rest = rest.replace(new RegExp(`(?<![\\p{L}])${term}(?:en)?(?![\\p{L}])`, "giu"), " ");
  return rest.replace(/"[^"]*"|(?<![\p{L}])'[^']*'(?![\p{L}])/gu, " ");
}
