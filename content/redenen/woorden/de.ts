/**
 * The words of the family `de.` (rules/declaratie.ts): declaring, the verantwoordingsvrij bedrag
 * and what the SVB does (docs/decisions/028).
 */
import { declaratieTeksten } from "../declaratie";
import { bedrag, datum, getal, procent } from "../gegevens";
import { Naam, type Familie } from "./gedeeld";

const de = declaratieTeksten;

export const DE = {
  "de.start-portaal": {
    u: () => de.startPortaal,
    ander: (_, p) => `Zodra het zorgkantoor de zorgovereenkomst en zorgbeschrijving heeft goedgekeurd, kan ${p.naam} declareren voor de zorgverlener.`,
  },
  "de.start-svb": {
    u: () => de.startSvb,
    ander: (_, p) =>
      `Zodra het zorgkantoor de zorgbeschrijving heeft goedgekeurd en de SVB de zorgovereenkomst heeft verwerkt, kan ${p.naam} declareren voor de zorgverlener.`,
  },
  "de.welke-route": {
    u: () => de.welkeRoute,
    ander: (_, p) =>
      `Hoe ${p.naam} declareert, verschilt per zorgkantoor: via het PGB Portaal, of via Mijn PGB van de SVB. Het zorgkantoor kan vertellen hoe het werkt.`,
  },
  "de.nog-niet-goedgekeurd": {
    u: () => de.nogNietGoedgekeurd,
    ander: (_, p) => `Het zorgkantoor heeft de zorgovereenkomst en zorgbeschrijving nog niet goedgekeurd. ${Naam(p)} kan nog niet declareren.`,
  },
  "de.goedkeuring-onbekend": {
    u: () => de.goedkeuringOnbekend,
    ander: () => "We weten niet of het zorgkantoor de zorgovereenkomst en zorgbeschrijving al heeft goedgekeurd. Vraag het na bij het zorgkantoor.",
  },
  "de.nog-niet-verwerkt": {
    u: () => de.nogNietVerwerkt,
    ander: (_, p) => `De SVB heeft de zorgovereenkomst nog niet verwerkt. ${Naam(p)} kan nog niet declareren.`,
  },
  "de.verwerking-onbekend": {
    u: () => de.verwerkingOnbekend,
    ander: () => "We weten niet of de SVB de zorgovereenkomst al heeft verwerkt. Vraag het na bij de SVB.",
  },
  "de.portaal": {
    u: () => de.portaal,
    ander: (_, p) =>
      `In het PGB Portaal kan de zorgverlener zelf een declaratie invoeren. ${Naam(p)} krijgt daarvan bericht en beoordeelt de declaratie. Een zorgverlener kan nooit een declaratie indienen zonder dat ${p.naam} die heeft beoordeeld.`,
  },
  "de.svb": {
    u: () => de.svb,
    ander: (_, p) =>
      `Via Mijn PGB van de SVB geeft ${p.naam} declaraties digitaal door. Papieren declaraties kan ook, maar dat duurt langer. Na ontvangst betaalt de SVB de zorgverlener uit het budget van ${p.naam}.`,
  },
  "de.termijn": {
    u: (g) => de.termijn(getal(g, "weken"), datum(g, "ontvangen"), datum(g, "uiterlijk")),
    ander: (g, p) =>
      `Stuur een declaratie binnen ${getal(g, "weken")} weken na ontvangst door naar de SVB. ${Naam(p)} ontving de declaratie op ${datum(g, "ontvangen")}. Stuur hem dus uiterlijk op ${datum(g, "uiterlijk")} door.`,
  },
  "de.te-laat": { u: (g) => de.teLaat(datum(g, "uiterlijk")) },
  "de.vast-maandloon": {
    u: () => de.vastMaandloon,
    ander: (_, p) =>
      `${Naam(p)} heeft een vast maandloon afgesproken. Dan zijn er geen declaraties nodig. De SVB betaalt het afgesproken maandloon elke maand uit.`,
  },
  "de.geen-vast-maandloon": {
    u: () => de.geenVastMaandloon,
    ander: (_, p) => `${Naam(p)} heeft geen vast maandloon afgesproken. Dan declareert ${p.naam} de zorg die de zorgverlener heeft gegeven.`,
  },
  "de.vvb-geen-zorg": {
    u: () => de.vvbGeenZorg,
    ander: (_, p) => `${Naam(p)} heeft geen uitgaven aan zorg gedaan vanuit het pgb. Dan is er geen recht op het verantwoordingsvrije bedrag.`,
  },
  "de.vvb-berekening": {
    u: (g) => de.vvbBerekening(bedrag(g, "pgb"), procent(g, "basispunten"), bedrag(g, "bedrag")),
    ander: (g, p) => `${procent(g, "basispunten")} van het pgb van ${p.naam} (${bedrag(g, "pgb")}) is ${bedrag(g, "bedrag")}.`,
  },
  "de.vvb-minimum": {
    u: (g) => de.vvbMinimum(bedrag(g, "minimum")),
    ander: (g) => `Het verantwoordingsvrije bedrag is minstens ${bedrag(g, "minimum")} per jaar, als het budget daarvoor genoeg is.`,
  },
  "de.vvb-maximum": { u: (g) => de.vvbMaximum(bedrag(g, "maximum")) },
  "de.vvb-pgb-onder-minimum": {
    u: (g) => de.vvbPgbOnderMinimum(bedrag(g, "pgb"), bedrag(g, "minimum")),
    ander: (g, p) =>
      `Het pgb van ${p.naam} (${bedrag(g, "pgb")}) is kleiner dan het minimum van ${bedrag(g, "minimum")}. Het verantwoordingsvrije bedrag kan nooit meer zijn dan het pgb. Het is dan ook minder dan het minimum.`,
  },
  "de.vvb-niets-over": {
    u: () => de.vvbNietsOver,
    ander: (_, p) =>
      `Het verantwoordingsvrije bedrag kan alleen uit het budget dat niet nodig is voor zorg. Van het pgb van ${p.naam} is na de uitgaven aan zorg niets over. Dan kan ${p.naam} geen verantwoordingsvrij bedrag opvragen.`,
  },
  "de.vvb-over-onder-minimum": {
    u: (g) => de.vvbOverOnderMinimum(bedrag(g, "over"), bedrag(g, "minimum")),
    ander: (g, p) =>
      `Het verantwoordingsvrije bedrag kan alleen uit het budget dat niet nodig is voor zorg. Van het pgb van ${p.naam} is na de uitgaven aan zorg nog ${bedrag(g, "over")} over. Dat is minder dan het minimum van ${bedrag(g, "minimum")}. ${Naam(p)} kan dan alleen opvragen wat er over is. Het zorgkantoor beslist.`,
  },
  "de.vvb-niet-meer-dan-over": {
    u: (g) => de.vvbNietMeerDanOver(bedrag(g, "over")),
    ander: (g, p) =>
      `Het verantwoordingsvrije bedrag kan alleen uit het budget dat niet nodig is voor zorg. Van het pgb van ${p.naam} is na de uitgaven aan zorg nog ${bedrag(g, "over")} over.`,
  },
  "de.vvb-voorwaarde": {
    u: (g) => de.vvbVoorwaarde(bedrag(g, "minimum")),
    ander: (g, p) =>
      `${Naam(p)} kan het bedrag alleen opvragen als het budget dat toelaat en niet helemaal nodig is om passende zorg in te kopen. Is er minder over? Dan kan ${p.naam} alleen opvragen wat er over is, ook als dat minder is dan ${bedrag(g, "minimum")}.`,
  },
  "de.vvb-uitkomst": {
    u: (g) => de.vvbUitkomst(bedrag(g, "bedrag")),
    ander: (g, p) =>
      `${Naam(p)} kan ${bedrag(g, "bedrag")} opvragen als verantwoordingsvrij bedrag. Dat is voor kleine uitgaven, zoals telefoonkosten en postzegels. ${Naam(p)} hoeft niet te laten zien waaraan het geld opgaat.`,
  },
  "de.vvb-opvragen": {
    u: () => de.vvbOpvragen,
    ander: () =>
      "Werkt het zorgkantoor met het PGB Portaal? Kies dan bij 'Indienen declaratie' voor 'het verantwoordingsvrije bedrag opvragen'. Anders gaat het met het formulier 'Opvragen verantwoordingsvrij bedrag' van de SVB.",
  },
  "de.vvb-geen": {
    u: () => de.vvbGeen,
    ander: (_, p) => `${Naam(p)} kan geen verantwoordingsvrij bedrag opvragen.`,
  },
  "de.budgetoverzicht": {
    u: () => de.budgetoverzicht,
    ander: (_, p) =>
      `Na afloop van het jaar stuurt de SVB een budgetoverzicht naar het zorgkantoor en naar ${p.naam}. Daarin staan alle betalingen die de SVB voor ${p.naam} heeft gedaan.`,
  },
  "de.vaststelling": {
    u: () => de.vaststelling,
    ander: (_, p) =>
      `Daarna stelt het zorgkantoor vast of ${p.naam} het pgb goed heeft besteed. Dat heet de subsidievaststelling. ${Naam(p)} krijgt daarover bericht van het zorgkantoor.`,
  },
  "de.salarisadministratie": {
    u: () => de.salarisadministratie,
    ander: (_, p) => `De SVB doet de salarisadministratie voor ${p.naam} als ${p.naam} dat als werkgever moet doen, of daarvoor kiest.`,
  },
  "de.ziekte": {
    u: () => de.ziekte,
    ander: (_, p) =>
      `Als werkgever moet ${p.naam} soms het loon van een zieke zorgverlener doorbetalen. De SVB regelt dat. ${Naam(p)} kan het pgb dan gebruiken om een vervangende zorgverlener te betalen.`,
  },
  "de.verzekering": {
    u: () => de.verzekering,
    ander: (_, p) =>
      `De SVB heeft voor alle budgethouders een WA-verzekering en een rechtsbijstandverzekering afgesloten. Daar kan ${p.naam} een beroep op doen als de zorgverlener schade veroorzaakt, of bij een arbeidsconflict met de zorgverlener.`,
  },
} satisfies Familie<"de">;
