/** Words of the security answers: too many failed links. Dutch, B1. */
export const beveiligingTeksten = {
  teVaak: {
    titel: "Te veel pogingen",
    tekst: "Vanaf uw internetverbinding zijn te vaak links geopend die niet werken. Daarom kunt u het even niet opnieuw proberen. Dat beschermt de gegevens van iedereen.",
    wachten: (minuten: number) => (minuten <= 1 ? "Probeer het over 1 minuut opnieuw." : `Probeer het over ${minuten} minuten opnieuw.`),
    controleer: "Kopieer de hele link. Werkt hij dan nog niet? Vraag om een nieuwe link.",
    home: "Naar de startpagina",
  },
} as const;
