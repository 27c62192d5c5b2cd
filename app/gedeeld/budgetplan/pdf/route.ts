/**
 * `GET /gedeeld/budgetplan/pdf`: the budgetplan of a shared application, for both roles (reading
 * it changes nothing), with the signatures it has now.
 */
import { budgetplanPdfAntwoord } from "@/lib/budgetplan/pdf-antwoord";
import { naar } from "@/lib/http/antwoorden";
import { gedeeldMisluktPad, leesDeelSessie } from "@/lib/delen/sessie";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const sessie = await leesDeelSessie();
  if (sessie.status !== "ok") return naar(gedeeldMisluktPad(sessie.status));
  return budgetplanPdfAntwoord(sessie.antwoorden);
}
