/**
 * `GET /hervat?sleutel=<id>.<key>`: the resume link. Opens the draft with the key from the link,
 * hands the browser the same key in its cookie, and continues at the overview. A wrong or expired
 * link goes to a page that explains what happened.
 */
import { NextResponse, type NextRequest } from "next/server";
import { parseToken } from "@/lib/drafts/drafts";
import { linkPoging } from "@/lib/http/link-pogingen";
import { hervatMisluktPad, OVERZICHT } from "@/lib/wizard/paden";
import { openToegang, zetSessieCookie } from "@/lib/wizard/sessie";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  // The link is checked first; only a failure counts, and only a failure gets 429 (lib/http/link-pogingen.ts).
  const poging = linkPoging(request);
  const toegang = parseToken(request.nextUrl.searchParams.get("sleutel"));
  // A relative Location: behind a proxy, or reached as 127.0.0.1, the server's own idea of its
  // host can differ from the one the browser used (and holds the cookie for).
  const naar = (pad: string) => new NextResponse(null, { status: 303, headers: { Location: pad } });
  if (toegang === null) {
    return poging.mislukt() ?? naar(hervatMisluktPad("sleutel-onjuist"));
  }
  const sessie = await openToegang(toegang);
  if (sessie.status !== "ok") {
    return poging.mislukt() ?? naar(hervatMisluktPad(sessie.status));
  }
  await zetSessieCookie(toegang, sessie.verlooptOp);
  return naar(OVERZICHT);
}
