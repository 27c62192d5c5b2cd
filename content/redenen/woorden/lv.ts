/**
 * The words of the family `lv.` (rules/leveringsvorm.ts: LV-01 … LV-13, AV-06, AV-07): pgb,
 * zorg in natura, verblijf and deeltijdverblijf (docs/decisions/028).
 */
import { DEELTIJDVERBLIJF_DAGEN_PER_14 } from "../../../rules/leveringsvorm";
import { budgetplanVragen } from "../../wizard/budgetplan";
import { keuzeVragen } from "../../wizard/keuze";
import { getal, tekst } from "../gegevens";
import { leveringsvormTeksten } from "../leveringsvorm";
import { Naam, type Familie } from "./gedeeld";

const lv = leveringsvormTeksten.pgb;
const lvt = leveringsvormTeksten;
const deeltijd = leveringsvormTeksten.deeltijdverblijf;
const wens = leveringsvormTeksten.afleiding;

/** LV-04: the days per 14 that are deeltijdverblijf, as "7, 8 of 9". */
const TOEGESTANE_DAGEN = `${DEELTIJDVERBLIJF_DAGEN_PER_14.slice(0, -1).join(", ")} of ${DEELTIJDVERBLIJF_DAGEN_PER_14.at(-1)}`;

export const LV = {
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

  // What the pgb package holds (LV-10), on the keuze page: its words stay with the page's, in content/wizard/keuze.ts.
  "lv.pgb-geen-behandeling": {
    u: () => keuzeVragen.uitkomst.geenBehandeling,
    ander: (_, p) => `Met een pgb kan ${p.naam} zelf de zorg inkopen. Voor Wlz-behandeling krijgt ${p.naam} geen pgb.`,
  },

  // Said by a page of lib/ beside the rules' own reasons: what a pgb cannot buy (LV-10).
  "lv.geen-pgb-voor-behandeling": {
    u: () => budgetplanVragen.zorg.nietMag,
    ander: (_, p) =>
      `Wlz-behandeling kan ${p.naam} niet inkopen met een pgb. Dat is bijvoorbeeld behandeling door een specialist ouderengeneeskunde, een fysiotherapeut of een psycholoog vanuit de Wlz. Die zorg regelt het zorgkantoor.`,
  },
} satisfies Familie<"lv">;
