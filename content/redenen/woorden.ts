/**
 * The table of docs/decisions/028: words for every reason code. `u` gives the applicant's text of
 * content/redenen/*.ts byte for byte (content/redenen/teksten.test.ts); `ander` the words for
 * anyone else, where written; without it redenTekst uses the fallback `uVormAlsDerdePersoon`.
 */
import { formatDatumNl } from "../../rules/datum";
import { formatBasispunten } from "../../rules/declaratie";
import { formatBedrag } from "../../rules/geld";
import type { Gegevens, RedenCode } from "../../rules/redenen";
import type { Eindgrond } from "../../rules/toekenning";
import type { TariefSoort } from "../../rules/zorgovereenkomst";
import { aanvraagTeksten } from "./aanvraag";
import { budgetplanTeksten } from "./budgetplan";
import { declaratieTeksten } from "./declaratie";
import { bezittelijk, type Persoon } from "./derde-persoon";
import type { Publiek } from "./index";
import { leveringsvormTeksten } from "./leveringsvorm";
import { toekenningTeksten } from "./toekenning";
import { zorgovereenkomstTeksten } from "./zorgovereenkomst";

const hulp = aanvraagTeksten.gewaarborgdeHulp;
const lv = leveringsvormTeksten.pgb;
const zo = zorgovereenkomstTeksten;
const bp = budgetplanTeksten;
const de = declaratieTeksten;
const tk = toekenningTeksten;

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

/** A date jjjj-mm-dd as "30-03-2026". */
function datum(g: Gegevens, sleutel: string): string {
  return formatDatumNl(tekst(g, sleutel));
}

/** Basis points as a percentage: 150 → "1,5%". */
function procent(g: Gegevens, sleutel: string): string {
  return formatBasispunten(getal(g, sleutel));
}

/** The words a table has for the fact `sleutel`; a value the table lacks is a programming error. */
function uitTabel<K extends string>(tabel: Readonly<Record<K, string>>, g: Gegevens, sleutel: string): string {
  const waarde = tekst(g, sleutel);
  if (!Object.hasOwn(tabel, waarde)) throw new Error(`reden met onbekend gegeven ${sleutel}: ${waarde}`);
  return tabel[waarde as K];
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
} satisfies Record<RedenCode, Woorden>;
