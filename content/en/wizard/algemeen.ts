/**
 * The English of content/wizard/algemeen.ts: words every question page shares. As in Dutch, the
 * error messages never say "you" or a name: one schema serves everyone who fills it in.
 */
import type { deAanvrager as deAanvragerNl, formulier as formulierNl, veldnamen as veldnamenNl } from "@/content/wizard/algemeen";
import type { Vertaling } from "@/content/vertaling";

export const formulier: Vertaling<typeof formulierNl> = {
  doorgaan: "Continue",
  ja: "Yes",
  nee: "No",
  fouten: {
    kiesEen: "Choose one of the answers.",
    teLang: (veld: string, max: number): string => `${veld.charAt(0).toUpperCase()}${veld.slice(1)} must be ${max} characters or fewer.`,
    ongeldig: "We cannot read this answer. Please fill it in again.",
    teLangInAdres: (max: number): string => `An answer must be ${max} characters or fewer. Please fill it in again.`,
  },
};

export const veldnamen: Vertaling<typeof veldnamenNl> = {
  zorgprofiel: "the zorgprofiel",
  dagenPer14: "the number of days per 14 days",
  woonplaats: "the postcode, town or municipality",
  gewaarborgdeHulp: {
    naam: "the name of the gewaarborgde hulp",
    relatie: "how the gewaarborgde hulp is related to the applicant",
    telefoon: "the phone number of the gewaarborgde hulp",
    email: "the email address of the gewaarborgde hulp",
  },
  persoonsgegevens: {
    achternaam: "the surname",
    geboortedatum: "the date of birth",
    bsn: "the citizen service number (BSN)",
  },
  redenKeuzePgb: "the reason for a pgb",
  zorgInkopen: "the care that is bought",
  verwachtJaarbudget: "the pgb per year",
  zorgverlener: {
    naam: "the name of the care provider",
    plaats: "the town of the care provider",
    nummer: "the KVK number or BSN",
    dagenPerWeek: "the number of days per week",
    urenPerWeek: "the number of hours per week",
    uurtarief: "the hourly rate",
  },
  ondertekening: {
    naam: (blok: number): string => (blok === 1 ? "the name" : "the name of the second signatory"),
    relatie: (blok: number): string => (blok === 1 ? "the relation to the budget holder" : "the relation to the budget holder of the second signatory"),
    datum: (blok: number): string => (blok === 1 ? "the date" : "the date of the second signatory"),
  },
  handtekening: "the name with the signature",
  inkomen: "the income on which the contribution is based",
  land: "the country",
  weken: "the number of weeks",
  ontvangen: "the day the claim came in",
  jaarbudget: "the pgb per year",
  maand: (maand: string): string => `the amount for ${maand}`,
};

export const deAanvrager: Vertaling<typeof deAanvragerNl> = "the applicant";
