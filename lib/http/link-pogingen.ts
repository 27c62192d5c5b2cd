/**
 * The one rate limit of this process for opening resume and share links (`/hervat`, `/gedeeld`),
 * and its 429 answer: a small self-contained Dutch page, readable without JavaScript.
 */
import "server-only";
import { beveiligingTeksten } from "@/content/beveiliging";
import { klantAdres, Pogingen, STANDAARD_POGINGEN } from "./pogingen";

const t = beveiligingTeksten.teVaak;

// On globalThis: Next's dev server re-evaluates modules, which would reset the count.
const houder = globalThis as typeof globalThis & { __pgbLinkPogingen?: Pogingen };
const pogingen = (): Pogingen => (houder.__pgbLinkPogingen ??= new Pogingen({ ...STANDAARD_POGINGEN, max: maxUitOmgeving() }));

/**
 * `LINK_POGINGEN_MAX`: failures per address per 15 minutes (default 10). The browser tests all
 * come from 127.0.0.1 and open wrong links on purpose, so they raise it; a bad value falls back.
 */
function maxUitOmgeving(): number {
  const waarde = Number(process.env.LINK_POGINGEN_MAX);
  return Number.isInteger(waarde) && waarde >= 1 && waarde <= 10_000 ? waarde : STANDAARD_POGINGEN.max;
}

export interface LinkPoging {
  /** A 429 to send instead of trying, or null: go on. */
  geweigerd: Response | null;
  /** Call when the link did not open. */
  mislukt: () => void;
}

export function linkPoging(request: Request, nu = new Date()): LinkPoging {
  const adres = klantAdres(request.headers);
  const geweigerd = pogingen().isGeblokkeerd(adres, nu) ? teVaak(pogingen().wachtSeconden(adres, nu)) : null;
  return { geweigerd, mislukt: () => pogingen().telMislukt(adres, nu) };
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
