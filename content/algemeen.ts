/** Words used on every page (header, footer, skip link). Dutch, B1. */
export const algemeen = {
  dienstnaam: "Pgb Wlz aanvragen",
  dienstOndertitel: "Hulp bij het persoonsgebonden budget uit de Wet langdurige zorg",
  naarInhoud: "Direct naar de inhoud",
  voetTekst:
    "Deze website helpt u. Hij beslist niets. Het zorgkantoor beslist over uw aanvraag.",
  voetLinks: {
    zorgkantoor: "Vind uw zorgkantoor",
    staf: "Voor medewerkers van zorgkantoren",
    voorbeeld: "Voorbeeld van een beoordeling",
    profielen: "Zorgprofielen en leveringsvormen",
    parameters: "Jaarparameters",
  },
} as const;
