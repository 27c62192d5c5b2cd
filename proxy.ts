/**
 * Runs before every request (Next 16 Proxy, Node.js runtime). Three jobs:
 * - a Content-Security-Policy with a fresh nonce per response, which Next puts on its own scripts;
 * - refusing (403, nothing done) every state-changing request that does not come from this site;
 * - answering the odd requests Next itself would answer with a 500 before our code runs: a path
 *   it cannot decode (400), a form post it cannot read (400) or too big for an action (413).
 * Static headers for every response are in next.config.ts. Decisions:
 * docs/decisions/020-beveiliging.md, docs/decisions/024-foutpaden.md.
 */
import { NextResponse, type NextRequest } from "next/server";
import { browserHost, HSTS, inhoudsbeleid, toetsOorsprong, verandertIets } from "@/lib/http/beveiliging";
import { foutAntwoord, isLeesbaarPad, toetsLichaam } from "@/lib/http/foutpaden";

export async function proxy(request: NextRequest): Promise<Response> {
  const https = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  const host = browserHost(request.headers);

  if (!isLeesbaarPad(request.nextUrl.pathname)) return foutAntwoord(400, "ongeldigAdres");

  if (verandertIets(request.method, request.nextUrl.pathname)) {
    const oorsprong = toetsOorsprong(request.headers.get("origin"), request.headers.get("sec-fetch-site"), host);
    if (oorsprong.status === "vreemd") {
      return new NextResponse("Dit verzoek komt niet van deze website en is geweigerd.\n", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    const lichaam = await toetsLichaam(request);
    if (lichaam.soort === "te-groot") return foutAntwoord(413, "teGroot");
    if (lichaam.soort === "onleesbaar") return foutAntwoord(400, "onleesbaar");
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = inhoudsbeleid(nonce, { https, ontwikkeling: process.env.NODE_ENV === "development" });
  const verzoekKoppen = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on every script it renders.
  verzoekKoppen.set("Content-Security-Policy", csp);
  verzoekKoppen.set("x-nonce", nonce);
  // A same-origin form post under no-referrer says `Origin: null` (checked above with
  // Sec-Fetch-Site); Next's own server-action check compares Origin with Host, so it gets the
  // origin the browser withheld.
  if (request.headers.get("origin") === "null" && verandertIets(request.method, request.nextUrl.pathname) && host !== null) {
    verzoekKoppen.set("origin", `${https ? "https" : "http"}://${host}`);
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
