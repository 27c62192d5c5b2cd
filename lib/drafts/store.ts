/**
 * Storage for encrypted drafts, independent of the database: SQLite (sqlite-store.ts) by default,
 * PostgreSQL (pg-store.ts) when several servers share the drafts. Both pass the same behavioural
 * suite (store-contract.ts). A store only ever sees the random id, the version, an opaque blob and
 * timestamps; it cannot read answers.
 *
 * Time is always passed in (`nu`) so expiry can be tested with a fake clock.
 */

export interface OpgeslagenDraft {
  id: string;
  versie: number;
  blob: Buffer;
  verlooptOp: Date;
  aangemaaktOp: Date;
  bijgewerktOp: Date;
}

/**
 * A share link ("deellink") as stored: the random link id, the draft it belongs to, and an opaque
 * blob that wraps the role and the draft key under a key derived for this link only (see
 * deellinks.ts). The store cannot tell a "meekijken" link from a "gewaarborgde-hulp" link.
 */
export interface OpgeslagenDeellink {
  id: string;
  draftId: string;
  blob: Buffer;
  verlooptOp: Date;
  aangemaaktOp: Date;
}

export type OpslaanResultaat = { ok: true; versie: number } | { ok: false; reden: "gewijzigd" | "niet-gevonden" };

/** The version a new draft starts at; the blob given to `maak` is encrypted for this version. */
export const EERSTE_VERSIE = 1;

export interface DraftStore {
  /** Stores a new draft at version {@link EERSTE_VERSIE}. Rejects when the id already exists. */
  maak(id: string, blob: Buffer, verlooptOp: Date, nu: Date): Promise<void>;

  /** The draft, or null when it is absent or expired (`verlooptOp <= nu`). */
  lees(id: string, nu: Date): Promise<OpgeslagenDraft | null>;

  /**
   * Whether a row with this id exists but has expired and has not been purged by `ruimOp` yet.
   * Only meaningful after `lees` returned null: it lets the user hear "verlopen" instead of
   * "niet gevonden". Kept apart from `lees` so `lees` keeps its simple "usable or null" contract.
   */
  isVerlopen(id: string, nu: Date): Promise<boolean>;

  /**
   * Optimistic concurrency: replaces the blob only when the stored version equals
   * `verwachteVersie` and the draft has not expired, and then sets the version to
   * `verwachteVersie + 1`, in one atomic statement. `blob` must therefore already be encrypted for
   * that NEW version (`verwachteVersie + 1`); the new version is returned on success.
   * An expired draft counts as "niet-gevonden". The expiry date is not changed.
   */
  bewaar(id: string, verwachteVersie: number, blob: Buffer, nu: Date): Promise<OpslaanResultaat>;

  /**
   * Removes the draft, expired or not, together with its share links, in one transaction: a link
   * must never outlive its draft, not even for the moment between two statements.
   * True when a draft row was removed.
   */
  verwijder(id: string): Promise<boolean>;

  /**
   * Removes every expired draft (`verlooptOp <= nu`), every expired share link, and every link
   * whose draft is gone, in one transaction. Returns how many DRAFTS were removed; links are
   * housekeeping and not counted.
   */
  ruimOp(nu: Date): Promise<number>;

  /**
   * Stores a new share link for `draftId`, unless the draft already has `maxActief` unexpired
   * links (`verlooptOp > nu`; revoked links are deleted rows): then nothing is stored and the
   * answer is "vol". Counting and storing are one atomic step, also between servers sharing the
   * database, so simultaneous calls never pass the limit together (docs/decisions/023-grenzen.md).
   * Rejects when the link id already exists. The store does not check that the draft exists: the
   * caller checked the owner's key against it just before, and a link that lost a race with a
   * delete is removed by `ruimOp`.
   */
  maakDeellink(id: string, draftId: string, blob: Buffer, verlooptOp: Date, nu: Date, maxActief: number): Promise<"ok" | "vol">;

  /**
   * The link row, or null when absent. Expired rows that `ruimOp` has not removed yet ARE
   * returned, so the caller can tell "verlopen" from "niet gevonden".
   */
  leesDeellink(id: string): Promise<OpgeslagenDeellink | null>;

  /** The unexpired links of one draft (`verlooptOp > nu`), oldest first. */
  deellinksVan(draftId: string, nu: Date): Promise<OpgeslagenDeellink[]>;

  /**
   * Removes the link only when it belongs to `draftId`, so a key checked against one draft can
   * never revoke another draft's link. True when a row was removed.
   */
  verwijderDeellink(id: string, draftId: string): Promise<boolean>;

  /**
   * The health check of `GET /api/gezondheid`: resolves when the database answers one cheap query,
   * rejects otherwise (also once closed). Reads nothing of any draft.
   */
  controleer(): Promise<void>;

  sluit(): Promise<void>;
}

/**
 * One schema step. Migrations are applied in ascending `versie`, each exactly once, and recorded
 * in a `schema_versie` table, by the one mechanism in migraties.ts; each database has its own list
 * of steps (same versions, same meaning, its own SQL).
 */
export interface Migratie {
  versie: number;
  beschrijving: string;
  sql: string;
}
