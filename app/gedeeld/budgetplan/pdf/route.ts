/**
 * `GET /gedeeld/budgetplan/pdf`: the budgetplan of a shared application, for both roles (reading
 * it changes nothing), with the signatures it has now. Through the gewaarborgde hulp's link
 * without their name: whoever holds that link must type it to sign (docs/decisions/022-links-openen.md).
 */
import { budgetplanPdfAntwoord } from "@/lib/budgetplan/pdf-antwoord";
import { naar } from "@/lib/http/antwoorden";
import { gedeeldMisluktPad, leesDeelSessie } from "@/lib/delen/sessie";
import { budgetplanZonderGhNaam } from "@/lib/delen/verbergen";
import { leesTaal } from "@/lib/taal";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const sessie = await leesDeelSessie();
  if (sessie.status !== "ok") return naar(gedeeldMisluktPad(sessie.status));
  // The language of whoever opened the link (docs/decisions/032-talen.md): English adds a page.
  const taal = await leesTaal();
  if (sessie.rol === "gewaarborgde-hulp") return budgetplanPdfAntwoord(sessie.antwoorden, taal, new Date(), budgetplanZonderGhNaam);
  return budgetplanPdfAntwoord(sessie.antwoorden, taal);
}
