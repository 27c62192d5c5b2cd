/**
 * `POST /taal`, the language switch on every page (components/taal-keuze.tsx): remembers the
 * chosen language in the `taal` cookie and goes back to the page the person was on. A form post
 * and not a link, because a GET never sets a cookie; proxy.ts refuses a post from another site
 * before it gets here (docs/decisions/032-talen.md).
 */
import type { NextRequest } from "next/server";
import { cookies } from "next/headers";
import { isTaal } from "@/content/taal";
import { naar } from "@/lib/http/antwoorden";
import { foutAntwoord } from "@/lib/http/foutpaden";
import { enkelVeld, kleinFormulier } from "@/lib/http/link-formulier";
import { eigenPad, MAX_TERUG } from "@/lib/taal-keuze";
import { leesTaal, TAAL_COOKIE } from "@/lib/taal";
import { viaHttps } from "@/lib/wizard/sessie";

export const dynamic = "force-dynamic";

/** A year: the choice is a preference, not personal data, and outlives any draft. */
const EEN_JAAR_SECONDEN = 365 * 24 * 60 * 60;

export async function POST(request: NextRequest): Promise<Response> {
  // Two fields: the language and a path within MAX_TERUG characters, percent-encoded at most 3x.
  const velden = await kleinFormulier(request, 3 * MAX_TERUG + 512);
  const taal = enkelVeld(velden, "taal");
  if (taal === null || !isTaal(taal)) return foutAntwoord(400, "kapotVerzoek", await leesTaal());
  (await cookies()).set(TAAL_COOKIE, taal, {
    httpOnly: true,
    sameSite: "lax",
    secure: await viaHttps(),
    path: "/",
    maxAge: EEN_JAAR_SECONDEN,
  });
  // Back to the page the switch was on; anything that is not a path on this site goes to the start.
  return naar(eigenPad(enkelVeld(velden, "terug")) ?? "/");
}
