/** The papers to send with the pgb aanvraag (AV-08, Bijlage 3). Dutch, B1. */
export const documentTeksten = {
  aanvraagformulier: {
    titel: "Het aanvraagformulier voor een pgb",
    tekst: "U krijgt dit formulier van het zorgkantoor in uw regio. In bijlage 2 van de brochure staat het telefoonnummer van uw zorgkantoor.",
  },
  budgetplan: {
    titel: "Het budgetplan (bijlage 3 van de brochure)",
    tekst: "In het budgetplan staat welke zorg u wilt inkopen, bij wie, en wat dat kost. Stuur het mee met het aanvraagformulier.",
  },
  indicatiebesluit: {
    titel: "Het zorgprofiel uit het indicatiebesluit",
    tekst: (zorgprofiel: string): string =>
      `Vul op het aanvraagformulier en in het budgetplan het zorgprofiel in: ${zorgprofiel}. Het staat in het indicatiebesluit van het CIZ, onder ‘A Soort zorg’.`,
  },
  gewaarborgdeHulp: {
    titel: "De gegevens van de gewaarborgde hulp",
    tekst: (naam: string, relatie: string): string =>
      `Zet op het aanvraagformulier wie de gewaarborgde hulp is: ${naam} (${relatie}). Het zorgkantoor schrijft de gewaarborgde hulp in.`,
  },
} as const;
