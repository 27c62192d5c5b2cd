import { interneFout } from "@/lib/http/problem";
import { verwerkZorgkantoren } from "@/lib/zorgkantoor/api";

/** `GET /api/v1/zorgkantoren` and `GET /api/v1/zorgkantoren?zoek=…` (ZK-01, ZK-02). */
export function GET(request: Request): Response {
  try {
    return verwerkZorgkantoren(request);
  } catch (fout) {
    return interneFout("zorgkantoren", fout);
  }
}
