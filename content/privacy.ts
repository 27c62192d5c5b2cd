/**
 * The privacy statement. Every sentence must stay true to the code: lib/drafts (encryption,
 * padding, deleting), lib/wizard/sessie.ts and lib/delen/sessie.ts (the cookies), lib/http (limits
 * per address, logs) and docs/decisions/017, 019, 020, 025. Dutch, B1.
 */
export const privacy = {
  titel: "Privacy: wat wij met uw gegevens doen",
  inleiding:
    "Op deze website vult u gegevens in over uzelf of over iemand voor wie u zorgt. Daar zit ook informatie over gezondheid bij. Hier leest u wat wij bewaren, hoe wij dat beschermen en hoe u het wist.",
  watKop: "Wat wij bewaren",
  wat: [
    "De antwoorden die u invult. Bijvoorbeeld namen, adres, BSN, het zorgprofiel, de zorgverleners en het budgetplan.",
    "De handtekeningen op het budgetplan.",
    "De links die u maakt om iemand te laten meekijken of ondertekenen.",
    "Wanneer uw aanvraag is gemaakt en tot wanneer wij hem bewaren.",
  ],
  nietKop: "Wat wij niet bewaren",
  niet: [
    "Wij hebben geen account en geen wachtwoord van u.",
    "Wij zetten uw antwoorden niet in onze logbestanden.",
    "Wij gebruiken geen cookies om u te volgen, en geen advertenties of statistieken van andere bedrijven.",
    "Wij sturen uw gegevens naar niemand. Ook niet naar het zorgkantoor. Dat doet u zelf, als u de aanvraag verstuurt.",
  ],
  versleuteldKop: "Zo beschermen wij uw antwoorden",
  versleuteld: [
    "Wij versleutelen uw antwoorden met AES-256-GCM. Elke aanvraag heeft een eigen, willekeurige sleutel.",
    "Die sleutel bewaren wij niet. Hij staat alleen in een cookie in uw browser en in uw persoonlijke link. Zonder die sleutel kan niemand uw antwoorden lezen, ook wij niet.",
    "Een link die u met iemand deelt, heeft een eigen sleutel. Die sleutel maken wij uit uw sleutel en ook die bewaren wij niet.",
    "Wij vullen alles wat wij versleutelen aan tot een vaste grootte. Zo is aan de grootte weinig te zien van wat erin staat.",
  ],
  wieKop: "Wie uw antwoorden kan lezen",
  wie: [
    "U zelf, in de browser waarin u begon, en met uw persoonlijke link.",
    "Iedereen die een link van u heeft: uw persoonlijke link of een link die u deelde. Geef links dus alleen aan mensen die u vertrouwt. Een gedeelde link kunt u altijd meteen intrekken.",
    "Niemand anders. Ook de beheerders van deze website kunnen uw antwoorden niet lezen.",
  ],
  hoeLangKop: "Hoe lang wij uw gegevens bewaren",
  hoeLang: (dagen: number) => [
    `Wij bewaren uw aanvraag ${dagen} dagen, te rekenen vanaf de dag dat u begon. Als u iets verandert, wordt die tijd niet langer. Op de pagina 'Bewaren en later verder' staat de precieze datum.`,
    "Daarna kan niemand uw aanvraag nog openen. Wij wissen hem dan, met alle links die u maakte.",
    "Een gedeelde link werkt 7 of 14 dagen, of zolang de aanvraag bewaard wordt. Dat kiest u zelf.",
  ],
  cookieKop: "De cookies",
  cookie: [
    "Deze website zet alleen functionele cookies. De belangrijkste bewaart de sleutel van uw aanvraag. Zonder die cookie kunt u niet verder waar u was. Voor functionele cookies vragen wij geen toestemming.",
    "De cookie heet pgb-aanvraag. Scripts op de pagina kunnen hem niet lezen. Hij verloopt op dezelfde dag als uw aanvraag.",
    "Opent u een link die iemand met u deelde? Dan zet de website een cookie van dezelfde soort: pgb-gedeeld. Die geldt alleen voor de pagina's van die gedeelde aanvraag.",
    "Kiest u bovenaan een andere taal? Dan onthoudt de cookie taal die keuze, een jaar lang. Daarin staat alleen nl of en.",
  ],
  adresKop: "Uw internetadres",
  adres:
    "Wij tellen per internetadres hoe vaak een link niet klopt en hoeveel aanvragen er gemaakt worden. Zo houden wij misbruik tegen. Die telling staat alleen in het geheugen van de server en is na 15 minuten weg.",
  wissenKop: "Zo wist u uw gegevens",
  wissen: [
    "Ga naar uw aanvraag en kies 'Verwijder mijn gegevens'. Wij vragen eerst of u het zeker weet. Daarna wissen wij uw antwoorden en al uw links meteen.",
    "Een gedeelde link wist u met 'Trek de link in' op de pagina 'Delen en ondertekenen'.",
    "Doet u niets? Dan wissen wij alles vanzelf na de bewaartijd.",
  ],
  kopieKop: "Reservekopieën",
  kopie:
    "Maakt de beheerder een reservekopie van de database? Dan staat uw aanvraag daar versleuteld in, tot die kopie zelf wordt gewist. Ook daar kan niemand hem lezen zonder uw link.",
  vragenKop: "Vragen over privacy",
  vragen: "Heeft u een vraag of een klacht over uw gegevens? Kijk dan op de pagina",
  vragenLink: "Contact",
} as const;
