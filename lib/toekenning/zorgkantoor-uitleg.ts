/**
 * The zorgkantoor to report to, on stap 4's pages, in the page's language. Its paragraphs come
 * from stap 3's question (lib/wizard/vragen/zorgkantoor.ts), which has no English yet: on an
 * English page the block is those Dutch words with the Dutch heading, marked `taal: "nl"` so the
 * page says `lang="nl"` (docs/decisions/032-talen.md), rather than an English heading above
 * Dutch text.
 */
import type { Taal } from "@/content/taal";
import type { Vertaling } from "@/content/vertaling";
import { toekenningPaginas as toekenningNl } from "@/content/wizard/toekenning";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { aanspreking } from "@/lib/wizard/journey";
import type { Aanspreking, Uitleg } from "@/lib/wizard/types";
import { zorgkantoorUitleg } from "@/lib/wizard/vragen/zorgkantoor";

type Kop = (woorden: Vertaling<typeof toekenningNl>) => (a: Aanspreking) => string;

export function zorgkantoorUitlegIn(a: Antwoorden, taal: Taal, kop: Kop): Uitleg[] {
  const blokken = zorgkantoorUitleg(a, kop(toekenningNl)(aanspreking(a)));
  return taal === "nl" ? blokken : blokken.map((blok) => ({ ...blok, taal: "nl" }));
}

