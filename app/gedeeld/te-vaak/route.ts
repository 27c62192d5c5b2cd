/**
 * `GET /gedeeld/te-vaak`: where the share link's page sends an address that failed too often, as
 * /hervat/te-vaak does: the rate limit's own 429 page, or the start page once it may try again.
 * docs/decisions/022-links-openen.md
 */
import type { NextRequest } from "next/server";
import { naar } from "@/lib/http/antwoorden";
import { teVaakAntwoord } from "@/lib/http/link-pogingen";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest): Response {
  return teVaakAntwoord(request) ?? naar("/");
}
