/**
 * `GET /api/v1/zorgkantoren/suggesties?zoek=…`: places whose name starts with what was typed (or
 * the place of a 4-digit postcode), for the search field's suggestions on /zorgkantoor (ZK-01).
 * Small answers on purpose: the browser gets names and a region, never the postcode table.
 */
import { interneFout } from "@/lib/http/problem";
import { verwerkSuggesties } from "@/lib/zorgkantoor/api";

export function GET(request: Request): Response {
  try {
    return verwerkSuggesties(request);
  } catch (fout) {
    return interneFout("zorgkantoren/suggesties", fout);
  }
}
