/**
 * The zorgkantoor as a block of explanation (zorgkantoorUitleg) on a page in `taal`. Its
 * paragraphs come from stap 3's question (lib/wizard/vragen/zorgkantoor.ts), which has no English
 * yet: on an English page the block keeps its Dutch heading (`kop`, the Dutch words) and is marked
 * `taal: "nl"`, so the page says `lang="nl"` (docs/decisions/032-talen.md), rather than an
 * English heading above Dutch text.
 */
import type { Taal } from "@/content/taal";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import type { Uitleg } from "@/lib/wizard/types";
import { zorgkantoorUitleg } from "@/lib/wizard/vragen/zorgkantoor";

export function zorgkantoorUitlegIn(a: Antwoorden, kop: string, taal: Taal): Uitleg[] {
  const blokken = zorgkantoorUitleg(a, kop);
  return taal === "nl" ? blokken : blokken.map((blok) => ({ ...blok, taal: "nl" }));
}
