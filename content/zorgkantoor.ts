/**
 * The stand-alone page "Vind uw zorgkantoor" (/zorgkantoor) and its search field with suggestions.
 * B1 Dutch, the reader is "u". The reasons themselves are in content/redenen/zorgkantoor.ts.
 */
export const zorgkantoorPagina = {
  titel: "Vind uw zorgkantoor",
  inleiding:
    "Het zorgkantoor beslist over uw pgb uit de Wlz. Bij welk zorgkantoor u hoort, hangt af van waar u woont. Vul hieronder uw postcode, woonplaats of gemeente in.",

  // The search field
  zoekLabel: "Postcode, woonplaats of gemeente",
  zoekHint: "Bijvoorbeeld 5038 AB, 5038 of Tilburg.",
  knop: "Zoek zorgkantoor",

  // Errors: in the summary and at the field
  fout: {
    leeg: "Vul uw postcode, woonplaats of gemeente in.",
    niets: (invoer: string) =>
      `Wij vinden geen plaats met de naam "${invoer}". Kijk of de naam goed geschreven is, of vul de 4 cijfers van uw postcode in.`,
    postcodeOnbekend: (postcode: string) => `Postcode ${postcode} staat niet in onze lijst. Vul de naam van uw gemeente in.`,
    teLang: (max: number) => `Gebruik voor de postcode, woonplaats of gemeente niet meer dan ${max} tekens.`,
  },

  // The result
  uitkomstKop: (regio: string) => `Uw zorgkantoor: ${regio}`,
  zorgkantoor: "Zorgkantoor",
  zorgkantoorNaam: (regio: string, zorgverzekeraar: string) => `Zorgkantoor ${regio}, van zorgverzekeraar ${zorgverzekeraar}`,
  website: "Website",
  telefoon: "Telefoon",
  watIsHet: "Een zorgkantoor regelt de zorg uit de Wlz voor 1 regio, en hoort bij een zorgverzekeraar.",
  waaromKop: "Waarom dit zorgkantoor?",
  bronnenKop: "Bronnen",
  bronZorgkantoren: (bron: string) => `Website en telefoonnummer: ${bron}.`,
  bronGemeenten: (jaar: string) => `Welke gemeente bij welke regio hoort: de indeling van 1 januari ${jaar}.`,
  bronPostcodes: (jaar: number) =>
    `Postcodes en woonplaatsen: een lijst uit ${jaar}. Die gebruiken wij alleen om uw gemeente te raden.`,
  opnieuwKop: "Zoek opnieuw",

  // A postcode: suggest the gemeente, the person confirms
  postcodeKop: "Klopt deze gemeente?",
  postcodeVraag: (gemeente: string, regio: string) =>
    `Woont u in de gemeente ${gemeente}? Dan valt u onder zorgkantoor ${regio}.`,
  postcodeJa: (gemeente: string) => `Ja, ik woon in ${gemeente}`,
  postcodeNee: "Nee, vul de naam van uw gemeente in",
  postcodeGesplitst: (woonplaats: string, regio: string) =>
    `Uw postcode hoort waarschijnlijk bij ${woonplaats}. Dat valt onder zorgkantoor ${regio}. Wij weten niet bij welke gemeente ${woonplaats} nu hoort.`,
  postcodeGesplitstKop: "In welke gemeente woont u?",
  postcodeGesplitstVraag: "Vul de naam van uw gemeente in",

  // Several places fit
  keuzesKop: "Welke plaats bedoelt u?",
  keuzesTekst: (invoer: string) => `Er zijn meer plaatsen die passen bij "${invoer}". Kies uw plaats:`,
  keuzesMeer: "Staat uw plaats er niet bij? Typ dan meer letters van de naam.",

  /** The name of a place in a list of choices or suggestions, so that two Vianens differ */
  plaats: {
    gemeente: (naam: string) => `${naam} (gemeente)`,
    woonplaats: (naam: string, gemeente: string) => `${naam} (gemeente ${gemeente})`,
    woonplaatsZonderGemeente: (naam: string, regio: string) => `${naam} (regio ${regio})`,
    postcode: (postcode: string, plaats: string) => `${postcode}: ${plaats}`,
  },

  // Suggestions while typing (JavaScript only), read out by screen readers
  suggesties: {
    aantal: (aantal: number) =>
      aantal === 1
        ? "1 plaats gevonden. Gebruik pijltje omlaag en Enter om hem te kiezen."
        : `${aantal} plaatsen gevonden. Gebruik pijltje omhoog en omlaag, en Enter om er een te kiezen.`,
    geen: "Geen plaatsen gevonden.",
  },

  /** Problem answer of GET /api/v1/zorgkantoren/suggesties without a search term */
  apiZoekOntbreekt: "Geef een zoekterm mee: ?zoek=",
} as const;
