import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PG_MIGRATIES, SQLITE_MIGRATIES } from "./migraties";
import { LaterGeopendeStore, PgDraftStore } from "./pg-store";
import type { DraftStore } from "./store";
import { storeContract } from "./store-contract";

const NU = new Date("2026-03-01T10:00:00Z");
const LATER = new Date("2026-03-31T10:00:00Z");
const blob = (tekst: string): Buffer => Buffer.from(tekst);

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
const OVERGESLAGEN =
  "OVERGESLAGEN: TEST_DATABASE_URL is niet gezet; `npm run test:unit` (scripts/postgres-test.sh) start een tijdelijke PostgreSQL";

describe("migrations for both databases", () => {
  it("has the same steps, with the same meaning, for SQLite and PostgreSQL", () => {
    const stappen = (lijst: typeof PG_MIGRATIES) => lijst.map(({ versie, beschrijving }) => ({ versie, beschrijving }));
    expect(stappen(PG_MIGRATIES)).toEqual(stappen(SQLITE_MIGRATIES));
  });

  it("refuses a migration list that is not 1, 2, 3, … before touching the database", async () => {
    // Port 1 on loopback: nothing listens there, so reaching the database would fail differently.
    const open = PgDraftStore.open("postgres://niemand@127.0.0.1:1/geen", { migraties: [{ versie: 2, beschrijving: "gat", sql: "SELECT 1" }] });
    await expect(open).rejects.toThrow(/versie/);
  });
});

describe("LaterGeopendeStore", () => {
  const nepStore = (): DraftStore =>
    ({ lees: vi.fn(async () => null), sluit: vi.fn(async () => undefined) }) as unknown as DraftStore;

  it("waits for the opening, and retries after a failed one instead of failing forever", async () => {
    const fout = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const echt = nepStore();
    const open = vi.fn<() => Promise<DraftStore>>().mockRejectedValueOnce(new Error("database ligt plat")).mockResolvedValue(echt);
    const store = new LaterGeopendeStore(open);
    // The constructor's own attempt fails (and is logged, not thrown into nowhere)...
    await vi.waitFor(() => expect(fout).toHaveBeenCalledWith("drafts: database openen mislukt:", "database ligt plat"));
    // ...and the next call opens again, once, and is served.
    expect(await store.lees("id", NU)).toBeNull();
    expect(await store.lees("id", NU)).toBeNull();
    expect(open).toHaveBeenCalledTimes(2);
    expect(echt.lees).toHaveBeenCalledTimes(2);
    await store.sluit();
    await store.sluit();
    expect(echt.sluit).toHaveBeenCalledTimes(1);
    await expect(store.lees("id", NU)).rejects.toThrow(/gesloten/);
    fout.mockRestore();
  });
});

/** `url` with `search_path` set to `schema` in the connection's startup options. */
function metSchema(url: string, schema: string): string {
  const adres = new URL(url);
  const bestaand = adres.searchParams.get("options");
  adres.searchParams.set("options", `${bestaand ? `${bestaand} ` : ""}-c search_path=${schema}`);
  return adres.toString();
}

