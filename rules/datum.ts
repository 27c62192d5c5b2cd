/**
 * Calendar dates as `jjjj-mm-dd` strings (`IsoDatum`): checking, day arithmetic by whole day
 * numbers (days since 1970-01-01, by the days-from-civil algorithm) and the Dutch notation
 * dd-mm-jjjj. Pure: dates are passed in, no clock is read (today's date is lib/datum.ts).
 */
import { zekerGeheel } from "./geld";
import type { IsoDatum } from "./types";

/** Floor division for integers, also for negative n. */
function deelVloer(n: number, d: number): number {
  const rest = ((n % d) + d) % d;
  return (n - rest) / d;
}

function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

function delen(iso: IsoDatum): { jaar: number; maand: number; dag: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const jaar = Number(m[1]);
  const maand = Number(m[2]);
  const dag = Number(m[3]);
  if (jaar < 1 || maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) return null;
  return { jaar, maand, dag };
}

/** A real calendar date written `jjjj-mm-dd` (year 0001–9999): "2026-02-31" is `false`. */
export function isGeldigeDatum(s: string): boolean {
  return delen(s) !== null;
}

function zekerDatum(iso: IsoDatum): { jaar: number; maand: number; dag: number } {
  const d = delen(iso);
  if (d === null) throw new RangeError(`geen geldige datum (jjjj-mm-dd): ${iso}`);
  return d;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil, integer-only). */
export function dagNummer(iso: IsoDatum): number {
  const { jaar, maand, dag } = zekerDatum(iso);
  const j = maand <= 2 ? jaar - 1 : jaar;
  const era = deelVloer(j, 400);
  const jaarInEra = j - era * 400;
  const dagInJaar = deelVloer(153 * (maand + (maand > 2 ? -3 : 9)) + 2, 5) + dag - 1;
  const dagInEra = jaarInEra * 365 + deelVloer(jaarInEra, 4) - deelVloer(jaarInEra, 100) + dagInJaar;
  return era * 146097 + dagInEra - 719468;
}

/** The inverse of `dagNummer` (civil_from_days). */
export function datumVanDagNummer(n: number): IsoDatum {
  zekerGeheel(n, "dagnummer");
  const z = n + 719468;
  const era = deelVloer(z, 146097);
  const dagInEra = z - era * 146097;
  const jaarInEra = deelVloer(dagInEra - deelVloer(dagInEra, 1460) + deelVloer(dagInEra, 36524) - deelVloer(dagInEra, 146096), 365);
  const dagInJaar = dagInEra - (365 * jaarInEra + deelVloer(jaarInEra, 4) - deelVloer(jaarInEra, 100));
  const mp = deelVloer(5 * dagInJaar + 2, 153);
  const dag = dagInJaar - deelVloer(153 * mp + 2, 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  const jaar = jaarInEra + era * 400 + (maand <= 2 ? 1 : 0);
  if (jaar < 1 || jaar > 9999) throw new RangeError("datum buiten jaar 0001–9999");
  return `${String(jaar).padStart(4, "0")}-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}`;
}

export function plusDagen(iso: IsoDatum, dagen: number): IsoDatum {
  return datumVanDagNummer(dagNummer(iso) + zekerGeheel(dagen, "dagen"));
}

/** "2026-03-30" → "30-03-2026". Throws on an invalid date (a programming error). */
export function formatDatumNl(iso: IsoDatum): string {
  const { jaar, maand, dag } = zekerDatum(iso);
  return `${String(dag).padStart(2, "0")}-${String(maand).padStart(2, "0")}-${String(jaar).padStart(4, "0")}`;
}

/**
 * A Dutch date as typed: `d-m-jjjj`, day and month one or two digits, the year four, separated by
 * "-", "/" or "." (the same one twice), whitespace around it ignored. "1-2-2026" → "2026-02-01";
 * a date that does not exist ("31-02-2026") or anything else is `null`.
 */
export function parseDatumNl(s: string): IsoDatum | null {
  const m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s.trim());
  if (!m) return null;
  const iso = `${m[4] ?? ""}-${(m[3] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
  return isGeldigeDatum(iso) ? iso : null;
}
