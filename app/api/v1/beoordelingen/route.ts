import { verwerkBeoordeling } from "@/lib/beoordeling/verwerk";
import { interneFout } from "@/lib/http/problem";

/** `POST /api/v1/beoordelingen`; the property tests hold the catch unreachable. */
export async function POST(request: Request): Promise<Response> {
  try {
    return await verwerkBeoordeling(request);
  } catch (fout) {
    return interneFout("beoordelingen", fout);
  }
}
