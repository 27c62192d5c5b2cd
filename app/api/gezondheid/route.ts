/**
 * `GET /api/gezondheid` (also HEAD): for load balancers and monitoring. 200 `{"status":"ok"}` when
 * the database answers one cheap query, 503 `{"status":"storing"}` when it fails or takes longer
 * than {@link WACHT_MS}; never cached; nothing about any draft or person. The reason of a failure
 * goes to the server log only (docs/decisions/025-opslag.md).
 */
import { controleerOpslag } from "@/lib/drafts/server";
import { meldStoring } from "@/lib/drafts/storing";

export const dynamic = "force-dynamic";

/** Below a balancer's usual 5-second check timeout; a PostgreSQL connect may take 10 seconds to fail. */
const WACHT_MS = 2000;

export async function GET(): Promise<Response> {
  let klok: ReturnType<typeof setTimeout> | undefined;
  const teLaat = new Promise<never>((_, weiger) => {
    klok = setTimeout(() => weiger(new Error(`database antwoordde niet binnen ${WACHT_MS} ms`)), WACHT_MS);
  });
  let gezond = true;
  try {
    await Promise.race([controleerOpslag(), teLaat]);
  } catch (fout) {
    gezond = false;
    meldStoring(fout, "gezondheidscontrole 503");
  } finally {
    clearTimeout(klok);
  }
  return Response.json({ status: gezond ? "ok" : "storing" }, { status: gezond ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
