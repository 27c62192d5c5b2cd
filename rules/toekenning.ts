/**
 * The toekenning of the pgb (TK-01..TK-05; brochure Stap 4): the beschikking and its year, the
 * toeslagen, the eigen bijdrage and when the pgb ends. A stay abroad (TK-06, TK-07) is in
 * `buitenland.ts`.
 */
import { deelHalfOmhoog, zekerGeheel } from "./geld";
import { parametersOp, type ParameterTabel } from "./parameters";
import { reden } from "./redenen";
import type { Centen, IsoDatum, Reden } from "./types";

const ISO_DATUM = /^(\d{4})-\d{2}-\d{2}$/;

function jaarVan(peildatum: IsoDatum): number {
  const m = ISO_DATUM.exec(peildatum);
  if (!m) throw new RangeError(`peildatum moet jjjj-mm-dd zijn, niet "${peildatum}"`);
  return Number(m[1]);
}

// ── TK-01 ────────────────────────────────────────────────────────────────────────────────────

/** TK-01: "Het zorgkantoor kent het pgb aan u toe tot uiterlijk 31 december." */
export function eindeToekenningsjaar(peildatum: IsoDatum): IsoDatum {
  return `${jaarVan(peildatum)}-12-31`;
}

/** TK-01: what the toekenning is and how long it runs, for the year of `peildatum`. */
export function toekenningsfeiten(peildatum: IsoDatum): Reden[] {
  const jaar = jaarVan(peildatum);
  return [
    reden("TK-01", "tk.beschikking"),
    reden("TK-01", "tk.svb"),
    reden("TK-01", "tk.looptijd", { jaar }),
    reden("TK-01", "tk.nieuwe-beschikking", { jaar: jaar + 1 }),
  ];
}

// ── TK-02 ────────────────────────────────────────────────────────────────────────────────────

export interface ToeslagSituatie {
  woonsituatie?: "thuis" | "wooninitiatief" | "instelling";
  /** The zorgprofiel's sector, e.g. "VV" (IND-05). */
  sector?: string;
}

export interface Toeslag {
  vanToepassing: boolean;
  /** Per year; `null` when it does not apply or the amount for that year is unknown. */
  bedrag: Centen | null;
}

export interface ToeslagenUitkomst {
  wooninitiatief: Toeslag;
  kwaliteitVV: Toeslag;
  redenen: Reden[];
}

/** TK-02: the toeslag Kwaliteit V&V is for "budgethouders met een zorgprofiel VV". */
export const SECTOR_KWALITEIT_VV = "VV";

/** `toeslag` names which one in the reasons' gegevens. */
function toeslagBedrag(toeslag: "wooninitiatief" | "kwaliteit-vv", bedrag: Centen | null, peildatum: IsoDatum, bron: string): { bedrag: Centen | null; reden: Reden } {
  const jaar = jaarVan(peildatum);
  if (bedrag === null) return { bedrag: null, reden: reden("TK-02", "tk.toeslag-onbekend", { toeslag, jaar }) };
  return { bedrag, reden: reden("TK-02", "tk.toeslag-bedrag", { toeslag, jaar, bedrag, bron }) };
}

/**
 * TK-02: which toeslagen apply and, where our dated data has it, how much they are. An answer not
 * given yet (woonsituatie, sector) means the toeslag is not counted, with a reason that asks.
 */
