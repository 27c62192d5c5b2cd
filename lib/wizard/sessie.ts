/**
 * The link between a browser and its draft: an httpOnly cookie holding `<id>.<key>`. The server
 * keeps only ciphertext; without the cookie (or the resume link) the answers cannot be read.
 */
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { drafts } from "@/lib/drafts/server";
import { env } from "@/lib/env";
import { verzoekHerkomst } from "@/lib/http/herkomst";
import { formatToken, parseToken, type DraftToegang } from "@/lib/drafts/drafts";
import { leesAntwoorden, type Antwoorden } from "./antwoorden";

export const SESSIE_COOKIE = "pgb-aanvraag";

export type Sessie =
  | { status: "ok"; toegang: DraftToegang; antwoorden: Antwoorden; versie: number; verlooptOp: Date; aangemaaktOp: Date }
  | { status: "geen" | "niet-gevonden" | "verlopen" | "sleutel-onjuist" };

const opslag = () => drafts<Antwoorden>();

export async function openToegang(toegang: DraftToegang, nu = new Date()): Promise<Sessie> {
  const resultaat = await opslag().open(toegang, nu);
  if (resultaat.status !== "ok") return { status: resultaat.status };
  return {
    status: "ok",
    toegang,
    antwoorden: leesAntwoorden(resultaat.antwoorden),
    versie: resultaat.versie,
    verlooptOp: resultaat.verlooptOp,
    aangemaaktOp: resultaat.aangemaaktOp,
  };
}

/**
 * The draft of this browser. Wrapped in React's `cache()`, so one server render decrypts the draft
 * once however many layouts, pages and helpers ask for it (docs/decisions/030-snelheid.md). The
 * cache lives for one request only; in server actions and route handlers, which run outside a
 * React render, every call reads the store afresh, so a write is never followed by a stale read.
 */
export const leesSessie = cache(async function leesSessie(): Promise<Sessie> {
  const waarde = (await cookies()).get(SESSIE_COOKIE)?.value;
  if (waarde === undefined) return { status: "geen" };
  const toegang = parseToken(waarde);
  if (toegang === null) return { status: "sleutel-onjuist" };
  return openToegang(toegang);
});

/**
 * Secure cookies need HTTPS; on plain http://localhost the browser would drop them. HTTPS as
 * PUBLIEKE_URL or a trusted proxy says (lib/http/herkomst.ts), or forced with COOKIE_SECURE.
 */
export async function viaHttps(): Promise<boolean> {
  return verzoekHerkomst(await headers()).https || env().COOKIE_SECURE;
}

export async function zetSessieCookie(toegang: DraftToegang, verlooptOp: Date): Promise<void> {
  (await cookies()).set(SESSIE_COOKIE, formatToken(toegang), {
    httpOnly: true,
    sameSite: "lax",
    secure: await viaHttps(),
    path: "/",
    expires: verlooptOp,
  });
}

export async function wisSessieCookie(): Promise<void> {
  (await cookies()).delete(SESSIE_COOKIE);
}

export async function maakSessie(antwoorden: Antwoorden): Promise<{ toegang: DraftToegang; versie: number; verlooptOp: Date }> {
  const nieuw = await opslag().maak(antwoorden, new Date());
  await zetSessieCookie(nieuw.toegang, nieuw.verlooptOp);
  return nieuw;
}

export async function bewaarSessie(toegang: DraftToegang, versie: number, antwoorden: Antwoorden) {
  return opslag().bewaar(toegang, versie, antwoorden, new Date());
}

export async function verwijderSessie(toegang: DraftToegang): Promise<void> {
  await opslag().verwijder(toegang, new Date());
  await wisSessieCookie();
}
