/** RFC 9457 problem details, the only error shape the API answers with. */
import type * as z from "zod";
import { apiTeksten } from "@/content/api";

export interface OngeldigVeld {
  name: string;
  reason: string;
}

export interface Probleem {
  type: string;
  title: string;
  status: number;
  detail: string;
  invalidParams?: OngeldigVeld[];
}

export const PROBLEEM_TYPE_BASIS = "/api/v1/problemen/";

export function probleemAntwoord(probleem: Probleem, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(probleem), {
    status: probleem.status,
    headers: { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/**
 * The answer to an error no test reaches: a problem for the client, the stack for the operator.
 * Never the request itself: a body or query can hold personal data (a BSN, where someone lives).
 */
export function interneFout(waar: string, fout: unknown): Response {
  console.error(`${waar}: onverwachte fout`, fout instanceof Error ? fout.stack : String(fout));
  return probleemAntwoord({
    type: `${PROBLEEM_TYPE_BASIS}interne-fout`,
    title: apiTeksten.interneFout.title,
    status: 500,
    detail: apiTeksten.interneFout.detail,
  });
}

/** zod issues → `invalidParams`, with dotted paths (`zorgverleners.0.uurtarief`) as docs/api.md shows. */
export function ongeldigeVelden(issues: readonly z.core.$ZodIssue[]): OngeldigVeld[] {
  const velden: OngeldigVeld[] = [];
  for (const issue of issues) {
    const pad = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      for (const sleutel of issue.keys) {
        velden.push({ name: [...pad, sleutel].join("."), reason: apiTeksten.veld.onbekendVeld(sleutel) });
      }
    } else {
      velden.push({ name: pad.join("."), reason: issue.message });
    }
  }
  return velden;
}
