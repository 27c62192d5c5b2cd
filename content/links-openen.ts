/**
 * Words of the pages a resume link (`/hervat`) and a share link (`/gedeeld`) open on: what the
 * link opens, and a button that opens it (docs/decisions/022-links-openen.md). When the browser
 * already has another application open, the page says so plainly and what happens to it. Dutch, B1.
 */
export const linksOpenen = {
  hervat: {
    titel: "Een bewaarde aanvraag openen",
    welke: (datum: string, stap: number) => `U opent een aanvraag, gemaakt op ${datum}, tot stap ${stap}.`,
    letOp: "Open alleen een link die u zelf heeft bewaard. Wie de link heeft, kan alles lezen wat u in de aanvraag invult. Kreeg u de link van iemand anders? Open hem dan niet.",
    openKnop: "Open deze aanvraag",
    andere: {
      titel: "Let op: u heeft al een andere aanvraag open",
      welke: (datum: string, stap: number) => `U opent een andere aanvraag, gemaakt op ${datum}, tot stap ${stap}.`,
      huidig: (datum: string, stap: number, tot: string) =>
        `Uw huidige aanvraag is gemaakt op ${datum} en is tot stap ${stap}. Die aanvraag blijft bewaard tot en met ${tot}. Maar deze browser opent hem niet meer als u de andere aanvraag opent.`,
      terugHalen:
        "Wilt u later verder met uw huidige aanvraag? Dan heeft u de link nodig van 'Bewaren en later verder'. Heeft u die link nog niet? Ga dan eerst terug en bewaar de link.",
      wisselKnop: "Open de andere aanvraag",
      terug: "Terug naar mijn huidige aanvraag",
    },
    zelfde: {
      tekst: "Dit is de aanvraag die u al open heeft in deze browser.",
      verder: "Ga verder met uw aanvraag",
    },
  },
  gedeeld: {
    titel: "Een gedeelde aanvraag openen",
    inleiding: "Iemand heeft een aanvraag voor een pgb met u gedeeld.",
    rollen: {
      meekijken: "Met deze link kunt u de aanvraag lezen. U kunt niets veranderen.",
      "gewaarborgde-hulp": "Met deze link kunt u de aanvraag lezen en het budgetplan ondertekenen als gewaarborgde hulp.",
    },
    geldigTot: (datum: string) => `De link werkt tot en met ${datum}.`,
    letOp: "Wie de link heeft, kan de aanvraag lezen. Geef de link niet aan iemand anders.",
    openKnop: "Open de gedeelde aanvraag",
    andere: {
      titel: "Let op: u heeft al een andere gedeelde aanvraag open",
      tekst:
        "Opent u deze link? Dan sluit de andere gedeelde aanvraag in deze browser. U kunt die weer openen met de link die u daarvoor heeft gekregen.",
      wisselKnop: "Open deze gedeelde aanvraag",
      terug: "Terug naar de gedeelde aanvraag die al open is",
    },
    zelfde: {
      tekst: "Deze gedeelde aanvraag heeft u al open in deze browser.",
      verder: "Ga naar de gedeelde aanvraag",
    },
  },
} as const;
