/**
 * Which errors mean "the database could not do it now" (a full disk, a read-only or broken file,
 * a lock held past its timeout, a PostgreSQL server that is gone or refuses), as opposed to a bug.
 * The actions turn the first kind into a form error that keeps what was typed
 * (docs/decisions/025-opslag.md); a bug still surfaces as one.
 */

/** PostgreSQL SQLSTATE classes of a server that cannot serve now (not of a wrong query). */
const PG_KLASSEN = new Set([
  "08", // connection exception
  "40", // transaction rollback: serialization failure, deadlock
  "53", // insufficient resources: disk full, out of memory, too many connections
  "57", // operator intervention: shutdown, cannot connect now, statement timeout
  "58", // system error: I/O
  "XX", // internal error, data corrupted
]);
const PG_CODES = new Set(["25006", "55P03"]); // read-only transaction, lock not available

/** Errors of Node's sockets and files, as pg (and a full disk) report them. */
const SYSTEEM_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOSPC",
  "EROFS",
  "EIO",
]);

/** pg's own errors carry no code; these are its messages for a lost or unobtainable connection. */
const PG_BERICHTEN = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
  /^Cannot use a pool after calling end/,
  /^Client was closed and is not queryable/,
];

/** The store closed during shutdown (LaterGeopendeStore, better-sqlite3). */
export const OPSLAG_GESLOTEN = "OPSLAG_GESLOTEN";
const GESLOTEN_BERICHTEN = [/^The database connection is not open$/];

export function isOpslagStoring(fout: unknown): boolean {
  if (!(fout instanceof Error)) return false;
  const code = (fout as Error & { code?: unknown }).code;
  if (typeof code === "string") {
    if (code === OPSLAG_GESLOTEN) return true;
    // SQLite: everything but a constraint (a duplicate id is a bug, not an outage).
    if (code.startsWith("SQLITE_")) return !code.startsWith("SQLITE_CONSTRAINT");
    if (SYSTEEM_CODES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code)) return PG_CODES.has(code) || PG_KLASSEN.has(code.slice(0, 2));
    return false;
  }
  return [...PG_BERICHTEN, ...GESLOTEN_BERICHTEN].some((patroon) => patroon.test(fout.message));
}

/**
 * One log line for the operator: the driver's code and message, never what the person typed.
 * `gevolg` says what it meant for the request ("niets bewaard", "gezondheidscontrole 503").
 */
export function meldStoring(fout: unknown, gevolg = "niets bewaard"): void {
  const code = fout instanceof Error ? String((fout as Error & { code?: unknown }).code ?? "") : "";
  const bericht = fout instanceof Error ? fout.message : String(fout);
  console.error(`drafts: opslag faalde, ${gevolg}${code ? ` (${code})` : ""}: ${bericht}`);
}
