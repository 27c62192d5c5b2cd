/**
 * The one migration mechanism of the draft stores, for SQLite and PostgreSQL alike.
 *
 * - Each database has its own list of steps (SQLITE_MIGRATIES, PG_MIGRATIES) with the same
 *   versions and the same meaning: step N of one list creates what step N of the other creates,
 *   in that database's dialect. Lists are append only: a released step is never edited, a change
 *   is a new step in BOTH lists.
 * - A `schema_versie` table records every applied step; steps are applied in ascending order,
 *   each exactly once, all pending steps in one transaction (a failing step leaves the schema as
 *   it was, DDL included: both databases have transactional DDL).
 * - A database whose schema is newer than this code knows is refused: an older release must not
 *   write to data laid out for a newer one (a rollback of the code needs a rollback of the data).
 * - Concurrency: two processes starting at once must not both apply a step. SQLite: the whole run
 *   is one IMMEDIATE transaction, which takes the file's write lock before reading the version.
 *   PostgreSQL: a transaction-scoped advisory lock (`pg_advisory_xact_lock`) taken before reading
 *   the version; the second server waits, then reads the version the first one committed.
 */
import type Database from "better-sqlite3";
import type { Pool, PoolClient } from "pg";
import type { Migratie } from "./store";

export type { Migratie };

/** Append only, like {@link PG_MIGRATIES}: same versions, same meaning. */
export const SQLITE_MIGRATIES: readonly Migratie[] = [
  {
    versie: 1,
    beschrijving: "drafts-tabel",
    sql: `
      CREATE TABLE drafts (
        id            TEXT    PRIMARY KEY NOT NULL,
        versie        INTEGER NOT NULL CHECK (versie >= 1),
        blob          BLOB    NOT NULL,
        verloopt_op   INTEGER NOT NULL,
        aangemaakt_op INTEGER NOT NULL,
        bijgewerkt_op INTEGER NOT NULL
      ) STRICT;
      -- ruimOp deletes by expiry; without this index every purge scans the table.
      CREATE INDEX drafts_verloopt_op ON drafts (verloopt_op);
    `,
  },
  {
    versie: 2,
    beschrijving: "deellinks-tabel",
    // No FOREIGN KEY: SQLite enforces those only with a per-connection pragma, which a second
    // process could forget. verwijder and ruimOp delete links explicitly, in one transaction.
    sql: `
      CREATE TABLE deellinks (
        id            TEXT    PRIMARY KEY NOT NULL,
        draft_id      TEXT    NOT NULL,
        blob          BLOB    NOT NULL,
        verloopt_op   INTEGER NOT NULL,
        aangemaakt_op INTEGER NOT NULL
      ) STRICT;
      -- Listing a draft's links and deleting them with the draft look up by draft_id.
      CREATE INDEX deellinks_draft_id ON deellinks (draft_id);
      -- ruimOp deletes by expiry.
      CREATE INDEX deellinks_verloopt_op ON deellinks (verloopt_op);
    `,
  },
];

/**
 * The PostgreSQL twin of {@link SQLITE_MIGRATIES}. Timestamps are `bigint` milliseconds since the
 * epoch, as in SQLite: the expiry comparisons (`verloopt_op > nu`) then behave identically to the
 * millisecond in both stores, with no time-zone or microsecond rounding in between.
 */
export const PG_MIGRATIES: readonly Migratie[] = [
  {
    versie: 1,
    beschrijving: "drafts-tabel",
    sql: `
      CREATE TABLE drafts (
        id            text    PRIMARY KEY,
        versie        integer NOT NULL CHECK (versie >= 1),
        blob          bytea   NOT NULL,
        verloopt_op   bigint  NOT NULL,
        aangemaakt_op bigint  NOT NULL,
        bijgewerkt_op bigint  NOT NULL
      );
      -- ruimOp deletes by expiry; without this index every purge scans the table.
      CREATE INDEX drafts_verloopt_op ON drafts (verloopt_op);
    `,
  },
  {
    versie: 2,
    beschrijving: "deellinks-tabel",
    // No FOREIGN KEY, as in SQLite: the store contract allows a link whose draft lost a race with
    // a delete (ruimOp removes it), and both stores must behave the same.
    // `volgnummer` stands in for SQLite's implicit rowid: it orders links made in the same
    // millisecond by insertion, so deellinksVan answers the same in both stores.
    sql: `
      CREATE TABLE deellinks (
        id            text   PRIMARY KEY,
        draft_id      text   NOT NULL,
        blob          bytea  NOT NULL,
        verloopt_op   bigint NOT NULL,
        aangemaakt_op bigint NOT NULL,
        volgnummer    bigint GENERATED ALWAYS AS IDENTITY
      );
      -- Listing a draft's links and deleting them with the draft look up by draft_id.
      CREATE INDEX deellinks_draft_id ON deellinks (draft_id);
      -- ruimOp deletes by expiry.
      CREATE INDEX deellinks_verloopt_op ON deellinks (verloopt_op);
    `,
  },
];

