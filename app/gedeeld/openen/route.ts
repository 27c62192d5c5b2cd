/**
 * `POST /gedeeld/openen`, the button of the share link's page (app/gedeeld/page.tsx): the only
 * request that opens a share link. It keeps the link's token in the cookie that only `/gedeeld`
 * pages receive (replacing another link's) and shows the shared application, so the key is not in
 * the address after it. Only from this site: proxy.ts refuses a post from another origin with 403.
 * A revoked, expired or mangled link goes to the page that says which, and counts for the rate limit.
 * docs/decisions/022-links-openen.md
 */
import type { NextRequest } from "next/server";
import { naar } from "@/lib/http/antwoorden";
import { linkPoging } from "@/lib/http/link-pogingen";
import { sleutelUitFormulier } from "@/lib/http/link-formulier";
import { gedeeldMisluktPad, GEDEELD, openDeellinkInBrowser } from "@/lib/delen/sessie";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  const poging = linkPoging(request);
  const uitkomst = await openDeellinkInBrowser(await sleutelUitFormulier(request));
  if (uitkomst !== "ok") {
    return poging.mislukt() ?? naar(gedeeldMisluktPad(uitkomst));
  }
  return naar(`${GEDEELD}/aanvraag`);
}
