/**
 * The facts of a reason (rules/redenen.ts `Gegevens`) as text, in every language: a missing or
 * wrongly typed fact is a programming error, so it throws rather than shows an empty word. Amounts,
 * dates and percentages keep the Dutch notation in every language (€ 1.624,00, 30-03-2026, 1,5%),
 * the notation of the documents the person gets (docs/decisions/028-redenen-als-gegevens.md).
 */
import { landVoorCode } from "../../rules/data/landen";
import { formatDatumNl } from "../../rules/datum";
import { formatBasispunten, formatBedrag } from "../../rules/geld";
import type { Gegevens } from "../../rules/redenen";

/** A fact as text; a missing fact is a programming error, so it shows, not hides. */
export function tekst(g: Gegevens, sleutel: string): string {
  const w = g[sleutel];
  if (w === undefined || w === null) throw new Error(`reden zonder gegeven ${sleutel}`);
  return String(w);
}

export function getal(g: Gegevens, sleutel: string): number {
  const w = g[sleutel];
  if (typeof w !== "number") throw new Error(`reden zonder getal ${sleutel}`);
  return w;
}

/** An amount in cents as "€ 1.624,00". */
export function bedrag(g: Gegevens, sleutel: string): string {
  return formatBedrag(getal(g, sleutel));
}

/** A date jjjj-mm-dd as "30-03-2026". */
export function datum(g: Gegevens, sleutel: string): string {
  return formatDatumNl(tekst(g, sleutel));
}

/** Basis points as a percentage: 150 → "1,5%". */
export function procent(g: Gegevens, sleutel: string): string {
  return formatBasispunten(getal(g, sleutel));
}

/** The words a table has for the fact `sleutel`; a value the table lacks is a programming error. */
export function uitTabel<K extends string>(tabel: Readonly<Record<K, string>>, g: Gegevens, sleutel: string): string {
  const waarde = tekst(g, sleutel);
  if (!Object.hasOwn(tabel, waarde)) throw new Error(`reden met onbekend gegeven ${sleutel}: ${waarde}`);
  return tabel[waarde as K];
}

/** A country by its ISO code, as the country list names it; an unknown code as typed. */
export function landNaam(g: Gegevens): string {
  return landVoorCode(tekst(g, "land"))?.naam ?? tekst(g, "land");
}

const LANDEN_EN = new Intl.DisplayNames("en", { type: "region" });

/** Names English writes with "the": the United States, the Netherlands, the Bahamas, … */
const MET_LIDWOORD = /(?:Islands|States|Kingdom|Republic|Territories|Territory|Emirates|Netherlands)$/;
const MET_LIDWOORD_CODES: ReadonlySet<string> = new Set(["BS", "GM", "IM", "KM", "MV", "PH"]);

/**
 * A country in English by its ISO code (Intl's CLDR names: "ES" → "Spain", "US" → "the United
 * States"); a code the country list does not know, as typed. Unlike `landNaam` it reads the names
 * from Intl at run time, so a new ICU version may respell a name; the API's English has no
 * snapshot to keep. At the start of a sentence, use `hoofdletter`.
 */
export function landNaamEn(g: Gegevens): string {
  const land = landVoorCode(tekst(g, "land"));
  if (land === null) return tekst(g, "land");
  const naam = LANDEN_EN.of(land.code) ?? land.code;
  return MET_LIDWOORD.test(naam) || MET_LIDWOORD_CODES.has(land.code) ? `the ${naam}` : naam;
}

/** "the United States" → "The United States", at the start of a sentence. */
export function hoofdletter(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
