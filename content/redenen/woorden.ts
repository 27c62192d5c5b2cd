/**
 * The table of docs/decisions/028: words for every reason code. `u` gives the applicant's text of
 * content/redenen/*.ts byte for byte (content/redenen/teksten.test.ts); `ander` the words for
 * anyone else, where written; without it redenTekst uses the fallback `uVormAlsDerdePersoon`.
 */
import { formatBedrag } from "../../rules/geld";
import type { Gegevens, RedenCode } from "../../rules/redenen";
import { aanvraagTeksten, perSaldo, weigeringUitleg } from "./aanvraag";
import { budgetplanTeksten } from "./budgetplan";
import { bezittelijk, type Persoon } from "./derde-persoon";
import { identificatieTeksten as id } from "./identificatie";
import { ciz, indicatieTeksten as ind } from "./indicatie";
import type { Publiek } from "./index";
import type { Weigeringsgrond } from "../../rules/aanvraag";
import { DEELTIJDVERBLIJF_DAGEN_PER_14 } from "../../rules/leveringsvorm";
import { leveringsvormTeksten } from "./leveringsvorm";
import { zorgprofielTeksten as zp } from "./zorgprofiel";
import { zorgovereenkomstTeksten } from "./zorgovereenkomst";

const hulp = aanvraagTeksten.gewaarborgdeHulp;
const lv = leveringsvormTeksten.pgb;
const zo = zorgovereenkomstTeksten;
const bp = budgetplanTeksten;

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

/** The applicant by name, or the neutral term with a capital at a sentence start. */
function Naam(p: Persoon): string {
  return p.neutraal ? p.naam.charAt(0).toUpperCase() + p.naam.slice(1) : p.naam;
}

const WIE_U: Readonly<Record<string, string>> = { instelling: zo.wieInstelling, zzp: zo.wieZzp, familie: zo.wieFamilie };
const wieAnder = (wie: string, p: Persoon): string => (wie === "familie" ? `${bezittelijk(p)} partner of een familielid` : (WIE_U[wie] ?? wie));

const av = aanvraagTeksten;

/** "één punt", "3 punten": a count in words as the applicant's text writes it. */
const aantalWoorden = (aantal: number, een: string, meer: string): string => (aantal === 1 ? `één ${een}` : `${aantal} ${meer}`);

/** AV-05 … AV-07: each ground for refusal, about the applicant. */
const WEIGERING_ANDER: Readonly<Record<Weigeringsgrond, (p: Persoon) => string>> = {
  "bewuste-keuzegesprek": (p) =>
    `Het zorgkantoor nodigt ${p.naam} uit voor een gesprek: het bewuste-keuzegesprek. Doet ${p.naam} niet mee? Dan wijst het zorgkantoor de aanvraag af.`,
  failliet: (p) => `Is ${p.naam} failliet verklaard? Dan wijst het zorgkantoor de aanvraag af.`,
  wsnp: (p) => `Zit ${p.naam} in de schuldsanering volgens de Wet schuldsanering natuurlijke personen (WSNP)? Dan wijst het zorgkantoor de aanvraag af.`,
  "geen-vast-woonadres": (p) => `Heeft ${p.naam} geen vast woonadres? Dan wijst het zorgkantoor de aanvraag af.`,
  "niet-in-nederland": (p) => `Woont ${p.naam} niet in Nederland? Dan kan ${p.naam} geen pgb krijgen.`,
};
const weigering = (grond: Weigeringsgrond): Woorden => ({ u: () => weigeringUitleg[grond], ander: (_, p) => WEIGERING_ANDER[grond](p) });

const lvt = leveringsvormTeksten;
const deeltijd = leveringsvormTeksten.deeltijdverblijf;
const wens = leveringsvormTeksten.afleiding;

