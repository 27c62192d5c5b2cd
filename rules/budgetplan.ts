/**
 * The budgetplan's sums (Bijlage 3, 6): BP-01, BP-02, BP-03 and BP-06.
 * All in integer cents and hundredths of an hour; the only rounding is written out below.
 */
import { deelHalfOmhoog, zekerGeheel, type Honderdsten } from "./geld";
import { parametersOp, type ParameterTabel } from "./parameters";
import { reden } from "./redenen";
import type { Centen, IsoDatum, Reden } from "./types";

/** A week has 168 hours: no zorgverlener can work more for one budgethouder. */
export const MAX_UREN_PER_WEEK = 168;
/**
 * Sanity bound on an uurtarief: € 1.000,- per uur. The highest maximum tarief in the data is
 * € 77,- (professional, 2024), and a higher NZa tarief needs the zorgkantoor's consent (ZO-04),
 * so a real tarief is far below this. The bound only catches slips such as cents typed as euros;
 * whether a tarief is allowed is ZO-04's question (`toetsUurtarief`), not this one's.
 */
export const MAX_UURTARIEF: Centen = 100000;
/** BP-06: the paper form has rows A–F. */
export const BUDGETPLAN_RIJEN_PER_BLAD = 6;

/** BP-02: 4,33 weeks per month as an exact fraction (the brochure's figure, rules/data/parameters.ts). */
export interface Breuk {
  teller: number;
  noemer: number;
}

export interface BudgetplanRegelInvoer {
  naam: string;
  urenPerWeek: Honderdsten;
  uurtarief: Centen;
}

export interface BudgetplanRegel {
  naam: string;
  kostenPerMaand: Centen;
  kostenPerMaandOnafgerond: Centen;
  kostenPerJaar: Centen;
  redenen: Reden[];
}

export interface Budgetplan {
  regels: BudgetplanRegel[];
  totaalPerJaar: Centen;
  /** Only when the pgb for the year is known: totaal ≤ pgb. */
  binnenBudget?: boolean;
  redenen: Reden[];
}

export function isGeldigAantalUren(h: Honderdsten): boolean {
  return Number.isSafeInteger(h) && h >= 0 && h <= MAX_UREN_PER_WEEK * 100;
}

export function isGeldigUurtarief(c: Centen): boolean {
  return Number.isSafeInteger(c) && c >= 0 && c <= MAX_UURTARIEF;
}

/**
 * BP-02/BP-03: uren × uurtarief × weken per maand.
 * The exact product is uren/100 × tarief × teller/noemer cents; both figures are rounded from
 * that exact value (not one from the other, which could round twice):
 * - `onafgerond`: to the cent, half up (what the sum gives, shown beside the rounded figure);
 * - `afgerond`: to whole euros, half up, as the brochure's example does (1.623,75 → 1.624,00).
 */
export function kostenPerMaand(
  urenPerWeek: Honderdsten,
  uurtarief: Centen,
  wekenPerMaand: Breuk = { teller: 433, noemer: 100 },
): { onafgerond: Centen; afgerond: Centen } {
  if (urenPerWeek < 0 || uurtarief < 0 || wekenPerMaand.teller < 0 || wekenPerMaand.noemer <= 0) {
    throw new RangeError("uren, uurtarief en weken per maand kunnen niet negatief zijn");
  }
  const teller = zekerGeheel(
    zekerGeheel(urenPerWeek, "uren") * zekerGeheel(uurtarief, "uurtarief") * zekerGeheel(wekenPerMaand.teller, "weken"),
    "product",
  );
  const noemer = 100 * zekerGeheel(wekenPerMaand.noemer, "noemer");
  return { onafgerond: deelHalfOmhoog(teller, noemer), afgerond: deelHalfOmhoog(teller, noemer * 100) * 100 };
}

/** BP-02: kosten per maand (already whole euros, BP-03) × 12. Exact: no rounding here. */
export function kostenPerJaar(perMaandAfgerond: Centen, maanden = 12): Centen {
  return zekerGeheel(zekerGeheel(perMaandAfgerond, "kosten per maand") * zekerGeheel(maanden, "maanden"), "kosten per jaar");
}

/** 433/100 → "4,33"; a fraction whose noemer is no power of ten reads "433/100". */
export function formatBreuk({ teller, noemer }: Breuk): string {
  const decimalen = String(noemer).length - 1;
  if (noemer !== 10 ** decimalen) return `${teller}/${noemer}`;
  if (decimalen === 0) return String(teller);
  const tekst = String(teller).padStart(decimalen + 1, "0");
  return `${tekst.slice(0, -decimalen)},${tekst.slice(-decimalen)}`;
}

