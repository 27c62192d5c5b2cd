/**
 * `POST /api/v1/beoordelingen` as a plain function of a Request, so unit and property tests can
 * call it without a server. The route file only wires it up.
 *
 * Accept-Language chooses the language of each reason's `tekst`: English on request, Dutch
 * otherwise (lib/http/taal.ts). Everything else of the answer is the same in both, and every answer,
 * a problem too, says its language (Content-Language) and that it depends on the header (Vary).
 * Problem answers stay Dutch: their words are the API's own (content/api.ts), not a reason's
 * (docs/decisions/028-redenen-als-gegevens.md, addendum 2026-12-05).
 */
import * as z from "zod";
import { apiTeksten } from "@/content/api";
import { AANVRAGER, metTeksten } from "@/content/redenen";
import { beoordeel } from "@/rules/beoordeel";
import { leesJsonBody } from "@/lib/http/json-body";
import { ongeldigeVelden, PROBLEEM_TYPE_BASIS, probleemAntwoord } from "@/lib/http/problem";
import { taalUitAcceptLanguage } from "@/lib/http/taal";
import type { Taal } from "@/content/taal";
import { vandaagInAmsterdam } from "@/lib/datum";
import { verzoekSchema } from "./verzoek";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

const NL = z.locales.nl();

export async function verwerkBeoordeling(request: Request, vandaag: () => string = vandaagInAmsterdam): Promise<Response> {
  const taal = taalUitAcceptLanguage(request.headers.get("accept-language"));
  const antwoord = await beoordeling(request, vandaag, taal);
  // A problem is in Dutch whatever was asked; the answer of Response's constructor has mutable headers.
  antwoord.headers.set("Content-Language", antwoord.ok ? taal : "nl");
  antwoord.headers.set("Vary", "Accept-Language");
  return antwoord;
}

async function beoordeling(request: Request, vandaag: () => string, taal: Taal): Promise<Response> {
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
  // Reasons are data in rules/ (docs/decisions/028); the API gives them with the applicant's words.
  return new Response(JSON.stringify(metTeksten(antwoord, AANVRAGER, taal)), {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}
