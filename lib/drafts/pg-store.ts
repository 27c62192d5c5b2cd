/**
 * DraftStore on PostgreSQL (the `pg` package), for several app servers sharing one database.
 * Same tables, same meaning and same answers as the SQLite store (sqlite-store.ts): the random
 * id, the version, the encrypted blob and millisecond timestamps; nothing a citizen answered.
 *
 * Consistency between servers rests on the database alone: the optimistic save is one UPDATE
 * whose WHERE names the expected version (PostgreSQL re-checks that condition on the newest row
 * version after waiting for a concurrent writer, so two saves on one version cannot both win), and
 * the multi-statement operations (verwijder, ruimOp) are transactions.
 */
import pg from "pg";
import { inPgTransactie, migreerPg, PG_MIGRATIES } from "./migraties";
import { OPSLAG_GESLOTEN } from "./storing";
import {
  EERSTE_VERSIE,
  type DraftStore,
  type Migratie,
  type OpgeslagenDeellink,
  type OpgeslagenDraft,
  type OpslaanResultaat,
} from "./store";

// `bigint` columns arrive as strings (pg cannot know they fit a JS number); ours are millisecond
// timestamps, far below 2^53, so Number() is exact.
interface DraftRij {
  id: string;
  versie: number;
  blob: Buffer;
  verloopt_op: string;
  aangemaakt_op: string;
  bijgewerkt_op: string;
}

interface DeellinkRij {
  id: string;
  draft_id: string;
  blob: Buffer;
  verloopt_op: string;
  aangemaakt_op: string;
}

const DEELLINK_KOLOMMEN = "id, draft_id, blob, verloopt_op, aangemaakt_op";

export interface PgOpties {
  /** The schema steps; only tests pass another list. */
  migraties?: readonly Migratie[];
  /** Connections in the pool (default 10). */
  max?: number;
}

