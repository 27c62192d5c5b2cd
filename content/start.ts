/**
 * The start page. Plain Dutch (B1): short sentences, the brochure's own terms, each explained
 * once. Every step names the brochure section it summarises.
 */
export const start = {
  titel: "Zelf uw zorg regelen met een pgb uit de Wlz",
  inleiding: [
    "Heeft u langdurige zorg nodig? Dan krijgt u die zorg meestal via het zorgkantoor. Dat heet zorg in natura.",
    "U kunt de zorg ook zelf regelen en betalen met een persoonsgebonden budget. Dat heet een pgb. Dit geld komt uit de Wet langdurige zorg (Wlz).",
    "Een pgb aanvragen gaat in 6 stappen. Hieronder leest u per stap wat er gebeurt en wie wat doet.",
  ],
  stappenKop: "De 6 stappen",
  stappen: [
    {
      titel: "Het CIZ kijkt welke zorg u nodig heeft",
      tekst:
        "Het Centrum indicatiestelling zorg (CIZ) kijkt of u zorg uit de Wlz nodig heeft. U krijgt dan een brief: het indicatiebesluit. Daarin staat uw zorgprofiel, bijvoorbeeld VV 5 of VG 3.",
      bron: "Stap 1",
    },
    {
      titel: "U kiest: zorg in natura of een pgb",
      tekst:
        "U kiest waar u wilt wonen: thuis of in een instelling. En wie de zorg regelt: het zorgkantoor of uzelf. Met sommige zorgprofielen kan een pgb niet.",
      bron: "Stap 2",
    },
    {
      titel: "U vraagt het pgb aan bij het zorgkantoor",
      tekst:
        "U vult een aanvraag en een budgetplan in. Daarin staat welke zorg u wilt kopen, bij wie en wat het kost. Soms moet er iemand zijn die u helpt: een gewaarborgde hulp. Het zorgkantoor praat met u over uw keuze.",
      bron: "Stap 3",
    },
    {
      titel: "Het zorgkantoor kent het pgb toe",
      tekst:
        "Zegt het zorgkantoor ja? Dan krijgt u een brief met de hoogte van uw budget. Het geld gaat naar de Sociale Verzekeringsbank (SVB). U betaalt vaak een eigen bijdrage aan het CAK.",
      bron: "Stap 4",
    },
    {
      titel: "U maakt afspraken met uw zorgverleners",
      tekst:
        "Met iedere zorgverlener maakt u een zorgovereenkomst. Daarin staat welke zorg u krijgt en wat die kost. Soms wordt u daardoor werkgever.",
      bron: "Stap 5",
    },
    {
      titel: "U declareert de kosten",
      tekst:
        "Na de zorg stuurt u de rekening (declaratie) door. De SVB betaalt uw zorgverlener uit uw budget. Na het jaar kijkt het zorgkantoor of alles klopt.",
      bron: "Stap 6",
    },
  ],
  bronKop: "Waar komt deze informatie vandaan?",
  bronTekst:
    "Alles op deze website komt uit openbare bronnen. Staat er bij een uitkomst een code zoals LV-02? Dan is dat de regel waarop de uitkomst rust. Bij elke regel staat het deel van de brochure waar u het kunt nalezen.",
  bronBrochure: "Brochure",
  bronPagina: "Webpagina",
  ontwikkelaarsKop: "Voor ontwikkelaars en zorgkantoren",
  ontwikkelaarsTekst:
    "Dezelfde regels zijn ook te gebruiken via een open koppeling (API). De beschrijving staat in",
  ontwikkelaarsLink: "het OpenAPI-document",
  beginKop: "Beginnen",
  watNodigKop: "Wat heeft u nodig?",
  // The list and the minutes come from the step registry (content/voorbereiden.ts words them).
  hoeLangKop: "Hoe lang duurt het?",
  gegevensKop: "Wat gebeurt er met uw gegevens?",
  gegevens: [
    "Uw antwoorden worden versleuteld bewaard. Alleen u heeft de sleutel: in deze browser, of in de link die u zelf bewaart.",
    "Na 30 dagen worden uw antwoorden automatisch gewist. U kunt ze ook zelf meteen wissen.",
    "Wij sturen niets door. U stuurt uw aanvraag zelf naar het zorgkantoor.",
  ],
  voorWie: {
    vraag: "Vult u dit in voor uzelf, of voor iemand anders?",
    opties: {
      zelf: "Voor mijzelf",
      "gewaarborgde-hulp": "Voor iemand anders, als gewaarborgde hulp",
      "wettelijk-vertegenwoordiger": "Voor iemand anders, als wettelijk vertegenwoordiger",
      familie: "Voor iemand anders, als familielid of naaste",
    },
    hints: {
      "gewaarborgde-hulp": "Een gewaarborgde hulp helpt de aanvrager met de zorg en de administratie van het pgb.",
      "wettelijk-vertegenwoordiger": "Bijvoorbeeld een ouder, curator, mentor of bewindvoerder.",
    },
    naamLabel: "Voornaam van de aanvrager (niet verplicht)",
    naamHint: "Als u dit invult, gebruiken we die naam in de vragen. Vult u het in voor uzelf? Laat dit dan leeg.",
    fout: "Kies voor wie u dit invult.",
    naamTeLang: "De naam mag niet langer zijn dan 200 tekens.",
    knop: "Start",
  },
  verwijderd: "Uw gegevens zijn gewist.",
  stapLabel: (nummer: number) => `Stap ${nummer}`,
  brochureDeel: (deel: string) => `Brochure: ${deel}`,
} as const;