describe.skipIf(TEST_DATABASE_URL === undefined)(TEST_DATABASE_URL ? "PgDraftStore" : `PgDraftStore (${OVERGESLAGEN})`, () => {
  // Every store gets its own schema (random name, dropped afterwards), so tests and concurrent
  // runs against one database never see each other's rows.
  const url = TEST_DATABASE_URL ?? "";
  let beheer: pg.Pool;
  const schemas: string[] = [];

  beforeAll(() => {
    beheer = new pg.Pool({ connectionString: url, max: 2 });
  });
  afterAll(async () => {
    for (const schema of schemas) await beheer.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await beheer.end();
  });

  async function nieuwSchema(): Promise<string> {
    const schema = `pgb_test_${randomBytes(8).toString("hex")}`;
    schemas.push(schema);
    await beheer.query(`CREATE SCHEMA ${schema}`);
    return metSchema(url, schema);
  }

  storeContract("PgDraftStore", async () => PgDraftStore.open(await nieuwSchema(), { max: 4 }));

  describe("migrations", () => {
    it("applies the steps once: reopening keeps schema and data, and the columns hold nothing readable", async () => {
      const adres = await nieuwSchema();
      const eerste = await PgDraftStore.open(adres);
      await eerste.maak("id-1", blob("a"), LATER, NU);
      await eerste.sluit();
      const tweede = await PgDraftStore.open(adres);
      expect((await tweede.lees("id-1", NU))?.blob).toEqual(blob("a"));
      await tweede.sluit();

      const db = new pg.Client({ connectionString: adres });
      await db.connect();
      try {
        const versies = await db.query("SELECT versie, beschrijving FROM schema_versie ORDER BY versie");
        expect(versies.rows).toEqual(PG_MIGRATIES.map(({ versie, beschrijving }) => ({ versie, beschrijving })));
        const kolommen = async (tabel: string) =>
          (
            await db.query(
              "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
              [tabel],
            )
          ).rows;
        // Only the random id, version, blob and timestamps: no column that could hold an answer.
        expect(await kolommen("drafts")).toEqual([
          { column_name: "id", data_type: "text", is_nullable: "NO" },
          { column_name: "versie", data_type: "integer", is_nullable: "NO" },
          { column_name: "blob", data_type: "bytea", is_nullable: "NO" },
          { column_name: "verloopt_op", data_type: "bigint", is_nullable: "NO" },
          { column_name: "aangemaakt_op", data_type: "bigint", is_nullable: "NO" },
          { column_name: "bijgewerkt_op", data_type: "bigint", is_nullable: "NO" },
        ]);
        expect(await kolommen("deellinks")).toEqual([
          { column_name: "id", data_type: "text", is_nullable: "NO" },
          { column_name: "draft_id", data_type: "text", is_nullable: "NO" },
          { column_name: "blob", data_type: "bytea", is_nullable: "NO" },
          { column_name: "verloopt_op", data_type: "bigint", is_nullable: "NO" },
          { column_name: "aangemaakt_op", data_type: "bigint", is_nullable: "NO" },
          { column_name: "volgnummer", data_type: "bigint", is_nullable: "NO" },
        ]);
        const indexen = await db.query("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname");
        expect(indexen.rows.map((r: { indexname: string }) => r.indexname)).toEqual([
          "deellinks_draft_id",
          "deellinks_pkey",
          "deellinks_verloopt_op",
          "drafts_pkey",
          "drafts_verloopt_op",
          "schema_versie_pkey",
        ]);
      } finally {
        await db.end();
      }
    });

    it("migrates a version-1 database to share links: drafts survive, step 2 runs once", async () => {
      const adres = await nieuwSchema();
      const v1 = await PgDraftStore.open(adres, { migraties: PG_MIGRATIES.slice(0, 1) });
      await v1.maak("id-1", blob("a"), LATER, NU);
      await v1.bewaar("id-1", 1, blob("b"), NU);
      await v1.sluit();

      const v2 = await PgDraftStore.open(adres);
      expect(await v2.lees("id-1", NU)).toMatchObject({ versie: 2, blob: blob("b"), verlooptOp: LATER });
      await v2.maakDeellink("link-1", "id-1", blob("l"), LATER, NU, 20);
      await v2.sluit();
      // Reopening applies nothing twice (CREATE TABLE deellinks would fail) and keeps the link.
      const weer = await PgDraftStore.open(adres);
      expect((await weer.leesDeellink("link-1"))?.draftId).toBe("id-1");
      await weer.sluit();
    });

    it("applies a later migration on an existing database, keeping data", async () => {
      const adres = await nieuwSchema();
      const v1 = await PgDraftStore.open(adres);
      await v1.maak("id-1", blob("a"), LATER, NU);
      await v1.sluit();
      const metExtra = [...PG_MIGRATIES, { versie: PG_MIGRATIES.length + 1, beschrijving: "test", sql: "CREATE TABLE extra (x integer)" }];
      const v2 = await PgDraftStore.open(adres, { migraties: metExtra });
      expect((await v2.lees("id-1", NU))?.blob).toEqual(blob("a"));
      await v2.sluit();
      await (await PgDraftStore.open(adres, { migraties: metExtra })).sluit();
    });

    it("refuses a database with a newer schema than the code knows", async () => {
      const adres = await nieuwSchema();
      const metExtra = [...PG_MIGRATIES, { versie: PG_MIGRATIES.length + 1, beschrijving: "test", sql: "SELECT 1" }];
      await (await PgDraftStore.open(adres, { migraties: metExtra })).sluit();
      await expect(PgDraftStore.open(adres)).rejects.toThrow(/schema/);
    });

    it("rolls back a failing migration completely", async () => {
      const adres = await nieuwSchema();
      const kapot = [...PG_MIGRATIES, { versie: PG_MIGRATIES.length + 1, beschrijving: "kapot", sql: "CREATE TABLE extra (x integer); SYNTAX FOUT" }];
      await expect(PgDraftStore.open(adres, { migraties: kapot })).rejects.toThrow(/syntax/i);
      const schema = new URL(adres).searchParams.get("options")?.split("=").at(-1);
      const { rows } = await beheer.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [schema]);
      expect(rows).toEqual([]);
    });

    it("lets several servers start at once: every step is applied exactly once", async () => {
      const adres = await nieuwSchema();
      // Without the advisory lock, both would see no schema_versie and one CREATE TABLE would fail.
      const stores = await Promise.all(Array.from({ length: 6 }, () => PgDraftStore.open(adres, { max: 1 })));
      await Promise.all(stores.map((store) => store.sluit()));
      const db = new pg.Client({ connectionString: adres });
      await db.connect();
      const { rows } = await db.query("SELECT versie FROM schema_versie ORDER BY versie");
      await db.end();
      expect(rows.map((r: { versie: number }) => r.versie)).toEqual(PG_MIGRATIES.map((m) => m.versie));
    });
  });

  describe("two app servers on one database", () => {
    it("lets exactly one of 50 saves on one version win when they come through two pools", async () => {
      const adres = await nieuwSchema();
      const a = await PgDraftStore.open(adres);
      const b = await PgDraftStore.open(adres);
      try {
        await a.maak("id-1", blob("start"), LATER, NU);
        const resultaten = await Promise.all(
          Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? a : b).bewaar("id-1", 1, blob(`poging-${i}`), NU)),
        );
        const winnaars = resultaten.flatMap((r, i) => (r.ok ? [i] : []));
        expect(winnaars).toHaveLength(1);
        expect(resultaten.filter((r) => !r.ok && r.reden === "gewijzigd")).toHaveLength(49);
        // The other server reads what the winner wrote.
        const anderePool = winnaars[0] !== undefined && winnaars[0] % 2 === 0 ? b : a;
        expect(await anderePool.lees("id-1", NU)).toMatchObject({ versie: 2, blob: blob(`poging-${winnaars[0]}`) });
      } finally {
        await a.sluit();
        await b.sluit();
      }
    });
  });
});
