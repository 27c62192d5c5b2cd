/** The budgetplan PDF as an HTTP answer, for the applicant's own route and the shared one, dated today in Europe/Amsterdam. */
import "server-only";
import { vandaagInAmsterdam } from "@/lib/datum";
import { pdfDownload } from "@/lib/http/antwoorden";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { bestandsnaam } from "./document";
import { maakBudgetplanPdf } from "./pdf";
import { budgetplanDocument } from "./uit-antwoorden";

export async function budgetplanPdfAntwoord(antwoorden: Antwoorden, nu = new Date()): Promise<Response> {
  const doc = budgetplanDocument(antwoorden, vandaagInAmsterdam(nu));
  return pdfDownload(await maakBudgetplanPdf(doc), bestandsnaam(doc));
}
