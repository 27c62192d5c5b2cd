/**
 * The words of the family `bl.` (rules/buitenland.ts: TK-06, TK-07): a stay abroad, the country by
 * its ISO code, its name from the country list (docs/decisions/028).
 */
import { buitenlandTeksten } from "../buitenland";
import { getal, landNaam, tekst } from "../gegevens";
import { Naam, type Familie } from "./gedeeld";

const bl = buitenlandTeksten;

export const BL = {
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
} satisfies Familie<"bl">;
