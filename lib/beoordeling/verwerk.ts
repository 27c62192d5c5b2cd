/**
 * `POST /api/v1/beoordelingen` as a plain function of a Request, so unit and property tests can
 * call it without a server. The route file only wires it up.
 */
import * as z from "zod";
import { apiTeksten } from "@/content/api";
import { metTeksten } from "@/content/redenen";
import { beoordeel } from "@/rules/beoordeel";
import { leesJsonBody } from "@/lib/http/json-body";
import { ongeldigeVelden, PROBLEEM_TYPE_BASIS, probleemAntwoord } from "@/lib/http/problem";
import { vandaagInAmsterdam } from "@/lib/datum";
import { verzoekSchema } from "./verzoek";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

const NL = z.locales.nl();

export async function verwerkBeoordeling(request: Request, vandaag: () => string = vandaagInAmsterdam): Promise<Response> {
  const body = await leesJsonBody(request);
  if (!body.ok) return probleemAntwoord(body.probleem);

  if (typeof body.waarde !== "object" || body.waarde === null || Array.isArray(body.waarde)) {
    return probleemAntwoord({
      type: `${PROBLEEM_TYPE_BASIS}ongeldige-invoer`,
      title: apiTeksten.geenObject.title,
      status: 400,
      detail: apiTeksten.geenObject.detail,
    });
  }

  const resultaat = verzoekSchema.safeParse(body.waarde, { error: NL.localeError });
  if (!resultaat.success) {
    return probleemAntwoord({
      type: `${PROBLEEM_TYPE_BASIS}ongeldige-invoer`,
      title: apiTeksten.ongeldigeInvoer.title,
      status: 400,
      detail: apiTeksten.ongeldigeInvoer.detail,
      invalidParams: ongeldigeVelden(resultaat.error.issues),
    });
  }

  const { peildatum, ...situatie } = resultaat.data;
  const antwoord = beoordeel(situatie, peildatum ?? vandaag(), jaarparameters().tabel);
  // Reasons are data in rules/ (docs/decisions/028); the API gives them with their Dutch words.
  return new Response(JSON.stringify(metTeksten(antwoord)), {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}
