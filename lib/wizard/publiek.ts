/**
 * Who reads a draft's pages (docs/decisions/028-redenen-als-gegevens.md): the applicant ("u"), or
 * someone who fills in for them ("Riet", or "de aanvrager" without a name). One call for every
 * page of the wizard that words reasons or warnings, so no page can forget the second half.
 */
import { publiekVoorAanspreking, type Publiek } from "@/content/redenen";
import type { DeelRol } from "@/lib/drafts/deellinks";
import type { Antwoorden } from "./antwoorden";
import { aanspreking } from "./journey";

export function publiekVan(a: Antwoorden): Publiek {
  return publiekVoorAanspreking(aanspreking(a));
}

/**
 * Who reads through a share link (docs/decisions/022-links-openen.md): never the applicant, so the
 * applicant is a third person, by name when the draft has one ("Riet"). The gewaarborgde hulp reads
 * about the budgethouder; a meekijker about "de aanvrager" when there is no name.
 */
export function publiekVanDeellink(a: Antwoorden, rol: DeelRol): Publiek {
  const wie = aanspreking(a);
  const naam = wie.zelf ? undefined : wie.naam;
  return rol === "gewaarborgde-hulp" ? (naam === undefined ? { wie: "gewaarborgde-hulp" } : { wie: "gewaarborgde-hulp", naam }) : { wie: "namens", naam: wie.naam };
}

/**
 * The applicant's name for a share link's own sentences (content/delen.ts `gedeeld`), or null when
 * the draft has none: then those sentences say "de aanvrager" (docs/decisions/028).
 */
export function naamVoorDeellink(a: Antwoorden): string | null {
  const naam = a.naamAanvrager?.trim() ?? "";
  return aanspreking(a).zelf || naam === "" ? null : naam;
}
