import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DRAFTS_BESTAND, SQLITE_MIGRATIES, SqliteDraftStore } from "./sqlite-store";

const NU = new Date("2026-03-01T10:00:00Z");
const LATER = new Date("2026-03-31T10:00:00Z");
const blob = (tekst: string): Buffer => Buffer.from(tekst);

describe("SqliteDraftStore", () => {
  let store: SqliteDraftStore;
  beforeEach(() => {
    store = new SqliteDraftStore(":memory:");
  });
  afterEach(async () => {
    await store.sluit();
  });

  it("creates and reads a draft at version 1", async () => {
    await store.maak("id-1", blob("a"), LATER, NU);
    const draft = await store.lees("id-1", NU);
    expect(draft).toEqual({ id: "id-1", versie: 1, blob: blob("a"), verlooptOp: LATER, aangemaaktOp: NU, bijgewerktOp: NU });
    expect(await store.lees("onbekend", NU)).toBeNull();
  });

  it("rejects a second draft with the same id", async () => {
    await store.maak("id-1", blob("a"), LATER, NU);
    await expect(store.maak("id-1", blob("b"), LATER, NU)).rejects.toThrow(/UNIQUE|PRIMARY/);
  });

  it("saves on the expected version and bumps it", async () => {
    await store.maak("id-1", blob("a"), LATER, NU);
    const straks = new Date(NU.getTime() + 1000);
    expect(await store.bewaar("id-1", 1, blob("b"), straks)).toEqual({ ok: true, versie: 2 });
    expect(await store.bewaar("id-1", 2, blob("c"), straks)).toEqual({ ok: true, versie: 3 });
    const draft = await store.lees("id-1", straks);
    expect(draft?.versie).toBe(3);
    expect(draft?.blob).toEqual(blob("c"));
    expect(draft?.bijgewerktOp).toEqual(straks);
    expect(draft?.aangemaaktOp).toEqual(NU);
    // A save never extends the expiry date.
    expect(draft?.verlooptOp).toEqual(LATER);
  });

  it("refuses a save on an old version and overwrites nothing", async () => {
    await store.maak("id-1", blob("a"), LATER, NU);
    await store.bewaar("id-1", 1, blob("b"), NU);
    expect(await store.bewaar("id-1", 1, blob("oud"), NU)).toEqual({ ok: false, reden: "gewijzigd" });
    expect(await store.bewaar("id-1", 7, blob("toekomst"), NU)).toEqual({ ok: false, reden: "gewijzigd" });
    const draft = await store.lees("id-1", NU);
    expect(draft?.versie).toBe(2);
    expect(draft?.blob).toEqual(blob("b"));
  });

  it("answers niet-gevonden when saving an absent or expired draft", async () => {
    expect(await store.bewaar("onbekend", 1, blob("x"), NU)).toEqual({ ok: false, reden: "niet-gevonden" });
    await store.maak("id-1", blob("a"), LATER, NU);
    expect(await store.bewaar("id-1", 1, blob("x"), LATER)).toEqual({ ok: false, reden: "niet-gevonden" });
    expect((await store.lees("id-1", new Date(LATER.getTime() - 1)))?.blob).toEqual(blob("a"));
  });

  it("lets exactly one of 50 concurrent saves on one version win", async () => {
    await store.maak("id-1", blob("start"), LATER, NU);
    const resultaten = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.bewaar("id-1", 1, blob(`poging-${i}`), NU)),
    );
    const winnaars = resultaten.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winnaars).toHaveLength(1);
    expect(resultaten.filter((r) => !r.ok && r.reden === "gewijzigd")).toHaveLength(49);
    const draft = await store.lees("id-1", NU);
    expect(draft?.versie).toBe(2);
    expect(draft?.blob).toEqual(blob(`poging-${winnaars[0]}`));
  });

  it("treats a draft as expired from verlooptOp on, and tells expired from absent", async () => {
    await store.maak("id-1", blob("a"), LATER, NU);
    const netVoor = new Date(LATER.getTime() - 1);
    expect(await store.lees("id-1", netVoor)).not.toBeNull();
    expect(await store.isVerlopen("id-1", netVoor)).toBe(false);
    expect(await store.lees("id-1", LATER)).toBeNull();
    expect(await store.isVerlopen("id-1", LATER)).toBe(true);
    expect(await store.isVerlopen("onbekend", LATER)).toBe(false);
  });

  it("purges only expired drafts", async () => {
    await store.maak("oud-1", blob("a"), new Date("2026-03-10T00:00:00Z"), NU);
    await store.maak("oud-2", blob("b"), new Date("2026-03-15T00:00:00Z"), NU);
    await store.maak("nieuw", blob("c"), LATER, NU);
    const peil = new Date("2026-03-15T00:00:00Z");
    expect(await store.ruimOp(peil)).toBe(2);
    expect(await store.isVerlopen("oud-1", peil)).toBe(false);
    expect(await store.lees("nieuw", peil)).not.toBeNull();
    expect(await store.ruimOp(peil)).toBe(0);
  });

  it("removes a draft, expired or not", async () => {
    await store.maak("id-1", blob("a"), LATER, NU);
    await store.maak("id-2", blob("b"), NU, NU);
    expect(await store.verwijder("id-1")).toBe(true);
    expect(await store.verwijder("id-1")).toBe(false);
    expect(await store.verwijder("id-2")).toBe(true);
    expect(await store.isVerlopen("id-2", LATER)).toBe(false);
  });

  it("rejects invalid dates instead of matching nothing", async () => {
    await expect(store.lees("id-1", new Date(Number.NaN))).rejects.toThrow(RangeError);
  });

  it("closes idempotently", async () => {
    await store.sluit();
    await store.sluit();
    await expect(store.lees("id-1", NU)).rejects.toThrow();
  });
});

