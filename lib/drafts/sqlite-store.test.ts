import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SQLITE_MIGRATIES } from "./migraties";
import { DRAFTS_BESTAND, SqliteDraftStore } from "./sqlite-store";
import { storeContract } from "./store-contract";

const NU = new Date("2026-03-01T10:00:00Z");
const LATER = new Date("2026-03-31T10:00:00Z");
const blob = (tekst: string): Buffer => Buffer.from(tekst);

// Everything a caller can observe is the shared contract, run against PostgreSQL as well
// (pg-store.test.ts). What remains below is SQLite's own: the file, WAL, the schema as stored.
storeContract("SqliteDraftStore", () => new SqliteDraftStore(":memory:"));

describe("SqliteDraftStore on disk", () => {
  let map: string;
  beforeEach(() => {
    map = mkdtempSync(path.join(os.tmpdir(), "drafts-store-"));
  });
  afterEach(() => {
    rmSync(map, { recursive: true, force: true });
  });

  it("creates the data directory and the file, in WAL mode", async () => {
    const dataDir = path.join(map, "diep", "data");
    const store = SqliteDraftStore.inDataDir(dataDir);
    await store.maak("id-1", blob("a"), LATER, NU);
    await store.sluit();
    expect(statSync(path.join(dataDir, DRAFTS_BESTAND)).isFile()).toBe(true);

    const db = new Database(path.join(dataDir, DRAFTS_BESTAND));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("applies migrations once: reopening keeps schema and data", async () => {
    const eerste = SqliteDraftStore.inDataDir(map);
    await eerste.maak("id-1", blob("a"), LATER, NU);
    await eerste.sluit();
    const tweede = SqliteDraftStore.inDataDir(map);
    expect((await tweede.lees("id-1", NU))?.blob).toEqual(blob("a"));
    await tweede.sluit();

    const db = new Database(path.join(map, DRAFTS_BESTAND), { readonly: true });
    const versies = db.prepare<[], { versie: number }>("SELECT versie FROM schema_versie ORDER BY versie").all();
    expect(versies.map((r) => r.versie)).toEqual(SQLITE_MIGRATIES.map((m) => m.versie));
    // Only the random id, version, blob and timestamps: no column that could hold an answer.
    const kolommen = db.prepare<[], { name: string; type: string }>("SELECT name, type FROM pragma_table_info('drafts')").all();
    expect(kolommen).toEqual([
      { name: "id", type: "TEXT" },
      { name: "versie", type: "INTEGER" },
      { name: "blob", type: "BLOB" },
      { name: "verloopt_op", type: "INTEGER" },
      { name: "aangemaakt_op", type: "INTEGER" },
      { name: "bijgewerkt_op", type: "INTEGER" },
    ]);
    db.close();
  });

  it("migrates a version-1 database to share links: drafts survive, step 2 runs once", async () => {
    const bestand = path.join(map, DRAFTS_BESTAND);
    // The store class needs the current schema, so build what the version-1 release left behind
    // by hand: its migration, its bookkeeping row and one draft.
    const v1 = new Database(bestand);
    v1.pragma("journal_mode = WAL");
    v1.exec(SQLITE_MIGRATIES[0]?.sql ?? "");
    v1.exec("CREATE TABLE schema_versie (versie INTEGER PRIMARY KEY NOT NULL, beschrijving TEXT NOT NULL, toegepast_op INTEGER NOT NULL) STRICT");
    v1.prepare("INSERT INTO schema_versie VALUES (1, 'drafts-tabel', ?)").run(NU.getTime());
    v1.prepare("INSERT INTO drafts VALUES ('id-1', 3, ?, ?, ?, ?)").run(blob("a"), LATER.getTime(), NU.getTime(), NU.getTime());
    v1.close();

    const v2 = new SqliteDraftStore(bestand);
    expect(await v2.lees("id-1", NU)).toMatchObject({ versie: 3, blob: blob("a"), verlooptOp: LATER });
    await v2.maakDeellink("link-1", "id-1", blob("l"), LATER, NU, 20);
    await v2.sluit();
    // Reopening applies nothing twice (CREATE TABLE deellinks would fail) and keeps the link.
    const weer = new SqliteDraftStore(bestand);
    expect((await weer.leesDeellink("link-1"))?.draftId).toBe("id-1");
    await weer.sluit();

    const db = new Database(bestand, { readonly: true });
    const versies = db.prepare<[], { versie: number; beschrijving: string }>("SELECT versie, beschrijving FROM schema_versie ORDER BY versie").all();
    expect(versies).toEqual([
      { versie: 1, beschrijving: "drafts-tabel" },
      { versie: 2, beschrijving: "deellinks-tabel" },
    ]);
    // Like drafts: ids, an opaque blob and timestamps; no column that could hold a role or a name.
    const kolommen = db.prepare<[], { name: string; type: string; notnull: number }>("SELECT name, type, \"notnull\" FROM pragma_table_info('deellinks')").all();
    expect(kolommen).toEqual([
      { name: "id", type: "TEXT", notnull: 1 },
      { name: "draft_id", type: "TEXT", notnull: 1 },
      { name: "blob", type: "BLOB", notnull: 1 },
      { name: "verloopt_op", type: "INTEGER", notnull: 1 },
      { name: "aangemaakt_op", type: "INTEGER", notnull: 1 },
    ]);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'deellinks'").get()).toEqual({ strict: 1 });
    const indexen = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deellinks' AND sql IS NOT NULL ORDER BY name").all();
    expect(indexen.map((i) => i.name)).toEqual(["deellinks_draft_id", "deellinks_verloopt_op"]);
    db.close();
  });

  it("applies a later migration on an existing database, keeping data", async () => {
    const bestand = path.join(map, DRAFTS_BESTAND);
    const v1 = new SqliteDraftStore(bestand);
    await v1.maak("id-1", blob("a"), LATER, NU);
    await v1.sluit();

    const metExtra = [...SQLITE_MIGRATIES, { versie: SQLITE_MIGRATIES.length + 1, beschrijving: "test", sql: "CREATE TABLE extra (x INTEGER) STRICT" }];
    const v2 = new SqliteDraftStore(bestand, metExtra);
    expect((await v2.lees("id-1", NU))?.blob).toEqual(blob("a"));
    await v2.sluit();
    // Reopening with the same list applies nothing twice (CREATE TABLE would fail if it did).
    await new SqliteDraftStore(bestand, metExtra).sluit();
  });

  it("refuses a database with a newer schema than the code knows", async () => {
    const bestand = path.join(map, DRAFTS_BESTAND);
    const metExtra = [...SQLITE_MIGRATIES, { versie: SQLITE_MIGRATIES.length + 1, beschrijving: "test", sql: "SELECT 1" }];
    await new SqliteDraftStore(bestand, metExtra).sluit();
    expect(() => new SqliteDraftStore(bestand)).toThrow(/schema/);
  });

  it("rolls back a failing migration completely", async () => {
    const bestand = path.join(map, DRAFTS_BESTAND);
    const kapot = [...SQLITE_MIGRATIES, { versie: SQLITE_MIGRATIES.length + 1, beschrijving: "kapot", sql: "CREATE TABLE extra (x INTEGER); SYNTAX FOUT" }];
    expect(() => new SqliteDraftStore(bestand, kapot)).toThrow();
    const db = new Database(bestand, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('drafts', 'extra', 'schema_versie')").all()).toEqual([]);
    db.close();
  });

  it("refuses a migration list that is not 1, 2, 3, …", () => {
    expect(() => new SqliteDraftStore(":memory:", [{ versie: 2, beschrijving: "gat", sql: "SELECT 1" }])).toThrow(/versie/);
  });
});
