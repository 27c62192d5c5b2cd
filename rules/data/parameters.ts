/**
 * Yearly parameters as dated data, each with its source. A value the sources do not give is
 * `null`: the rules then answer `navragen` and say the value is unknown, never a guessed number.
 * To add a year: append an entry with its `geldigVanaf` and `bron`; no code changes.
 *
 * Sources: `bronnen/pgb_wlz_maximumtarieven.csv`, `pgb_wlz_toeslagen.csv`,
 * `wlz_eigen_bijdrage_laag_blz_2024-2026.csv` (bronnen/README.md; rules/data/bronnen.test.ts holds
 * the values here against them), and the brochure *Zelf uw zorg inkopen in 6 stappen* (ZN,
 * situation of 1 January 2022) for the figures it prints.
 */
import type { Centen, IsoDatum } from "../types";

export interface Maximumtarieven {
  geldigVanaf: IsoDatum;
  /** ZO-03 professional zorgverlener, per hour. */
  professioneelPerUur: Centen | null;
  /** Begeleiding groep, per dagdeel. */
  begeleidingGroepPerDagdeel: Centen | null;
  /** ZO-03 non-professional zorgverlener, per hour. */
  nietProfessioneelPerUur: Centen | null;
  bron: string;
}

export const MAXIMUMTARIEVEN: readonly Maximumtarieven[] = [
  { geldigVanaf: "2015-01-01", professioneelPerUur: 6300, begeleidingGroepPerDagdeel: 5800, nietProfessioneelPerUur: 2000, bron: "Regeling langdurige zorg (versie 2015) art. 5.22" },
  // The 2015 source is the Regeling of 2015; bronnen/pgb_wlz_maximumtarieven.csv has nothing
  // until 2020-07-01. Without these rows 2016 to mid-2020 would silently get the 2015 maxima
  // (docs/decisions/003-jaarparameters.md: a value no source gives is null).
  { geldigVanaf: "2016-01-01", professioneelPerUur: null, begeleidingGroepPerDagdeel: null, nietProfessioneelPerUur: null, bron: "Niet gevonden in de beschikbare bronnen" },
  { geldigVanaf: "2017-01-01", professioneelPerUur: null, begeleidingGroepPerDagdeel: null, nietProfessioneelPerUur: null, bron: "Niet gevonden in de beschikbare bronnen" },
  { geldigVanaf: "2018-01-01", professioneelPerUur: null, begeleidingGroepPerDagdeel: null, nietProfessioneelPerUur: null, bron: "Niet gevonden in de beschikbare bronnen" },
  { geldigVanaf: "2019-01-01", professioneelPerUur: null, begeleidingGroepPerDagdeel: null, nietProfessioneelPerUur: null, bron: "Niet gevonden in de beschikbare bronnen" },
  { geldigVanaf: "2020-01-01", professioneelPerUur: null, begeleidingGroepPerDagdeel: null, nietProfessioneelPerUur: null, bron: "Niet gevonden in de beschikbare bronnen" },
  { geldigVanaf: "2020-07-01", professioneelPerUur: 6529, begeleidingGroepPerDagdeel: 6011, nietProfessioneelPerUur: 2073, bron: "pgb.nl slim lijstje 2020; medicalfacts.nl 2020-06-09" },
  { geldigVanaf: "2021-01-01", professioneelPerUur: 6660, begeleidingGroepPerDagdeel: 6132, nietProfessioneelPerUur: 2114, bron: "pgb.nl nieuwe tarieven 2021; zorgkantoormiddenijssel.nl wijzigingen 2021" },
  // bronnen/pgb_wlz_maximumtarieven.csv has no 2022 row: without one, 2022 would silently get
  // the 2021 maxima.
  { geldigVanaf: "2022-01-01", professioneelPerUur: null, begeleidingGroepPerDagdeel: null, nietProfessioneelPerUur: null, bron: "Niet gevonden in de beschikbare bronnen" },
  { geldigVanaf: "2023-01-01", professioneelPerUur: 7239, begeleidingGroepPerDagdeel: 6664, nietProfessioneelPerUur: 2298, bron: "menziszorgkantoor.nl pgb-vergoedingen-en-tarieven; rpsw.nl tarieven pgb wlz 2023 (Stcrt. 2022, 32461)" },
  { geldigVanaf: "2024-01-01", professioneelPerUur: 7700, begeleidingGroepPerDagdeel: 7088, nietProfessioneelPerUur: 2444, bron: "menziszorgkantoor.nl pgb-vergoedingen-en-tarieven; rpsw.nl tarieven pgb wlz voor 2024" },
  { geldigVanaf: "2025-01-01", professioneelPerUur: null, begeleidingGroepPerDagdeel: null, nietProfessioneelPerUur: null, bron: "Niet gevonden in de beschikbare bronnen" },
  { geldigVanaf: "2026-01-01", professioneelPerUur: null, begeleidingGroepPerDagdeel: null, nietProfessioneelPerUur: null, bron: "Niet gevonden in de beschikbare bronnen" },
];

export interface Toeslagen {
  geldigVanaf: IsoDatum;
  /** TK-02: toeslag for residents of a wooninitiatief, per year. */
  wooninitiatief: Centen | null;
  /** TK-02: toeslag Kwaliteit V&V for a VV profile in a wooninitiatief, per year. */
  kwaliteitVV: Centen | null;
  /** Yearly indexation of pgb budgets, as printed ("+6.37%"). */
  indexatie: string | null;
  bron: string;
}

