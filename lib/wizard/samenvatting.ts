/** The answers of one step as summary rows: for the check page (with "Wijzig") and the shared view (without). */
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import type { Antwoorden } from "./antwoorden";
import { aanspreking, paginasVanStap } from "./journey";
import { vraagPad } from "./paden";
import type { SamenvattingLijstRij, StapSlug } from "./types";
import { vraagVoor } from "./vragen";

/** `taal`: the page's language, for the questions that have words in it (Dutch when not given). */
export function samenvattingRijen(stap: StapSlug, a: Antwoorden, { wijzigen, taal = STANDAARDTAAL }: { wijzigen: boolean; taal?: Taal }): SamenvattingLijstRij[] {
  const ctx = { antwoorden: a, aanspreking: aanspreking(a, taal), taal };
  return paginasVanStap(stap, a).flatMap((slug) => {
    const vraag = vraagVoor(slug);
    if (vraag === null) return [];
    return vraag.samenvatting(ctx).map((rij) => (wijzigen ? { ...rij, wijzigHref: vraagPad(stap, slug) } : rij));
  });
}
