/**
 * The table of docs/decisions/028: words for every reason code. `u` gives the applicant's text of
 * content/redenen/*.ts byte for byte (content/redenen/teksten.test.ts); `ander` the words for
 * anyone else, where written; without it redenTekst uses the fallback `uVormAlsDerdePersoon`.
 */
import { landVoorCode } from "../../rules/data/landen";
import { formatBreuk } from "../../rules/budgetplan";
import { formatDatumNl } from "../../rules/datum";
import { formatBedrag, formatUren } from "../../rules/geld";
import type { Gegevens, RedenCode } from "../../rules/redenen";
import { declaratiesTeksten } from "../wizard/declaraties";
import { keuzeVragen } from "../wizard/keuze";
import { aanvraagTeksten } from "./aanvraag";
import { budgetplanTeksten } from "./budgetplan";
import { buitenlandTeksten } from "./buitenland";
import { bezittelijk, type Persoon } from "./derde-persoon";
import type { Publiek } from "./index";
import { leveringsvormTeksten } from "./leveringsvorm";
import { zorgkantoorTeksten } from "./zorgkantoor";
import { zorgovereenkomstTeksten } from "./zorgovereenkomst";

const hulp = aanvraagTeksten.gewaarborgdeHulp;
const lv = leveringsvormTeksten.pgb;
const zo = zorgovereenkomstTeksten;
const bp = budgetplanTeksten;
const bl = buitenlandTeksten;
const zk = zorgkantoorTeksten;

export interface Woorden {
  u: (g: Gegevens) => string;
  ander?: (g: Gegevens, persoon: Persoon, publiek: Publiek) => string;
}

/** A fact as text; a missing fact is a programming error, so it shows, not hides. */
export function tekst(g: Gegevens, sleutel: string): string {
  const w = g[sleutel];
  if (w === undefined || w === null) throw new Error(`reden zonder gegeven ${sleutel}`);
  return String(w);
}

export function getal(g: Gegevens, sleutel: string): number {
  const w = g[sleutel];
  if (typeof w !== "number") throw new Error(`reden zonder getal ${sleutel}`);
  return w;
}

/** An amount in cents as "€ 1.624,00". */
function bedrag(g: Gegevens, sleutel: string): string {
  return formatBedrag(getal(g, sleutel));
}

/** A country by its ISO code, as the country list names it; an unknown code as typed. */
function landNaam(g: Gegevens): string {
  return landVoorCode(tekst(g, "land"))?.naam ?? tekst(g, "land");
}

/** The applicant by name, or the neutral term with a capital at a sentence start. */
function Naam(p: Persoon): string {
  return p.neutraal ? p.naam.charAt(0).toUpperCase() + p.naam.slice(1) : p.naam;
}

const WIE_U: Readonly<Record<string, string>> = { instelling: zo.wieInstelling, zzp: zo.wieZzp, familie: zo.wieFamilie };
const wieAnder = (wie: string, p: Persoon): string => (wie === "familie" ? `${bezittelijk(p)} partner of een familielid` : (WIE_U[wie] ?? wie));

