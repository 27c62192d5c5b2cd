/**
 * The words of the family `zo.` (rules/zorgovereenkomst.ts: ZO-01 … ZO-06): the kind of contract,
 * professional or not, the maximum tariffs, logeeropvang and loonbelasting (docs/decisions/028).
 */
import type { Gegevens } from "../../../rules/redenen";
import type { TariefSoort } from "../../../rules/zorgovereenkomst";
import { zorgovereenkomstenTeksten } from "../../wizard/zorgovereenkomsten";
import { bezittelijk, type Persoon } from "../derde-persoon";
import { bedrag, datum, getal, tekst, uitTabel } from "../gegevens";
import { zorgovereenkomstTeksten } from "../zorgovereenkomst";
import { Naam, type Familie } from "./gedeeld";

const zo = zorgovereenkomstTeksten;

const TARIEF_SOORT: Readonly<Record<TariefSoort, string>> = {
  professioneel: zo.soortProfessioneel,
  "niet-professioneel": zo.soortNietProfessioneel,
  "begeleiding-groep": zo.soortBegeleidingGroep,
};
/** "1 dag", "4 dagen". */
const dagenTekst = (g: Gegevens): string => `${getal(g, "dagen")} ${getal(g, "dagen") === 1 ? "dag" : "dagen"}`;

const WIE_U: Readonly<Record<string, string>> = { instelling: zo.wieInstelling, zzp: zo.wieZzp, familie: zo.wieFamilie };
const wieAnder = (wie: string, p: Persoon): string => (wie === "familie" ? `${bezittelijk(p)} partner of een familielid` : (WIE_U[wie] ?? wie));

export const ZO = {
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

  // Said by a page of lib/ beside the rules' own reasons: the logeeropvang maximum (ZO-05).
  "zo.logeer-maximum": {
    u: (g) => zorgovereenkomstenTeksten.checklist.logeeropvang.regel(getal(g, "maximum")),
    ander: (g, p) => `Met een pgb kan ${p.naam} hoogstens ${getal(g, "maximum")} etmalen logeeropvang per kalenderjaar inkopen.`,
  },
} satisfies Familie<"zo">;
