/** The budgetplan PDF as an HTTP answer, for the applicant's own route and the shared one, dated today in Europe/Amsterdam. */
import "server-only";
import type { Taal } from "@/content/taal";
import { vandaagInAmsterdam } from "@/lib/datum";
import { pdfDownload } from "@/lib/http/antwoorden";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import type { IsoDatum } from "@/rules/types";
import type { BudgetplanDocument } from "./document";
import { bestandsnaam } from "./document";
import { maakBudgetplanPdf } from "./pdf";
import { budgetplanDocument } from "./uit-antwoorden";

/**
 * `document`: how the answers become the PDF's contents; the gewaarborgde hulp's share link
 * passes one that leaves their name out (lib/delen/verbergen.ts). `taal`: the page's language
 * (the route reads it); English adds a page that explains the Dutch form.
 */
export async function budgetplanPdfAntwoord(
  antwoorden: Antwoorden,
  taal: Taal = "nl",
  nu = new Date(),
  document: (a: Antwoorden, vandaag: IsoDatum) => BudgetplanDocument = budgetplanDocument,
): Promise<Response> {
  const doc = document(antwoorden, vandaagInAmsterdam(nu));
  return pdfDownload(await maakBudgetplanPdf(doc, taal), bestandsnaam(doc));
}
