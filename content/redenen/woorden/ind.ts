/**
 * The words of the family `ind.` (rules/indicatie.ts: IND-01, IND-02, IND-04): the Wlz and the
 * CIZ's indicatiebesluit (docs/decisions/028).
 */
import { getal } from "../gegevens";
import { ciz, indicatieTeksten as ind } from "../indicatie";
import { Naam, type Familie } from "./gedeeld";

export const IND = {
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
} satisfies Familie<"ind">;
