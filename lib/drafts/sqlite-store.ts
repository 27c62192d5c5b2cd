/**
 * DraftStore on SQLite (better-sqlite3). One file, `${DATA_DIR}/drafts.sqlite`, holding only the
 * random id, the version, the encrypted blob and timestamps: nothing a citizen answered. Share
 * links live in the same file (table `deellinks`): random id, draft id, wrapped blob, timestamps;
 * their role is inside the blob, so not even who may sign is readable here.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migreerSqlite, SQLITE_MIGRATIES } from "./migraties";
import {
  EERSTE_VERSIE,
  type DraftStore,
  type Migratie,
  type OpgeslagenDeellink,
  type OpgeslagenDraft,
  type OpslaanResultaat,
} from "./store";

export const DRAFTS_BESTAND = "drafts.sqlite";

interface DraftRij {
  id: string;
  versie: number;
  blob: Buffer;
  verloopt_op: number;
  aangemaakt_op: number;
  bijgewerkt_op: number;
}

interface DeellinkRij {
  id: string;
  draft_id: string;
  blob: Buffer;
  verloopt_op: number;
  aangemaakt_op: number;
}

const DEELLINK_KOLOMMEN = "id, draft_id, blob, verloopt_op, aangemaakt_op";

export class SqliteDraftStore implements DraftStore {
  readonly #db: Database.Database;
  readonly #maak: Database.Statement<[string, number, Buffer, number, number, number]>;
  readonly #lees: Database.Statement<[string, number], DraftRij>;
  readonly #verlopen: Database.Statement<[string, number], { een: number }>;
  readonly #levend: Database.Statement<[string, number], { een: number }>;
  readonly #bewaar: Database.Statement<[Buffer, number, string, number, number]>;
  readonly #bewaarTransactie: (id: string, verwachteVersie: number, blob: Buffer, nu: number) => OpslaanResultaat;
  readonly #verwijderTransactie: (id: string) => boolean;
  readonly #ruimOpTransactie: (nu: number) => number;
  readonly #maakDeellink: (id: string, draftId: string, blob: Buffer, verlooptOp: number, nu: number, maxActief: number) => "ok" | "vol";
  readonly #leesDeellink: Database.Statement<[string], DeellinkRij>;
  readonly #deellinksVan: Database.Statement<[string, number], DeellinkRij>;
  readonly #verwijderDeellink: Database.Statement<[string, string]>;
  readonly #controleer: Database.Statement<[], { versie: number }>;

  /** `bestand`: a path to the database file, or ":memory:" for tests. The directory must exist. */
  constructor(bestand: string, migraties: readonly Migratie[] = SQLITE_MIGRATIES) {
    this.#db = new Database(bestand);
    try {
      // Wait for another process (a second Next worker) instead of failing at once on a lock.
      this.#db.pragma("busy_timeout = 5000");
      // WAL: readers do not block the writer. On ":memory:" this stays "memory", which is fine.
      this.#db.pragma("journal_mode = WAL");
      // FULL: a save the user saw succeed must survive a power cut, also in WAL mode.
      this.#db.pragma("synchronous = FULL");
      // Deleted means deleted (docs/decisions/025-opslag.md): SQLite overwrites the bytes of a
      // deleted row with zeros instead of only marking its space free, so a removed draft cannot
      // be read back from the database file. The WAL is emptied after every delete (#wis).
      this.#db.pragma("secure_delete = ON");
      // Shared with the PostgreSQL store (migraties.ts): one IMMEDIATE transaction, so two
      // processes starting at once cannot both apply a step.
      migreerSqlite(this.#db, migraties);

      this.#maak = this.#db.prepare(
        "INSERT INTO drafts (id, versie, blob, verloopt_op, aangemaakt_op, bijgewerkt_op) VALUES (?, ?, ?, ?, ?, ?)",
      );
      this.#lees = this.#db.prepare(
        "SELECT id, versie, blob, verloopt_op, aangemaakt_op, bijgewerkt_op FROM drafts WHERE id = ? AND verloopt_op > ?",
      );
      this.#verlopen = this.#db.prepare("SELECT 1 AS een FROM drafts WHERE id = ? AND verloopt_op <= ?");
      this.#levend = this.#db.prepare("SELECT 1 AS een FROM drafts WHERE id = ? AND verloopt_op > ?");
      // The version check and the write are one statement, so two saves on one version cannot
      // both succeed, whichever process or connection they come from.
      this.#bewaar = this.#db.prepare(
        "UPDATE drafts SET versie = versie + 1, blob = ?, bijgewerkt_op = ? WHERE id = ? AND versie = ? AND verloopt_op > ?",
      );
      const verwijderDraft = this.#db.prepare<[string]>("DELETE FROM drafts WHERE id = ?");
      const verwijderLinksVanDraft = this.#db.prepare<[string]>("DELETE FROM deellinks WHERE draft_id = ?");
      const ruimDraftsOp = this.#db.prepare<[number]>("DELETE FROM drafts WHERE verloopt_op <= ?");
      // Runs after the drafts are purged, so "draft absent" also covers "draft just expired".
      const ruimLinksOp = this.#db.prepare<[number]>(
        "DELETE FROM deellinks WHERE verloopt_op <= ? OR NOT EXISTS (SELECT 1 FROM drafts WHERE drafts.id = deellinks.draft_id)",
      );
      // Counted and inserted in one statement: the insert happens only while the draft has fewer
      // than the maximum unexpired links.
      const maakDeellinkBinnenMax = this.#db.prepare<[string, string, Buffer, number, number, string, number, number]>(
        `INSERT INTO deellinks (${DEELLINK_KOLOMMEN}) SELECT ?, ?, ?, ?, ?
         WHERE (SELECT COUNT(*) FROM deellinks WHERE draft_id = ? AND verloopt_op > ?) < ?`,
      );
      // IMMEDIATE: the write lock is taken before the count is read, so another process (a second
      // Next worker on the same file) waits (busy_timeout) instead of counting alongside.
      const maakDeellinkTransactie = this.#db.transaction((id: string, draftId: string, blob: Buffer, verlooptOp: number, nu: number, maxActief: number) =>
        maakDeellinkBinnenMax.run(id, draftId, blob, verlooptOp, nu, draftId, nu, maxActief).changes === 1 ? "ok" : "vol",
      );
      this.#maakDeellink = (...args) => maakDeellinkTransactie.immediate(...args);
      this.#leesDeellink = this.#db.prepare(`SELECT ${DEELLINK_KOLOMMEN} FROM deellinks WHERE id = ?`);
      // rowid breaks ties between links made in the same millisecond: still insertion order.
      this.#deellinksVan = this.#db.prepare(
        `SELECT ${DEELLINK_KOLOMMEN} FROM deellinks WHERE draft_id = ? AND verloopt_op > ? ORDER BY aangemaakt_op, rowid`,
      );
      this.#verwijderDeellink = this.#db.prepare("DELETE FROM deellinks WHERE id = ? AND draft_id = ?");
      // A read of the file itself (not just of SQLite's memory): the schema version table.
      this.#controleer = this.#db.prepare("SELECT max(versie) AS versie FROM schema_versie");

      this.#bewaarTransactie = this.#db.transaction((id: string, verwachteVersie: number, blob: Buffer, nu: number): OpslaanResultaat => {
        const { changes } = this.#bewaar.run(blob, nu, id, verwachteVersie, nu);
        if (changes === 1) return { ok: true, versie: verwachteVersie + 1 };
        // Nothing written; say why. Same transaction, so the answer matches the failed UPDATE.
        return { ok: false, reden: this.#levend.get(id, nu) ? "gewijzigd" : "niet-gevonden" };
      });
      this.#verwijderTransactie = this.#db.transaction((id: string): boolean => {
        verwijderLinksVanDraft.run(id);
        return verwijderDraft.run(id).changes > 0;
      });
      this.#ruimOpTransactie = this.#db.transaction((nu: number): number => {
        const { changes } = ruimDraftsOp.run(nu);
        ruimLinksOp.run(nu);
        return changes;
      });
    } catch (fout) {
      // Do not leak an open file handle when setup fails; the caller still gets the error.
      this.#db.close();
      throw fout;
    }
  }

  /** Opens (and on first start creates) `${dataDir}/drafts.sqlite`. */
  static inDataDir(dataDir: string): SqliteDraftStore {
    // 0700: the blobs are encrypted, but nobody else on the host needs even the ids.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return new SqliteDraftStore(path.join(dataDir, DRAFTS_BESTAND));
  }

  async maak(id: string, blob: Buffer, verlooptOp: Date, nu: Date): Promise<void> {
    const tijd = ms(nu);
    this.#maak.run(id, EERSTE_VERSIE, blob, ms(verlooptOp), tijd, tijd);
  }

  async lees(id: string, nu: Date): Promise<OpgeslagenDraft | null> {
    const rij = this.#lees.get(id, ms(nu));
    if (rij === undefined) return null;
    return {
      id: rij.id,
      versie: rij.versie,
      blob: rij.blob,
      verlooptOp: new Date(rij.verloopt_op),
      aangemaaktOp: new Date(rij.aangemaakt_op),
      bijgewerktOp: new Date(rij.bijgewerkt_op),
    };
  }

  async isVerlopen(id: string, nu: Date): Promise<boolean> {
    return this.#verlopen.get(id, ms(nu)) !== undefined;
  }

  async bewaar(id: string, verwachteVersie: number, blob: Buffer, nu: Date): Promise<OpslaanResultaat> {
    return this.#bewaarTransactie(id, verwachteVersie, blob, ms(nu));
  }

  async verwijder(id: string): Promise<boolean> {
    const verwijderd = this.#verwijderTransactie(id);
    this.#wis();
    return verwijderd;
  }

  async ruimOp(nu: Date): Promise<number> {
    const aantal = this.#ruimOpTransactie(ms(nu));
    this.#wis();
    return aantal;
  }

  async maakDeellink(id: string, draftId: string, blob: Buffer, verlooptOp: Date, nu: Date, maxActief: number): Promise<"ok" | "vol"> {
    return this.#maakDeellink(id, draftId, blob, ms(verlooptOp), ms(nu), maxActief);
  }

  async leesDeellink(id: string): Promise<OpgeslagenDeellink | null> {
    const rij = this.#leesDeellink.get(id);
    return rij === undefined ? null : naarDeellink(rij);
  }

  async deellinksVan(draftId: string, nu: Date): Promise<OpgeslagenDeellink[]> {
    return this.#deellinksVan.all(draftId, ms(nu)).map(naarDeellink);
  }

  async verwijderDeellink(id: string, draftId: string): Promise<boolean> {
    const verwijderd = this.#verwijderDeellink.run(id, draftId).changes > 0;
    if (verwijderd) this.#wis();
    return verwijderd;
  }

  async controleer(): Promise<void> {
    this.#controleer.get();
  }

  /**
   * After a delete: copy the WAL into the database file (where secure_delete has zeroed the
   * removed rows) and truncate the WAL to zero bytes. Until then every earlier version of a
   * deleted draft is still readable in `drafts.sqlite-wal`, and an old resume link decrypts it.
   * The delete itself is committed already; when another connection's read keeps the checkpoint
   * from finishing (busy), the next delete or the close finishes it, and the log says so.
   */
  #wis(): void {
    const [uitkomst] = this.#db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number; checkpointed: number }[];
    if (uitkomst !== undefined && uitkomst.busy !== 0) console.error("drafts: WAL na verwijderen nog niet leeg (bezig); volgt bij de volgende keer");
  }

  async sluit(): Promise<void> {
    // Closing checkpoints the WAL into the main file; calling twice is harmless.
    if (this.#db.open) this.#db.close();
  }
}

function naarDeellink(rij: DeellinkRij): OpgeslagenDeellink {
  return {
    id: rij.id,
    draftId: rij.draft_id,
    blob: rij.blob,
    verlooptOp: new Date(rij.verloopt_op),
    aangemaaktOp: new Date(rij.aangemaakt_op),
  };
}

function ms(datum: Date): number {
  const tijd = datum.getTime();
  // An invalid Date would bind as NULL and silently match nothing.
  if (!Number.isFinite(tijd)) throw new RangeError("ongeldige datum");
  return tijd;
}
