/**
 * Words for passing a resume or share link on: the link shown in full, until when it works, and
 * "Mail deze link" (docs/decisions/031-burgerpaginas.md). Dutch, B1.
 */
export const linkDoorgeven = {
  mail: "Mail deze link",
  mailUitleg: "Uw e-mailprogramma opent een nieuwe e-mail met de link erin. U kiest zelf naar wie u hem stuurt.",
  hervat: {
    onderwerp: "Uw link om verder te gaan met de pgb-aanvraag",
    tekst: (link: string, datum: string) =>
      [
        "Met deze link gaat u verder met uw aanvraag voor een pgb uit de Wlz:",
        "",
        link,
        "",
        `De link werkt tot en met ${datum}.`,
        "Wie deze link heeft, kan uw antwoorden lezen. Stuur deze e-mail niet door.",
      ].join("\n"),
  },
  deel: {
    onderwerp: {
      meekijken: "Link om mee te kijken met een pgb-aanvraag",
      "gewaarborgde-hulp": "Link om het budgetplan te ondertekenen als gewaarborgde hulp",
    },
    tekst: (link: string, datum: string, rol: "meekijken" | "gewaarborgde-hulp") =>
      [
        rol === "meekijken"
          ? "Met deze link kunt u een aanvraag voor een pgb uit de Wlz lezen. U kunt niets veranderen:"
          : "Met deze link leest u de aanvraag voor een pgb uit de Wlz en ondertekent u het budgetplan als gewaarborgde hulp:",
        "",
        link,
        "",
        `De link werkt tot en met ${datum}.`,
        "Wie deze link heeft, kan de aanvraag lezen. Stuur deze e-mail niet door.",
      ].join("\n"),
  },
} as const;
