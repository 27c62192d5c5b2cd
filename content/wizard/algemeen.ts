/**
 * Words every question page of the wizard shares: answers, buttons, error messages. Dutch, B1.
 * Error messages never say "u" or a name: one schema serves everyone, whoever fills it in.
 */
import type { Reden } from "@/rules/types";
import { componenten } from "@/content/componenten";
import { AANVRAGER, redenTekst, type Publiek } from "@/content/redenen";

export const formulier = {
  doorgaan: "Doorgaan",
  ja: "Ja",
  nee: "Nee",
  fouten: {
    kiesEen: "Kies een van de antwoorden.",
    /** `veld` from `veldnamen`: every text field says which one is too long. */
    teLang: (veld: string, max: number): string => `Gebruik voor ${veld} niet meer dan ${max} tekens.`,
    ongeldig: "Dit antwoord kunnen wij niet lezen. Vul het opnieuw in.",
    /** A value in a tool's web address longer than any field takes. */
    teLangInAdres: (max: number): string => `Een antwoord mag niet meer dan ${max} tekens hebben. Vul het opnieuw in.`,
  },
} as const;

/**
 * What each text field is called in its too-long message, "Gebruik voor … niet meer dan 200
 * tekens.": the field's label as part of a sentence.
 */
export const veldnamen = {
  zorgprofiel: "het zorgprofiel",
  dagenPer14: "het aantal dagen per 14 dagen",
  woonplaats: "de postcode, woonplaats of gemeente",
  gewaarborgdeHulp: {
    naam: "de naam van de gewaarborgde hulp",
    relatie: "wat de gewaarborgde hulp van de aanvrager is",
    telefoon: "het telefoonnummer van de gewaarborgde hulp",
    email: "het e-mailadres van de gewaarborgde hulp",
  },
  persoonsgegevens: {
    achternaam: "de achternaam",
    geboortedatum: "de geboortedatum",
    bsn: "het burgerservicenummer (BSN)",
  },
  redenKeuzePgb: "de reden voor een pgb",
  zorgInkopen: "de zorg die ingekocht wordt",
  verwachtJaarbudget: "het pgb per jaar",
  zorgverlener: {
    naam: "de naam van de zorgverlener",
    plaats: "de plaats van de zorgverlener",
    nummer: "het KVK-nummer of BSN",
    dagenPerWeek: "het aantal dagen per week",
    urenPerWeek: "het aantal uur per week",
    uurtarief: "het uurtarief",
  },
  /** Block 1 plainly; block 2, when there is one, says it is the second. */
  ondertekening: {
    naam: (blok: number): string => (blok === 1 ? "de naam" : "de naam van de tweede ondertekenaar"),
    relatie: (blok: number): string => (blok === 1 ? "de relatie tot de budgethouder" : "de relatie tot de budgethouder van de tweede ondertekenaar"),
    datum: (blok: number): string => (blok === 1 ? "de datum" : "de datum van de tweede ondertekenaar"),
  },
  handtekening: "de naam bij de handtekening",
  inkomen: "het bijdrageplichtig inkomen",
  land: "het land",
  weken: "het aantal weken",
  ontvangen: "de dag waarop de declaratie binnenkwam",
  jaarbudget: "het pgb per jaar",
  maand: (maand: string): string => `het bedrag van ${maand}`,
} as const;

/** How the applicant is named when someone else fills this in and gave no name. */
export const deAanvrager = "de aanvrager";

/** A reason as one line of text, with its rule and where to read it in the brochure. */
export function metBron(r: Reden): string {
  return metBronVoor(AANVRAGER)(r);
}

/** `metBron` for another reader (docs/decisions/028). */
export const metBronVoor = (publiek: Publiek) => (r: Reden): string =>
  `${redenTekst(r, publiek)} ${componenten.reden.inTekst(r.regel, r.bron)}`;