export const REDEN_WOORDEN = {
  "vaste-tekst": { u: (g) => tekst(g, "tekst") },

  "av.hulp-verplicht": {
    u: (g) => hulp.verplicht(tekst(g, "zorgprofiel")),
    ander: (g, p, publiek) =>
      publiek.wie === "gewaarborgde-hulp"
        ? `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een gewaarborgde hulp verplicht. Dat bent u: u helpt ${p.naam} met de zorg en de administratie van het pgb.`
        : `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een gewaarborgde hulp verplicht. Dat is iemand die ${p.naam} helpt met de zorg en de administratie van het pgb.`,
  },
  "av.hulp-niet-verplicht": {
    u: (g) => hulp.nietVerplicht(tekst(g, "zorgprofiel")),
    ander: (g, p) =>
      `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een gewaarborgde hulp niet verplicht. Het zorgkantoor kan wel besluiten dat ${p.naam} alleen een pgb krijgt als er iemand is die helpt: een gewaarborgde hulp.`,
  },
  "av.hulp-ontbreekt": {
    u: (g) => hulp.ontbreekt(tekst(g, "zorgprofiel")),
    ander: (g, p) =>
      `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een gewaarborgde hulp verplicht. ${Naam(p)} heeft niemand die dat doet. Dan kan de aanvraag voor een pgb niet slagen.`,
  },
  "av.hulp-onbekend": {
    u: (g) => hulp.onbekend(tekst(g, "zorgprofiel")),
    ander: (g, p) =>
      `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een gewaarborgde hulp verplicht. Heeft ${p.naam} iemand die dat wil doen? Zonder gewaarborgde hulp kan de aanvraag niet slagen.`,
  },
  "av.hulp-geschikt": {
    u: () => hulp.geschikt,
    ander: (_, p, publiek) =>
      publiek.wie === "gewaarborgde-hulp"
        ? `Het zorgkantoor beoordeelt of u de zorg en de administratie van het pgb van ${p.naam} goed kunt regelen. Het zorgkantoor schrijft u in als gewaarborgde hulp.`
        : `Het zorgkantoor beoordeelt of de gewaarborgde hulp van ${p.naam} de zorg en de administratie van het pgb goed kan regelen. Het zorgkantoor schrijft de gewaarborgde hulp in.`,
  },

  "lv.geen-pgb-zorgprofiel": {
    u: (g) => lv.geenPgbZorgprofiel(tekst(g, "zorgprofiel")),
    ander: (g, p) => `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een pgb niet mogelijk. Het zorgkantoor regelt de zorg voor ${p.naam} dan in natura (zin).`,
  },
  "lv.pgb-thuis": {
    u: () => lv.thuis,
    ander: (_, p) => `${Naam(p)} woont thuis. Met dit zorgprofiel kan ${p.naam} de zorg inkopen met een pgb. Het zorgkantoor beslist wel over de aanvraag.`,
  },
  "lv.pgb-wooninitiatief": {
    u: () => lv.wooninitiatief,
    ander: (_, p) => `${Naam(p)} woont in een wooninitiatief. Met dit zorgprofiel kan ${p.naam} de zorg inkopen met een pgb. Het zorgkantoor beslist wel over de aanvraag.`,
  },

  "zo.werkgever": {
    u: () => zo.werkgever,
    ander: (_, p) =>
      `${Naam(p)} wordt werkgever: ${p.naam} sluit een arbeidsovereenkomst met de zorgverlener. De zorgverlener wordt dan werknemer van ${p.naam}. ${Naam(p)} krijgt te maken met het arbeidsrecht en de plichten van een werkgever.`,
  },
  "zo.opdrachtgever": {
    u: () => zo.opdrachtgever,
    ander: (_, p) => `${Naam(p)} wordt opdrachtgever: ${p.naam} sluit een overeenkomst van opdracht met de zorgverlener. De zorgverlener is dan opdrachtnemer.`,
  },
  "zo.aangenomen-opdracht": {
    u: (g) => zo.aangenomenOpdracht(WIE_U[tekst(g, "wie")] ?? tekst(g, "wie")),
    ander: (g, p) =>
      `Er is niet ingevuld welke overeenkomst ${p.naam} sluit. Met ${wieAnder(tekst(g, "wie"), p)} is dat vaak een overeenkomst van opdracht. Daar gaan we van uit: dan wordt ${p.naam} opdrachtgever. Klopt dat niet? Vul dan de soort overeenkomst in.`,
  },
  "zo.aangenomen-arbeid": {
    u: () => zo.aangenomenArbeid,
    ander: (_, p) =>
      `Er is niet ingevuld welke overeenkomst ${p.naam} sluit. De zorgverlener is geen instelling, geen zzp'er en (voor zover wij weten) geen familie. Dan gaan we uit van een arbeidsovereenkomst: ${p.naam} wordt werkgever. Klopt dat niet? Vul dan de soort overeenkomst in.`,
  },

  "bp.geen-zorgverleners": {
    u: () => bp.geenZorgverleners,
    ander: () => "Er zijn nog geen zorgverleners ingevuld. Het totaal per jaar is € 0,00.",
  },
  "bp.totaal": {
    u: (g) => bp.totaal(getal(g, "aantal"), bedrag(g, "totaal")),
    ander: (g, p) =>
      getal(g, "aantal") === 1
        ? `${Naam(p)} heeft 1 zorgverlener. Het totaal per jaar is ${bedrag(g, "totaal")}.`
        : `${Naam(p)} heeft ${getal(g, "aantal")} zorgverleners. Samen kosten ze ${bedrag(g, "totaal")} per jaar.`,
  },
  "bp.binnen-budget": {
    u: (g) => bp.binnenBudget(bedrag(g, "totaal"), bedrag(g, "pgb")),
    ander: (g, p) => `Het totaal van ${bedrag(g, "totaal")} past binnen het pgb van ${p.naam} van ${bedrag(g, "pgb")} per jaar.`,
  },
  "bp.buiten-budget": {
    u: (g) => bp.buitenBudget(bedrag(g, "totaal"), bedrag(g, "pgb"), bedrag(g, "tekort")),
    ander: (g, p) =>
      `Het totaal van ${bedrag(g, "totaal")} is hoger dan het pgb van ${p.naam} van ${bedrag(g, "pgb")} per jaar. Er is ${bedrag(g, "tekort")} te weinig. Maak minder uren of een lager uurtarief af, of overleg met het zorgkantoor.`,
  },

  // A stay abroad (TK-06, TK-07): the country by its ISO code, its name from the country list.
  "bl.eer": {
    u: (g) => bl.eer(landNaam(g), getal(g, "maxWeken")),
    ander: (g, p) => `${landNaam(g)} hoort bij de Europese Economische Ruimte (EER). Daar mag ${p.naam} met het pgb maximaal 1 jaar (${getal(g, "maxWeken")} weken) zorg inkopen.`,
  },
  "bl.zwitserland": {
    u: (g) => bl.zwitserland(getal(g, "maxWeken")),
    ander: (g, p) => `In Zwitserland mag ${p.naam} met het pgb maximaal 1 jaar (${getal(g, "maxWeken")} weken) zorg inkopen.`,
  },
  "bl.elders": {
    u: (g) => bl.elders(landNaam(g), getal(g, "maxWeken")),
    ander: (g, p) =>
      `${landNaam(g)} hoort niet bij de Europese Economische Ruimte (EER) en is niet Zwitserland. Daar mag ${p.naam} met het pgb maximaal ${getal(g, "maxWeken")} weken zorg inkopen.`,
  },
  "bl.palliatief-terminaal": {
    u: (g) => bl.palliatiefTerminaal(landNaam(g), getal(g, "maxWeken")),
    ander: (g, p) =>
      `${Naam(p)} koopt palliatief terminale zorg in. Dan mag ${p.naam} ook in ${landNaam(g)} maximaal 1 jaar (${getal(g, "maxWeken")} weken) zorg inkopen met het pgb.`,
  },
  "bl.palliatief-terminaal-vraag": {
    u: (g) => bl.palliatiefTerminaalVraag(getal(g, "maxWeken"), getal(g, "maxWekenPalliatief")),
    ander: (g, p) =>
      `Het verblijf duurt langer dan ${getal(g, "maxWeken")} weken. Dat mag alleen als ${p.naam} palliatief terminale zorg inkoopt: dan mag ${p.naam} maximaal 1 jaar (${getal(g, "maxWekenPalliatief")} weken) zorg inkopen met het pgb. Wij weten niet of dat zo is. Vul het in, of vraag het aan het zorgkantoor.`,
  },
  "bl.binnen-maximum": {
    u: (g) => bl.binnenMaximum(getal(g, "maxWeken")),
    ander: (g, p) => `Het verblijf duurt niet langer dan ${getal(g, "maxWeken")} weken. ${Naam(p)} kan voor deze periode zorg inkopen met het pgb.`,
  },
  "bl.boven-maximum": {
    u: (g) => bl.bovenMaximum(getal(g, "maxWeken")),
    ander: (g, p) =>
      `Het verblijf duurt langer dan ${getal(g, "maxWeken")} weken. Voor de weken daarna kan ${p.naam} geen zorg inkopen met het pgb. Overleg met het zorgkantoor.`,
  },
  "bl.onbekend-land": {
    u: (g) => bl.onbekendLand(tekst(g, "land"), getal(g, "maxWeken")),
    ander: (g, p) =>
      `Wij kennen het land met code "${tekst(g, "land")}" niet. Vraag het zorgkantoor hoe lang ${p.naam} daar zorg mag inkopen met het pgb. Buiten de EER en Zwitserland is dat maximaal ${getal(g, "maxWeken")} weken.`,
  },
  "bl.nederland": {
    u: () => bl.nederland,
    ander: (_, p) => `Nederland is geen buitenland. Kies het land waar ${p.naam} naartoe gaat.`,
  },
  "bl.duur-onbekend": {
    u: () => bl.onbekendeDuur,
    ander: (_, p) => `Wij weten niet hoe lang ${p.naam} in het buitenland blijft. Vul het aantal weken in. Of vraag het zorgkantoor wat voor ${p.naam} geldt.`,
  },
  "bl.meldplicht": {
    u: (g) => bl.meldplicht(getal(g, "naWeken")),
    ander: (g, p) => `${Naam(p)} gaat langer dan ${getal(g, "naWeken")} weken naar het buitenland. Meld dit aan het zorgkantoor.`,
  },
  "bl.geen-meldplicht": {
    u: (g) => bl.geenMeldplicht(getal(g, "naWeken")),
    ander: (g, p) => `${Naam(p)} gaat niet langer dan ${getal(g, "naWeken")} weken naar het buitenland. Dit hoeft niet gemeld te worden aan het zorgkantoor.`,
  },
  "bl.verlaging": {
    u: (g) => bl.verlaging(landNaam(g), getal(g, "percentage")),
    ander: (g, p) =>
      `De zorgverleners van ${p.naam} vallen niet onder de Nederlandse belastingwetgeving. Daarom verlaagt het zorgkantoor het pgb voor de hele periode in het buitenland. Voor ${landNaam(g)} is het aanvaardbaarheidspercentage ${getal(g, "percentage")}%.`,
  },
  "bl.verlaging-percentage-onbekend": {
    u: (g) => bl.verlagingPercentageOnbekend(landNaam(g)),
    ander: (g, p) =>
      `De zorgverleners van ${p.naam} vallen niet onder de Nederlandse belastingwetgeving. Daarom verlaagt het zorgkantoor het pgb voor de hele periode in het buitenland. Het aanvaardbaarheidspercentage voor ${landNaam(g)} staat niet in de brochure. Vraag het aan het zorgkantoor. Het zorgkantoor beslist.`,
  },
  "bl.verlaging-mogelijk": {
    u: (g) => bl.verlagingMogelijk(landNaam(g), getal(g, "percentage")),
    ander: (g, p) =>
      `Vallen de zorgverleners van ${p.naam} niet onder de Nederlandse belastingwetgeving? Dan verlaagt het zorgkantoor het pgb voor de hele periode in het buitenland. Voor ${landNaam(g)} is het aanvaardbaarheidspercentage ${getal(g, "percentage")}%. Wij weten niet of dat voor ${p.naam} geldt. Vraag het na bij het zorgkantoor.`,
  },
  "bl.verlaging-mogelijk-percentage-onbekend": {
    u: () => bl.verlagingMogelijkPercentageOnbekend,
    ander: (g, p) =>
      `Vallen de zorgverleners van ${p.naam} niet onder de Nederlandse belastingwetgeving? Dan verlaagt het zorgkantoor het pgb voor de hele periode in het buitenland. Wij weten niet of dat voor ${p.naam} geldt. Vraag het na bij het zorgkantoor. Het zorgkantoor weet ook het percentage voor ${landNaam(g)}.`,
  },
  "bl.geen-verlaging-kort": {
    u: (g) => bl.geenVerlagingKort(getal(g, "naWeken")),
    ander: (g, p) => `${Naam(p)} blijft niet langer dan ${getal(g, "naWeken")} weken weg. Het zorgkantoor verlaagt het pgb daarom niet.`,
  },
  "bl.geen-verlaging-nederlandse-zorgverleners": {
    u: () => bl.geenVerlagingNederlandseZorgverleners,
    ander: (_, p) => `De zorgverleners van ${p.naam} vallen onder de Nederlandse belastingwetgeving. Het zorgkantoor verlaagt het pgb daarom niet.`,
  },
  "bl.logeeropvang-binnen-eu": {
    u: (g) => bl.logeeropvangBinnenEu(landNaam(g)),
    ander: (g, p) => `${landNaam(g)} hoort bij de Europese Unie. Daar mag ${p.naam} logeeropvang inkopen met het pgb.`,
  },
  "bl.logeeropvang-buiten-eu": {
    u: (g) => bl.logeeropvangBuitenEu(landNaam(g)),
    ander: (g) => `Logeeropvang kan alleen binnen de Europese Unie worden ingekocht. ${landNaam(g)} hoort niet bij de Europese Unie.`,
  },
  "bl.logeeropvang-onbekend-land": {
    u: () => bl.logeeropvangOnbekendLand,
    ander: () => "Logeeropvang kan alleen binnen de Europese Unie worden ingekocht. Wij weten niet of dit land daarbij hoort. Vraag het aan het zorgkantoor.",
  },

  // Which zorgkantoor (ZK-01, ZK-02). A sentence about a place, without "u", needs no words of its own.
  "zk.regio-bepaalt": {
    u: () => zk.waarUWoont,
    ander: (_, p) => `Waar ${p.naam} woont, bepaalt bij welk zorgkantoor ${p.naam} terecht kan. In elke regio is 1 zorgkantoor.`,
  },
  "zk.regio": {
    u: (g) => zk.regio(tekst(g, "regio"), tekst(g, "zorgverzekeraar")),
    ander: (g, p) => `${Naam(p)} woont in de zorgkantoorregio ${tekst(g, "regio")}. Daar is 1 zorgkantoor. Het hoort bij zorgverzekeraar ${tekst(g, "zorgverzekeraar")}.`,
  },
  // The source's title ("Zelf uw zorg inkopen") is a name: the fallback must not rewrite it.
  "zk.bron": {
    u: (g) => zk.bron(tekst(g, "bron")),
    ander: (g) => `Website en telefoonnummer komen uit: ${tekst(g, "bron")}. Kijk op de website van het zorgkantoor of ze nog kloppen.`,
  },
  // Speaks to no one; the page title "Vind uw zorgkantoor" stays as it is.
  "zk.aantal": {
    u: (g) => zk.aantal(getal(g, "aantalRegios"), getal(g, "aantalVgz")),
    ander: (g) => zk.aantal(getal(g, "aantalRegios"), getal(g, "aantalVgz")),
  },
  "zk.gemeente": {
    u: (g) => zk.gemeente(tekst(g, "gemeente"), tekst(g, "regio")),
    ander: (g, p) => `${Naam(p)} woont in de gemeente ${tekst(g, "gemeente")}. Die valt onder zorgkantoorregio ${tekst(g, "regio")}.`,
  },
  "zk.woonplaats": { u: (g) => zk.woonplaats(tekst(g, "woonplaats"), tekst(g, "gemeente"), tekst(g, "regio")) },
  "zk.woonplaats-vroeger": {
    u: (g) => zk.woonplaatsVroeger(tekst(g, "woonplaats"), tekst(g, "vroegereGemeente"), tekst(g, "gemeente"), tekst(g, "regio")),
  },
  "zk.woonplaats-was-gemeente": { u: (g) => zk.woonplaatsWasGemeente(tekst(g, "woonplaats"), tekst(g, "gemeente"), tekst(g, "regio")) },
  "zk.woonplaats-gesplitst": { u: (g) => zk.woonplaatsGesplitst(tekst(g, "woonplaats"), tekst(g, "vroegereGemeente"), tekst(g, "regio")) },
  "zk.ook-elders": {
    u: (g) => zk.ookElders(tekst(g, "woonplaats"), tekst(g, "gemeente"), tekst(g, "regio")),
    ander: (g, p) =>
      `Er is ook een ${tekst(g, "woonplaats")} in de gemeente ${tekst(g, "gemeente")}. Woont ${p.naam} daar? Vul dan de gemeente ${tekst(g, "gemeente")} in. Die valt onder zorgkantoorregio ${tekst(g, "regio")}.`,
  },
  "zk.postcode": {
    u: (g) => zk.postcode(tekst(g, "postcode"), tekst(g, "gemeente"), tekst(g, "regio")),
    ander: (g, p) =>
      `Postcode ${tekst(g, "postcode")} ligt waarschijnlijk in de gemeente ${tekst(g, "gemeente")}. Klopt dat? Dan valt ${p.naam} onder zorgkantoorregio ${tekst(g, "regio")}.`,
  },
  "zk.postcode-vroeger": {
    u: (g) => zk.postcodeVroeger(tekst(g, "postcode"), tekst(g, "vroegereGemeente"), tekst(g, "gemeente"), tekst(g, "regio")),
    ander: (g, p) =>
      `Postcode ${tekst(g, "postcode")} ligt waarschijnlijk in de gemeente ${tekst(g, "vroegereGemeente")} (nu ${tekst(g, "gemeente")}). Klopt dat? Dan valt ${p.naam} onder zorgkantoorregio ${tekst(g, "regio")}.`,
  },
  "zk.postcode-gesplitst": {
    u: (g) => zk.postcodeGesplitst(tekst(g, "postcode"), tekst(g, "woonplaats"), tekst(g, "vroegereGemeente"), tekst(g, "regio")),
    ander: (g, p) =>
      `Postcode ${tekst(g, "postcode")} ligt waarschijnlijk in ${tekst(g, "woonplaats")}. Dat lag in de gemeente ${tekst(g, "vroegereGemeente")}. Die gemeente is verdeeld over andere gemeenten. Woont ${p.naam} in ${tekst(g, "woonplaats")}? Dan valt ${p.naam} onder zorgkantoorregio ${tekst(g, "regio")}.`,
  },
  "zk.postcode-lijst": {
    u: (g) => zk.postcodeLijst(getal(g, "jaar")),
    ander: (g, p) =>
      `Wij zoeken postcodes op in een lijst uit ${getal(g, "jaar")}. Nieuwe postcodes staan daar niet in. Soms ligt een postcode in 2 gemeenten. Klopt de gemeente niet? Vul dan de naam van de gemeente van ${p.naam} in.`,
  },
  "zk.postcode-onbekend": {
    u: (g) => zk.postcodeOnbekend(tekst(g, "postcode")),
    ander: (g, p) => `Postcode ${tekst(g, "postcode")} staat niet in onze lijst. Vul de naam van de gemeente van ${p.naam} in.`,
  },
  "zk.niets-gevonden": {
    u: () => zk.nietsGevonden,
    ander: () => "Wij vinden geen gemeente of woonplaats met die naam. Kijk of de naam goed geschreven is. Of vul de 4 cijfers van de postcode in.",
  },
  // The table's date is always a 1 January (rules/data/gemeenten.ts); the words name its year.
  "zk.indeling": { u: (g) => zk.indeling(tekst(g, "datum").slice(0, 4)) },

  // The budgetplan's sums and form (BP-01, BP-02, BP-03, BP-06). A sum speaks to no one.
  "bp.som-per-maand": {
    u: (g) =>
      bp.somPerMaand(
        formatUren(getal(g, "urenPerWeek")),
        bedrag(g, "uurtarief"),
        formatBreuk({ teller: getal(g, "wekenTeller"), noemer: getal(g, "wekenNoemer") }),
        bedrag(g, "perMaand"),
      ),
  },
  "bp.afgerond": { u: (g) => bp.afgerond(bedrag(g, "onafgerond"), bedrag(g, "afgerond")) },
  "bp.som-per-jaar": { u: (g) => bp.somPerJaar(bedrag(g, "perMaand"), getal(g, "maanden"), bedrag(g, "perJaar")) },
  "bp.extra-blad": {
    u: (g) => bp.extraBlad(getal(g, "aantal"), getal(g, "bladen")),
    ander: (g, p) => {
      const extra = getal(g, "bladen") - 1;
      return `Op het formulier is plaats voor 6 zorgverleners (A tot en met F). ${Naam(p)} heeft er ${getal(g, "aantal")}. Gebruik ${extra === 1 ? "een extra blad" : `${extra} extra bladen`} voor de andere zorgverleners.`;
    },
  },
  "bp.onderdelen": {
    u: () => bp.onderdelen,
    ander: (_, p) =>
      `Het budgetplan heeft 7 onderdelen: de persoonsgegevens van ${p.naam}, het zorgprofiel, de reden dat ${p.naam} een pgb kiest, de zorg die ${p.naam} wil inkopen, de zorgverleners, het bedrag per zorgverlener en de ondertekening.`,
  },

  // The budget over the year (stap 6): its words stay with the page's, in content/wizard/declaraties.ts.
  "tk.budget-tot-einde-jaar": {
    u: (g) => declaratiesTeksten.budget.redenen.looptijd(formatDatumNl(tekst(g, "einde"))),
    ander: (g, p) => `Het pgb van ${p.naam} loopt tot uiterlijk ${formatDatumNl(tekst(g, "einde"))}. Daarom rekenen wij tot en met die dag.`,
  },
  "bp.plan-kosten": {
    u: (g) => declaratiesTeksten.budget.redenen.plan(bedrag(g, "perMaand"), bedrag(g, "perJaar")),
    ander: (g, p) => `Volgens het budgetplan van ${p.naam} kost de zorg ${bedrag(g, "perMaand")} per maand. Dat is ${bedrag(g, "perJaar")} per jaar.`,
  },

  // What the pgb package holds (LV-10), on the keuze page: its words stay with the page's, in content/wizard/keuze.ts.
  "lv.pgb-geen-behandeling": {
    u: () => keuzeVragen.uitkomst.geenBehandeling,
    ander: (_, p) => `Met een pgb kan ${p.naam} zelf de zorg inkopen. Voor Wlz-behandeling krijgt ${p.naam} geen pgb.`,
  },
} satisfies Record<RedenCode, Woorden>;
