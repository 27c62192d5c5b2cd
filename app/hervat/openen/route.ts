/**
 * `POST /hervat/openen`, the button of the resume link's page (app/hervat/page.tsx): the only
 * request that opens a resume link. It hands the browser the draft's key in its cookie, replacing
 * any other, and continues where the person stopped: the first unanswered page of a step begun,
 * otherwise the overview (journey.ts `hervatBestemming`). The key is not in the address after it. Only from
 * this site: proxy.ts refuses a post from another origin with 403 before it gets here. A wrong or
 * expired link goes to the page that explains it, and counts for the rate limit.
 * docs/decisions/022-links-openen.md
 */
import type { NextRequest } from "next/server";
import { naar } from "@/lib/http/antwoorden";
import { linkPoging } from "@/lib/http/link-pogingen";
import { sleutelUitFormulier } from "@/lib/http/link-formulier";
import { openHervatLink } from "@/lib/wizard/hervatten";
import { hervatMisluktPad, padVan } from "@/lib/wizard/paden";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  const poging = linkPoging(request);
  const uitkomst = await openHervatLink(await sleutelUitFormulier(request));
  if (uitkomst.status !== "ok") {
    return poging.mislukt() ?? naar(hervatMisluktPad(uitkomst.status));
  }
  return naar(padVan(uitkomst.verder));
}
