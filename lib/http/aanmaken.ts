/**
 * The limit on making things per address: new drafts and new share links together, at most
 * AANMAKEN_MAX per 15 minutes (docs/decisions/023-grenzen.md). One anonymous client once made
 * 2,000 share links in 44 seconds. Counted before the work starts, in one synchronous step, so a
 * burst of simultaneous requests cannot all pass the check first. The address is the
 * connection's, or a trusted proxy's word for it (herkomst.ts).
 */
import "server-only";
import { headers } from "next/headers";
import { beveiligingTeksten } from "@/content/beveiliging";
import { env } from "@/lib/env";
import { telSleutel, verzoekHerkomst } from "./herkomst";
import { Pogingen, STANDAARD_POGINGEN } from "./pogingen";

// On globalThis: Next's dev server re-evaluates modules, which would reset the count.
const houder = globalThis as typeof globalThis & { __pgbAanmaken?: Pogingen };
const teller = (): Pogingen => (houder.__pgbAanmaken ??= new Pogingen({ ...STANDAARD_POGINGEN, max: env().AANMAKEN_MAX }));

/**
 * Call right before making a draft or a share link. Null: counted, go on. Otherwise the Dutch
 * message for the form's error summary (with the wait); nothing may be made then.
 */
export async function aanmakenGeweigerd(nu = new Date()): Promise<string | null> {
  const adres = telSleutel(verzoekHerkomst(await headers()).adres);
  const t = teller();
  if (t.probeer(adres, nu)) return null;
  return beveiligingTeksten.grenzen.teVaakGemaakt(Math.ceil(t.wachtSeconden(adres, nu) / 60));
}
