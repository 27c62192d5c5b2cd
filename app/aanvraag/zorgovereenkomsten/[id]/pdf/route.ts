/**
 * `GET /aanvraag/zorgovereenkomsten/<id>/pdf`: the checklist for one zorgverlener of this
 * browser's draft as a PDF download, dated today in Europe/Amsterdam. `?etmalen=` adds the
 * logeeropvang check (ZO-05) when it is a valid number; otherwise it is left out. Without a
 * draft: the start page; a draft that cannot be opened: the page that explains why; stap 5 not
 * open yet: the overview; an id the budgetplan does not have: the checklist page, which says so.
 */
import { vandaagInAmsterdam } from "@/lib/datum";
import { naar, pdfDownload } from "@/lib/http/antwoorden";
import { kanStapBeginnen } from "@/lib/wizard/journey";
import { hervatMisluktPad, OVERZICHT } from "@/lib/wizard/paden";
import { leesTaal } from "@/lib/taal";
import { publiekVan } from "@/lib/wizard/publiek";
import { leesSessie } from "@/lib/wizard/sessie";
import { zorgovereenkomstChecklist } from "@/lib/zorgovereenkomst/checklist";
import { leesEtmalen } from "@/lib/zorgovereenkomst/logeeropvang";
import { checklistPad } from "@/lib/zorgovereenkomst/paden";
import { checklistBestandsnaam, maakChecklistPdf } from "@/lib/zorgovereenkomst/pdf";

// Reads the session cookie and the clock: never cached, never prerendered.
export const dynamic = "force-dynamic";


export async function GET(verzoek: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const sessie = await leesSessie();
  if (sessie.status === "geen") return naar("/");
  if (sessie.status !== "ok") return naar(hervatMisluktPad(sessie.status));
  if (!kanStapBeginnen("zorgovereenkomsten", sessie.antwoorden)) return naar(OVERZICHT);

  const { id } = await params;
  const etmalen = leesEtmalen(new URL(verzoek.url).searchParams.get("etmalen") ?? undefined);
  // Worded for the page's reader: "u", or the named person for someone who fills in (docs/decisions/028);
  // in English on the English site, for every reader (docs/decisions/032-talen.md).
  const publiek = publiekVan(sessie.antwoorden);
  const taal = await leesTaal();
  const etmalenGetal = etmalen.soort === "ok" ? etmalen.etmalen : undefined;
  const checklist = zorgovereenkomstChecklist(sessie.antwoorden, id, vandaagInAmsterdam(), etmalenGetal, taal, publiek);
  if (checklist === null) return naar(checklistPad(id));
  return pdfDownload(await maakChecklistPdf(checklist, publiek, taal), checklistBestandsnaam(checklist));
}
