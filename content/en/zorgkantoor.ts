/** The English of content/zorgkantoor.ts: "Find your zorgkantoor" and its search field (docs/decisions/032-talen.md). */
import type { zorgkantoorPagina as nl } from "@/content/zorgkantoor";
import type { Vertaling } from "@/content/vertaling";

export const zorgkantoorPagina: Vertaling<typeof nl> = {
  titel: "Find your zorgkantoor",
  inleiding:
    "The zorgkantoor (the care office of your region) decides on your pgb (personal budget) from the Wlz (Long-term Care Act). Which zorgkantoor you belong to depends on where you live. Fill in your postcode, town or municipality below.",

  zoekLabel: "Postcode, town or municipality",
  zoekHint: "For example 5038 AB, 5038 or Tilburg.",
  knop: "Find zorgkantoor",

  fout: {
    leeg: "Fill in your postcode, town or municipality.",
    niets: (invoer: string) =>
      `We cannot find a place called "${invoer}". Check the spelling of the name, or fill in the 4 digits of your postcode.`,
    postcodeOnbekend: (postcode: string) => `Postcode ${postcode} is not in our list. Fill in the name of your municipality.`,
    teLang: (max: number) => `Use no more than ${max} characters for the postcode, town or municipality.`,
  },

  uitkomstKop: (regio: string) => `Your zorgkantoor: ${regio}`,
  zorgkantoor: "Zorgkantoor",
  zorgkantoorNaam: (regio: string, zorgverzekeraar: string) => `Zorgkantoor ${regio}, of the health insurer ${zorgverzekeraar}`,
  website: "Website",
  telefoon: "Phone",
  watIsHet: "A zorgkantoor arranges the care from the Wlz for 1 region. It belongs to a health insurer.",
  waaromKop: "Why this zorgkantoor?",
  bronnenKop: "Sources",
  bronZorgkantoren: (bron: string) => `Website and phone number: ${bron} (in Dutch).`,
  bronGemeenten: (jaar: string) => `Which municipality belongs to which region: the division of 1 January ${jaar}.`,
  bronPostcodes: (jaar: number) =>
    `Postcodes and towns: a list from ${jaar}. We only use it to guess your municipality.`,
  opnieuwKop: "Search again",

  postcodeKop: "Is this the right municipality?",
  postcodeVraag: (gemeente: string, regio: string) =>
    `Do you live in the municipality of ${gemeente}? Then your zorgkantoor is ${regio}.`,
  postcodeJa: (gemeente: string) => `Yes, I live in ${gemeente}`,
  postcodeNee: "No, fill in the name of your municipality",
  postcodeGesplitst: (woonplaats: string, regio: string) =>
    `Your postcode probably belongs to ${woonplaats}. Its zorgkantoor is ${regio}. We do not know which municipality ${woonplaats} belongs to now.`,
  postcodeGesplitstKop: "Which municipality do you live in?",
  postcodeGesplitstVraag: "Fill in the name of your municipality",

  keuzesKop: "Which place do you mean?",
  keuzesTekst: (invoer: string) => `More than one place fits "${invoer}". Choose your place:`,
  keuzesMeer: "Is your place not in the list? Then type more letters of the name.",

  plaats: {
    gemeente: (naam: string) => `${naam} (municipality)`,
    woonplaats: (naam: string, gemeente: string) => `${naam} (municipality of ${gemeente})`,
    woonplaatsZonderGemeente: (naam: string, regio: string) => `${naam} (region ${regio})`,
    postcode: (postcode: string, plaats: string) => `${postcode}: ${plaats}`,
  },

  suggesties: {
    aantal: (aantal: number) =>
      aantal === 1
        ? "1 place found. Use the down arrow and Enter to choose it."
        : `${aantal} places found. Use the up and down arrows, and Enter to choose one.`,
    geen: "No places found.",
  },

  apiZoekOntbreekt: "Give a search term: ?zoek=",
};
