/**
 * Texts for declaraties and the verantwoordingsvrij bedrag (DE-01..DE-07). B1 Dutch, the reader
 * is "u". Amounts and dates arrive formatted ("€ 750,00", "30-03-2026").
 */
export const declaratieTeksten = {
  /** DE-01 */
  startPortaal: "Zodra het zorgkantoor uw zorgovereenkomst en zorgbeschrijving heeft goedgekeurd, kunt u declareren voor uw zorgverlener.",
  startSvb:
    "Zodra het zorgkantoor uw zorgbeschrijving heeft goedgekeurd en de SVB uw zorgovereenkomst heeft verwerkt, kunt u declareren voor uw zorgverlener.",
  welkeRoute:
    "Hoe u declareert, verschilt per zorgkantoor: via het PGB Portaal, of via Mijn PGB van de SVB. Uw zorgkantoor kan u vertellen hoe u declareert.",
  nogNietGoedgekeurd: "Het zorgkantoor heeft uw zorgovereenkomst en zorgbeschrijving nog niet goedgekeurd. U kunt nog niet declareren.",
  nogNietVerwerkt: "De SVB heeft uw zorgovereenkomst nog niet verwerkt. U kunt nog niet declareren.",
  goedkeuringOnbekend: "We weten niet of het zorgkantoor uw zorgovereenkomst en zorgbeschrijving al heeft goedgekeurd. Vraag het na bij uw zorgkantoor.",
  verwerkingOnbekend: "We weten niet of de SVB uw zorgovereenkomst al heeft verwerkt. Vraag het na bij de SVB.",

  /** DE-02 */
  portaal:
    "In het PGB Portaal kan uw zorgverlener zelf een declaratie invoeren. U krijgt daarvan bericht en beoordeelt de declaratie. Een zorgverlener kan nooit een declaratie indienen zonder dat u die heeft beoordeeld.",

  /** DE-03 */
  svb: "Via Mijn PGB van de SVB geeft u declaraties digitaal door. Papieren declaraties kan ook, maar dat duurt langer. Na ontvangst betaalt de SVB uw zorgverlener uit uw budget.",
  termijn: (weken: number, ontvangen: string, uiterlijk: string) =>
    `Stuur een declaratie binnen ${weken} weken nadat u die heeft ontvangen door naar de SVB. U ontving de declaratie op ${ontvangen}. Stuur hem dus uiterlijk op ${uiterlijk} door.`,
  teLaat: (uiterlijk: string) =>
    `De termijn liep af op ${uiterlijk}. Stuur de declaratie zo snel mogelijk door naar de SVB. Vraag de SVB wat dit betekent voor de betaling.`,

  /** DE-04 */
  vastMaandloon: "U heeft een vast maandloon afgesproken. Dan hoeft u geen declaraties in te sturen. De SVB betaalt het afgesproken maandloon elke maand uit.",
  geenVastMaandloon: "U heeft geen vast maandloon afgesproken. Dan declareert u de zorg die uw zorgverlener heeft gegeven.",

  /** DE-05 */
  vvbBerekening: (pgb: string, procent: string, bedrag: string) => `${procent} van uw pgb van ${pgb} is ${bedrag}.`,
  vvbMinimum: (minimum: string) => `Het verantwoordingsvrije bedrag is minstens ${minimum} per jaar, als uw budget daarvoor genoeg is.`,
  vvbMaximum: (maximum: string) => `Het verantwoordingsvrije bedrag is hoogstens ${maximum} per jaar.`,
  vvbUitkomst: (bedrag: string) =>
    `U kunt ${bedrag} opvragen als verantwoordingsvrij bedrag. Dat is voor kleine uitgaven, zoals telefoonkosten en postzegels. U hoeft niet te laten zien waaraan u het uitgeeft.`,
  vvbPgbOnderMinimum: (pgb: string, minimum: string) =>
    `Uw pgb van ${pgb} is kleiner dan het minimum van ${minimum}. Het verantwoordingsvrije bedrag kan nooit meer zijn dan uw pgb. Het is dan ook minder dan het minimum.`,
  vvbNietMeerDanOver: (over: string) =>
    `Het verantwoordingsvrije bedrag kan alleen uit het budget dat niet nodig is voor zorg. Van uw pgb is na de uitgaven aan zorg nog ${over} over.`,
  /** docs/decisions/027-vvb-ondergrens.md */
  vvbOverOnderMinimum: (over: string, minimum: string) =>
    `Het verantwoordingsvrije bedrag kan alleen uit het budget dat niet nodig is voor zorg. Van uw pgb is na de uitgaven aan zorg nog ${over} over. Dat is minder dan het minimum van ${minimum}. U kunt dan alleen opvragen wat er over is. Het zorgkantoor beslist.`,
  vvbNietsOver:
    "Het verantwoordingsvrije bedrag kan alleen uit het budget dat niet nodig is voor zorg. Van uw pgb is na de uitgaven aan zorg niets over. Dan kunt u geen verantwoordingsvrij bedrag opvragen.",
  vvbGeen: "U kunt geen verantwoordingsvrij bedrag opvragen.",
  vvbGeenZorg:
    "U heeft geen uitgaven aan zorg gedaan vanuit uw pgb. Dan heeft u geen recht op het verantwoordingsvrije bedrag.",
  vvbVoorwaarde: (minimum: string) =>
    `U kunt het bedrag alleen opvragen als uw budget dat toelaat en niet helemaal nodig is om passende zorg in te kopen. Is er minder over? Dan kunt u alleen opvragen wat er over is, ook als dat minder is dan ${minimum}.`,
  vvbOpvragen:
    "Werkt uw zorgkantoor met het PGB Portaal? Kies dan bij 'Indienen declaratie' voor 'het verantwoordingsvrije bedrag opvragen'. Anders gebruikt u het formulier 'Opvragen verantwoordingsvrij bedrag' van de SVB.",

  /** DE-06 */
  budgetoverzicht:
    "Na afloop van het jaar stuurt de SVB een budgetoverzicht naar het zorgkantoor en naar u. Daarin staan alle betalingen die de SVB voor u heeft gedaan.",
  vaststelling:
    "Daarna stelt het zorgkantoor vast of u uw pgb goed heeft besteed. Dat heet de subsidievaststelling. U krijgt daarover bericht van het zorgkantoor.",

  /** DE-07 */
  salarisadministratie:
    "De SVB doet de salarisadministratie voor u als u dat als werkgever moet doen, of als u daarvoor kiest.",
  ziekte:
    "Als werkgever moet u soms het loon van uw zieke zorgverlener doorbetalen. De SVB regelt dat. U kunt uw pgb dan gebruiken om een vervangende zorgverlener te betalen.",
  verzekering:
    "De SVB heeft voor alle budgethouders een WA-verzekering en een rechtsbijstandverzekering afgesloten. Daar kunt u een beroep op doen als de zorgverlener schade veroorzaakt, of als u een arbeidsconflict heeft met uw zorgverlener.",
} as const;
