/**
 * The page asks the rules exactly as the API route does: the request goes through
 * `verwerkBeoordeling` (parse with the API's schema, then `beoordeel`), so the page shows the
 * API's own answer, byte for byte, and cannot drift from it.
 */
import type { Antwoord } from "@/lib/beoordeling/antwoord";
import { verwerkBeoordeling } from "@/lib/beoordeling/verwerk";
import type { OngeldigVeld, Probleem } from "@/lib/http/problem";
import { vandaagInAmsterdam } from "@/lib/datum";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { foutenUitApi, type Formulier, VELD, verzoekUitFormulier, type VeldFout } from "./formulier";

export const API_PAD = "/api/v1/beoordelingen";

export type Uitslag =
  | { soort: "antwoord"; verzoek: unknown; antwoord: Antwoord; json: string }
  | { soort: "fouten"; fouten: VeldFout[]; json: string | null };

/** POSTs a request to the API's own handler, without a network. */
export async function vraagApi(verzoek: unknown, vandaag: () => string = vandaagInAmsterdam): Promise<{ status: number; body: unknown }> {
  const request = new Request(`http://localhost${API_PAD}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(verzoek),
  });
  const antwoord = await verwerkBeoordeling(request, vandaag);
  return { status: antwoord.status, body: await antwoord.json() };
}

/**
 * The form's situation → the API's answer, or the errors to show at the fields: those of the form
 * itself and the API's `invalidParams` for the rest. The request still goes to the API when the
 * form has errors, so every field with a problem is named at once. The form's own errors and the
 * labels are in `taal`; the request, and so the API's answer, is the same in every language.
 */
export async function beoordeelFormulier(formulier: Formulier, vandaag: () => string = vandaagInAmsterdam, taal: Taal = STANDAARDTAAL): Promise<Uitslag> {
  const { verzoek, fouten, rijen } = verzoekUitFormulier(formulier, taal);
  const { status, body } = await vraagApi(verzoek, vandaag);
  const json = JSON.stringify(body, null, 2);
  if (status === 200 && fouten.length === 0) return { soort: "antwoord", verzoek, antwoord: body as Antwoord, json };
  const invalidParams: OngeldigVeld[] = status === 200 ? [] : ((body as Probleem).invalidParams ?? []);
  const alle = foutenUitApi(invalidParams, rijen, fouten, taal);
  // A problem without invalidParams does not happen for an object; should it, it is still shown.
  if (alle.length === 0) alle.push({ naam: VELD.zorgprofiel, tekst: (body as Probleem).title });
  return { soort: "fouten", fouten: alle, json: fouten.length === 0 ? json : null };
}