describe("SqliteDraftStore: share links", () => {
  let store: SqliteDraftStore;
  beforeEach(() => {
    store = new SqliteDraftStore(":memory:");
  });
  afterEach(async () => {
    await store.sluit();
  });

  const MIDDEN = new Date("2026-03-15T10:00:00Z");

  it("creates and reads a link, expired ones included", async () => {
    await store.maak("draft-1", blob("d"), LATER, NU);
    await store.maakDeellink("link-1", "draft-1", blob("l"), MIDDEN, NU);
    const verwacht = { id: "link-1", draftId: "draft-1", blob: blob("l"), verlooptOp: MIDDEN, aangemaaktOp: NU };
    expect(await store.leesDeellink("link-1")).toEqual(verwacht);
    // No `nu`: an expired row is still returned, so the caller can say "verlopen".
    expect(await store.leesDeellink("link-1")).toEqual(verwacht);
    expect(await store.leesDeellink("onbekend")).toBeNull();
    await expect(store.maakDeellink("link-1", "draft-1", blob("x"), MIDDEN, NU)).rejects.toThrow(/UNIQUE|PRIMARY/);
    await expect(store.maakDeellink("link-2", "draft-1", blob("x"), new Date(Number.NaN), NU)).rejects.toThrow(RangeError);
  });

  it("lists a draft's unexpired links, oldest first, and no other draft's", async () => {
    await store.maak("draft-1", blob("d"), LATER, NU);
    await store.maak("draft-2", blob("d"), LATER, NU);
    await store.maakDeellink("later", "draft-1", blob("b"), LATER, new Date(NU.getTime() + 2000));
    await store.maakDeellink("eerst", "draft-1", blob("a"), LATER, NU);
    await store.maakDeellink("zelfde-ms", "draft-1", blob("c"), LATER, new Date(NU.getTime() + 2000));
    await store.maakDeellink("kort", "draft-1", blob("k"), MIDDEN, NU);
    await store.maakDeellink("ander", "draft-2", blob("x"), LATER, NU);
    expect((await store.deellinksVan("draft-1", NU)).map((l) => l.id)).toEqual(["eerst", "kort", "later", "zelfde-ms"]);
    expect((await store.deellinksVan("draft-1", MIDDEN)).map((l) => l.id)).toEqual(["eerst", "later", "zelfde-ms"]);
    expect((await store.deellinksVan("draft-2", NU)).map((l) => l.id)).toEqual(["ander"]);
    expect(await store.deellinksVan("onbekend", NU)).toEqual([]);
  });

  it("removes a link only together with its own draft id", async () => {
    await store.maak("draft-1", blob("d"), LATER, NU);
    await store.maakDeellink("link-1", "draft-1", blob("l"), LATER, NU);
    expect(await store.verwijderDeellink("link-1", "draft-2")).toBe(false);
    expect(await store.leesDeellink("link-1")).not.toBeNull();
    expect(await store.verwijderDeellink("link-1", "draft-1")).toBe(true);
    expect(await store.verwijderDeellink("link-1", "draft-1")).toBe(false);
    expect(await store.leesDeellink("link-1")).toBeNull();
  });

  it("removes a draft's links with the draft, and only those", async () => {
    await store.maak("draft-1", blob("d"), LATER, NU);
    await store.maak("draft-2", blob("d"), LATER, NU);
    await store.maakDeellink("link-1", "draft-1", blob("l"), LATER, NU);
    await store.maakDeellink("link-2", "draft-1", blob("l"), MIDDEN, NU);
    await store.maakDeellink("link-3", "draft-2", blob("l"), LATER, NU);
    expect(await store.verwijder("draft-1")).toBe(true);
    expect(await store.leesDeellink("link-1")).toBeNull();
    expect(await store.leesDeellink("link-2")).toBeNull();
    expect(await store.leesDeellink("link-3")).not.toBeNull();
    // Links without a draft row are removed too, and the answer is still about the draft.
    await store.maakDeellink("wees", "draft-9", blob("l"), LATER, NU);
    expect(await store.verwijder("draft-9")).toBe(false);
    expect(await store.leesDeellink("wees")).toBeNull();
  });

  it("purges expired links and links of expired or absent drafts, counting only drafts", async () => {
    await store.maak("kort", blob("d"), MIDDEN, NU);
    await store.maak("lang", blob("d"), LATER, NU);
    await store.maakDeellink("van-kort", "kort", blob("l"), MIDDEN, NU);
    await store.maakDeellink("lang-verlopen", "lang", blob("l"), new Date("2026-03-10T00:00:00Z"), NU);
    await store.maakDeellink("lang-levend", "lang", blob("l"), LATER, NU);
    await store.maakDeellink("wees", "bestaat-niet", blob("l"), LATER, NU);
    expect(await store.ruimOp(MIDDEN)).toBe(1);
    expect(await store.leesDeellink("van-kort")).toBeNull();
    expect(await store.leesDeellink("lang-verlopen")).toBeNull();
    expect(await store.leesDeellink("wees")).toBeNull();
    expect(await store.leesDeellink("lang-levend")).not.toBeNull();
    expect(await store.ruimOp(MIDDEN)).toBe(0);
  });

  it("purges a link whose own date passed while its draft lives on", async () => {
    await store.maak("draft-1", blob("d"), LATER, NU);
    await store.maakDeellink("link-1", "draft-1", blob("l"), MIDDEN, NU);
    expect(await store.ruimOp(new Date(MIDDEN.getTime() - 1))).toBe(0);
    expect(await store.leesDeellink("link-1")).not.toBeNull();
    expect(await store.ruimOp(MIDDEN)).toBe(0);
    expect(await store.leesDeellink("link-1")).toBeNull();
    expect(await store.lees("draft-1", MIDDEN)).not.toBeNull();
  });
});

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
    await v2.maakDeellink("link-1", "id-1", blob("l"), LATER, NU);
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
