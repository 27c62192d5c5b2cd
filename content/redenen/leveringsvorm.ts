/** Texts for rules/leveringsvorm.ts (LV-01 … LV-13, AV-06, AV-07). B1 Dutch; the reader is "u". */
import type { Zorgsoort } from "../../rules/leveringsvorm";

/** LV-07, LV-08, LV-10: the kinds of care, as the brochure lists them in Stap 2. */
export const zorgsoortLabels: Record<Zorgsoort, string> = {
  verpleging: "verpleging",
  "persoonlijke-verzorging": "persoonlijke verzorging",
  begeleiding: "begeleiding (individueel en groep)",
  "wlz-behandeling": "Wlz-behandeling",
  "vervoer-dagbesteding-of-dagbehandeling": "vervoer naar en van de dagbesteding of dagbehandeling",
  "vervoer-dagbesteding": "vervoer naar en van de dagbesteding (begeleiding groep)",
  maaltijden: "maaltijden (eten en drinken)",
  "schoonmaken-woning": "schoonmaken van de woning",
  "huishoudelijke-hulp": "huishoudelijke hulp",
  logeeropvang: "logeeropvang",
};

export const leveringsvormTeksten = {
  pgb: {
    geenPgbZorgprofiel: (zorgprofiel: string): string =>
      `Met zorgprofiel ${zorgprofiel} is een pgb niet mogelijk. Het zorgkantoor regelt uw zorg dan in natura (zin).`,
    failliet: "U bent failliet verklaard. Dan wijst het zorgkantoor een aanvraag voor een pgb af.",
    wsnp: "U zit in de schuldsanering (WSNP). Dan wijst het zorgkantoor een aanvraag voor een pgb af.",
    geenVastWoonadres: "U heeft geen vast woonadres. Dan wijst het zorgkantoor een aanvraag voor een pgb af.",
    buitenland: "U woont niet in Nederland. Dan kunt u geen pgb krijgen.",
    instellingMetDagbesteding:
      "U woont in een Wlz-instelling en krijgt daar ook dagbesteding. De instelling geeft u dan alle zorg. Daarom krijgt u geen pgb.",
    instellingZonderDagbesteding:
      "U woont in een Wlz-instelling. De instelling geeft u de zorg die u nodig heeft. Krijgt u geen dagbesteding van de instelling? Dan kunt u in sommige instellingen een pgb krijgen voor begeleiding groep (dagbesteding).",
    instellingDagbestedingOnbekend:
      "U woont in een Wlz-instelling. De instelling geeft u de zorg die u nodig heeft. Krijgt u geen dagbesteding van de instelling? Dan kunt u in sommige instellingen een pgb krijgen voor begeleiding groep (dagbesteding). Vraag aan de instelling of u daar dagbesteding krijgt.",
    instellingNavragen:
      "Een pgb als u in een instelling woont, is alleen voor begeleiding groep. En het kan niet in elke instelling. Vraag het zorgkantoor wat mogelijk is.",
    thuis:
      "U woont thuis. Met uw zorgprofiel kunt u de zorg inkopen met een pgb. Het zorgkantoor beslist wel over uw aanvraag.",
    wooninitiatief:
      "U woont in een wooninitiatief. Met uw zorgprofiel kunt u de zorg inkopen met een pgb. Het zorgkantoor beslist wel over uw aanvraag.",
    woonsituatieOnbekend:
      "Of een pgb kan, hangt af van waar u woont. Thuis of in een wooninitiatief kan het. In een Wlz-instelling meestal niet.",
    nietInBijlage4: (zorgprofiel: string): string =>
      `Zorgprofiel ${zorgprofiel} staat niet in de lijst van de brochure met zorgprofielen die toegang geven tot het pgb. Een pgb is ook niet uitgesloten. Vraag het zorgkantoor of een pgb voor u mogelijk is.`,
  },
  zinThuis: {
    zorgkantoorBeoordeelt:
      "De zorgaanbieder bespreekt met u wat mogelijk is. Daarna beoordeelt het zorgkantoor of zorg thuis in uw situatie kan.",
    vpt: "Bij een volledig pakket thuis (vpt) krijgt u thuis bijna alle zorg die u ook in een instelling krijgt. Eén zorgaanbieder levert alle zorg. Alleen de Wlz-behandeling kan ook van een andere zorgaanbieder komen.",
    mpt: "Bij een modulair pakket thuis (mpt) krijgt u de zorg die u thuis nodig heeft, of een deel daarvan. Meerdere zorgaanbieders kunnen de zorg leveren.",
  },
  pgbMetMpt: {
    geenPgb: "Een combinatie van pgb en modulair pakket thuis (mpt) kan alleen als een pgb mogelijk is.",
    combinatie:
      "U kunt een pgb combineren met een modulair pakket thuis (mpt). Een deel van de zorg regelt u zelf met het pgb. Het andere deel regelt het zorgkantoor (zorg in natura).",
  },
  verblijf: {
    zin: "U kunt wonen in een Wlz-instelling, bijvoorbeeld een verpleeghuis of een instelling voor gehandicaptenzorg. Het zorgkantoor regelt dit (zorg in natura). U mag zeggen welke instelling uw voorkeur heeft.",
    wachtlijst:
      "Soms is er een wachtlijst. Dan zoekt het zorgkantoor met u naar de beste oplossing. De instelling geeft u dan alle zorg. Een pgb krijgt u daarnaast meestal niet.",
  },
  deeltijdverblijf: {
    geenDeeltijdZorgprofiel: (zorgprofiel: string): string =>
      `Met zorgprofiel ${zorgprofiel} is deeltijdverblijf niet mogelijk.`,
    buitenBereik: (dagen: number, toegestaan: string): string =>
      `U noemt ${dagen} dagen per 14 dagen in de instelling. Deeltijdverblijf is ${toegestaan} dagen per 14 dagen. Meer of minder dagen is geen deeltijdverblijf.`,
    binnenBereik: (dagen: number): string =>
      `U noemt ${dagen} dagen per 14 dagen in de instelling. Dat past bij deeltijdverblijf.`,
    uitleg: (toegestaan: string): string =>
      `Bij deeltijdverblijf woont u ${toegestaan} dagen per 14 dagen in een instelling en de rest thuis.`,
    voorwaarden:
      "Het verblijf in de instelling is altijd zonder behandeling en altijd zorg in natura. De zorg thuis kan in natura of met een pgb. Naast deeltijdverblijf kunt u geen logeeropvang inkopen.",
    /** LV-05 where a pgb is not possible (LV-02 and the like): the reason that forbids it comes just before. */
    voorwaardenZonderPgb:
      "Het verblijf in de instelling is altijd zonder behandeling en altijd zorg in natura. De zorg thuis is dan ook zorg in natura. Naast deeltijdverblijf kunt u geen logeeropvang inkopen.",
    zorgkantoorBeoordeelt:
      "Vraag uw zorgaanbieder of zorgkantoor naar de mogelijkheden. Het zorgkantoor beoordeelt of deeltijdverblijf in uw situatie mogelijk is.",
  },
  afleiding: {
    thuisZelf: "U wilt thuis blijven wonen en zelf de zorg regelen. Dat doet u met een persoonsgebonden budget (pgb).",
    thuisZorgkantoor:
      "U wilt thuis blijven wonen en het zorgkantoor de zorg laten regelen. Dat heet zorg in natura (zin): een volledig pakket thuis (vpt) of een modulair pakket thuis (mpt).",
    thuisAllebei:
      "U wilt thuis blijven wonen. Een deel van de zorg regelt u zelf en een deel regelt het zorgkantoor. Dat is een combinatie van pgb en modulair pakket thuis (mpt).",
    instellingZorgkantoor:
      "U wilt in een instelling wonen en het zorgkantoor de zorg laten regelen. Dat is verblijf in een Wlz-instelling (zorg in natura).",
    instellingZelf:
      "U wilt in een instelling wonen en zelf de zorg regelen met een pgb. Dat kan maar in een paar gevallen. Laat u goed voorlichten over wat mogelijk is.",
    instellingAllebei:
      "U wilt in een instelling wonen. De instelling geeft dan de zorg (zorg in natura). Alleen voor dagbesteding kunt u soms zelf iets regelen met een pgb. Laat u goed voorlichten over wat mogelijk is.",
    deeltijd: "U wilt een deel van de tijd thuis wonen en een deel in een instelling. Dat heet deeltijdverblijf.",
    deeltijdZorgThuis: {
      zorgkantoor: "De zorg thuis regelt het zorgkantoor (zorg in natura).",
      zelf: "De zorg thuis kunt u zelf regelen met een pgb. Het verblijf in de instelling regelt het zorgkantoor.",
      allebei: "De zorg thuis kan deels via het zorgkantoor en deels met een pgb. Het verblijf in de instelling regelt het zorgkantoor.",
    },
    /** LV-05 with a profile that gets no pgb (LV-02 follows). */
    deeltijdZorgThuisZonderPgb:
      "U wilt de zorg thuis zelf regelen, of een deel ervan. Dat zou met een pgb moeten, maar dat is met uw zorgprofiel niet mogelijk. Het zorgkantoor regelt dan de zorg thuis en het verblijf in de instelling (zorg in natura).",
  },
};