/**
 * Checks that the list is 1, 2, 3, … without gaps or duplicates, before any database is touched.
 * Returns the highest version the code knows.
 */
export function controleerMigraties(migraties: readonly Migratie[]): number {
  migraties.forEach((migratie, index) => {
    if (migratie.versie !== index + 1) throw new Error(`migratie ${index} heeft versie ${migratie.versie}, verwacht ${index + 1}`);
  });
  return migraties.length;
}

/** The steps still to apply on a database at schema `huidig`; refuses a newer database. */
export function openStappen(migraties: readonly Migratie[], huidig: number): readonly Migratie[] {
  const hoogsteBekend = controleerMigraties(migraties);
  // A newer schema than this code knows means an older release runs on newer data: refuse.
  if (huidig > hoogsteBekend) throw new Error(`database heeft schema ${huidig}, deze versie kent maar tot ${hoogsteBekend}`);
  return migraties.filter((migratie) => migratie.versie > huidig);
}

/** SQLite: everything in one IMMEDIATE transaction (see the file comment). Synchronous. */
export function migreerSqlite(db: Database.Database, migraties: readonly Migratie[]): void {
  controleerMigraties(migraties);
  db.transaction(() => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS schema_versie (
        versie       INTEGER PRIMARY KEY NOT NULL,
        beschrijving TEXT    NOT NULL,
        toegepast_op INTEGER NOT NULL
      ) STRICT
    `);
    const rij = db.prepare<[], { versie: number | null }>("SELECT MAX(versie) AS versie FROM schema_versie").get();
    const registreer = db.prepare<[number, string, number]>(
      "INSERT INTO schema_versie (versie, beschrijving, toegepast_op) VALUES (?, ?, ?)",
    );
    for (const migratie of openStappen(migraties, rij?.versie ?? 0)) {
      db.exec(migratie.sql);
      // Wall-clock time is fine here: it only records when a deploy ran, it decides nothing.
      registreer.run(migratie.versie, migratie.beschrijving, Date.now());
    }
  }).immediate();
}

/**
 * Key of the advisory lock that serialises migration runs. Advisory locks are per database, not
 * per schema, so two deployments in different schemas of one database also take turns: harmless,
 * a run takes milliseconds. The value is arbitrary but fixed: every release must use the same one.
 */
// Six ASCII bytes ("pgbmig"): fits a JavaScript number exactly, which 8 bytes would not.
export const PG_MIGRATIE_SLOT = 0x70_67_62_6d_69_67;

/**
 * PostgreSQL: one transaction on one connection of the pool, first taking the advisory lock. The
 * lock is released by COMMIT or ROLLBACK, also when the process dies mid-run (the server ends the
 * session), so a crashed deploy never leaves the lock held.
 */
export async function migreerPg(pool: Pool, migraties: readonly Migratie[]): Promise<void> {
  controleerMigraties(migraties);
  await inPgTransactie(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [PG_MIGRATIE_SLOT]);
    // After the lock: CREATE TABLE IF NOT EXISTS is not safe against a concurrent creator, but no
    // other run can be here now.
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_versie (
        versie       integer PRIMARY KEY,
        beschrijving text    NOT NULL,
        toegepast_op bigint  NOT NULL
      )
    `);
    const { rows } = await client.query<{ versie: number | null }>("SELECT MAX(versie) AS versie FROM schema_versie");
    for (const migratie of openStappen(migraties, rows[0]?.versie ?? 0)) {
      // No parameters: sent as a simple query, so one step may hold several statements.
      await client.query(migratie.sql);
      await client.query("INSERT INTO schema_versie (versie, beschrijving, toegepast_op) VALUES ($1, $2, $3)", [
        migratie.versie,
        migratie.beschrijving,
        Date.now(),
      ]);
    }
  });
}

/**
 * `werk` in one transaction on one connection of the pool: COMMIT when it succeeds, ROLLBACK when
 * it throws. A connection that cannot even roll back is broken and is not handed back for reuse.
 */
export async function inPgTransactie<T>(pool: Pool, werk: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let verbindingKapot: Error | undefined;
  try {
    await client.query("BEGIN");
    const uitkomst = await werk(client);
    await client.query("COMMIT");
    return uitkomst;
  } catch (fout) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackFout) {
      verbindingKapot = rollbackFout instanceof Error ? rollbackFout : new Error(String(rollbackFout));
    }
    throw fout;
  } finally {
    client.release(verbindingKapot);
  }
}