function berekenRegel(regel: BudgetplanRegelInvoer, weken: Breuk, maanden: number): BudgetplanRegel {
  if (!isGeldigAantalUren(regel.urenPerWeek)) {
    throw new RangeError(`urenPerWeek van "${regel.naam}" moet 0 tot en met ${MAX_UREN_PER_WEEK} uur zijn`);
  }
  if (!isGeldigUurtarief(regel.uurtarief)) {
    throw new RangeError(`uurtarief van "${regel.naam}" moet 0 tot en met ${MAX_UURTARIEF} cent zijn`);
  }
  const maand = kostenPerMaand(regel.urenPerWeek, regel.uurtarief, weken);
  const jaar = kostenPerJaar(maand.afgerond, maanden);
  const redenen = [
    reden("BP-02", "bp.som-per-maand", {
      urenPerWeek: regel.urenPerWeek,
      uurtarief: regel.uurtarief,
      wekenTeller: weken.teller,
      wekenNoemer: weken.noemer,
      perMaand: maand.onafgerond,
    }),
  ];
  if (maand.onafgerond !== maand.afgerond) {
    redenen.push(reden("BP-03", "bp.afgerond", { onafgerond: maand.onafgerond, afgerond: maand.afgerond }));
  }
  redenen.push(reden("BP-02", "bp.som-per-jaar", { perMaand: maand.afgerond, maanden, perJaar: jaar }));
  return { naam: regel.naam, kostenPerMaand: maand.afgerond, kostenPerMaandOnafgerond: maand.onafgerond, kostenPerJaar: jaar, redenen };
}

/**
 * BP-02/BP-03/BP-06: every row's cost, the total per year (the exact sum of the rows' years),
 * and, when the pgb is known, whether the plan fits in it. Invalid hours or tarief throw: the
 * API validates them first (MAX_UREN_PER_WEEK, MAX_UURTARIEF).
 * The weeks per month and months per year come from the brochure parameters on `peildatum`
 * (without one: the brochure's 4,33 and 12).
 */
export function berekenBudgetplan(
  regels: BudgetplanRegelInvoer[],
  opties: { pgbJaarbedrag?: Centen; peildatum?: IsoDatum; tabel?: ParameterTabel } = {},
): Budgetplan {
  const brochure = opties.peildatum === undefined ? null : parametersOp(opties.peildatum, opties.tabel).brochure;
  const weken = brochure?.wekenPerMaand ?? { teller: 433, noemer: 100 };
  const maanden = brochure?.maandenPerJaar ?? 12;
  const berekend = regels.map((r) => berekenRegel(r, weken, maanden));
  const totaalPerJaar = berekend.reduce((som, r) => zekerGeheel(som + r.kostenPerJaar, "totaal"), 0);
  const redenen = [berekend.length === 0 ? reden("BP-02", "bp.geen-zorgverleners") : reden("BP-02", "bp.totaal", { aantal: berekend.length, totaal: totaalPerJaar })];
  if (berekend.length > BUDGETPLAN_RIJEN_PER_BLAD) {
    redenen.push(reden("BP-06", "bp.extra-blad", { aantal: berekend.length, bladen: verdeelOverBladen(berekend).length }));
  }
  const plan: Budgetplan = { regels: berekend, totaalPerJaar, redenen };
  if (opties.pgbJaarbedrag !== undefined) {
    const pgb = zekerGeheel(opties.pgbJaarbedrag, "pgbJaarbedrag");
    plan.binnenBudget = totaalPerJaar <= pgb;
    // Cents, not formatted amounts: the words (and the euro sign) are the content layer's (docs/decisions/028).
    redenen.push(
      plan.binnenBudget
        ? reden("BP-02", "bp.binnen-budget", { totaal: totaalPerJaar, pgb })
        : reden("BP-02", "bp.buiten-budget", { totaal: totaalPerJaar, pgb, tekort: totaalPerJaar - pgb }),
    );
  }
  return plan;
}

/** BP-06: rows A–F per sheet; a seventh row starts a next sheet. Nothing is lost or reordered. No rows: no sheets. */
export function verdeelOverBladen<T>(rijen: readonly T[]): T[][] {
  const bladen: T[][] = [];
  for (let i = 0; i < rijen.length; i += BUDGETPLAN_RIJEN_PER_BLAD) {
    bladen.push(rijen.slice(i, i + BUDGETPLAN_RIJEN_PER_BLAD));
  }
  return bladen;
}

/** BP-06: the letter of row `i` (0-based, over all sheets) on its sheet: 0 → "A", 5 → "F", 6 → "A". */
export function rijLetter(i: number): string {
  if (!Number.isSafeInteger(i) || i < 0) throw new RangeError("rij-index moet een geheel getal ≥ 0 zijn");
  return "ABCDEF".charAt(i % BUDGETPLAN_RIJEN_PER_BLAD);
}

/** BP-06: sheet (1-based) and row letter of row `i`: 6 → { blad: 2, rij: "A" }. */
export function bladEnRij(i: number): { blad: number; rij: string } {
  const rij = rijLetter(i);
  return { blad: (i - (i % BUDGETPLAN_RIJEN_PER_BLAD)) / BUDGETPLAN_RIJEN_PER_BLAD + 1, rij };
}

/** BP-01: the sections of the form, for the wizard's overview. */
export const BUDGETPLAN_ONDERDELEN = [
  "Mijn persoonsgegevens",
  "Mijn indicatie",
  "Reden keuze pgb",
  "De zorg die ik wil gaan inkopen",
  "Inkoop zorg",
  "Bedrag per zorgverlener",
  "Ondertekening",
] as const;

/** BP-01: what the budgetplan asks for, as a reason. */
export function budgetplanOnderdelen(): Reden[] {
  return [reden("BP-01", "bp.onderdelen")];
}
