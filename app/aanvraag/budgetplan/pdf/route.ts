/**
 * `GET /aanvraag/budgetplan/pdf`: the budgetplan of this browser's draft as a PDF download
 * (Bijlage 3, BP-01), dated today in Europe/Amsterdam. Without a draft there is nothing to print:
 * the start page; a draft that cannot be opened goes to the page that explains why.
 */
import { budgetplanDocument } from "@/lib/budgetplan/uit-antwoorden";
import { bestandsnaam } from "@/lib/budgetplan/document";
import { maakBudgetplanPdf } from "@/lib/budgetplan/pdf";
import { vandaagInAmsterdam } from "@/lib/datum";
import { hervatMisluktPad } from "@/lib/wizard/paden";
import { leesSessie } from "@/lib/wizard/sessie";

// Reads the session cookie and the clock: never cached, never prerendered.
export const dynamic = "force-dynamic";

/** A relative Location, as in app/hervat/route.ts: behind a proxy the server's own host can differ from the browser's. */
function naar(pad: string): Response {
  return new Response(null, { status: 303, headers: { Location: pad, "Cache-Control": "no-store" } });
}

export async function GET(): Promise<Response> {
  const sessie = await leesSessie();
  if (sessie.status === "geen") return naar("/");
  if (sessie.status !== "ok") return naar(hervatMisluktPad(sessie.status));

  const doc = budgetplanDocument(sessie.antwoorden, vandaagInAmsterdam());
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
