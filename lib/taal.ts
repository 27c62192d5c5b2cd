/**
 * The language of the page a request gets (docs/decisions/032-talen.md): the one the person chose
 * with the language switch (the `taal` cookie, set only by `POST /taal`), otherwise the best
 * match of the browser's Accept-Language, otherwise Dutch.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { Taal } from "@/content/taal";
import { TAAL_COOKIE, taalVanVerzoek } from "@/lib/http/taal";

export { TAAL_COOKIE };

export const leesTaal = cache(async function leesTaal(): Promise<Taal> {
  return taalVanVerzoek((await cookies()).get(TAAL_COOKIE)?.value, (await headers()).get("accept-language"));
});
