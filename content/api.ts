/** Texts of the public API's problem answers (RFC 9457). Dutch, like the API's field names. */
export const apiTeksten = {
  ongeldigeInvoer: {
    title: "De invoer klopt niet",
    detail: "Een of meer velden zijn niet goed ingevuld. Zie invalidParams.",
  },
  geenJson: {
    title: "Geen geldige JSON",
    detail: "De inhoud van het verzoek is geen geldige JSON.",
  },
  geenObject: {
    title: "De invoer klopt niet",
    detail: "Stuur één JSON-object met minstens het veld zorgprofiel.",
  },
  teGroot: {
    title: "Verzoek te groot",
    detail: (maxBytes: number) => `Het verzoek is groter dan ${maxBytes} bytes.`,
  },
  verkeerdType: {
    title: "Alleen JSON",
    detail: "Stuur het verzoek met Content-Type: application/json.",
  },
  interneFout: {
    title: "Er ging iets mis",
    detail: "Er ging aan onze kant iets mis. Probeer het later opnieuw.",
  },
  veld: {
    decimaal: "Een bedrag als tekst met een punt en hoogstens twee decimalen, bijvoorbeeld \"15.00\".",
    uren: "Een aantal uren van 0 tot en met 168 per week, met hoogstens twee decimalen.",
    uurtariefTeHoog: (max: string) => `Het uurtarief mag hoogstens ${max} zijn.`,
    land: "Een landcode van twee letters (ISO 3166-1), bijvoorbeeld \"ES\". Gebruik \"BQ\" voor Caribisch Nederland. Nederland zelf is geen buitenland.",
    datum: "Een bestaande datum als jjjj-mm-dd.",
    onbekendVeld: (naam: string) => `Onbekend veld: ${naam}.`,
    weken: "Een aantal weken groter dan 0 en hoogstens 520.",
  },
} as const;
