/**
 * Reasons in the page's language (docs/decisions/032-talen.md, addendum on questions and addendum
 * "reasons in English for every reader"): every reader has English words (content/redenen/en and
 * content/redenen/en/ander), so the reasons always come in the page's language.
 */
import { publiekVoorAanspreking, redenTekst, type Publiek } from "@/content/redenen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { deAanvrager } from "@/content/wizard/algemeen";
import { deAanvrager as deAanvragerEn } from "@/content/en/wizard/algemeen";
import type { Reden } from "@/rules/types";
import type { Aanspreking } from "../types";

/** The language reasons for `publiek` come in on a page in `taal`: the page's, for every reader. */
export function redenTaal(_publiek: Publiek, taal: Taal = STANDAARDTAAL): Taal {
  return taal;
}

/** The reason as a sentence for `publiek`, in the page's language. */
export function redenTekstIn(reden: Reden, publiek: Publiek, taal: Taal = STANDAARDTAAL): string {
  return redenTekst(reden, publiek, taal);
}

/**
 * The reader of the reasons, from an `aanspreking` in any language: without a name the applicant
 * is "de aanvrager", also on an English page, whose reasons then say "the applicant"
 * (content/redenen/en/persoon.ts).
 */
export function publiekVanAanspreking(aanspreking: Aanspreking): Publiek {
  const naam = aanspreking.naam === deAanvragerEn ? deAanvrager : aanspreking.naam;
  return publiekVoorAanspreking({ zelf: aanspreking.zelf, naam });
}