export const TOESLAGEN: readonly Toeslagen[] = [
  { geldigVanaf: "2015-01-01", wooninitiatief: 403000, kwaliteitVV: null, indexatie: null, bron: "Rlz 2015 art. 5.13 lid 4 en art. 5.17 lid 1c" },
  { geldigVanaf: "2021-01-01", wooninitiatief: 465200, kwaliteitVV: 442900, indexatie: null, bron: "menziszorgkantoor.nl stap 3; bvkz.nl toeslag kwaliteitsgelden" },
  { geldigVanaf: "2022-01-01", wooninitiatief: null, kwaliteitVV: 429500, indexatie: null, bron: "bvkz.nl toeslag kwaliteitsgelden verpleeghuiszorg" },
  { geldigVanaf: "2023-01-01", wooninitiatief: 500700, kwaliteitVV: null, indexatie: "+5,99%", bron: "rpsw.nl tarieven pgb wlz 2023" },
  { geldigVanaf: "2024-01-01", wooninitiatief: 532600, kwaliteitVV: null, indexatie: "+6,37%", bron: "rpsw.nl tarieven pgb wlz voor 2024" },
  { geldigVanaf: "2025-01-01", wooninitiatief: null, kwaliteitVV: null, indexatie: null, bron: "Niet gevonden in de beschikbare bronnen" },
  { geldigVanaf: "2026-01-01", wooninitiatief: null, kwaliteitVV: null, indexatie: null, bron: "Niet gevonden in de beschikbare bronnen" },
];

/** The lage eigen bijdrage of the Besluit langdurige zorg (art. 3.3.2.2 and 3.3.2.4). */
export interface EigenBijdrageParameters {
  geldigVanaf: IsoDatum;
  /** Percentage of the bijdrageplichtig inkomen per year, in basis points (10% = 1000). */
  percentageBasispunten: number;
  minimumPerMaand: Centen;
  maximumPerMaand: Centen;
  kortingPgbOfMptPerMaand: Centen;
  aftrekInkomenBijMptOfPgbPerJaar: Centen;
  bron: string;
}

export const EIGEN_BIJDRAGE: readonly EigenBijdrageParameters[] = [
  { geldigVanaf: "2024-01-01", percentageBasispunten: 1000, minimumPerMaand: 20040, maximumPerMaand: 105220, kortingPgbOfMptPerMaand: 17180, aftrekInkomenBijMptOfPgbPerJaar: 728720, bron: "Besluit langdurige zorg art. 3.3.2.2 en 3.3.2.4, versie 2024" },
  { geldigVanaf: "2025-01-01", percentageBasispunten: 1000, minimumPerMaand: 20500, maximumPerMaand: 107660, kortingPgbOfMptPerMaand: 17580, aftrekInkomenBijMptOfPgbPerJaar: 745620, bron: "Besluit langdurige zorg art. 3.3.2.2 en 3.3.2.4, versie 2025" },
  { geldigVanaf: "2026-01-01", percentageBasispunten: 1000, minimumPerMaand: 21260, maximumPerMaand: 111580, kortingPgbOfMptPerMaand: 18220, aftrekInkomenBijMptOfPgbPerJaar: 772760, bron: "Besluit langdurige zorg art. 3.3.2.2 en 3.3.2.4, versie 2026" },
];

/** Figures the brochure prints. They hold from its reference date until a newer source says otherwise. */
export interface BrochureParameters {
  geldigVanaf: IsoDatum;
  /** BP-02: "gemiddeld aantal weken per maand", 4,33 as an exact fraction. */
  wekenPerMaand: { teller: number; noemer: number };
  maandenPerJaar: number;
  /** DE-05: 1,5% = 150 basis points, at least € 250,-, at most € 1.250,- per year. */
  verantwoordingsvrijBedrag: { basispunten: number; minimum: Centen; maximum: Centen };
  /** ZO-05 */
  maxLogeeropvangEtmalen: number;
  /** TK-07 */
  meldplichtBuitenlandNaWeken: number;
  /** TK-06: outside EER and Zwitserland */
  maxWekenBuitenlandElders: number;
  /** TK-06: within EER and Zwitserland, or palliatief terminaal: one year */
  maxWekenBuitenlandEer: number;
  /** TK-07, by ISO 3166-1 alpha-2 code (BQ: Caribisch Nederland). */
  aanvaardbaarheidspercentages: Readonly<Record<string, number>>;
  /** ZO-06: on an arbeidsovereenkomst for more days than this, loonbelasting is withheld. */
  loonbelastingMaxDagenZonderInhouding: number;
  /** DE-03 */
  declaratieTermijnWeken: number;
  /** LV-04: deeltijdverblijf is 7, 8 or 9 days per 14. */
  deeltijdverblijfDagenPer14: readonly number[];
  bron: string;
}

export const BROCHURE: readonly BrochureParameters[] = [
  {
    geldigVanaf: "2022-01-01",
    wekenPerMaand: { teller: 433, noemer: 100 },
    maandenPerJaar: 12,
    verantwoordingsvrijBedrag: { basispunten: 150, minimum: 25000, maximum: 125000 },
    maxLogeeropvangEtmalen: 156,
    meldplichtBuitenlandNaWeken: 6,
    maxWekenBuitenlandElders: 13,
    maxWekenBuitenlandEer: 52,
    aanvaardbaarheidspercentages: { BE: 100, BQ: 60, DE: 100, FR: 100, MA: 30, PT: 69, ES: 85, SR: 48, TR: 41 },
    loonbelastingMaxDagenZonderInhouding: 3,
    declaratieTermijnWeken: 4,
    deeltijdverblijfDagenPer14: [7, 8, 9],
    bron: "Brochure Zelf uw zorg inkopen in 6 stappen (Zorgverzekeraars Nederland), situatie per 1 januari 2022",
  },
];
