/**
 * Who reads a draft's pages (docs/decisions/028-redenen-als-gegevens.md): the applicant ("u"), or
 * someone who fills in for them ("Riet", or "de aanvrager" without a name). One call for every
 * page of the wizard that words reasons or warnings, so no page can forget the second half.
 */
import { publiekVoorAanspreking, type Publiek } from "@/content/redenen";
import type { Antwoorden } from "./antwoorden";
import { aanspreking } from "./journey";

export function publiekVan(a: Antwoorden): Publiek {
  return publiekVoorAanspreking(aanspreking(a));
}
