/**
 * Runs before every request (Next 16 Proxy, Node.js runtime). Four jobs:
 * - a Content-Security-Policy with a fresh nonce per response, which Next puts on its own scripts;
 * - refusing (403, nothing done) every state-changing request that does not come from this site;
 * - handing Next only forwarding headers it may believe: X-Forwarded-For/-Host/-Proto as
 *   lib/http/herkomst.ts decided them (from the connection, or from a trusted proxy), never a
 *   copy the client sent;
 * - answering the odd requests Next itself would answer with a 500 before our code runs: a path
 *   it cannot decode (400), a form post it cannot read (400) or too big for an action (413).
 * Static headers for every response are in next.config.ts. Decisions:
 * docs/decisions/020-beveiliging.md, docs/decisions/023-grenzen.md, docs/decisions/024-foutpaden.md.
 */
import { NextResponse, type NextRequest } from "next/server";
import { HSTS, inhoudsbeleid, toetsOorsprong, verandertIets } from "@/lib/http/beveiliging";
import { foutAntwoord, isLeesbaarPad, toetsLichaam } from "@/lib/http/foutpaden";
import { verzoekHerkomst } from "@/lib/http/herkomst";
import { TAAL_COOKIE, taalVanVerzoek } from "@/lib/http/taal";

export async function proxy(request: NextRequest): Promise<Response> {
  const herkomst = verzoekHerkomst(request.headers);
  const { https } = herkomst;
  // The error pages below in the language the page would have had (docs/decisions/032-talen.md).
  const taal = taalVanVerzoek(request.cookies.get(TAAL_COOKIE)?.value, request.headers.get("accept-language"));

  if (!isLeesbaarPad(request.nextUrl.pathname)) return foutAntwoord(400, "ongeldigAdres", taal);

  if (verandertIets(request.method, request.nextUrl.pathname)) {
    const oorsprong = toetsOorsprong(request.headers.get("origin"), request.headers.get("sec-fetch-site"), herkomst.oorsprong);
    if (oorsprong.status === "vreemd") {
      return new NextResponse("Dit verzoek komt niet van deze website en is geweigerd.\n", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    const lichaam = await toetsLichaam(request);
    if (lichaam.soort === "te-groot") return foutAntwoord(413, "teGroot", taal);
    if (lichaam.soort === "onleesbaar") return foutAntwoord(400, "onleesbaar", taal);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = inhoudsbeleid(nonce, { https, ontwikkeling: process.env.NODE_ENV === "development" });
  const verzoekKoppen = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on every script it renders.
  verzoekKoppen.set("Content-Security-Policy", csp);
  verzoekKoppen.set("x-nonce", nonce);
  // What the code after this reads about where the request came from: the decided values only.
  // Next's own server-action check compares Origin with X-Forwarded-Host, so it sees our host too.
  if (herkomst.adres === "onbekend") verzoekKoppen.delete("x-forwarded-for");
  else verzoekKoppen.set("x-forwarded-for", herkomst.adres);
  if (herkomst.oorsprong === null) {
    verzoekKoppen.delete("x-forwarded-host");
    verzoekKoppen.delete("x-forwarded-proto");
  } else {
    const eigen = new URL(herkomst.oorsprong);
    verzoekKoppen.set("x-forwarded-host", eigen.host);
    verzoekKoppen.set("x-forwarded-proto", eigen.protocol.slice(0, -1));
  }
  // A same-origin form post under no-referrer says `Origin: null` (checked above with
  // Sec-Fetch-Site); Next's server-action check gets the origin the browser withheld.
  if (request.headers.get("origin") === "null" && verandertIets(request.method, request.nextUrl.pathname) && herkomst.oorsprong !== null) {
    verzoekKoppen.set("origin", herkomst.oorsprong);
  }

  const antwoord = NextResponse.next({ request: { headers: verzoekKoppen } });
  antwoord.headers.set("Content-Security-Policy", csp);
  if (https) antwoord.headers.set("Strict-Transport-Security", HSTS);
  return antwoord;
}

export const config = {
  matcher: [
    // Not for build output and images: they carry no HTML to protect, and change nothing.
    { source: "/((?!_next/static|_next/image).*)" },
  ],
};
