/**
 * The second person's way in: a share link's token in an httpOnly cookie that is only sent to
 * `/gedeeld` pages, so it never reaches the applicant's own pages and their actions. The link
 * key unwraps the draft key (lib/drafts/deellinks.ts); the role comes out of the same
 * authenticated blob, so it cannot be changed without the key.
 */
import "server-only";
import { cookies } from "next/headers";
import type { DeelRol } from "@/lib/drafts/deellinks";
import { formatToken, parseToken, type DraftToegang } from "@/lib/drafts/drafts";
import { deellinken } from "@/lib/drafts/server";
import { leesSessie, openToegang, viaHttps, type Sessie } from "@/lib/wizard/sessie";

export const DEEL_COOKIE = "pgb-gedeeld";
/** The only pages that read the cookie; also the path it is sent to. */
export const GEDEELD = "/gedeeld";

export type DeelSessie =
  | (Omit<Extract<Sessie, { status: "ok" }>, "verlooptOp"> & {
      rol: DeelRol;
      /** When the link stops working: the draft's expiry or earlier. */
      verlooptOp: Date;
      /** This browser also holds the applicant's own cookie for this draft: it made the link. */
      eigenLink: boolean;
    })
  | { status: "geen" | "niet-gevonden" | "verlopen" | "sleutel-onjuist" };

export async function openDeellink(link: DraftToegang, nu = new Date()): Promise<DeelSessie> {
  const geopend = await deellinken().open(link, nu);
  if (geopend.status !== "ok") return { status: geopend.status };
  const sessie = await openToegang(geopend.draft, nu);
  if (sessie.status !== "ok") return { status: sessie.status === "geen" ? "niet-gevonden" : sessie.status };
  const eigen = await leesSessie();
  return {
    ...sessie,
    rol: geopend.rol,
    verlooptOp: geopend.verlooptOp,
    eigenLink: eigen.status === "ok" && eigen.toegang.id === geopend.draft.id,
  };
}

export async function leesDeelSessie(): Promise<DeelSessie> {
  const waarde = (await cookies()).get(DEEL_COOKIE)?.value;
  if (waarde === undefined) return { status: "geen" };
  const link = parseToken(waarde);
  if (link === null) return { status: "sleutel-onjuist" };
  return openDeellink(link);
}

export async function zetDeelCookie(link: DraftToegang, verlooptOp: Date): Promise<void> {
  (await cookies()).set(DEEL_COOKIE, formatToken(link), {
    httpOnly: true,
    sameSite: "lax",
    secure: await viaHttps(),
    path: GEDEELD,
    expires: verlooptOp,
  });
}

export const gedeeldMisluktPad = (reden: string) => `${GEDEELD}/mislukt?reden=${encodeURIComponent(reden)}`;
/** The share link's page is GEDEELD itself; its button posts here; too many failures end here. */
export const GEDEELD_OPENEN = `${GEDEELD}/openen`;
export const GEDEELD_TE_VAAK = `${GEDEELD}/te-vaak`;

type DeelMislukt = "niet-gevonden" | "verlopen" | "sleutel-onjuist";

/**
 * What the share link's page (GET) shows, in two steps like a resume link
 * (docs/decisions/022-links-openen.md): the link's role and end date, and whether this browser
 * already has a shared application open, this one or another. Reads only; sets no cookie.
 */
export type DeelBlik =
  | { status: "ok"; rol: DeelRol; verlooptOp: Date; huidig: "geen" | "zelfde" | "andere" }
  | { status: DeelMislukt };

const deelMislukt = (status: Exclude<DeelSessie["status"], "ok">): DeelMislukt => (status === "geen" ? "niet-gevonden" : status);

export async function bekijkDeellink(sleutel: string | null, nu = new Date()): Promise<DeelBlik> {
  const link = parseToken(sleutel);
  if (link === null) return { status: "sleutel-onjuist" };
  const sessie = await openDeellink(link, nu);
  if (sessie.status !== "ok") return { status: deelMislukt(sessie.status) };
  // The link now open in this browser, if it still opens: a dead one is nothing to warn about.
  const open = parseToken((await cookies()).get(DEEL_COOKIE)?.value);
  const huidig = open === null ? "geen" : open.id === link.id ? "zelfde" : (await deellinken().open(open, nu)).status === "ok" ? "andere" : "geen";
  return { status: "ok", rol: sessie.rol, verlooptOp: sessie.verlooptOp, huidig };
}

/** The page's POST: the only place a share link sets the /gedeeld cookie (replacing another). */
export async function openDeellinkInBrowser(sleutel: string | null, nu = new Date()): Promise<"ok" | DeelMislukt> {
  const link = parseToken(sleutel);
  if (link === null) return "sleutel-onjuist";
  const sessie = await openDeellink(link, nu);
  if (sessie.status !== "ok") return deelMislukt(sessie.status);
  await zetDeelCookie(link, sessie.verlooptOp);
  return "ok";
}
