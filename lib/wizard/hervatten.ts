/**
 * Opening a resume link in two steps (docs/decisions/022-links-openen.md). `bekijkHervatLink`
 * (the GET page) only reads: which draft the link opens, how far it is, and whether this browser
 * already holds a draft, the same or another one. `openHervatLink` (the page's POST) is the only
 * place a resume link sets the draft cookie. A GET never sets or replaces it, so a link someone
 * else made cannot silently swap the person's own draft for theirs.
 */
import "server-only";
import { parseToken } from "@/lib/drafts/drafts";
import { bereikteStap, hervatBestemming, type Bestemming } from "./journey";
import { leesSessie, openToegang, zetSessieCookie, type Sessie } from "./sessie";

export type LinkMislukt = "niet-gevonden" | "verlopen" | "sleutel-onjuist";

/** What the page says of a draft: when it was made, how far it came, until when it is kept. */
export interface DraftKenmerken {
  aangemaaktOp: Date;
  stap: number;
  verlooptOp: Date;
}

export type HuidigeDraft = { soort: "geen" } | { soort: "zelfde" } | { soort: "andere"; kenmerken: DraftKenmerken };

export type HervatBlik = { status: "ok"; link: DraftKenmerken; huidig: HuidigeDraft } | { status: LinkMislukt };

function kenmerken(sessie: Extract<Sessie, { status: "ok" }>): DraftKenmerken {
  return { aangemaaktOp: sessie.aangemaaktOp, stap: bereikteStap(sessie.antwoorden), verlooptOp: sessie.verlooptOp };
}

const mislukt = (status: Exclude<Sessie["status"], "ok">): LinkMislukt => (status === "geen" ? "niet-gevonden" : status);

/**
 * The link's draft and this browser's own (from its cookie). A cookie that no longer opens
 * anything (expired, removed, damaged) counts as no draft: there is nothing to warn about.
 */
export async function bekijkHervatLink(sleutel: string | null, nu = new Date()): Promise<HervatBlik> {
  const toegang = parseToken(sleutel);
  if (toegang === null) return { status: "sleutel-onjuist" };
  const link = await openToegang(toegang, nu);
  if (link.status !== "ok") return { status: mislukt(link.status) };
  const eigen = await leesSessie();
  const huidig: HuidigeDraft =
    eigen.status !== "ok" ? { soort: "geen" } : eigen.toegang.id === toegang.id ? { soort: "zelfde" } : { soort: "andere", kenmerken: kenmerken(eigen) };
  return { status: "ok", link: kenmerken(link), huidig };
}

/**
 * The POST: opens the link's draft and hands this browser its key in the cookie (replacing any
 * other). `verder`: where the person goes on, the first unanswered page of a step begun.
 */
export async function openHervatLink(sleutel: string | null, nu = new Date()): Promise<{ status: "ok"; verder: Bestemming } | { status: LinkMislukt }> {
  const toegang = parseToken(sleutel);
  if (toegang === null) return { status: "sleutel-onjuist" };
  const sessie = await openToegang(toegang, nu);
  if (sessie.status !== "ok") return { status: mislukt(sessie.status) };
  await zetSessieCookie(toegang, sessie.verlooptOp);
  return { status: "ok", verder: hervatBestemming(sessie.antwoorden) };
}
