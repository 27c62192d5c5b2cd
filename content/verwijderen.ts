/** The page that asks before "Verwijder mijn gegevens" deletes everything. Dutch, B1. */
export const verwijderen = {
  titel: "Weet u zeker dat u alles wilt wissen?",
  inleiding: "Als u doorgaat, wissen wij meteen:",
  watWeg: [
    "al uw antwoorden, van alle stappen;",
    "het budgetplan en de handtekeningen erop;",
    "uw persoonlijke link om later verder te gaan;",
    "alle links die u met anderen deelde. Wie zo'n link heeft, kan uw aanvraag dan niet meer lezen.",
  ],
  nietTerug: "Dit kan niet ongedaan worden gemaakt. Ook wij kunnen uw antwoorden daarna niet terughalen.",
  eerstBewaren: "Wilt u het budgetplan bewaren? Download het dan eerst:",
  pdfLink: "Download het budgetplan (pdf)",
  knop: "Ja, wis al mijn gegevens",
  terug: "Nee, terug naar mijn aanvraag",
  /** On the start page, under "Uw gegevens zijn gewist." */
  opnieuw: "Wilt u toch een pgb aanvragen? Dan kunt u hieronder opnieuw beginnen.",
} as const;
