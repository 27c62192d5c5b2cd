/**
 * Stap 4, "Wanneer stopt het pgb?" (TK-04, TK-05): the end grounds that apply to this person
 * (the two about the gewaarborgde hulp only when there is one), reporting changes, and what the
 * pgb may still pay after the end.
 */
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { beeindigingsfeiten, eindgronden } from "@/rules/toekenning";
import type { Reden } from "@/rules/types";

export interface Einde {
  gewaarborgdeHulp: boolean;
  /** TK-04, one reason per ground, in the brochure's order. */
  gronden: Reden[];
  /** TK-04: report changes to the zorgkantoor yourself. */
  melden: Reden[];
  /** TK-05: wages over the notice periods. */
  naHetEinde: Reden[];
}

export function eindeVoor(a: Antwoorden): Einde {
  const gewaarborgdeHulp = a.heeftGewaarborgdeHulp === "ja";
  const feiten = beeindigingsfeiten();
  return {
    gewaarborgdeHulp,
    gronden: eindgronden({ gewaarborgdeHulp }).flatMap((g) => g.redenen),
    melden: feiten.filter((r) => r.regel === "TK-04"),
    naHetEinde: feiten.filter((r) => r.regel === "TK-05"),
  };
}
