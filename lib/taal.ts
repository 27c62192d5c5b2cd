/**
 * The language of the page a request gets (docs/decisions/032-talen.md): the one the person chose
 * with the language switch (the `taal` cookie, set only by `POST /taal`), otherwise the best
 * match of the browser's Accept-Language, otherwise Dutch.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isTaal, type Taal } from "@/content/taal";
import { taalUitAcceptLanguage } from "@/lib/http/taal";

export const TAAL_COOKIE = "taal";

export const leesTaal = cache(async function leesTaal(): Promise<Taal> {
  const gekozen = (await cookies()).get(TAAL_COOKIE)?.value;
  if (gekozen !== undefined && isTaal(gekozen)) return gekozen;
  return taalUitAcceptLanguage((await headers()).get("accept-language"));
});
