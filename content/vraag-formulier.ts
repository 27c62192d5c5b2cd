/**
 * The words of the question form itself (components/vraag-formulier.tsx and the budgetplan's live
 * sum, components/live-som.tsx): the banners when an answer was not saved, and the sum. Dutch, B1.
 * A module of their own because the form runs in the browser and takes them along in both
 * languages; the questions' words reach it from the server (docs/decisions/030-snelheid.md).
 */

export const vraagFormulier = {
  gewijzigd: {
    titel: "Uw antwoorden zijn ergens anders gewijzigd",
    tekst: "Uw aanvraag is intussen in een ander venster of op een ander apparaat gewijzigd. Wij hebben dit antwoord daarom niet bewaard, zodat er niets verloren gaat. Open de pagina opnieuw om de nieuwste antwoorden te zien. Uw invoer staat hieronder nog.",
    herladen: "Open de nieuwste versie",
  },
  nietBewaard: {
    titel: "Uw antwoorden zijn niet bewaard",
    tekst: "Er is bij ons iets misgegaan bij het bewaren. Uw antwoorden zijn niet bewaard, maar wat u invulde staat hieronder nog. Probeer het over een paar minuten opnieuw.",
  },
  som: {
    kop: "Wat kost deze zorgverlener?",
    leeg: "Vul uren en uurtarief in, dan rekenen wij het uit.",
    uur: "uur",
    perMaand: "per maand",
    perJaar: "per jaar",
    weken: (weken: string): string => `${weken} is het gemiddeld aantal weken in een maand.`,
    afgerond: (precies: string): string => `Afgerond op hele euro’s. Zonder afronden is het ${precies}.`,
  },
} as const;
