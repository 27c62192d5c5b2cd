/**
 * The applicant as a third person in English, for every reader but the applicant
 * (docs/decisions/032-talen.md, addendum "reasons in English for every reader"): a name ("Riet")
 * or a neutral term ("the applicant" for staff or without a name, "the budgetholder" for the
 * gewaarborgde hulp without a name). English needs the verb to agree ("Riet is", "Riet has"), so
 * every code has words of its own (./ander/); these helpers only name the person.
 */
import type { Publiek } from "../index";

export interface PersoonEn {
  naam: string;
  /** A term, not a name: "the applicant". Capital at a sentence start. */
  neutraal?: boolean;
}

/** The Dutch neutral term that lib/ hands over when there is no name (lib/wizard/vragen/reden-taal.ts). */
const DE_AANVRAGER = "de aanvrager";
export const THE_APPLICANT = "the applicant";
export const THE_BUDGETHOLDER = "the budgetholder";

/** The applicant as a third person for `publiek`; `null` for the applicant, who is "you". */
export function persoonEn(publiek: Publiek): PersoonEn | null {
  switch (publiek.wie) {
    case "aanvrager":
      return null;
    case "namens": {
      const naam = publiek.naam.trim();
      return naam === "" || naam === DE_AANVRAGER || naam === THE_APPLICANT ? { naam: THE_APPLICANT, neutraal: true } : { naam };
    }
    case "gewaarborgde-hulp":
      return publiek.naam?.trim() ? { naam: publiek.naam.trim() } : { naam: THE_BUDGETHOLDER, neutraal: true };
    case "zorgkantoor":
      return { naam: THE_APPLICANT, neutraal: true };
  }
}

function hoofdletter(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Riet", "the applicant". */
export const naam = (p: PersoonEn): string => p.naam;
/** At a sentence start: "Riet", "The applicant". */
export const Naam = (p: PersoonEn): string => hoofdletter(p.naam);
/** Possessive: "Riet's", "James'", "the applicant's". */
export const van = (p: PersoonEn): string => (/s$/i.test(p.naam) && !p.neutraal ? `${p.naam}'` : `${p.naam}'s`);
/** Possessive at a sentence start: "Riet's", "The applicant's". */
export const Van = (p: PersoonEn): string => hoofdletter(van(p));
