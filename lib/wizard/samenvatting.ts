/** The answers of one step as summary rows: for the check page (with "Wijzig") and the shared view (without). */
import type { Antwoorden } from "./antwoorden";
import { aanspreking, paginasVanStap } from "./journey";
import { vraagPad } from "./paden";
import type { SamenvattingLijstRij, StapSlug } from "./types";
import { vraagVoor } from "./vragen";

export function samenvattingRijen(stap: StapSlug, a: Antwoorden, { wijzigen }: { wijzigen: boolean }): SamenvattingLijstRij[] {
  const ctx = { antwoorden: a, aanspreking: aanspreking(a) };
  return paginasVanStap(stap, a).flatMap((slug) => {
    const vraag = vraagVoor(slug);
    if (vraag === null) return [];
    return vraag.samenvatting(ctx).map((rij) => (wijzigen ? { ...rij, wijzigHref: vraagPad(stap, slug) } : rij));
  });
}
