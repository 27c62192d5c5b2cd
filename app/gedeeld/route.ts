/**
 * `GET /gedeeld?sleutel=<link-id>.<link-key>`: a share link. Opens the link, keeps its token in a
 * cookie that only `/gedeeld` pages receive, and shows the shared application, so the key leaves
 * the address bar (and the history) at once. A revoked, expired or mangled link goes to a page
 * that says which of these it is.
 */
import { NextResponse, type NextRequest } from "next/server";
import { parseToken } from "@/lib/drafts/drafts";
import { linkPoging } from "@/lib/http/link-pogingen";
import { gedeeldMisluktPad, GEDEELD, openDeellink, zetDeelCookie } from "@/lib/delen/sessie";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  // The link is checked first; only a failure counts, and only a failure gets 429 (lib/http/link-pogingen.ts).
  const poging = linkPoging(request);
  const link = parseToken(request.nextUrl.searchParams.get("sleutel"));
  // Relative Location, as in app/hervat/route.ts.
  const naar = (pad: string) => new NextResponse(null, { status: 303, headers: { Location: pad, "Cache-Control": "no-store" } });
  if (link === null) {
    return poging.mislukt() ?? naar(gedeeldMisluktPad("sleutel-onjuist"));
  }
  const sessie = await openDeellink(link);
  if (sessie.status !== "ok") {
    return poging.mislukt() ?? naar(gedeeldMisluktPad(sessie.status));
  }
  await zetDeelCookie(link, sessie.verlooptOp);
  return naar(`${GEDEELD}/aanvraag`);
}
