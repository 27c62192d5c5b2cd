/**
 * The budgetplan PDF as an HTTP answer, for the applicant's own route and the shared one: dated
 * today in Europe/Amsterdam, never cached (names, BSN), with a safe file name.
 */
import "server-only";
import { vandaagInAmsterdam } from "@/lib/datum";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { bestandsnaam } from "./document";
import { maakBudgetplanPdf } from "./pdf";
import { budgetplanDocument } from "./uit-antwoorden";

export async function budgetplanPdfAntwoord(antwoorden: Antwoorden, nu = new Date()): Promise<Response> {
  const doc = budgetplanDocument(antwoorden, vandaagInAmsterdam(nu));
  const pdf = await maakBudgetplanPdf(doc);
  // A copy on its own ArrayBuffer: the DOM types take no Uint8Array that may view a SharedArrayBuffer.
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      // bestandsnaam gives only [a-z0-9.-]: safe in the header without escaping.
      "Content-Disposition": `attachment; filename="${bestandsnaam(doc)}"`,
      // Personal data (BSN, names): no shared or browser cache may keep a copy.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A relative Location, as in app/hervat/route.ts: behind a proxy the server's own host can differ from the browser's. */
export function naar(pad: string): Response {
  return new Response(null, { status: 303, headers: { Location: pad, "Cache-Control": "no-store" } });
}