export function toeslagen(s: ToeslagSituatie, peildatum: IsoDatum, tabel?: ParameterTabel): ToeslagenUitkomst {
  const jaartabel = parametersOp(peildatum, tabel).toeslagen;
  const bron = jaartabel?.bron ?? "";
  const redenen: Reden[] = [reden("TK-02", "tk.hoogte")];
  const geen: Toeslag = { vanToepassing: false, bedrag: null };

  if (s.woonsituatie !== "wooninitiatief") {
    redenen.push(reden("TK-02", s.woonsituatie === undefined ? "tk.wooninitiatief-mogelijk" : "tk.geen-wooninitiatief"));
    return { wooninitiatief: geen, kwaliteitVV: geen, redenen };
  }

  const woon = toeslagBedrag("wooninitiatief", jaartabel?.wooninitiatief ?? null, peildatum, bron);
  redenen.push(reden("TK-02", "tk.wooninitiatief"), woon.reden);
  const wooninitiatief: Toeslag = { vanToepassing: true, bedrag: woon.bedrag };

  if (s.sector !== SECTOR_KWALITEIT_VV) {
    redenen.push(reden("TK-02", s.sector === undefined ? "tk.kwaliteit-vv-mogelijk" : "tk.geen-kwaliteit-vv"));
    return { wooninitiatief, kwaliteitVV: geen, redenen };
  }
  const kwaliteit = toeslagBedrag("kwaliteit-vv", jaartabel?.kwaliteitVV ?? null, peildatum, bron);
  redenen.push(reden("TK-02", "tk.kwaliteit-vv"), kwaliteit.reden);
  return { wooninitiatief, kwaliteitVV: { vanToepassing: true, bedrag: kwaliteit.bedrag }, redenen };
}

// ── TK-03 ────────────────────────────────────────────────────────────────────────────────────

/**
 * TK-03: the brochure says "ouder dan 18 jaar", but the Wlz charges an eigen bijdrage from
 * adulthood: a person of exactly 18 pays (decision; the brochure's wording is loose).
 */
export const EIGEN_BIJDRAGE_VANAF_LEEFTIJD = 18;

export interface EigenBijdrageSituatie {
  /** Age in whole years. */
  leeftijd: number;
  metMpt?: boolean;
}

/** TK-03: is an eigen bijdrage due, and what the person should know about it. The CAK decides. */
export function eigenBijdrage(s: EigenBijdrageSituatie): { verschuldigd: boolean; redenen: Reden[] } {
  const verschuldigd = Number.isFinite(s.leeftijd) && s.leeftijd >= EIGEN_BIJDRAGE_VANAF_LEEFTIJD;
  if (!verschuldigd) {
    return {
      verschuldigd,
      redenen: [reden("TK-03", "tk.eigen-bijdrage-niet-verschuldigd", { vanafLeeftijd: EIGEN_BIJDRAGE_VANAF_LEEFTIJD }), reden("TK-03", "tk.cak")],
    };
  }
  return {
    verschuldigd,
    redenen: [
      reden("TK-03", "tk.eigen-bijdrage-verschuldigd", { vanafLeeftijd: EIGEN_BIJDRAGE_VANAF_LEEFTIJD }),
      reden("TK-03", "tk.cak-rekening"),
      reden("TK-03", "tk.inkomensafhankelijk"),
      ...(s.metMpt === true ? [reden("TK-03", "tk.met-mpt")] : []),
      reden("TK-03", "tk.ingangsdatum"),
      reden("TK-03", "tk.cak"),
    ],
  };
}

const MAANDEN_PER_JAAR = 12;
/** Basis points in a whole: 10% = 1000 / 10 000. */
const BASISPUNTEN_PER_HEEL = 10_000;

/**
 * TK-03: an estimate of the lage eigen bijdrage per month (Besluit langdurige zorg), or `null`
 * when the parameters of that year are unknown.
 *
 * Order of operations, read from the toelichting of `bronnen/wlz_eigen_bijdrage_laag_blz_2024-2026.csv`:
 * 1. art. 3.3.2.4 lid 1: the bijdrageplichtig inkomen is lowered by the aftrek for mpt or pgb
 *    (not below zero);
 * 2. art. 3.3.2.2 lid 1–2: per month 1/12 of 10% of that, rounded half up to whole cents
 *    (decision: the Besluit names no rounding; the CAK's figure decides);
 * 3. art. 3.3.2.2 lid 3: at least the minimum, at most the maximum per month;
 * 4. art. 3.3.2.2 lid 4: minus the korting for pgb or mpt per month, not below zero.
 * It assumes a person without a partner (the rules for partners differ) and says so.
 */
