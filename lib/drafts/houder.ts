/**
 * Where this process keeps its one store (server.ts makes it, instrumentation.ts closes it at
 * shutdown). On globalThis, because Next's dev server re-evaluates modules and would otherwise
 * open a new database connection on every reload, and because instrumentation.ts is bundled apart
 * from the pages: a module variable would be a different one there. The key changes when Enkel
 * gains a member (share links; then the store itself): an object left by older code lacks it.
 * No "server-only" here, so instrumentation.ts may import it.
 */
import type { Deellinken } from "./deellinks";
import type { Drafts, Interval } from "./drafts";
import type { DraftStore } from "./store";

export interface Enkel {
  store: DraftStore;
  drafts: Drafts<unknown>;
  deellinken: Deellinken;
  opruimen: Interval;
}

const SLEUTEL = "__pgbDraftOpslagV3";

export function opslagHouder(): { opslag?: Enkel } {
  const houder = globalThis as typeof globalThis & { [SLEUTEL]?: { opslag?: Enkel } };
  houder[SLEUTEL] ??= {};
  return houder[SLEUTEL];
}

/**
 * Closes the database of this process, if one was opened: SQLite checkpoints its WAL and removes
 * it, PostgreSQL's connections end. A second call does nothing.
 */
export async function sluitOpslag(): Promise<void> {
  await opslagHouder().opslag?.store.sluit();
}
