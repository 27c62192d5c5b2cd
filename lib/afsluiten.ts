/**
 * A clean stop on SIGTERM (docs/decisions/025-opslag.md). `next start` already handles SIGTERM and
 * SIGINT (next/dist/server/lib/start-server.js): it stops accepting connections, lets the requests
 * in flight finish (`server.close`), and then calls `process.exit(143)` (SIGINT: 130). It offers
 * no hook between "drained" and "exit", and a handler of our own on the signal would run at once,
 * while requests may still be saving. So on the signal we wrap `process.exit`: when Next exits
 * after draining, the database is closed first, then the process exits with Next's code.
 *
 * Only when someone else drains (next start, or server.mjs, which registers its handlers before the
 * app starts): with no other SIGTERM listener (a server that does not drain, or
 * NEXT_MANUAL_SIG_HANDLE), adding one would keep the process alive on SIGTERM, so nothing is done.
 */

/** How long closing may take before the process exits anyway (a PostgreSQL that does not answer). */
export const SLUIT_MAX_MS = 10_000;

/** The part of `process` this needs; tests pass a stand-in. */
export interface Proces {
  on(signaal: "SIGTERM" | "SIGINT", luisteraar: () => void): unknown;
  listenerCount(signaal: "SIGTERM"): number;
  exit: (code?: number | string | null) => never;
}

export function sluitNaAfvoer(sluit: () => Promise<void>, proces: Proces = process, maxMs = SLUIT_MAX_MS): boolean {
  if (proces.listenerCount("SIGTERM") === 0) return false;
  let gezien = false;
  const opSignaal = (): void => {
    if (gezien) return;
    gezien = true;
    const exit = proces.exit.bind(proces);
    let bezig = false;
    proces.exit = ((code?: number | string | null): never => {
      if (bezig) return undefined as never;
      bezig = true;
      let klok: ReturnType<typeof setTimeout> | undefined;
      const teLang = new Promise<void>((klaar) => {
        klok = setTimeout(() => {
          console.error(`afsluiten: database niet gesloten binnen ${maxMs} ms; toch gestopt`);
          klaar();
        }, maxMs);
      });
      void Promise.race([sluit().then(() => console.log("afsluiten: verzoeken afgerond, database gesloten")), teLang])
        .catch((fout: unknown) => console.error("afsluiten: database sluiten mislukt:", fout instanceof Error ? fout.message : fout))
        .finally(() => {
          clearTimeout(klok);
          exit(code);
        });
      return undefined as never;
    });
  };
  proces.on("SIGTERM", opSignaal);
  proces.on("SIGINT", opSignaal);
  return true;
}
