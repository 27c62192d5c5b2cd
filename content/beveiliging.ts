/** Words of the security answers: too many failed links, too many links or drafts made. Dutch, B1. */
export const beveiligingTeksten = {
  teVaak: {
    titel: "Te veel pogingen",
    tekst: "Vanaf uw internetverbinding zijn te vaak links geopend die niet werken. Daarom kunt u het even niet opnieuw proberen. Dat beschermt de gegevens van iedereen.",
    wachten: (minuten: number) => (minuten <= 1 ? "Probeer het over 1 minuut opnieuw." : `Probeer het over ${minuten} minuten opnieuw.`),
    controleer: "Kopieer de hele link. Werkt hij dan nog niet? Vraag om een nieuwe link.",
    home: "Naar de startpagina",
  },
  /** docs/decisions/023-grenzen.md */
  grenzen: {
    teVeelLinks: (max: number) =>
      `U heeft al ${max} links die nog werken. Meer kan niet. Trek eerst een link in die u niet meer nodig heeft. Daarna kunt u een nieuwe link maken.`,
    teVaakGemaakt: (minuten: number) =>
      `Vanaf uw internetverbinding zijn in korte tijd te veel aanvragen of links gemaakt. ${minuten <= 1 ? "Probeer het over 1 minuut opnieuw." : `Probeer het over ${minuten} minuten opnieuw.`} Uw keuzes staan nog op deze pagina.`,
  },
} as const;
