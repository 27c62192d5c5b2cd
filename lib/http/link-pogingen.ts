/**
 * The one rate limit of this process for opening resume and share links (`/hervat`, `/gedeeld`),
 * and its 429 answer: a small self-contained Dutch page, readable without JavaScript.
 *
 * The link is checked FIRST; only a failure counts, and only a failure is refused: an address
 * that used up its failures gets 429 for its next failing try, while a valid link from the same
 * address (someone else behind the same NAT, or the person after a typo) still opens
 * (docs/decisions/023-grenzen.md). The address is the connection's, or a trusted proxy's word
 * for it (herkomst.ts), never what the client writes in X-Forwarded-For.
 */
import "server-only";
import { beveiligingTeksten } from "@/content/beveiliging";
import { env } from "@/lib/env";
import { telSleutel, verzoekHerkomst } from "./herkomst";
import { Pogingen, STANDAARD_POGINGEN } from "./pogingen";

const t = beveiligingTeksten.teVaak;

// On globalThis: Next's dev server re-evaluates modules, which would reset the count.
const houder = globalThis as typeof globalThis & { __pgbLinkPogingen?: Pogingen };
const pogingen = (): Pogingen => (houder.__pgbLinkPogingen ??= new Pogingen({ ...STANDAARD_POGINGEN, max: env().LINK_POGINGEN_MAX }));

export interface LinkPoging {
  /**
   * Call once when the link did not open, and send what it returns instead of the usual answer
   * when it is not null: counts the failure, and is a 429 (with Retry-After) when this address had
   * already used up its failures. Never call it for a link that opened.
   */
  mislukt: () => Response | null;
}

/**
 * For a route handler that opens a link: `const poging = linkPoging(request)`, open the link, and
 * on failure `return poging.mislukt() ?? naarDeMisluktPagina`. Asks nothing before the link is
 * checked. Anything with the request's headers will do (`{ headers: await headers() }` in a
 * server action). `teller` is for tests.
 */
export function linkPoging(request: Pick<Request, "headers">, nu = new Date(), teller: Pogingen = pogingen()): LinkPoging {
  const adres = telSleutel(verzoekHerkomst(request.headers).adres);
  return {
    mislukt: () => {
      const alGeblokkeerd = teller.isGeblokkeerd(adres, nu);
      teller.tel(adres, nu);
      return alGeblokkeerd ? teVaak(teller.wachtSeconden(adres, nu)) : null;
    },
  };
}

/**
 * The 429 page for an address that used up its failures, or null: counts nothing. For the route a
 * page sends such an address to, since a page cannot answer 429 itself (docs/decisions/022-links-openen.md).
 */
export function teVaakAntwoord(request: Pick<Request, "headers">, nu = new Date(), teller: Pogingen = pogingen()): Response | null {
  const adres = telSleutel(verzoekHerkomst(request.headers).adres);
  return teller.isGeblokkeerd(adres, nu) ? teVaak(teller.wachtSeconden(adres, nu)) : null;
}

function teVaak(seconden: number): Response {
  const minuten = Math.ceil(seconden / 60);
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.titel}</title>
<style>body{font-family:system-ui,sans-serif;font-size:1.1875rem;line-height:1.5;margin:0;color:#0b0c0c}main{max-width:40rem;padding:1.5rem 1rem}h1{font-size:2rem;line-height:1.2}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}</style>
</head><body><main><h1>${t.titel}</h1><p>${t.tekst}</p><p>${t.wachten(minuten)}</p><p>${t.controleer}</p><p><a href="/">${t.home}</a></p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(seconden), "Cache-Control": "no-store" },
  });
}
