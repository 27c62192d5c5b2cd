/**
 * `GET /hervat/te-vaak`: where the resume link's page sends an address that failed too often. A
 * page cannot answer 429 itself; this route gives the rate limit's own 429 page, or, once the
 * address may try again, the start page. It counts nothing and sets nothing.
 * docs/decisions/022-links-openen.md
 */
import type { NextRequest } from "next/server";
import { naar } from "@/lib/http/antwoorden";
import { teVaakAntwoord } from "@/lib/http/link-pogingen";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest): Response {
  return teVaakAntwoord(request) ?? naar("/");
}
