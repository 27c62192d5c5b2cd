"use server";
/**
 * The gewaarborgde hulp signs through a share link (AV-04, AV-08). Refused, changing nothing, for
 * a link to look along with (meekijken), for the person who made the link (their own cookie for
 * this draft is in the same browser), before the budgetplan is finished, and for a name that is
 * not the gewaarborgde hulp's in the application. The page never shows that name and the error
 * does not give it: whoever holds the link must know it (docs/decisions/022-links-openen.md). The
 * signature records that it came through a link. A share link can only ever write this one
 * signature: never the applicant's, never an answer.
 */
import { redirect } from "next/navigation";
import { delen as delenNl } from "@/content/delen";
import { delen as delenEn } from "@/content/en/delen";
import { inTaal } from "@/content/vertaling";
import { ghViaLink, naamKlopt, ondertekenGhSchemaIn } from "@/lib/delen/formulieren";
import { onderteken } from "@/lib/delen/handtekeningen";
import { gedeeldMisluktPad, GEDEELD, leesDeelSessie } from "@/lib/delen/sessie";
import { drafts } from "@/lib/drafts/server";
import { leesTaal } from "@/lib/taal";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { waardenUitFormData } from "@/lib/wizard/formulier";
import type { FormulierStatus } from "@/lib/wizard/formulier-status";
import { budgetplanKlaar } from "@/lib/wizard/journey";
import { naamVoorDeellink } from "@/lib/wizard/publiek";
import { alsFormulier, type Bewaren, parseBewaarEnGa, zonderVerlies } from "@/lib/wizard/actie-hulp";

const GEDEELDE_AANVRAAG = `${GEDEELD}/aanvraag`;

export async function ondertekenAlsGh(_vorige: FormulierStatus, formData: FormData): Promise<FormulierStatus> {
  formData = alsFormulier(formData);
  return zonderVerlies(formData, () => teken(formData));
}

async function teken(formData: FormData): Promise<FormulierStatus> {
  const sessie = await leesDeelSessie();
  if (sessie.status !== "ok") redirect(gedeeldMisluktPad(sessie.status));
  const waarden = waardenUitFormData(formData);
  const a = sessie.antwoorden;
  // The refusals in the language of the page that posted (docs/decisions/032-talen.md).
  const taal = await leesTaal();
  const delen = inTaal(taal, delenNl, delenEn);
  if (sessie.rol !== "gewaarborgde-hulp") return { fouten: { naam: delen.gedeeld.alleenMeekijken }, waarden };
  if (sessie.eigenLink) return { fouten: { naam: delen.gedeeld.eigenLink }, waarden };
  if (!ghViaLink(a)) return { fouten: { naam: delen.gedeeld.geenGh(naamVoorDeellink(a)) }, waarden };
  if (!budgetplanKlaar(a)) return { fouten: { naam: delen.gedeeld.nogNietKlaar(naamVoorDeellink(a)) }, waarden };

  // Saved in the draft the link opens; when that fails, the link's own pages say why.
  const bewaarViaLink: Bewaren = async (antwoorden, versie) => {
    const bewaard = await drafts<Antwoorden>().bewaar(sessie.toegang, versie, antwoorden, new Date());
    if (bewaard.status !== "ok" && bewaard.status !== "gewijzigd") redirect(gedeeldMisluktPad(bewaard.status));
    return bewaard.status;
  };
  return parseBewaarEnGa(
    formData,
    bewaarViaLink,
    ondertekenGhSchemaIn(taal),
    (geldig) =>
      naamKlopt(a, geldig.naam)
        ? { antwoorden: onderteken(a, "gewaarborgde-hulp", geldig, new Date(), { viaDeellink: true }), naar: `${GEDEELDE_AANVRAAG}?ondertekend=1` }
        : { fouten: { naam: delen.gedeeld.naamAnders } },
    waarden,
  );
}