export function schatLageEigenBijdrage(
  s: {
    bijdrageplichtigInkomenPerJaar: Centen;
    peildatum: IsoDatum;
  },
  tabel?: ParameterTabel,
): { perMaand: Centen; redenen: Reden[] } | null {
  const p = parametersOp(s.peildatum, tabel).eigenBijdrage;
  if (!p) return null;
  const inkomen = zekerGeheel(s.bijdrageplichtigInkomenPerJaar, "bijdrageplichtig inkomen");

  const grondslag = Math.max(0, inkomen - p.aftrekInkomenBijMptOfPgbPerJaar);
  // grondslag × basispunten / 120 000, split into whole and remainder so every product stays a
  // safe integer even for a very large income: (q·N + r)·b / N = q·b + r·b / N.
  const noemer = MAANDEN_PER_JAAR * BASISPUNTEN_PER_HEEL;
  const rest = grondslag % noemer;
  const voorGrenzen = ((grondslag - rest) / noemer) * p.percentageBasispunten + deelHalfOmhoog(rest * p.percentageBasispunten, noemer);
  const begrensd = Math.min(Math.max(voorGrenzen, p.minimumPerMaand), p.maximumPerMaand);
  const perMaand = Math.max(0, begrensd - p.kortingPgbOfMptPerMaand);

  const redenen: Reden[] = [
    reden("TK-03", "tk.schatting-inleiding", { jaar: jaarVan(s.peildatum) }),
    reden("TK-03", "tk.schatting-berekening", {
      inkomen,
      aftrek: p.aftrekInkomenBijMptOfPgbPerJaar,
      grondslag,
      basispunten: p.percentageBasispunten,
      perMaand: voorGrenzen,
    }),
  ];
  if (voorGrenzen < p.minimumPerMaand) redenen.push(reden("TK-03", "tk.schatting-minimum", { minimum: p.minimumPerMaand }));
  if (voorGrenzen > p.maximumPerMaand) redenen.push(reden("TK-03", "tk.schatting-maximum", { maximum: p.maximumPerMaand }));
  redenen.push(
    reden("TK-03", "tk.schatting-korting", { korting: p.kortingPgbOfMptPerMaand, perMaand }),
    reden("TK-03", "tk.schatting-aanname"),
    reden("TK-03", "tk.cak"),
  );
  return { perMaand, redenen };
}

// ── TK-04, TK-05 ─────────────────────────────────────────────────────────────────────────────

/** TK-04: the brochure's list "Het pgb eindigt: …", in its order. */
export const EINDGRONDEN = [
  "permanenteOpname",
  "opnameLangerDanTweeMaanden",
  "eigenVerzoek",
  "zorgInNatura",
  "faillietOfWsnp",
  "geenVastWoonadres",
  "verplichtingenNietNagekomen",
  "overlijden",
] as const;

/** TK-04: "Wordt u ondersteund door een gewaarborgde hulp? Dan eindigt het pgb ook …" */
export const EINDGRONDEN_GEWAARBORGDE_HULP = ["ondersteuningNietGoedGeregeld", "geenGewaarborgdeHulpMeer"] as const;

export type Eindgrond = (typeof EINDGRONDEN)[number] | (typeof EINDGRONDEN_GEWAARBORGDE_HULP)[number];

/** TK-04: when the pgb ends; the gewaarborgde-hulp grounds only when there is one. */
export function eindgronden(s: { gewaarborgdeHulp?: boolean }): { grond: Eindgrond; redenen: Reden[] }[] {
  const gronden: readonly Eindgrond[] = s.gewaarborgdeHulp === true ? [...EINDGRONDEN, ...EINDGRONDEN_GEWAARBORGDE_HULP] : EINDGRONDEN;
  return gronden.map((grond) => ({ grond, redenen: [reden("TK-04", "tk.eindgrond", { grond })] }));
}

/** TK-04 (report changes yourself) and TK-05 (wages over the notice periods after the end). */
export function beeindigingsfeiten(): Reden[] {
  return [reden("TK-04", "tk.wijzigingen-melden"), reden("TK-05", "tk.opzegtermijnen")];
}
