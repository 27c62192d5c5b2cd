/**
 * Money and hours as exact integers (BP-03: "never binary floating point").
 * - Money is `Centen`: whole euro cents.
 * - Hours are `Honderdsten`: whole hundredths of an hour (7,5 uur = 750).
 * Text goes in and out through the parse/format pairs below; nothing here multiplies a float.
 */
import type { Centen } from "./types";

/** Hours in integer hundredths of an hour: 25 uur = 2500, 7,25 uur = 725. */
export type Honderdsten = number;

/** Longest integer part accepted (12 digits = under € 1.000.000.000.000): keeps every result a safe integer. */
export const MAX_CIJFERS_GEHEEL = 12;
/** Longest API decimal string accepted, so a hostile input cannot make the parser do much work. */
export const MAX_LENGTE_DECIMAAL = 24;
/** The most decimals `parseDecimaal` may be asked for (10^12 × 10^3 stays below 2^53). */
export const MAX_DECIMALEN = 3;

/** Throws for a value that is not a safe integer: a programming error, never user input. */
export function zekerGeheel(n: number, wat: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${wat} moet een veilig geheel getal zijn, niet ${n}`);
  return n;
}

/**
 * n / d rounded half up (…,5 goes up), for n ≥ 0 and d > 0, with integer operations only.
 * Used for BP-03 (whole euros) and the cent of a per-month amount.
 */
export function deelHalfOmhoog(n: number, d: number): number {
  zekerGeheel(n, "teller");
  zekerGeheel(d, "noemer");
  if (n < 0 || d <= 0) throw new RangeError("deelHalfOmhoog verwacht n ≥ 0 en d > 0");
  const rest = n % d;
  const quotient = (n - rest) / d;
  return 2 * rest >= d ? quotient + 1 : quotient;
}

/** n / d rounded down (towards zero), for n ≥ 0 and d > 0. Used for DE-05 (never more than 1,5%). */
export function deelOmlaag(n: number, d: number): number {
  zekerGeheel(n, "teller");
  zekerGeheel(d, "noemer");
  if (n < 0 || d <= 0) throw new RangeError("deelOmlaag verwacht n ≥ 0 en d > 0");
  return (n - (n % d)) / d;
}

/** Digits to an integer, digit by digit (no `Number()` on a fraction). Caller bounds the length. */
function cijfersNaarGetal(cijfers: string): number {
  let waarde = 0;
  for (const teken of cijfers) waarde = waarde * 10 + (teken.charCodeAt(0) - 48);
  return waarde;
}

/** Integer part and decimals (already validated as digits) to units of 10^-schaal. */
function naarEenheden(geheel: string, decimalen: string, schaal: number): number {
  return cijfersNaarGetal(geheel + decimalen.padEnd(schaal, "0"));
}

/**
 * Parses an API decimal string (docs/api.md: `"15"`, `"15.5"`, `"15.00"`, `"50000.00"`) into an integer
 * of units of 10^-decimalen; with the default of 2 that is cents.
 *
 * Grammar (no whitespace, no sign, no thousands separator, no exponent):
 *   decimaal := cijfer{1,12} [ "." cijfer{1,decimalen} ]
 * So `".5"`, `"5."`, `"-3"`, `"1,5"`, `"1e3"` and `" 15"` are all `null`.
 */
export function parseDecimaal(s: string, decimalen = 2): Centen | null {
  if (!Number.isInteger(decimalen) || decimalen < 0 || decimalen > MAX_DECIMALEN) {
    throw new RangeError(`decimalen moet 0 t/m ${MAX_DECIMALEN} zijn`);
  }
  if (s.length > MAX_LENGTE_DECIMAAL) return null;
  const patroon = decimalen === 0 ? /^(\d{1,12})$/ : new RegExp(`^(\\d{1,12})(?:\\.(\\d{1,${decimalen}}))?$`);
  const m = patroon.exec(s);
  if (!m) return null;
  return naarEenheden(m[1] ?? "", m[2] ?? "", decimalen);
}

/**
 * Parses an amount as a Dutch person types it into cents, or `null`.
 *
 * Grammar (after trimming whitespace, including non-breaking spaces):
 *   bedrag    := [ "€" spatie* ] getal
 *   getal     := geheel [ "," decimalen ]
 *   geheel    := cijfer{1,12}                          "1624"
 *              | cijfer{1,3} ( "." cijfer{3} )+        "1.624", "12.345.678" (dots group thousands)
 *   decimalen := cijfer{1,2}                           "15,5" = € 15,50
 *              | "-" | "–"                             "15,-" = € 15,00
 * Rejected (null): "abc", "", "€", "15,555" (three decimals), "-3" (no sign), "1.2.3,4" (bad
 * groups), "15.50" (a dot is never a decimal separator here: in Dutch "1.624" is 1624, so a dot
 * with two digits is ambiguous and we ask again rather than guess), "1 624" (no space groups).
 */
export function parseBedragNl(s: string): Centen | null {
  if (s.length > MAX_LENGTE_DECIMAAL * 2) return null;
  const m = /^€?\s*(\d{1,12}|\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}|-|–))?$/.exec(s.trim());
  if (!m) return null;
  const geheel = (m[1] ?? "").replaceAll(".", "");
  if (geheel.length > MAX_CIJFERS_GEHEEL) return null;
  const dec = m[2] ?? "";
  return naarEenheden(geheel, dec === "-" || dec === "–" ? "" : dec, 2);
}

/** Splits a non-negative integer of units into whole and fractional digit strings. */
function splits(waarde: number, decimalen: number): { geheel: string; fractie: string } {
  const noemer = 10 ** decimalen;
  const fractie = waarde % noemer;
  return { geheel: String((waarde - fractie) / noemer), fractie: String(fractie).padStart(decimalen, "0") };
}

/** "1624" → "1.624" (Dutch thousands dots). */
function duizendtallen(geheel: string): string {
  return geheel.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Cents to the API's decimal string: 162400 → "1624.00", -5 → "-0.05". */
export function formatDecimaal(c: Centen): string {
  zekerGeheel(c, "bedrag");
  const { geheel, fractie } = splits(Math.abs(c), 2);
  return `${c < 0 ? "-" : ""}${geheel}.${fractie}`;
}

/**
 * Cents to a Dutch amount for people: 162400 → "€ 1.624,00". A regular space follows the €
 * (not a non-breaking one), so API texts and tests compare plainly; the UI may swap it.
 * A negative amount reads "€ -12,50".
 */
export function formatBedrag(c: Centen): string {
  zekerGeheel(c, "bedrag");
  const { geheel, fractie } = splits(Math.abs(c), 2);
  return `€ ${c < 0 ? "-" : ""}${duizendtallen(geheel)},${fractie}`;
}

/** Whole euros the way the brochure prints them: 162400 → "€ 1.624,-"; otherwise as `formatBedrag`. */
export function formatBedragKort(c: Centen): string {
  zekerGeheel(c, "bedrag");
  if (c % 100 !== 0) return formatBedrag(c);
  const { geheel } = splits(Math.abs(c), 2);
  return `€ ${c < 0 ? "-" : ""}${duizendtallen(geheel)},-`;
}

/**
 * Hours into hundredths, or `null`. A string may use a dot or a comma ("7.5", "7,5"; hours have
 * no thousands separator, so there is no ambiguity), surrounding whitespace is ignored, at most two
 * decimals, no sign. A number must be finite, ≥ 0 and have at most two decimals; it is read through
 * its shortest decimal string (`String(7.5)` = "7.5"), never multiplied as a float, so `0.1 + 0.2`
 * (= "0.30000000000000004") is rejected instead of silently rounded.
 */
export function parseUren(x: string | number): Honderdsten | null {
  if (typeof x === "number") {
    if (!Number.isFinite(x) || x < 0) return null;
    return parseDecimaal(String(x), 2);
  }
  if (x.length > MAX_LENGTE_DECIMAAL * 2) return null;
  const m = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(x.trim());
  if (!m) return null;
  return naarEenheden(m[1] ?? "", m[2] ?? "", 2);
}

/** Hundredths to Dutch hours without trailing zeros: 2500 → "25", 750 → "7,5", 725 → "7,25". */
export function formatUren(h: Honderdsten): string {
  zekerGeheel(h, "uren");
  if (h < 0) throw new RangeError("uren kunnen niet negatief zijn");
  const { geheel, fractie } = splits(h, 2);
  const kort = fractie.replace(/0+$/, "");
  return kort === "" ? geheel : `${geheel},${kort}`;
}

/** A percentage in basispunten (hundredths of a percent) as Dutch text: 150 → "1,5%", 5 → "0,05%". */
export function formatBasispunten(bp: number): string {
  const heel = deelOmlaag(bp, 100);
  const rest = String(bp % 100).padStart(2, "0").replace(/0+$/, "");
  return rest === "" ? `${heel}%` : `${heel},${rest}%`;
}
