/**
 * `GET /aanvraag/budgetplan/pdf`: the budgetplan of this browser's draft as a PDF download
 * (Bijlage 3, BP-01). Without a draft there is nothing to print: the start page; a draft that
 * cannot be opened goes to the page that explains why.
 */
import { budgetplanPdfAntwoord } from "@/lib/budgetplan/pdf-antwoord";
import { naar } from "@/lib/http/antwoorden";
import { hervatMisluktPad } from "@/lib/wizard/paden";
import { leesTaal } from "@/lib/taal";
import { leesSessie } from "@/lib/wizard/sessie";

// Reads the session cookie and the clock: never cached, never prerendered.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const sessie = await leesSessie();
  if (sessie.status === "geen") return naar("/");
  if (sessie.status !== "ok") return naar(hervatMisluktPad(sessie.status));
  // The form stays Dutch; on the English site a page at the end explains it (docs/decisions/032-talen.md).
  return budgetplanPdfAntwoord(sessie.antwoorden, await leesTaal());
}
