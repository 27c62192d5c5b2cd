/**
 * Absolute addresses of this site for people to copy (resume and share links) and for documents:
 * on PUBLIEKE_URL when it is set, else on the origin of the request as lib/http/herkomst.ts
 * decides it, which follows X-Forwarded-Host/-Proto only from a trusted proxy. A client can
 * therefore never have a link to someone's draft made on its own host
 * (docs/decisions/023-grenzen.md).
 */
import "server-only";
import { headers } from "next/headers";
import { verzoekHerkomst } from "./herkomst";

/** `pad` (starting with `/`) on this site's origin; the bare path when the request names no usable host. */
export async function publiekAdres(pad: string): Promise<string> {
  const { oorsprong } = verzoekHerkomst(await headers());
  return `${oorsprong ?? ""}${pad}`;
}