export class PgDraftStore implements DraftStore {
  readonly #pool: pg.Pool;
  #gesloten = false;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /**
   * Connects, applies pending migrations (safe when several servers start at once, see
   * migraties.ts) and only then returns the store, so no query ever meets an old schema.
   * `url`: a `postgres://` connection string; `?options=-c search_path=…` selects a schema.
   */
  static async open(url: string, opties: PgOpties = {}): Promise<PgDraftStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: opties.max ?? 10,
      // A database that does not answer must fail the request, not hang it forever.
      connectionTimeoutMillis: 10_000,
      application_name: "pgb-wlz-wizard",
    });
    // An idle connection that breaks (database restart, network) emits 'error' on the pool;
    // unhandled, that event would crash the whole server. The pool replaces the connection.
    pool.on("error", (fout) => console.error("drafts: PostgreSQL-verbinding verbroken:", fout.message));
    try {
      await migreerPg(pool, opties.migraties ?? PG_MIGRATIES);
    } catch (fout) {
      await pool.end();
      throw fout;
    }
    return new PgDraftStore(pool);
  }

  async maak(id: string, blob: Buffer, verlooptOp: Date, nu: Date): Promise<void> {
    await this.#pool.query(
      "INSERT INTO drafts (id, versie, blob, verloopt_op, aangemaakt_op, bijgewerkt_op) VALUES ($1, $2, $3, $4, $5, $5)",
      [id, EERSTE_VERSIE, blob, ms(verlooptOp), ms(nu)],
    );
  }

  async lees(id: string, nu: Date): Promise<OpgeslagenDraft | null> {
    const { rows } = await this.#pool.query<DraftRij>(
      "SELECT id, versie, blob, verloopt_op, aangemaakt_op, bijgewerkt_op FROM drafts WHERE id = $1 AND verloopt_op > $2",
      [id, ms(nu)],
    );
    const rij = rows[0];
    if (rij === undefined) return null;
    return {
      id: rij.id,
      versie: rij.versie,
      blob: rij.blob,
      verlooptOp: new Date(Number(rij.verloopt_op)),
      aangemaaktOp: new Date(Number(rij.aangemaakt_op)),
      bijgewerktOp: new Date(Number(rij.bijgewerkt_op)),
    };
  }

  async isVerlopen(id: string, nu: Date): Promise<boolean> {
    const { rowCount } = await this.#pool.query("SELECT 1 FROM drafts WHERE id = $1 AND verloopt_op <= $2", [id, ms(nu)]);
    return (rowCount ?? 0) > 0;
  }

  async bewaar(id: string, verwachteVersie: number, blob: Buffer, nu: Date): Promise<OpslaanResultaat> {
    const tijd = ms(nu);
    // The version check and the write are one statement: under READ COMMITTED a concurrent
    // UPDATE of the same row makes this one wait, then re-evaluate `versie = $4` on the row the
    // winner committed, which no longer matches. Exactly one save per version wins.
    const { rowCount } = await this.#pool.query(
      "UPDATE drafts SET versie = versie + 1, blob = $1, bijgewerkt_op = $2 WHERE id = $3 AND versie = $4 AND verloopt_op > $2",
      [blob, tijd, id, verwachteVersie],
    );
    if (rowCount === 1) return { ok: true, versie: verwachteVersie + 1 };
    // Nothing written; say why. Not in the UPDATE's transaction (PostgreSQL's READ COMMITTED would
    // give a fresh snapshot per statement anyway): the answer describes the draft as it is now,
    // which is what the user acts on. A draft deleted in between is reported as gone, correctly.
    const { rowCount: levend } = await this.#pool.query("SELECT 1 FROM drafts WHERE id = $1 AND verloopt_op > $2", [id, tijd]);
    return { ok: false, reden: (levend ?? 0) > 0 ? "gewijzigd" : "niet-gevonden" };
  }

  async verwijder(id: string): Promise<boolean> {
    return this.#inTransactie(async (client) => {
      await client.query("DELETE FROM deellinks WHERE draft_id = $1", [id]);
      const { rowCount } = await client.query("DELETE FROM drafts WHERE id = $1", [id]);
      return (rowCount ?? 0) > 0;
    });
  }

  async ruimOp(nu: Date): Promise<number> {
    const tijd = ms(nu);
    return this.#inTransactie(async (client) => {
      const { rowCount } = await client.query("DELETE FROM drafts WHERE verloopt_op <= $1", [tijd]);
      // Runs after the drafts are purged, in the same transaction, so "draft absent" also covers
      // "draft just expired".
      await client.query(
        "DELETE FROM deellinks WHERE verloopt_op <= $1 OR NOT EXISTS (SELECT 1 FROM drafts WHERE drafts.id = deellinks.draft_id)",
        [tijd],
      );
      return rowCount ?? 0;
    });
  }

  async maakDeellink(id: string, draftId: string, blob: Buffer, verlooptOp: Date, nu: Date, maxActief: number): Promise<"ok" | "vol"> {
    const [verloopt, tijd] = [ms(verlooptOp), ms(nu)];
    return this.#inTransactie(async (client) => {
      // The draft's row lock makes every server's link-making for this draft take turns; under
      // READ COMMITTED the count below is read after the lock, so it sees the previous holder's
      // link. Without the lock two servers could both count 19 and both insert.
      await client.query("SELECT 1 FROM drafts WHERE id = $1 FOR UPDATE", [draftId]);
      const { rowCount } = await client.query(
        `INSERT INTO deellinks (${DEELLINK_KOLOMMEN}) SELECT $1, $2, $3, $4, $5
         WHERE (SELECT COUNT(*) FROM deellinks WHERE draft_id = $2 AND verloopt_op > $5) < $6`,
        [id, draftId, blob, verloopt, tijd, maxActief],
      );
      return rowCount === 1 ? "ok" : "vol";
    });
  }

  async leesDeellink(id: string): Promise<OpgeslagenDeellink | null> {
    const { rows } = await this.#pool.query<DeellinkRij>(`SELECT ${DEELLINK_KOLOMMEN} FROM deellinks WHERE id = $1`, [id]);
    const rij = rows[0];
    return rij === undefined ? null : naarDeellink(rij);
  }

  async deellinksVan(draftId: string, nu: Date): Promise<OpgeslagenDeellink[]> {
    // volgnummer breaks ties between links made in the same millisecond, as rowid does in SQLite.
    const { rows } = await this.#pool.query<DeellinkRij>(
      `SELECT ${DEELLINK_KOLOMMEN} FROM deellinks WHERE draft_id = $1 AND verloopt_op > $2 ORDER BY aangemaakt_op, volgnummer`,
      [draftId, ms(nu)],
    );
    return rows.map(naarDeellink);
  }

  async verwijderDeellink(id: string, draftId: string): Promise<boolean> {
    const { rowCount } = await this.#pool.query("DELETE FROM deellinks WHERE id = $1 AND draft_id = $2", [id, draftId]);
    return (rowCount ?? 0) > 0;
  }

  async controleer(): Promise<void> {
    // pg's pool refuses queries once ended, so a closed store fails this too.
    await this.#pool.query("SELECT 1");
  }

  async sluit(): Promise<void> {
    // pg refuses a second end(); closing twice must be harmless, as in the SQLite store.
    if (this.#gesloten) return;
    this.#gesloten = true;
    await this.#pool.end();
  }

  #inTransactie<T>(werk: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inPgTransactie(this.#pool, werk);
  }
}

