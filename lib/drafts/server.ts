/**
 * The one Drafts and one Deellinken instance of this server process, sharing one store. The store
 * is PostgreSQL when `DATABASE_URL` is set (several app servers can then share the drafts), and
 * otherwise SQLite in `DATA_DIR` (one server, nothing to run beside it). All logic lives in the
 * files it wires up.
 */
import "server-only";
import { env } from "@/lib/env";
import { opslagHouder, type Enkel } from "./houder";
import { Deellinken } from "./deellinks";
import { Drafts, Interval } from "./drafts";
import { LaterGeopendeStore, PgDraftStore } from "./pg-store";
import { SqliteDraftStore } from "./sqlite-store";
import type { DraftStore } from "./store";

const UUR_MS = 60 * 60 * 1000;

function enkel(): Enkel {
  const houder = opslagHouder();
  houder.opslag ??= (() => {
    const { DATA_DIR, DATABASE_URL, DRAFT_LOOPTIJD_DAGEN } = env();
    // PgDraftStore.open is asynchronous (it connects and migrates) while this function is not;
    // LaterGeopendeStore makes every call wait for the opening and retries a failed one.
    const store: DraftStore =
      DATABASE_URL === undefined
        ? SqliteDraftStore.inDataDir(DATA_DIR)
        : new LaterGeopendeStore(() => PgDraftStore.open(DATABASE_URL));
    return {
      store,
      drafts: new Drafts<unknown>(store, { looptijdDagen: DRAFT_LOOPTIJD_DAGEN }),
      deellinken: new Deellinken(store),
      opruimen: new Interval(UUR_MS),
    };
  })();
  const instantie = houder.opslag;
  const nu = new Date();
  if (instantie.opruimen.isAanDeBeurt(nu)) {
    // One purge for both: the store's ruimOp removes expired drafts and expired or orphaned links.
    // Housekeeping must not fail the request that happened to trigger it; it is logged, not lost.
    instantie.drafts.ruimOp(nu).catch((fout: unknown) => console.error("drafts: opruimen mislukt", fout));
  }
  return instantie;
}

export function drafts<T>(): Drafts<T> {
  // Safe: the instance holds no T-specific state; T only describes the JSON the caller stores.
  return enkel().drafts as Drafts<T>;
}

/** Share links on the same store as {@link drafts}, so a link and its draft are one database. */
export function deellinken(): Deellinken {
  return enkel().deellinken;
}

/** `GET /api/gezondheid`: resolves when the database answers a cheap query (see DraftStore.controleer). */
export function controleerOpslag(): Promise<void> {
  return enkel().store.controleer();
}
