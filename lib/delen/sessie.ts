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
