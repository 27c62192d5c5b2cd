import { apiTeksten } from "@/content/api";
import { PROBLEEM_TYPE_BASIS, probleemAntwoord } from "@/lib/http/problem";
import { verwerkZorgkantoren } from "@/lib/zorgkantoor/api";

/** `GET /api/v1/zorgkantoren` and `GET /api/v1/zorgkantoren?zoek=…` (ZK-01, ZK-02). */
export function GET(request: Request): Response {
  try {
    return verwerkZorgkantoren(request);
  } catch (fout) {
    // The tests hold this branch unreachable; if it is reached after all, the client gets a
    // problem answer and the operator the stack (never the query: it can say where someone lives).
    console.error("zorgkantoren: onverwachte fout", fout instanceof Error ? fout.stack : String(fout));
    return probleemAntwoord({
      type: `${PROBLEEM_TYPE_BASIS}interne-fout`,
      title: apiTeksten.interneFout.title,
      status: 500,
      detail: apiTeksten.interneFout.detail,
    });
  }
}
