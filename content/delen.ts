/**
 * Words of sharing and co-signing: the page where the applicant makes links and signs, and the
 * page the second person opens with a link. Dutch, B1. The form labels and the AV-04 statements
 * are in content/handtekeningen.ts.
 */
export const delen = {
  overzicht: {
    kop: "Delen en ondertekenen",
    uitleg: "Laat iemand meekijken, of laat de gewaarborgde hulp het budgetplan ondertekenen.",
    link: "Naar delen en ondertekenen",
    status: (aantal: number) => (aantal === 1 ? "1 handtekening staat op het budgetplan." : `${aantal} handtekeningen staan op het budgetplan.`),
    vernieuwen: "Een handtekening moet opnieuw: de aanvraag is gewijzigd na het ondertekenen.",
  },
  pagina: {
    titel: "Delen en ondertekenen",
    terug: "Terug naar uw aanvraag",
    handtekeningenKop: "Handtekeningen",
    geenHandtekeningen: "Nog niemand heeft het budgetplan digitaal ondertekend.",
    nogNietKlaar: "U kunt ondertekenen als het budgetplan af is.",
    naarBudgetplan: "Ga verder met het budgetplan",
    zelfKop: "Zelf ondertekenen",
    zelfKopGh: "Zelf ondertekenen als gewaarborgde hulp",
    opnieuwKop: "Opnieuw ondertekenen",
    linksKop: "Iemand laten meekijken of laten ondertekenen",
    linksUitleg: [
      "Maak een link voor iemand anders. Met een link voor meekijken kan iemand uw aanvraag lezen, maar niets veranderen. Denk aan een familielid of een medewerker van het zorgkantoor.",
      "Met een link voor de gewaarborgde hulp kan die persoon uw aanvraag lezen en het budgetplan ondertekenen.",
      "Wie de link heeft, kan uw antwoorden lezen. Stuur de link dus alleen naar die ene persoon. U kunt een link altijd meteen intrekken.",
    ],
    maakKnop: "Maak de link",
    ghZelf: "U bent zelf de gewaarborgde hulp. U ondertekent hierboven. Een link voor de gewaarborgde hulp is dan niet nodig.",
    geenGh: "In uw aanvraag staat geen gewaarborgde hulp. U kunt daarom alleen een link voor meekijken maken.",
    uwLinksKop: "Uw links",
    geenLinks: "U heeft nog geen links gemaakt.",
    linkLabel: (rol: string) => `Link voor ${rol}`,
    gemaakt: (datum: string) => `Gemaakt op ${datum}`,
    geldigTot: (datum: string) => `Werkt tot en met ${datum}`,
    kopieer: "Kopieer de link",
    gekopieerd: "De link is gekopieerd.",
    intrekken: "Trek de link in",
    intrekkenVoor: (rol: string, datum: string) => `: link voor ${rol}, gemaakt op ${datum}`,
    meldingen: {
      nieuw: { titel: "De link is gemaakt", tekst: "Kopieer de link hieronder en stuur hem naar de persoon voor wie hij is." },
      ingetrokken: { titel: "De link is ingetrokken", tekst: "De link werkt niet meer. Wie hem opent, kan uw aanvraag niet meer lezen." },
      ondertekend: { titel: "U heeft ondertekend", tekst: "Uw handtekening staat nu op het budgetplan." },
      nietGevonden: { titel: "Deze link bestaat niet meer", tekst: "Misschien was hij al ingetrokken of verlopen." },
    },
  },
  rollen: {
    meekijken: "meekijken",
    "gewaarborgde-hulp": "de gewaarborgde hulp",
  },
  gedeeld: {
    titel: "Een gedeelde aanvraag voor een pgb",
    meekijken: {
      titel: "U kijkt mee",
      tekst: "U kunt deze aanvraag lezen. U kunt niets veranderen en niets ondertekenen.",
    },
    gewaarborgdeHulp: {
      titel: "U bent de gewaarborgde hulp",
      tekst: "Lees de aanvraag en het budgetplan. Die staan onder het formulier om te ondertekenen. Klopt alles? Onderteken dan met dat formulier.",
    },
    /** Above the gewaarborgde hulp's form, which comes first: to what they sign (docs/decisions/031-burgerpaginas.md). */
    naarAntwoorden: "Lees eerst de aanvraag en het budgetplan",
    geldigTot: (datum: string) => `Deze link werkt tot en met ${datum}.`,
    /** `naam`: the applicant's, when someone filled it in for them (the answers then name them, not "u"). */
    antwoordenVan: (naam: string | null): string =>
      naam === null
        ? "Hieronder staan de antwoorden zoals de aanvrager ze heeft ingevuld. Met 'u' is de aanvrager bedoeld."
        : `Hieronder staan de antwoorden zoals ze voor ${naam} zijn ingevuld.`,
    stapKop: (nummer: number, titel: string) => `Stap ${nummer}: ${titel}`,
    leeg: "Hier is nog niets ingevuld.",
    budgetplanKop: "Het budgetplan",
    pdf: "Download het budgetplan (pdf)",
    handtekeningenKop: "Handtekeningen",
    ondertekenKop: "Ondertekenen als gewaarborgde hulp",
    /** `naam`: the applicant's when the draft has one, else null for "de aanvrager" (docs/decisions/028). */
    nogNietKlaar: (naam: string | null): string =>
      naam === null
        ? "Het budgetplan is nog niet af. U kunt ondertekenen als de aanvrager het budgetplan heeft ingevuld."
        : `Het budgetplan van ${naam} is nog niet af. Ondertekenen kan als het budgetplan is ingevuld.`,
    eigenLink:
      "U heeft deze link zelf gemaakt. Met deze link tekent alleen de gewaarborgde hulp zelf. Stuur de link naar de gewaarborgde hulp.",
    geenGh: (naam: string | null): string =>
      naam === null
        ? "In de aanvraag staat geen gewaarborgde hulp. Vraag de aanvrager om de gewaarborgde hulp eerst in te vullen."
        : `In de aanvraag van ${naam} staat geen gewaarborgde hulp. Vraag ${naam} om de gewaarborgde hulp eerst in te vullen.`,
    alleenMeekijken: "Met deze link kunt u alleen meekijken. U kunt niets veranderen en niets ondertekenen.",
    datum: (datum: string) => `Datum van ondertekenen: ${datum} (vandaag).`,
    ondertekenKnop: "Onderteken het budgetplan",
    alGetekend: "U heeft het budgetplan ondertekend. Verandert de aanvrager daarna iets? Dan ziet u hier dat u opnieuw moet ondertekenen.",
    ondertekend: { titel: "U heeft ondertekend", tekst: "Uw handtekening staat nu op het budgetplan. De aanvrager ziet dat u heeft getekend." },
    /** Never names the gewaarborgde hulp: whoever holds the link must know the name (docs/decisions/022-links-openen.md). */
    naamAnders:
      "Deze naam is anders dan de naam van de gewaarborgde hulp in de aanvraag. Controleer hoe u uw naam heeft geschreven. Klopt het toch niet? Vraag de aanvrager welke naam in de aanvraag staat.",
    /** On the gewaarborgde hulp's link, where their name and contact details are left out. */
    naamNietGetoond:
      "Uw naam en uw telefoonnummer en e-mailadres staan niet op deze pagina. Zo kan alleen u ondertekenen: u vult uw naam zelf in.",
  },
  mislukt: {
    titel: "Deze link werkt niet (meer)",
    redenen: {
      verlopen: "Deze link is verlopen. Links werken maar een beperkte tijd, en nooit langer dan de aanvraag bewaard blijft. Vraag de aanvrager om een nieuwe link.",
      "niet-gevonden": "Deze link werkt niet. Misschien heeft de aanvrager hem ingetrokken, of is de aanvraag gewist. Vraag de aanvrager om een nieuwe link.",
      "sleutel-onjuist": "De link is niet helemaal goed. Kopieer de hele link en probeer het opnieuw.",
      geen: "U heeft geen link geopend. Open de link die u heeft gekregen.",
    },
    home: "Naar de startpagina",
  },
} as const;