/** LV-04: the days per 14 that are deeltijdverblijf, as "7, 8 of 9". */
const TOEGESTANE_DAGEN = `${DEELTIJDVERBLIJF_DAGEN_PER_14.slice(0, -1).join(", ")} of ${DEELTIJDVERBLIJF_DAGEN_PER_14.at(-1)}`;

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

  // rules/identificatie.ts (BP-04, BP-05): the "u" form only where the applicant buys the care.
  "id.kvk": {
    u: () => id.kvk,
    ander: () =>
      "Dit is een professionele organisatie of een zzp'er. Vul op het budgetplan het KVK-nummer in. Dat nummer heeft 8 cijfers. Vraag het nummer aan de zorgverlener.",
  },
  "id.bsn": { u: () => id.bsn },
  "id.kvk-of-bsn": {
    u: () => id.onbekend,
    ander: () =>
      "Is de zorgverlener een organisatie of een zzp'er? Vul dan het KVK-nummer in. Is de zorgverlener een informele zorgverlener? Vul dan zijn of haar burgerservicenummer (BSN) in.",
  },
  "id.bsn-ongeldig": { u: () => id.bsnOngeldig },
  "id.kvk-ongeldig": { u: () => id.kvkOngeldig },

  // rules/indicatie.ts (IND-01, IND-02, IND-04).
  "ind.geen-wlz": {
    u: () => ind.geenWlz,
    ander: (_, p) =>
      `De Wlz is voor mensen die altijd toezicht nodig hebben, of zorg die 24 uur per dag dichtbij moet zijn. Dat is bij ${p.naam} niet zo. Heeft ${p.naam} wel zorg nodig? Dan is er een andere plek om naartoe te gaan.`,
  },
  "ind.verwijzing-volwassene": {
    u: () => ind.verwijzingVolwassene,
    ander: (_, p) => `Ga naar het Wmo-loket van de gemeente. Of bespreek de zorgvraag van ${p.naam} met de huisarts.`,
  },
  "ind.verwijzing-jeugd": {
    u: () => ind.verwijzingJeugd,
    ander: (_, p) => `Ga naar het loket voor jeugdzorg van de gemeente. Of bespreek de zorgvraag van ${p.naam} met de huisarts.`,
  },
  "ind.verwijzing-leeftijd-onbekend": {
    u: () => ind.verwijzingLeeftijdOnbekend,
    ander: (_, p) =>
      `Ga naar het Wmo-loket of het loket voor jeugdzorg van de gemeente (jeugdzorg is voor wie jonger is dan 18). Of bespreek de zorgvraag van ${p.naam} met de huisarts.`,
  },
  "ind.wlz-past-misschien": {
    u: () => ind.wlzPastMisschien,
    ander: (_, p) => `${Naam(p)} heeft altijd toezicht nodig, of zorg die 24 uur per dag dichtbij moet zijn. Dan past de Wlz misschien bij ${p.naam}.`,
  },
  "ind.wlz-onbekend": {
    u: () => ind.wlzOnbekend,
    ander: (_, p) =>
      `De Wlz is voor mensen die altijd toezicht nodig hebben, of zorg die 24 uur per dag dichtbij moet zijn. Wij weten nog niet of dat bij ${p.naam} zo is.`,
  },
  "ind.ciz-beslist": {
    u: (g) => ind.cizBeslist(getal(g, "weken")),
    ander: (g, p) =>
      `Alleen het ${ciz.naam} beslist of ${p.naam} Wlz-zorg krijgt. Vraag een indicatie aan: bel ${ciz.telefoon} of ga naar ${ciz.website}. Het CIZ beslist binnen ${getal(g, "weken")} weken. ${Naam(p)} krijgt dan een brief: het indicatiebesluit. Daarin staat het zorgprofiel.`,
  },
  "ind.geen-einddatum": {
    u: () => ind.geenEinddatum,
    ander: (_, p) => `Het indicatiebesluit van ${p.naam} geldt meestal voor onbepaalde tijd. Er staat dan geen einddatum in.`,
  },
  "ind.wijziging-melden": {
    u: () => ind.wijzigingMelden,
    ander: (_, p) => `Verandert de situatie van ${p.naam}? Meld dat aan het CIZ. Als het nodig is, krijgt ${p.naam} een nieuw indicatiebesluit.`,
  },
  "ind.intrekken": {
    u: () => ind.intrekken,
    ander: (_, p) =>
      `Het CIZ kan het indicatiebesluit intrekken. Dat kan als bij de aanvraag verkeerde of onvolledige informatie is gegeven. Of als ${p.naam} de zorg niet meer nodig heeft.`,
  },

  // rules/zorgprofiel.ts (IND-03, IND-05).
  "zp.leeg": {
    u: () => zp.leeg,
    ander: (_, p) => `Er is nog geen zorgprofiel ingevuld. Het zorgprofiel van ${p.naam} staat in het indicatiebesluit van het CIZ. Bijvoorbeeld: ZP 5 VV.`,
  },
  "zp.onbekend": { u: () => zp.onbekend },
  "zp.in-bijlage-4": {
    u: (g) => zp.inBijlage4(tekst(g, "zorgprofiel"), tekst(g, "omschrijving")),
    ander: (g, p) =>
      `Het zorgprofiel van ${p.naam} is ${tekst(g, "zorgprofiel")} (${tekst(g, "omschrijving")}). Het zorgkantoor noemt dit een zorgzwaartepakket (ZZP). Dit ZZP staat in bijlage 4 van de brochure: de lijst van ZZP's die toegang geven tot het pgb.`,
  },
  "zp.niet-in-bijlage-4": {
    u: (g) => zp.nietInBijlage4(tekst(g, "zorgprofiel")),
    ander: (g, p) =>
      `Het zorgprofiel van ${p.naam} is ${tekst(g, "zorgprofiel")}. Het zorgkantoor noemt dit een zorgzwaartepakket (ZZP). Dit ZZP staat niet in bijlage 4 van de brochure: de lijst van ZZP's die toegang geven tot het pgb.`,
  },

  // rules/aanvraag.ts (AV-01, AV-03 … AV-08).
  "av.vaardigheden-alles-ja": {
    u: () => av.vaardigheden.allesJa,
    ander: (_, p) => `Volgens de antwoorden kan ${p.naam} dit allemaal. Zelf de zorg regelen met een pgb past bij ${p.naam}.`,
  },
  "av.vaardigheden-niet-alles": {
    u: (g) => av.vaardigheden.nietAlles(getal(g, "aantal")),
    ander: (g, p) =>
      `Volgens de antwoorden kan ${p.naam} ${aantalWoorden(getal(g, "aantal"), "punt", "punten")} (nog) niet. Dat hoeft geen probleem te zijn. Iemand kan ${p.naam} helpen met de zorg en de administratie van het pgb: een gewaarborgde hulp.`,
  },
  "av.vaardigheden-onbeantwoord": {
    u: (g) => av.vaardigheden.onbeantwoord(getal(g, "aantal")),
    ander: (g, p) =>
      `Er ${getal(g, "aantal") === 1 ? "is" : "zijn"} ${aantalWoorden(getal(g, "aantal"), "vraag", "vragen")} nog niet beantwoord. Beantwoord alle vragen, dan is te zien of een pgb bij ${p.naam} past.`,
  },
  "av.per-saldo": {
    u: () => av.vaardigheden.perSaldo,
    ander: () =>
      `Advies nodig? De vereniging van budgethouders ${perSaldo.naam} geeft informatie, advies en cursussen. Bel ${perSaldo.telefoon} of kijk op ${perSaldo.website}.`,
  },
  "av.zorgkantoor-kan-vragen": {
    u: () => av.vaardigheden.zorgkantoorKanVragen,
    ander: (_, p) =>
      `Het zorgkantoor kijkt ook zelf of ${p.naam} een pgb aankan. Het kan besluiten dat ${p.naam} alleen een pgb krijgt als iemand helpt: een gewaarborgde hulp.`,
  },
  "av.geen-bezwaar": {
    u: () => av.beoordeling.geenBezwaar,
    ander: (_, p) => `Er is geen regel die de aanvraag van ${p.naam} in de weg staat. Het zorgkantoor beslist over de aanvraag.`,
  },
  "av.keuzegesprek": {
    u: () => av.beoordeling.gesprek,
    ander: (_, p) =>
      `Het zorgkantoor nodigt ${p.naam} (en de gewaarborgde hulp, als die er is) uit voor een gesprek: het bewuste-keuzegesprek. Doet ${p.naam} niet mee? Dan wijst het zorgkantoor de aanvraag af.`,
  },
  "av.controle": {
    u: () => av.beoordeling.controle,
    ander: (_, p) =>
      `Het zorgkantoor controleert of ${p.naam} failliet is, in de schuldsanering (WSNP) zit of geen vast woonadres heeft. Dan wijst het de aanvraag af.`,
  },
  "av.weigering-bewuste-keuzegesprek": weigering("bewuste-keuzegesprek"),
  "av.weigering-failliet": weigering("failliet"),
  "av.weigering-wsnp": weigering("wsnp"),
  "av.weigering-geen-vast-woonadres": weigering("geen-vast-woonadres"),
  "av.weigering-niet-in-nederland": weigering("niet-in-nederland"),
  "av.hulp-wie": {
    u: () => hulp.wie,
    ander: (_, p) => `De gewaarborgde hulp kan de wettelijk vertegenwoordiger van ${p.naam} zijn. Het kan ook iemand anders zijn.`,
  },
  "av.hulp-wijziging-melden": {
    u: () => hulp.wijzigingMelden,
    ander: (_, p) => `Helpt niemand ${p.naam} meer, of gaat iemand anders helpen? Meld dat aan het zorgkantoor.`,
  },
  "av.ondertekening-budgetplan": { u: () => av.ondertekening.budgetplan },
  "av.ondertekening-wettelijk-vertegenwoordiger": {
    u: () => av.ondertekening.wettelijkVertegenwoordiger,
    ander: (_, p) =>
      `${Naam(p)} heeft een wettelijk vertegenwoordiger (bijvoorbeeld ouders, bewindvoerder, mentor of curator). Die ondertekent het budgetplan.`,
  },
  "av.ondertekening-gewaarborgde-hulp": {
    u: () => av.ondertekening.gewaarborgdeHulp,
    ander: (_, p, publiek) =>
      publiek.wie === "gewaarborgde-hulp"
        ? `U bent de gewaarborgde hulp van ${p.naam}. U ondertekent het budgetplan.`
        : `${Naam(p)} heeft een gewaarborgde hulp. Die ondertekent het budgetplan.`,
  },
  "av.ondertekening-budgethouder": {
    u: () => av.ondertekening.budgethouder,
    ander: (_, p) => `${Naam(p)} heeft geen wettelijk vertegenwoordiger en geen gewaarborgde hulp. Dan ondertekent ${p.naam} het budgetplan zelf.`,
  },
  "av.ondertekening-misschien-ook": {
    u: () => av.ondertekening.misschienOok,
    ander: (_, p) => `Heeft ${p.naam} daarnaast nog een wettelijk vertegenwoordiger of een gewaarborgde hulp? Dan ondertekent die ook.`,
  },
  "av.ondertekening-onbekend": {
    u: () => av.ondertekening.onbekend,
    ander: (_, p) =>
      `Heeft ${p.naam} een wettelijk vertegenwoordiger (bijvoorbeeld ouders, bewindvoerder, mentor of curator) of een gewaarborgde hulp? Dan ondertekent die het budgetplan. Heeft ${p.naam} die niet? Dan ondertekent ${p.naam} zelf.`,
  },

  // rules/leveringsvorm.ts (LV-01, LV-03 … LV-13, AV-06, AV-07).
  "lv.failliet": {
    u: () => lvt.pgb.failliet,
    ander: (_, p) => `${Naam(p)} is failliet verklaard. Dan wijst het zorgkantoor een aanvraag voor een pgb af.`,
  },
  "lv.wsnp": {
    u: () => lvt.pgb.wsnp,
    ander: (_, p) => `${Naam(p)} zit in de schuldsanering (WSNP). Dan wijst het zorgkantoor een aanvraag voor een pgb af.`,
  },
  "lv.geen-vast-woonadres": {
    u: () => lvt.pgb.geenVastWoonadres,
    ander: (_, p) => `${Naam(p)} heeft geen vast woonadres. Dan wijst het zorgkantoor een aanvraag voor een pgb af.`,
  },
  "lv.buitenland": {
    u: () => lvt.pgb.buitenland,
    ander: (_, p) => `${Naam(p)} woont niet in Nederland. Dan kan ${p.naam} geen pgb krijgen.`,
  },
  "lv.instelling-met-dagbesteding": {
    u: () => lvt.pgb.instellingMetDagbesteding,
    ander: (_, p) =>
      `${Naam(p)} woont in een Wlz-instelling en krijgt daar ook dagbesteding. De instelling geeft ${p.naam} dan alle zorg. Daarom krijgt ${p.naam} geen pgb.`,
  },
  "lv.instelling-zonder-dagbesteding": {
    u: () => lvt.pgb.instellingZonderDagbesteding,
    ander: (_, p) =>
      `${Naam(p)} woont in een Wlz-instelling. De instelling geeft ${p.naam} de zorg die nodig is. Krijgt ${p.naam} geen dagbesteding van de instelling? Dan kan ${p.naam} in sommige instellingen een pgb krijgen voor begeleiding groep (dagbesteding).`,
  },
  "lv.instelling-dagbesteding-onbekend": {
    u: () => lvt.pgb.instellingDagbestedingOnbekend,
    ander: (_, p) =>
      `${Naam(p)} woont in een Wlz-instelling. De instelling geeft ${p.naam} de zorg die nodig is. Alleen als ${p.naam} geen dagbesteding van de instelling krijgt, kan in sommige instellingen een pgb voor begeleiding groep (dagbesteding).`,
  },
  "lv.instelling-navragen": {
    u: () => lvt.pgb.instellingNavragen,
    ander: () =>
      "Een pgb voor iemand die in een instelling woont, is alleen voor begeleiding groep. En het kan niet in elke instelling. Vraag het zorgkantoor wat mogelijk is.",
  },
  "lv.woonsituatie-onbekend": {
    u: () => lvt.pgb.woonsituatieOnbekend,
    ander: (_, p) => `Of een pgb kan, hangt af van waar ${p.naam} woont. Thuis of in een wooninitiatief kan het. In een Wlz-instelling meestal niet.`,
  },
  "lv.niet-in-bijlage-4": {
    u: (g) => lvt.pgb.nietInBijlage4(tekst(g, "zorgprofiel")),
    ander: (g, p) =>
      `Zorgprofiel ${tekst(g, "zorgprofiel")} staat niet in de lijst van de brochure met zorgprofielen die toegang geven tot het pgb. Een pgb is ook niet uitgesloten. Vraag het zorgkantoor of een pgb voor ${p.naam} mogelijk is.`,
  },
  "lv.zorgkantoor-beoordeelt": {
    u: () => lvt.zinThuis.zorgkantoorBeoordeelt,
    ander: (_, p) =>
      `De zorgaanbieder bespreekt met ${p.naam} wat mogelijk is. Daarna beoordeelt het zorgkantoor of zorg thuis in de situatie van ${p.naam} kan.`,
  },
  "lv.vpt": {
    u: () => lvt.zinThuis.vpt,
    ander: (_, p) =>
      `Bij een volledig pakket thuis (vpt) krijgt ${p.naam} bijna alle zorg die een instelling ook geeft, maar dan thuis. Eén zorgaanbieder levert alle zorg. Alleen de Wlz-behandeling kan ook van een andere zorgaanbieder komen.`,
  },
  "lv.mpt": {
    u: () => lvt.zinThuis.mpt,
    ander: (_, p) =>
      `Bij een modulair pakket thuis (mpt) krijgt ${p.naam} de zorg die thuis nodig is, of een deel daarvan. Meerdere zorgaanbieders kunnen de zorg leveren.`,
  },
  "lv.pgb-met-mpt": {
    u: () => lvt.pgbMetMpt.combinatie,
    ander: (_, p) =>
      `${Naam(p)} kan een pgb combineren met een modulair pakket thuis (mpt). Een deel van de zorg regelt ${p.naam} dan zelf met het pgb. Het andere deel regelt het zorgkantoor (zorg in natura).`,
  },
  "lv.pgb-met-mpt-geen-pgb": { u: () => lvt.pgbMetMpt.geenPgb },
  "lv.verblijf": {
    u: () => lvt.verblijf.zin,
    ander: (_, p) =>
      `${Naam(p)} kan wonen in een Wlz-instelling, bijvoorbeeld een verpleeghuis of een instelling voor gehandicaptenzorg. Het zorgkantoor regelt dit (zorg in natura). ${Naam(p)} mag zeggen welke instelling de voorkeur heeft.`,
  },
  "lv.verblijf-wachtlijst": {
    u: () => lvt.verblijf.wachtlijst,
    ander: (_, p) =>
      `Soms is er een wachtlijst. Dan zoekt het zorgkantoor met ${p.naam} naar de beste oplossing. De instelling geeft ${p.naam} dan alle zorg. Een pgb krijgt ${p.naam} daarnaast meestal niet.`,
  },
  "lv.geen-deeltijd-zorgprofiel": { u: (g) => deeltijd.geenDeeltijdZorgprofiel(tekst(g, "zorgprofiel")) },
  "lv.deeltijd-buiten-bereik": {
    u: (g) => deeltijd.buitenBereik(getal(g, "dagen"), TOEGESTANE_DAGEN),
    ander: (g, p) =>
      `${Naam(p)} is ${getal(g, "dagen")} dagen per 14 dagen in de instelling. Deeltijdverblijf is ${TOEGESTANE_DAGEN} dagen per 14 dagen. Meer of minder dagen is geen deeltijdverblijf.`,
  },
  "lv.deeltijd-binnen-bereik": {
    u: (g) => deeltijd.binnenBereik(getal(g, "dagen")),
    ander: (g, p) => `${Naam(p)} is ${getal(g, "dagen")} dagen per 14 dagen in de instelling. Dat past bij deeltijdverblijf.`,
  },
  "lv.deeltijd-uitleg": {
    u: () => deeltijd.uitleg(TOEGESTANE_DAGEN),
    ander: (_, p) => `Bij deeltijdverblijf woont ${p.naam} ${TOEGESTANE_DAGEN} dagen per 14 dagen in een instelling en de rest thuis.`,
  },
  "lv.deeltijd-voorwaarden": {
    u: () => deeltijd.voorwaarden,
    ander: (_, p) =>
      `Het verblijf in de instelling is altijd zonder behandeling en altijd zorg in natura. De zorg thuis kan in natura of met een pgb. Naast deeltijdverblijf kan ${p.naam} geen logeeropvang inkopen.`,
  },
  "lv.deeltijd-voorwaarden-zonder-pgb": {
    u: () => deeltijd.voorwaardenZonderPgb,
    ander: (_, p) =>
      `Het verblijf in de instelling is altijd zonder behandeling en altijd zorg in natura. De zorg thuis is dan ook zorg in natura. Naast deeltijdverblijf kan ${p.naam} geen logeeropvang inkopen.`,
  },
  "lv.deeltijd-zorgkantoor-beoordeelt": {
    u: () => deeltijd.zorgkantoorBeoordeelt,
    ander: (_, p) =>
      `Vraag de zorgaanbieder of het zorgkantoor naar de mogelijkheden. Het zorgkantoor beoordeelt of deeltijdverblijf in de situatie van ${p.naam} mogelijk is.`,
  },
  "lv.wens-thuis-zelf": {
    u: () => wens.thuisZelf,
    ander: (_, p) => `${Naam(p)} wil thuis blijven wonen en zelf de zorg regelen. Dat kan met een persoonsgebonden budget (pgb).`,
  },
  "lv.wens-thuis-zorgkantoor": {
    u: () => wens.thuisZorgkantoor,
    ander: (_, p) =>
      `${Naam(p)} wil thuis blijven wonen en het zorgkantoor de zorg laten regelen. Dat heet zorg in natura (zin): een volledig pakket thuis (vpt) of een modulair pakket thuis (mpt).`,
  },
  "lv.wens-thuis-allebei": {
    u: () => wens.thuisAllebei,
    ander: (_, p) =>
      `${Naam(p)} wil thuis blijven wonen. Een deel van de zorg regelt ${p.naam} zelf en een deel regelt het zorgkantoor. Dat is een combinatie van pgb en modulair pakket thuis (mpt).`,
  },
  "lv.wens-instelling-zorgkantoor": {
    u: () => wens.instellingZorgkantoor,
    ander: (_, p) =>
      `${Naam(p)} wil in een instelling wonen en het zorgkantoor de zorg laten regelen. Dat is verblijf in een Wlz-instelling (zorg in natura).`,
  },
  "lv.wens-instelling-zelf": {
    u: () => wens.instellingZelf,
    ander: (_, p) =>
      `${Naam(p)} wil in een instelling wonen en zelf de zorg regelen met een pgb. Dat kan maar in een paar gevallen. Vraag het zorgkantoor wat mogelijk is.`,
  },
  "lv.wens-instelling-allebei": {
    u: () => wens.instellingAllebei,
    ander: (_, p) =>
      `${Naam(p)} wil in een instelling wonen. De instelling geeft dan de zorg (zorg in natura). Alleen voor dagbesteding kan ${p.naam} soms zelf iets regelen met een pgb. Vraag het zorgkantoor wat mogelijk is.`,
  },
  "lv.wens-deeltijd": {
    u: () => wens.deeltijd,
    ander: (_, p) => `${Naam(p)} wil een deel van de tijd thuis wonen en een deel in een instelling. Dat heet deeltijdverblijf.`,
  },
  "lv.deeltijd-zorg-thuis-zorgkantoor": { u: () => wens.deeltijdZorgThuis.zorgkantoor },
  "lv.deeltijd-zorg-thuis-zelf": {
    u: () => wens.deeltijdZorgThuis.zelf,
    ander: (_, p) => `De zorg thuis kan ${p.naam} zelf regelen met een pgb. Het verblijf in de instelling regelt het zorgkantoor.`,
  },
  "lv.deeltijd-zorg-thuis-allebei": { u: () => wens.deeltijdZorgThuis.allebei },
  "lv.deeltijd-zorg-thuis-zonder-pgb": {
    u: () => wens.deeltijdZorgThuisZonderPgb,
    ander: (_, p) =>
      `${Naam(p)} wil de zorg thuis zelf regelen, of een deel ervan. Dat zou met een pgb moeten, maar dat is met het zorgprofiel van ${p.naam} niet mogelijk. Het zorgkantoor regelt dan de zorg thuis en het verblijf in de instelling (zorg in natura).`,
  },
} satisfies Record<RedenCode, Woorden>;
