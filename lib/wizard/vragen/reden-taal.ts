/**
 * Reasons in the page's language, where there are words for that reader
 * (docs/decisions/032-talen.md, addendum on questions). English exists for the applicant only
 * (content/redenen/en); for someone who fills in for another person an English page shows the
 * Dutch sentence, and says so with `taal: "nl"`, so the page marks it `lang="nl"`.
 */
import { publiekVoorAanspreking, redenTekst, type Publiek } from "@/content/redenen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { deAanvrager } from "@/content/wizard/algemeen";
import { deAanvrager as deAanvragerEn } from "@/content/en/wizard/algemeen";
import type { Reden } from "@/rules/types";
import type { Aanspreking } from "../types";

/** The language reasons for `publiek` come in on a page in `taal`. */
export function redenTaal(publiek: Publiek, taal: Taal = STANDAARDTAAL): Taal {
  return taal === "en" && publiek.wie === "aanvrager" ? "en" : "nl";
}

/** The reason as a sentence, in `redenTaal(publiek, taal)`. */
export function redenTekstIn(reden: Reden, publiek: Publiek, taal: Taal = STANDAARDTAAL): string {
  return redenTekst(reden, publiek, redenTaal(publiek, taal));
}

/**
 * The reader of the reasons, from an `aanspreking` in any language: the Dutch reasons for someone
 * who fills in for another person name the applicant "de aanvrager" when there is no name, also
 * on an English page (whose own sentences say "the applicant").
 */
export function publiekVanAanspreking(aanspreking: Aanspreking): Publiek {
  const naam = aanspreking.naam === deAanvragerEn ? deAanvrager : aanspreking.naam;
  return publiekVoorAanspreking({ zelf: aanspreking.zelf, naam });
}