/**
 * A DraftStore whose real store is opened asynchronously (PgDraftStore.open) while the code that
 * needs it (server.ts) is synchronous. Every call waits for the opening; when opening fails (the
 * database was down at start, a migration was refused), that call fails and the NEXT call tries
 * again, so a server started before its database recovers without a restart.
 */
export class LaterGeopendeStore implements DraftStore {
  readonly #open: () => Promise<DraftStore>;
  #store: Promise<DraftStore> | undefined;
  #gesloten = false;

  constructor(open: () => Promise<DraftStore>) {
    this.#open = open;
    // Start at once: migrations run at server start, not on the first user's request.
    void this.#klaar().catch((fout: unknown) => console.error("drafts: database openen mislukt:", fout instanceof Error ? fout.message : fout));
  }

  #klaar(): Promise<DraftStore> {
    // Coded, so an action that loses this race with a shutdown keeps what was typed (storing.ts).
    if (this.#gesloten) return Promise.reject(Object.assign(new Error("store is gesloten"), { code: OPSLAG_GESLOTEN }));
    this.#store ??= this.#open().catch((fout: unknown) => {
      this.#store = undefined;
      throw fout;
    });
    return this.#store;
  }

  async maak(id: string, blob: Buffer, verlooptOp: Date, nu: Date): Promise<void> {
    return (await this.#klaar()).maak(id, blob, verlooptOp, nu);
  }
  async lees(id: string, nu: Date): Promise<OpgeslagenDraft | null> {
    return (await this.#klaar()).lees(id, nu);
  }
  async isVerlopen(id: string, nu: Date): Promise<boolean> {
    return (await this.#klaar()).isVerlopen(id, nu);
  }
  async bewaar(id: string, verwachteVersie: number, blob: Buffer, nu: Date): Promise<OpslaanResultaat> {
    return (await this.#klaar()).bewaar(id, verwachteVersie, blob, nu);
  }
  async verwijder(id: string): Promise<boolean> {
    return (await this.#klaar()).verwijder(id);
  }
  async ruimOp(nu: Date): Promise<number> {
    return (await this.#klaar()).ruimOp(nu);
  }
  async maakDeellink(id: string, draftId: string, blob: Buffer, verlooptOp: Date, nu: Date, maxActief: number): Promise<"ok" | "vol"> {
    return (await this.#klaar()).maakDeellink(id, draftId, blob, verlooptOp, nu, maxActief);
  }
  async leesDeellink(id: string): Promise<OpgeslagenDeellink | null> {
    return (await this.#klaar()).leesDeellink(id);
  }
  async deellinksVan(draftId: string, nu: Date): Promise<OpgeslagenDeellink[]> {
    return (await this.#klaar()).deellinksVan(draftId, nu);
  }
  async verwijderDeellink(id: string, draftId: string): Promise<boolean> {
    return (await this.#klaar()).verwijderDeellink(id, draftId);
  }
  async controleer(): Promise<void> {
    return (await this.#klaar()).controleer();
  }

  async sluit(): Promise<void> {
    if (this.#gesloten) return;
    this.#gesloten = true;
    const store = this.#store;
    this.#store = undefined;
    // An opening still under way is awaited and then closed; a failed one has nothing to close.
    const geopend = await store?.catch(() => undefined);
    await geopend?.sluit();
  }
}

function naarDeellink(rij: DeellinkRij): OpgeslagenDeellink {
  return {
    id: rij.id,
    draftId: rij.draft_id,
    blob: rij.blob,
    verlooptOp: new Date(Number(rij.verloopt_op)),
    aangemaaktOp: new Date(Number(rij.aangemaakt_op)),
  };
}

function ms(datum: Date): number {
  const tijd = datum.getTime();
  // An invalid Date would be sent as NULL (or "NaN") and silently match nothing.
  if (!Number.isFinite(tijd)) throw new RangeError("ongeldige datum");
  return tijd;
}
