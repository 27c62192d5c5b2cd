/** The one Drafts instance of this server process. All logic lives in the files it wires up. */
import "server-only";
import { env } from "@/lib/env";
import { Drafts, Interval } from "./drafts";
import { SqliteDraftStore } from "./sqlite-store";

const UUR_MS = 60 * 60 * 1000;

interface Enkel {
  drafts: Drafts<unknown>;
  opruimen: Interval;
}

// On globalThis, because Next's dev server re-evaluates modules and would otherwise open a new
// database connection on every reload.
const houder = globalThis as typeof globalThis & { __pgbDrafts?: Enkel };

export function drafts<T>(): Drafts<T> {
  houder.__pgbDrafts ??= (() => {
    const { DATA_DIR, DRAFT_LOOPTIJD_DAGEN } = env();
    const store = SqliteDraftStore.inDataDir(DATA_DIR);
    return { drafts: new Drafts<unknown>(store, { looptijdDagen: DRAFT_LOOPTIJD_DAGEN }), opruimen: new Interval(UUR_MS) };
  })();
  const enkel = houder.__pgbDrafts;
  const nu = new Date();
  if (enkel.opruimen.isAanDeBeurt(nu)) {
    // Housekeeping must not fail the request that happened to trigger it; it is logged, not lost.
    enkel.drafts.ruimOp(nu).catch((fout: unknown) => console.error("drafts: opruimen mislukt", fout));
  }
  // Safe: the instance holds no T-specific state; T only describes the JSON the caller stores.
  return enkel.drafts as Drafts<T>;
}
