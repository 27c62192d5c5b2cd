import { apiTeksten } from "@/content/api";
import { verwerkBeoordeling } from "@/lib/beoordeling/verwerk";
import { PROBLEEM_TYPE_BASIS, probleemAntwoord } from "@/lib/http/problem";

export async function POST(request: Request): Promise<Response> {
  try {
    return await verwerkBeoordeling(request);
  } catch (fout) {
    // The property tests hold this branch unreachable; if it is reached after all, the client gets
    // a problem answer and the operator gets the stack (never the body: it can hold personal data).
    console.error("beoordelingen: onverwachte fout", fout instanceof Error ? fout.stack : String(fout));
    return probleemAntwoord({
      type: `${PROBLEEM_TYPE_BASIS}interne-fout`,
      title: apiTeksten.interneFout.title,
      status: 500,
      detail: apiTeksten.interneFout.detail,
    });
  }
}
