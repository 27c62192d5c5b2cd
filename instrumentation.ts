/**
 * Runs once when the Next.js server starts, before its first request. Node.js only:
 * - hooks the HTTP server so every request carries the address of the connection it came in on,
 *   which Next does not pass on (lib/http/verbinding.ts, docs/decisions/023-grenzen.md);
 * - reads and checks the yearly parameters file of `PARAMETERS_BESTAND`; a bad file stops the
 *   process with exit code 78 (EX_CONFIG) and a message naming the line and path of every bad
 *   entry. Throwing is not enough: Next logs a failing register() and keeps serving, with a 500
 *   for every request (docs/decisions/025-opslag.md);
 * - closes the database cleanly on SIGTERM, after Next has finished the requests in flight
 *   (lib/afsluiten.ts).
 */
export async function register(): Promise<void> {
  // Next sets NEXT_RUNTIME (not a setting of ours): register also runs for the edge runtime,
  // where there is no socket, no file system, no database and no process to stop.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { volgVerbindingen } = await import("@/lib/http/verbinding");
  volgVerbindingen();
  const { jaarparameters } = await import("./lib/parameters/jaarparameters");
  const { ParameterBestandFout } = await import("./lib/parameters/bestand");
  try {
    jaarparameters();
  } catch (fout) {
    if (!(fout instanceof ParameterBestandFout)) throw fout;
    console.error(fout.message);
    process.exit(78);
  }
  const { sluitNaAfvoer } = await import("./lib/afsluiten");
  const { sluitOpslag } = await import("./lib/drafts/houder");
  sluitNaAfvoer(sluitOpslag);
}
