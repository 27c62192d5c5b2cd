/**
 * The table of docs/decisions/028: words for every reason code. `u` gives the applicant's text of
 * content/redenen/*.ts byte for byte (content/redenen/teksten.test.ts); `ander` the words for
 * anyone else, where written; without it redenTekst uses the fallback `uVormAlsDerdePersoon`.
 */
import type { Weigeringsgrond } from "../../rules/aanvraag";
import { formatBreuk } from "../../rules/budgetplan";
import { formatDatumNl } from "../../rules/datum";
import { formatUren } from "../../rules/geld";
import { DEELTIJDVERBLIJF_DAGEN_PER_14 } from "../../rules/leveringsvorm";
import type { Gegevens, RedenCode } from "../../rules/redenen";
import { bedrag, datum, getal, landNaam, procent, tekst, uitTabel } from "./gegevens";
import type { Eindgrond } from "../../rules/toekenning";
import type { TariefSoort } from "../../rules/zorgovereenkomst";
import { budgetplanVragen } from "../wizard/budgetplan";
import { declaratiesTeksten } from "../wizard/declaraties";
import { keuzeVragen } from "../wizard/keuze";
import { toekenningPaginas } from "../wizard/toekenning";
import { zorgovereenkomstenTeksten } from "../wizard/zorgovereenkomsten";
import { aanvraagTeksten, perSaldo, weigeringUitleg } from "./aanvraag";
import { budgetplanTeksten } from "./budgetplan";
import { buitenlandTeksten } from "./buitenland";
import { declaratieTeksten } from "./declaratie";
import { bezittelijk, type Persoon } from "./derde-persoon";
import { identificatieTeksten as id } from "./identificatie";
import type { Publiek } from "./index";
import { ciz, indicatieTeksten as ind } from "./indicatie";
import { leveringsvormTeksten } from "./leveringsvorm";
import { toekenningTeksten } from "./toekenning";
import { zorgkantoorTeksten } from "./zorgkantoor";
import { zorgovereenkomstTeksten } from "./zorgovereenkomst";
import { zorgprofielTeksten as zp } from "./zorgprofiel";

const hulp = aanvraagTeksten.gewaarborgdeHulp;
const lv = leveringsvormTeksten.pgb;
const zo = zorgovereenkomstTeksten;
const bp = budgetplanTeksten;
const de = declaratieTeksten;
const tk = toekenningTeksten;
const bl = buitenlandTeksten;
const zk = zorgkantoorTeksten;

export interface Woorden {
  u: (g: Gegevens) => string;
  ander?: (g: Gegevens, persoon: Persoon, publiek: Publiek) => string;
}

/** The applicant by name, or the neutral term with a capital at a sentence start. */
function Naam(p: Persoon): string {
  return p.neutraal ? p.naam.charAt(0).toUpperCase() + p.naam.slice(1) : p.naam;
}

const TOESLAG_NAAM = { wooninitiatief: tk.toeslagWooninitiatiefNaam, "kwaliteit-vv": tk.toeslagKwaliteitVVNaam } as const;
// Typed so that a ground of TK-04 without words is a compile error.
const EINDGROND_U: Readonly<Record<Eindgrond, string>> = tk.eindgronden;
const eindgrondAnder = (p: Persoon): Readonly<Record<Eindgrond, string>> => ({
  permanenteOpname: `Het pgb stopt als ${p.naam} blijvend wordt opgenomen in een Wlz-instelling.`,
  opnameLangerDanTweeMaanden: `Het pgb stopt als ${p.naam} langer dan 2 maanden is opgenomen in een Wlz-instelling of ziekenhuis.`,
  eigenVerzoek: `Het pgb stopt als ${p.naam} zelf vraagt om het pgb te stoppen.`,
  zorgInNatura: `Het pgb stopt als ${p.naam} de zorg liever in natura krijgt. Dan regelt het zorgkantoor de zorg.`,
  faillietOfWsnp: `Het pgb stopt als ${p.naam} failliet is verklaard of in de schuldsanering (WSNP) zit.`,
  geenVastWoonadres: `Het pgb stopt als ${p.naam} geen vast woonadres meer heeft.`,
  verplichtingenNietNagekomen: `Het pgb stopt als ${p.naam} zich niet houdt aan de verplichtingen.`,
  overlijden: `Het pgb stopt als ${p.naam} overlijdt.`,
  ondersteuningNietGoedGeregeld: "Het pgb stopt als het zorgkantoor vindt dat de ondersteuning door de gewaarborgde hulp niet meer goed geregeld is.",
  geenGewaarborgdeHulpMeer: `Het pgb stopt als ${p.naam} geen gewaarborgde hulp meer heeft.`,
});

