/**
 * Identifying a zorgverlener on the budgetplan (Bijlage 3, 5): KVK-nummer or BSN (BP-04), the
 * BSN's elfproef (BP-05), and the Dutch postcode for addresses.
 */
import { reden } from "./redenen";
import type { Reden } from "./types";

export type ZorgverlenerSoort = "instelling" | "zzp" | "persoon";

/** BP-05: weights of the elfproef for d1..d9. */
export const BSN_GEWICHTEN = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/**
 * BP-05: a BSN as digits only, 9 long, or `null`.
 * Accepted: surrounding whitespace; 8 or 9 digits (8 gets a leading 0, as BP-05 says); between
 * digits a single space, dot or hyphen, because people copy "123.456.782" or "1234 56 782" from
 * letters. Anything else (letters, double separators, a separator at the edge) is `null`.
 * The elfproef is not checked here; see `isGeldigBsn`.
 */
export function normaliseerCijfers(s: string): string | null {
  const schoon = s.trim();
  if (schoon.length > 20 || !/^\d+(?:[ .-]\d+)*$/.test(schoon)) return null;
  return schoon.replace(/[ .-]/g, "");
}

export function normaliseerBsn(s: string): string | null {
  const cijfers = normaliseerCijfers(s);
  if (cijfers === null || (cijfers.length !== 8 && cijfers.length !== 9)) return null;
  const bsn = cijfers.padStart(9, "0");
  return voldoetAanElfproef(bsn) ? bsn : null;
}

/** BP-05: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), for exactly nine digits, not all zeros. */
export function voldoetAanElfproef(negenCijfers: string): boolean {
  if (!/^\d{9}$/.test(negenCijfers) || /^0{9}$/.test(negenCijfers)) return false;
  let som = 0;
  BSN_GEWICHTEN.forEach((gewicht, i) => {
    som += gewicht * (negenCijfers.charCodeAt(i) - 48);
  });
  return som % 11 === 0;
}

/** BP-05 */
export function isGeldigBsn(s: string): boolean {
  return normaliseerBsn(s) !== null;
}

/** BP-05 with its reason, for a form field. */
export function controleerBsn(s: string): { geldig: boolean; bsn: string | null; redenen: Reden[] } {
  const bsn = normaliseerBsn(s);
  return { geldig: bsn !== null, bsn, redenen: bsn === null ? [reden("BP-05", "id.bsn-ongeldig")] : [] };
}

/**
 * Shows only the last four digits: "*****6782". Masks whatever was typed (valid or not), so a
 * wrong BSN is not shown in full either; input that is not 8 or 9 digits becomes nine stars.
 */
export function maskeerBsn(bsn: string): string {
  const cijfers = normaliseerCijfers(bsn);
  if (cijfers === null || (cijfers.length !== 8 && cijfers.length !== 9)) return "*********";
  return `*****${cijfers.padStart(9, "0").slice(5)}`;
}

/**
 * BP-04: a KVK-nummer is exactly 8 digits (surrounding whitespace ignored, nothing between the
 * digits). The brochure gives no check digit and the KvK uses none, so none is tested.
 */
export function normaliseerKvkNummer(s: string): string | null {
  const schoon = s.trim();
  return /^\d{8}$/.test(schoon) ? schoon : null;
}

export function isGeldigKvkNummer(s: string): boolean {
  return normaliseerKvkNummer(s) !== null;
}

/** BP-04 with its reason, for a form field. */
export function controleerKvkNummer(s: string): { geldig: boolean; kvkNummer: string | null; redenen: Reden[] } {
  const kvkNummer = normaliseerKvkNummer(s);
  return { geldig: kvkNummer !== null, kvkNummer, redenen: kvkNummer === null ? [reden("BP-04", "id.kvk-ongeldig")] : [] };
}

/** Letter pairs PostNL never issues after the digits. */
export const VERBODEN_POSTCODE_LETTERS = ["SA", "SD", "SS"] as const;

/**
 * A Dutch postcode as "1234 AB", or the digits alone ("1234", PC4) when only those are given;
 * `null` otherwise. Four digits, the first not 0; then, optionally after spaces, two letters in
 * any case, not SA, SD or SS. With `alleenVolledig`, PC4 alone is `null`.
 */
export function normaliseerPostcode(s: string, opties: { alleenVolledig?: boolean } = {}): string | null {
  const m = /^([1-9]\d{3})\s*([a-zA-Z]{2})?$/.exec(s.trim());
  if (!m) return null;
  const cijfers = m[1] ?? "";
  const letters = m[2]?.toUpperCase();
  if (letters === undefined) return opties.alleenVolledig === true ? null : cijfers;
  if ((VERBODEN_POSTCODE_LETTERS as readonly string[]).includes(letters)) return null;
  return `${cijfers} ${letters}`;
}

/**
 * BP-04: which number the budgetplan asks for this zorgverlener. A professional organisation
 * (instelling) and a zzp'er have a KVK-nummer; an informal zorgverlener (a private person) is
 * identified by their BSN. Unknown soort: either, and the reason explains both.
 */
export function identificatieVoorZorgverlener(soort?: ZorgverlenerSoort): { nummer: "kvk" | "bsn" | "kvk-of-bsn"; redenen: Reden[] } {
  if (soort === "instelling" || soort === "zzp") return { nummer: "kvk", redenen: [reden("BP-04", "id.kvk")] };
  if (soort === "persoon") return { nummer: "bsn", redenen: [reden("BP-04", "id.bsn")] };
  return { nummer: "kvk-of-bsn", redenen: [reden("BP-04", "id.kvk-of-bsn")] };
}
