/**
 * `GET /gedeeld/budgetplan/pdf`: the budgetplan of a shared application, for both roles (reading
 * it changes nothing), with the signatures it has now. Through the gewaarborgde hulp's link
 * without their name: whoever holds that link must type it to sign (docs/decisions/022-links-openen.md).
 */
import { budgetplanPdfAntwoord } from "@/lib/budgetplan/pdf-antwoord";
import { naar } from "@/lib/http/antwoorden";
import { gedeeldMisluktPad, leesDeelSessie } from "@/lib/delen/sessie";
import { budgetplanZonderGhNaam } from "@/lib/delen/verbergen";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const sessie = await leesDeelSessie();
  if (sessie.status !== "ok") return naar(gedeeldMisluktPad(sessie.status));
  if (sessie.rol === "gewaarborgde-hulp") return budgetplanPdfAntwoord(sessie.antwoorden, new Date(), budgetplanZonderGhNaam);
  return budgetplanPdfAntwoord(sessie.antwoorden);
}