const TARIEF_SOORT: Readonly<Record<TariefSoort, string>> = {
  professioneel: zo.soortProfessioneel,
  "niet-professioneel": zo.soortNietProfessioneel,
  "begeleiding-groep": zo.soortBegeleidingGroep,
};
/** "1 dag", "4 dagen". */
const dagenTekst = (g: Gegevens): string => `${getal(g, "dagen")} ${getal(g, "dagen") === 1 ? "dag" : "dagen"}`;

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

  "zo.overeenkomst": {
    u: () => zo.overeenkomst,
    ander: (_, p) =>
      `Met elke zorgverlener sluit ${p.naam} een zorgovereenkomst. Daarin staat welke zorg ze afspreken en welke prijs ${p.naam} betaalt. ${Naam(p)} en de zorgverlener ondertekenen de zorgovereenkomst allebei.`,
  },
  "zo.zorgbeschrijving": {
    u: () => zo.zorgbeschrijving,
    ander: (_, p) =>
      `Met elke zorgverlener maakt ${p.naam} ook een zorgbeschrijving. Daarin staat welke zorg ${p.naam} nodig heeft, welke zorg de zorgverlener geeft en waarom die zorg nodig is. ${Naam(p)} en de zorgverlener ondertekenen de zorgbeschrijving allebei.`,
  },
  "zo.akkoord": {
    u: () => zo.akkoord,
    ander: (_, p) =>
      `Het zorgkantoor controleert of de zorg en de zorgverlener uit het pgb betaald mogen worden. ${Naam(p)} krijgt een akkoord van het zorgkantoor. Verandert de zorg of de zorgverlener? Dan is er een nieuwe zorgovereenkomst en zorgbeschrijving nodig. Het zorgkantoor moet die weer goedkeuren.`,
  },
  "zo.aangenomen-kvk": {
    u: () => zo.aangenomenKvk,
    ander: () =>
      "Er is niet ingevuld of de zorgverlener bij de Kamer van Koophandel staat ingeschreven. Een zorginstelling of zzp'er staat daar normaal ingeschreven. Daar gaan we van uit.",
  },
  "zo.professioneel-instelling": { u: () => zo.professioneelInstelling },
  "zo.professioneel-big": {
    u: () => zo.professioneelBig,
    ander: (_, p) => `De zorgverlener staat in het BIG-register en is geen familie van ${p.naam}. Dat is een professionele zorgverlener.`,
  },
  "zo.professioneel-zzp": {
    u: () => zo.professioneelZzp,
    ander: (_, p) =>
      `De zorgverlener staat als zorgverlener ingeschreven bij de Kamer van Koophandel en is geen familie van ${p.naam}. Dat is een professionele zorgverlener.`,
  },
  "zo.familie-niet-professioneel": {
    u: () => zo.familieNietProfessioneel,
    ander: (_, p) =>
      `De zorgverlener is de partner of een familielid van ${p.naam}. Dan is het geen professionele zorgverlener, ook niet met een inschrijving in het BIG-register of bij de Kamer van Koophandel.`,
  },
  "zo.relatie-onbekend": {
    u: () => zo.relatieOnbekend,
    ander: (_, p) =>
      `Er is niet ingevuld of de zorgverlener familie van ${p.naam} is. Een familielid is geen professionele zorgverlener. Zolang we het niet weten, rekenen we met een niet-professionele zorgverlener.`,
  },
  "zo.geen-registratie": { u: () => zo.geenRegistratie },
  "zo.geen-uurtarief": {
    u: () => zo.geenUurtarief,
    ander: () => "Er is nog geen tarief ingevuld. Daarom kunnen we het maximumtarief niet controleren.",
  },
  "zo.tarief-onbekend": {
    u: (g) => zo.tariefOnbekend(tekst(g, "jaar")),
    ander: (g) => `Het maximumtarief voor ${getal(g, "jaar")} is bij ons niet bekend. Kijk op de website van het zorgkantoor. Daar staat het maximumtarief.`,
  },
  "zo.binnen-maximum": {
    u: (g) => zo.binnenMaximum(bedrag(g, "tarief"), bedrag(g, "maximum"), uitTabel(TARIEF_SOORT, g, "soort"), datum(g, "vanaf")),
  },
  "zo.boven-maximum-professioneel": {
    u: (g) => zo.bovenMaximumProfessioneel(bedrag(g, "tarief"), bedrag(g, "maximum"), datum(g, "vanaf")),
  },
  "zo.boven-maximum": {
    u: (g) => zo.bovenMaximum(bedrag(g, "tarief"), bedrag(g, "maximum"), uitTabel(TARIEF_SOORT, g, "soort"), datum(g, "vanaf")),
    ander: (g, p) =>
      `Het tarief van ${bedrag(g, "tarief")} is hoger dan het maximumtarief van ${bedrag(g, "maximum")} ${uitTabel(TARIEF_SOORT, g, "soort")}. Dat maximum geldt vanaf ${datum(g, "vanaf")}. ${Naam(p)} mag de zorgverlener niet meer betalen dan het maximumtarief.`,
  },
  "zo.tussen-maxima": {
    u: (g) => zo.tussenMaxima(bedrag(g, "tarief"), bedrag(g, "nietProfessioneel"), bedrag(g, "professioneel")),
    ander: (g, p) =>
      `Het tarief van ${bedrag(g, "tarief")} is hoger dan het maximumtarief voor een niet-professionele zorgverlener (${bedrag(g, "nietProfessioneel")} per uur). Het is niet hoger dan dat voor een professionele zorgverlener (${bedrag(g, "professioneel")} per uur). Of het mag, hangt ervan af of de zorgverlener professioneel is. Vul in of de zorgverlener familie van ${p.naam} is, of vraag het na bij het zorgkantoor.`,
  },
  "zo.tarief-jaarlijks": {
    u: () => zo.jaarlijks,
    ander: () => "De maximumtarieven veranderen elk jaar. Ze staan op de website van het zorgkantoor.",
  },
  "zo.logeer-binnen": {
    u: (g) => zo.logeerBinnen(getal(g, "etmalen"), getal(g, "maximum"), tekst(g, "jaar")),
    ander: (g, p) =>
      `${Naam(p)} wil ${getal(g, "etmalen")} etmalen logeeropvang inkopen in ${getal(g, "jaar")}. Dat kan: het maximum is ${getal(g, "maximum")} etmalen per kalenderjaar.`,
  },
  "zo.logeer-boven": {
    u: (g) => zo.logeerBoven(getal(g, "etmalen"), getal(g, "maximum"), tekst(g, "jaar")),
    ander: (g, p) =>
      `${Naam(p)} wil ${getal(g, "etmalen")} etmalen logeeropvang inkopen in ${getal(g, "jaar")}. Dat is te veel. Met een pgb kan ${p.naam} hoogstens ${getal(g, "maximum")} etmalen logeeropvang per kalenderjaar inkopen.`,
  },
  "zo.logeer-deeltijd": {
    u: () => zo.logeerDeeltijd,
    ander: (_, p) => `${Naam(p)} kiest voor deeltijdverblijf. Naast deeltijdverblijf kan ${p.naam} geen logeeropvang inkopen.`,
  },
  "zo.logeer-geen-deeltijd": {
    u: () => zo.logeerGeenDeeltijd,
    ander: (_, p) => `Bij deeltijdverblijf is logeeropvang niet mogelijk. ${Naam(p)} kiest niet voor deeltijdverblijf, dus dat is geen bezwaar.`,
  },
  "zo.logeer-geen-maximumtarief": { u: () => zo.logeerGeenMaximumtarief },
  "zo.geen-loonbelasting-instelling": {
    u: () => zo.geenLoonbelastingInstelling,
    ander: (_, p) => `De zorgverlener is een instelling. ${Naam(p)} hoeft geen loonbelasting in te houden. De zorgverlener regelt de loonbelasting zelf.`,
  },
  "zo.geen-loonbelasting-familie": {
    u: () => zo.geenLoonbelastingFamilie,
    ander: (_, p) =>
      `De zorgverlener is de partner of een eerste- of tweedegraads familielid van ${p.naam}. ${Naam(p)} hoeft geen loonbelasting in te houden. De zorgverlener regelt de loonbelasting zelf.`,
  },
  "zo.geen-loonbelasting-zzp": {
    u: () => zo.geenLoonbelastingZzp,
    ander: (_, p) => `De zorgverlener is een zzp'er. ${Naam(p)} hoeft geen loonbelasting in te houden. De zorgverlener regelt de loonbelasting zelf.`,
  },
  "zo.geen-loonbelasting-opdracht": {
    u: () => zo.geenLoonbelastingOpdracht,
    ander: (_, p) =>
      `${Naam(p)} sluit geen arbeidsovereenkomst. Dan hoeft ${p.naam} geen loonbelasting in te houden. De zorgverlener regelt de loonbelasting zelf.`,
  },
  "zo.loonbelasting-meer-dagen": {
    u: (g) => zo.loonbelastingMeerDagen(getal(g, "dagen"), getal(g, "grens")),
    ander: (g, p) =>
      `De zorgverlener werkt ${dagenTekst(g)} per week voor ${p.naam} met een arbeidsovereenkomst. Dat is meer dan ${getal(g, "grens")} dagen. Dan is ${p.naam} werkgever en moet ${p.naam} loonbelasting en sociale premies inhouden.`,
  },
  "zo.loonbelasting-opting-in": {
    u: (g) => zo.loonbelastingOptingIn(getal(g, "dagen"), getal(g, "grens")),
    ander: (g, p) =>
      `De zorgverlener werkt ${dagenTekst(g)} per week voor ${p.naam}, niet meer dan ${getal(g, "grens")}. Maar ${p.naam} en de zorgverlener hebben afgesproken dat ${p.naam} toch loonbelasting inhoudt (opting in). Dan moet ${p.naam} loonbelasting en sociale premies inhouden.`,
  },
  "zo.geen-loonbelasting-weinig-dagen": {
    u: (g) => zo.geenLoonbelastingWeinigDagen(getal(g, "dagen"), getal(g, "grens")),
    ander: (g, p) =>
      `De zorgverlener werkt ${dagenTekst(g)} per week voor ${p.naam} met een arbeidsovereenkomst. Dat is niet meer dan ${getal(g, "grens")} dagen. ${Naam(p)} hoeft geen loonbelasting in te houden, tenzij ${p.naam} en de zorgverlener afspreken dat ${p.naam} dat wel doet (opting in).`,
  },
  "zo.loonbelasting-dagen-onbekend": {
    u: (g) => zo.loonbelastingDagenOnbekend(getal(g, "grens")),
    ander: (g, p) =>
      `Er is niet ingevuld op hoeveel dagen per week de zorgverlener voor ${p.naam} werkt. Met een arbeidsovereenkomst van meer dan ${getal(g, "grens")} dagen per week moet ${p.naam} loonbelasting inhouden. Daar gaan we van uit tot het aantal dagen is ingevuld.`,
  },
  "zo.svb-beoordeelt": { u: () => zo.svbBeoordeelt },
  "zo.portaal": {
    u: () => zo.portaal,
    ander: (_, p) =>
      `Werkt het zorgkantoor met het PGB Portaal? Dan komen de zorgovereenkomst en zorgbeschrijving in het PGB Portaal. Inloggen gaat op www.mijnpgb.nl met de DigiD van ${p.naam}. Liever op papier? Gebruik dan een modelzorgovereenkomst van www.mijnpgb.nl en stuur die naar het zorgkantoor.`,
  },
  "zo.svb": {
    u: () => zo.svb,
    ander: () =>
      "Werkt het zorgkantoor niet met het PGB Portaal? Gebruik dan een model-zorgovereenkomst van de SVB: www.svb.nl/pgb. Die is ook op te vragen bij de SVB via 030-264 82 00. Stuur de zorgovereenkomst en de zorgbeschrijving naar het zorgkantoor. Het zorgkantoor stuurt de zorgovereenkomst door naar de SVB. De SVB controleert de zorgovereenkomst op het arbeidsrecht.",
  },
  "zo.welke-route": {
    u: () => zo.welkeRoute,
    ander: () => "Hoe de zorgovereenkomst en zorgbeschrijving aangeleverd worden, verschilt per zorgkantoor. Het zorgkantoor kan vertellen hoe het werkt.",
  },
  "zo.kwaliteit": {
    u: () => zo.kwaliteit,
    ander: (_, p) => `De zorg die ${p.naam} met het pgb inkoopt, moet kwalitatief verantwoord zijn.`,
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
      `${Naam(p)} woont in een Wlz-instelling. De instelling geeft ${p.naam} de zorg die nodig is. Krijgt ${p.naam} geen dagbesteding van de instelling? Dan kan ${p.naam} in sommige instellingen een pgb krijgen voor begeleiding groep (dagbesteding). Vraag aan de instelling of ${p.naam} daar dagbesteding krijgt.`,
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

  "tk.beschikking": {
    u: () => tk.beschikking,
    ander: (_, p) => `Keurt het zorgkantoor de aanvraag goed? Dan krijgt ${p.naam} een toekenningsbeschikking. Daarin staat hoe hoog het pgb is.`,
  },
  "tk.svb": {
    u: () => tk.svb,
    ander: (_, p) =>
      `Het zorgkantoor maakt het budget van ${p.naam} over naar de SVB. De SVB beheert het budget. De SVB betaalt de zorgverleners volgens de afspraken in de zorgovereenkomsten.`,
  },
  "tk.looptijd": {
    u: (g) => tk.looptijd(tekst(g, "jaar")),
    ander: (g, p) => `Het zorgkantoor kent het pgb van ${p.naam} toe tot uiterlijk 31 december ${getal(g, "jaar")}.`,
  },
  "tk.nieuwe-beschikking": {
    u: (g) => tk.nieuweBeschikking(tekst(g, "jaar")),
    ander: (g, p) => `In december krijgt ${p.naam} een nieuwe toekenningsbeschikking. Daarin staat hoe hoog het pgb in ${getal(g, "jaar")} is.`,
  },
  "tk.hoogte": {
    u: () => tk.hoogte,
    ander: (_, p) => `Het zorgkantoor bepaalt hoe hoog het pgb van ${p.naam} is. Dat hangt af van de zorg die ${p.naam} nodig heeft.`,
  },
  "tk.wooninitiatief": {
    u: () => tk.wooninitiatief,
    ander: (_, p) =>
      `${Naam(p)} woont in een wooninitiatief. Dat is een woonvorm waar meer budgethouders samen wonen. ${Naam(p)} krijgt daarom een extra toeslag op het pgb.`,
  },
  "tk.wooninitiatief-mogelijk": {
    u: () => tk.wooninitiatiefMogelijk,
    ander: (_, p) =>
      `Woont ${p.naam} in een wooninitiatief? Dat is een woonvorm waar meer budgethouders samen wonen. Dan krijgt ${p.naam} een extra toeslag op het pgb.`,
  },
  "tk.geen-wooninitiatief": {
    u: () => tk.geenWooninitiatief,
    ander: (_, p) => `${Naam(p)} woont niet in een wooninitiatief. Daarom krijgt ${p.naam} geen toeslag voor een wooninitiatief.`,
  },
  "tk.kwaliteit-vv": {
    u: () => tk.kwaliteitVV,
    ander: (_, p) => `${Naam(p)} heeft een zorgprofiel VV en woont in een wooninitiatief. Daarom krijgt ${p.naam} ook de toeslag Kwaliteit V&V.`,
  },
  "tk.kwaliteit-vv-mogelijk": {
    u: () => tk.kwaliteitVVMogelijk,
    ander: (_, p) => `Heeft ${p.naam} een zorgprofiel VV? Dan krijgt ${p.naam} ook de toeslag Kwaliteit V&V.`,
  },
  "tk.geen-kwaliteit-vv": { u: () => tk.geenKwaliteitVV },
  "tk.toeslag-bedrag": {
    u: (g) => tk.toeslagBedrag(uitTabel(TOESLAG_NAAM, g, "toeslag"), tekst(g, "jaar"), bedrag(g, "bedrag"), tekst(g, "bron")),
    ander: (g, p) =>
      `De ${uitTabel(TOESLAG_NAAM, g, "toeslag")} is in ${getal(g, "jaar")} ${bedrag(g, "bedrag")} per jaar (bron: ${tekst(g, "bron")}). Het bedrag dat voor ${p.naam} geldt, staat op de website van het zorgkantoor.`,
  },
  "tk.toeslag-onbekend": {
    u: (g) => tk.toeslagOnbekend(uitTabel(TOESLAG_NAAM, g, "toeslag"), tekst(g, "jaar")),
    ander: (g) =>
      `Wij weten niet hoe hoog de ${uitTabel(TOESLAG_NAAM, g, "toeslag")} in ${getal(g, "jaar")} is. Het bedrag staat op de website van het zorgkantoor.`,
  },
  "tk.eigen-bijdrage-verschuldigd": {
    u: (g) => tk.eigenBijdrageVerschuldigd(getal(g, "vanafLeeftijd")),
    ander: (g, p) => `${Naam(p)} is ${getal(g, "vanafLeeftijd")} jaar of ouder. Dan betaalt ${p.naam} een eigen bijdrage voor het pgb.`,
  },
  "tk.eigen-bijdrage-niet-verschuldigd": {
    u: (g) => tk.eigenBijdrageNietVerschuldigd(getal(g, "vanafLeeftijd")),
    ander: (g, p) => `${Naam(p)} is jonger dan ${getal(g, "vanafLeeftijd")} jaar. Dan betaalt ${p.naam} geen eigen bijdrage voor het pgb.`,
  },
  "tk.cak-rekening": {
    u: () => tk.cakRekening,
    ander: (_, p) => `${Naam(p)} krijgt iedere maand een rekening van het CAK. De eigen bijdrage mag niet uit het pgb betaald worden.`,
  },
  "tk.inkomensafhankelijk": {
    u: () => tk.inkomensafhankelijk,
    ander: (_, p) => `De eigen bijdrage hangt af van het inkomen van ${p.naam}. Niet van de hoogte van het pgb.`,
  },
  "tk.met-mpt": {
    u: () => tk.metMpt,
    ander: (_, p) =>
      `${Naam(p)} gebruikt naast het pgb ook het modulair pakket thuis (mpt). De eigen bijdrage voor het pgb wordt daardoor niet lager. Voor het mpt betaalt ${p.naam} geen eigen bijdrage.`,
  },
  "tk.ingangsdatum": {
    u: () => tk.ingangsdatum,
    ander: (_, p) =>
      `${Naam(p)} betaalt de eigen bijdrage vanaf de ingangsdatum van het pgb. Maak daarom goede afspraken over die datum met het zorgkantoor. Anders betaalt ${p.naam} misschien al een eigen bijdrage terwijl er nog geen zorg wordt ingekocht.`,
  },
  "tk.cak": { u: () => tk.cak },
  "tk.schatting-inleiding": { u: (g) => tk.schattingInleiding(tekst(g, "jaar")) },
  "tk.schatting-berekening": {
    u: (g) => tk.schattingBerekening(bedrag(g, "inkomen"), bedrag(g, "aftrek"), bedrag(g, "grondslag"), procent(g, "basispunten"), bedrag(g, "perMaand")),
    ander: (g, p) =>
      `Het bijdrageplichtig inkomen van ${p.naam} is ${bedrag(g, "inkomen")} per jaar. Omdat ${p.naam} een pgb heeft, gaat daar ${bedrag(g, "aftrek")} af. Over de rest (${bedrag(g, "grondslag")}) betaalt ${p.naam} ${procent(g, "basispunten")} per jaar. Dat is ${bedrag(g, "perMaand")} per maand (afgerond op hele centen).`,
  },
  "tk.schatting-minimum": {
    u: (g) => tk.schattingMinimum(bedrag(g, "minimum")),
    ander: (g, p) => `Dat is minder dan het minimum. ${Naam(p)} betaalt dan het minimum van ${bedrag(g, "minimum")} per maand.`,
  },
  "tk.schatting-maximum": {
    u: (g) => tk.schattingMaximum(bedrag(g, "maximum")),
    ander: (g, p) => `Dat is meer dan het maximum. ${Naam(p)} betaalt dan het maximum van ${bedrag(g, "maximum")} per maand.`,
  },
  "tk.schatting-korting": {
    u: (g) => tk.schattingKorting(bedrag(g, "korting"), bedrag(g, "perMaand")),
    ander: (g, p) =>
      `Met een pgb krijgt ${p.naam} een korting van ${bedrag(g, "korting")} per maand. De eigen bijdrage van ${p.naam} is dan ongeveer ${bedrag(g, "perMaand")} per maand.`,
  },
  "tk.schatting-aanname": {
    u: () => tk.schattingAanname,
    ander: (_, p) =>
      `De schatting gaat uit van iemand zonder partner. Heeft ${p.naam} een partner? Dan kan het bedrag anders zijn. Het CAK kijkt naar het inkomen van ${p.naam} van 2 jaar eerder.`,
  },
  "tk.eindgrond": {
    u: (g) => uitTabel(EINDGROND_U, g, "grond"),
    ander: (g, p) => uitTabel(eindgrondAnder(p), g, "grond"),
  },
  "tk.wijzigingen-melden": {
    u: () => tk.wijzigingenMelden,
    ander: (_, p) =>
      `Verandert er iets in de situatie van ${p.naam} dat invloed heeft op het pgb? Dan moet ${p.naam} dat zelf aan het zorgkantoor laten weten.`,
  },
  "tk.opzegtermijnen": {
    u: () => tk.opzegtermijnen,
    ander: (_, p) =>
      `Stopt het pgb van ${p.naam}? Dan mag het pgb nog gebruikt worden voor het loon van de zorgverleners tijdens de wettelijke opzegtermijn. Ook voor vakantiegeld en vakantiedagen.`,
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

  // Said by pages of lib/ beside the rules' own reasons: what a pgb cannot buy (LV-10), the
  // logeeropvang maximum (ZO-05), the eigen bijdrage with an mpt (TK-03).
  "lv.geen-pgb-voor-behandeling": {
    u: () => budgetplanVragen.zorg.nietMag,
    ander: (_, p) =>
      `Wlz-behandeling kan ${p.naam} niet inkopen met een pgb. Dat is bijvoorbeeld behandeling door een specialist ouderengeneeskunde, een fysiotherapeut of een psycholoog vanuit de Wlz. Die zorg regelt het zorgkantoor.`,
  },
  "zo.logeer-maximum": {
    u: (g) => zorgovereenkomstenTeksten.checklist.logeeropvang.regel(getal(g, "maximum")),
    ander: (g, p) => `Met een pgb kan ${p.naam} hoogstens ${getal(g, "maximum")} etmalen logeeropvang per kalenderjaar inkopen.`,
  },
  "tk.eigen-bijdrage-mpt": {
    u: () => toekenningPaginas.eigenBijdrage.mpt,
    ander: (_, p) =>
      `Gebruikt ${p.naam} naast het pgb ook het modulair pakket thuis (mpt)? Dan wordt de eigen bijdrage voor het pgb niet lager. Voor het mpt betaalt ${p.naam} dan geen eigen bijdrage.`,
  },
} satisfies Record<RedenCode, Woorden>;
