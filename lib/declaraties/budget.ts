/**
 * The budget over the year (stap 6): the pgb of the year against what was spent per month →
 * spent, remaining, and a straight-line projection to 31 December (TK-01: the pgb runs until
 * then). Integer cents throughout; the one rounding is the average per month, half up to the
 * cent, so "gemiddeld € X per maand" and the projection agree exactly with what is shown.
 */
import { AANVRAGER, persoonVoor, type Publiek } from "@/content/redenen";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { declaratiesTeksten as declaratiesEn } from "@/content/en/wizard/declaraties";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal, type Vertaling } from "@/content/vertaling";
import { perTaal } from "@/lib/wizard/vragen/velden";
import { budgetplanOverzicht } from "@/lib/budgetplan/overzicht";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { deelHalfOmhoog, formatBedrag, zekerGeheel } from "@/rules/geld";
import { reden } from "@/rules/redenen";
import { eindeToekenningsjaar } from "@/rules/toekenning";
import type { Centen, IsoDatum, Reden } from "@/rules/types";
import * as z from "zod";
import { jaarbudgetVeld, maandVeld } from "./invoer";

/** The tool has a field per calendar month. */
export const MAANDEN_PER_JAAR = 12;

/** The month fields' names: maand1 (januari) … maand12 (december). */
export const MAAND_VELDEN: readonly string[] = Array.from({ length: MAANDEN_PER_JAAR }, (_, i) => `maand${i + 1}`);

export interface MaandRegel {
  /** 1 = januari. */
  maand: number;
  /** What was entered; `null`: not entered yet. */
  bedrag: Centen | null;
  /** For a month not entered: the average of the entered months; else `null`. */
  verwacht: Centen | null;
  /** The bar's width in whole percents of the largest amount shown (0–100). */
  balk: number;
}

export type BudgetWaarschuwingSoort = "al-over" | "verwacht-over";

export interface BudgetOverzicht {
  budget: Centen;
  /** The sum of the entered months. */
  besteed: Centen;
  /** budget − besteed; negative when more was spent than the budget. */
  over: Centen;
  aantalIngevuld: number;
  /** `null` when no month is entered: then there is nothing to project from. */
  gemiddelde: Centen | null;
  /** besteed + gemiddelde × the months not entered. */
  verwachtTotaal: Centen | null;
  verwachtOver: Centen | null;
  maanden: MaandRegel[];
  /** Already more spent than the budget, or (going on like this) more by 31 December. */
  waarschuwing: BudgetWaarschuwingSoort | null;
}

/** `bedrag` as whole percents of `grootste`, half up; 0 when there is nothing to compare with. */
export function balkBreedte(bedrag: Centen, grootste: Centen): number {
  if (grootste <= 0 || bedrag <= 0) return 0;
  return Math.min(100, deelHalfOmhoog(bedrag * 100, grootste));
}

/** The budget for the year against the months entered (`null`: not entered yet), January first. */
export function budgetOverzicht(budget: Centen, maanden: readonly (Centen | null)[]): BudgetOverzicht {
  zekerGeheel(budget, "budget");
  if (budget < 0) throw new RangeError("budget kan niet negatief zijn");
  if (maanden.length !== MAANDEN_PER_JAAR) throw new RangeError(`er zijn ${MAANDEN_PER_JAAR} maanden, niet ${maanden.length}`);
  const ingevuld = maanden.filter((m): m is Centen => m !== null);
  for (const m of ingevuld) if (zekerGeheel(m, "maandbedrag") < 0) throw new RangeError("een maandbedrag kan niet negatief zijn");

  const besteed = ingevuld.reduce((som, m) => zekerGeheel(som + m, "besteed"), 0);
  const aantalIngevuld = ingevuld.length;
  const gemiddelde = aantalIngevuld === 0 ? null : deelHalfOmhoog(besteed, aantalIngevuld);
  const verwachtTotaal = gemiddelde === null ? null : zekerGeheel(besteed + gemiddelde * (MAANDEN_PER_JAAR - aantalIngevuld), "verwacht");
  const getoond = maanden.map((m) => m ?? gemiddelde ?? 0);
  const grootste = Math.max(0, ...getoond);
  const regels = maanden.map((bedrag, i) => ({
    maand: i + 1,
    bedrag,
    verwacht: bedrag === null ? gemiddelde : null,
    balk: balkBreedte(getoond[i] ?? 0, grootste),
  }));
  const waarschuwing = besteed > budget ? "al-over" : verwachtTotaal !== null && verwachtTotaal > budget ? "verwacht-over" : null;
  return {
    budget,
    besteed,
    over: budget - besteed,
    aantalIngevuld,
    gemiddelde,
    verwachtTotaal,
    verwachtOver: verwachtTotaal === null ? null : budget - verwachtTotaal,
    maanden: regels,
    waarschuwing,
  };
}

// ---------------------------------------------------------------------------------------------
// The form

const maandSchemas = (taal: Taal): Record<string, ReturnType<typeof maandVeld>> =>
  Object.fromEntries(MAAND_VELDEN.map((naam, i) => [naam, maandVeld(inTaal(taal, declaratiesTeksten, declaratiesEn).maanden[i] ?? "", taal)]));

/**
 * The form's fields, the budget and then the months in order, each with its Dutch error; the
 * page reads its query with it (lib/wizard/zoek-hulp.ts), which keeps this order in the errors.
 */
export const budgetSchemaIn = perTaal((taal: Taal) => z.object({ budget: jaarbudgetVeld(taal), ...maandSchemas(taal) }));

export const budgetSchema = budgetSchemaIn(STANDAARDTAAL);

/**
 * The months of a read form, januari first; `null`: not entered yet. Typed as a record: zod's
 * output type drops the months' names, which are made from MAAND_VELDEN.
 */
export function maandenUit(gelezen: Readonly<Record<string, Centen | null>>): (Centen | null)[] {
  return MAAND_VELDEN.map((naam) => gelezen[naam] ?? null);
}

// ---------------------------------------------------------------------------------------------
// The budgetplan, the reasons, the warning

/** BP-02: the budgetplan's cost per month (the sum of its zorgverleners' kosten per maand); `null` without zorgverleners. */
export function planPerMaand(a: Antwoorden, peildatum: IsoDatum): { perMaand: Centen; perJaar: Centen } | null {
  const overzicht = budgetplanOverzicht(a, peildatum);
  if (overzicht.zorgverleners.length === 0) return null;
  const perMaand = overzicht.zorgverleners.reduce((som, z) => zekerGeheel(som + z.beoordeling.kostenPerMaand, "plan per maand"), 0);
  return { perMaand, perJaar: overzicht.totaalPerJaar };
}

/** TK-01: why the projection stops at 31 December; BP-02: the plan's cost, when the months came from it. */
export function budgetRedenen(vandaag: IsoDatum, plan: { perMaand: Centen; perJaar: Centen } | null): Reden[] {
  const redenen = [reden("TK-01", "tk.budget-tot-einde-jaar", { einde: eindeToekenningsjaar(vandaag) })];
  if (plan !== null) redenen.push(reden("BP-02", "bp.plan-kosten", { perMaand: plan.perMaand, perJaar: plan.perJaar }));
  return redenen;
}

export interface BudgetWaarschuwing {
  titel: string;
  tekst: string;
}

/** The warning's words; with the months from the budgetplan it speaks of the plan. */
/**
 * The budget tool's words for who reads (docs/decisions/028): the applicant's own for "u", with
 * the sentences about the budget's owner replaced for someone who fills in for them.
 */
type BudgetWoorden = Vertaling<(typeof declaratiesTeksten)["budget"]>;

export function budgetTeksten(
  publiek: Publiek = AANVRAGER,
  taal: Taal = STANDAARDTAAL,
): Omit<BudgetWoorden, keyof ReturnType<BudgetWoorden["over"]>> & ReturnType<BudgetWoorden["over"]> {
  const w: BudgetWoorden = inTaal(taal, declaratiesTeksten, declaratiesEn).budget;
  const persoon = persoonVoor(publiek);
  return persoon === null ? w : { ...w, ...w.over(persoon) };
}

/** The warning's words for who reads (docs/decisions/028): "u" for the applicant, else about them. */
export function budgetWaarschuwingTeksten(
  publiek: Publiek = AANVRAGER,
  taal: Taal = STANDAARDTAAL,
): BudgetWoorden["waarschuwing"] | ReturnType<BudgetWoorden["waarschuwingOver"]> {
  const w: BudgetWoorden = inTaal(taal, declaratiesTeksten, declaratiesEn).budget;
  const persoon = persoonVoor(publiek);
  return persoon === null ? w.waarschuwing : w.waarschuwingOver(persoon);
}

export function budgetWaarschuwing(o: BudgetOverzicht, uitPlan: boolean, publiek: Publiek = AANVRAGER, taal: Taal = STANDAARDTAAL): BudgetWaarschuwing | null {
  const w = budgetWaarschuwingTeksten(publiek, taal);
  const budget = formatBedrag(o.budget);
  if (o.waarschuwing === null) return null;
  if (uitPlan) {
    const totaal = o.verwachtTotaal ?? o.besteed;
    return { titel: w.planOverTitel, tekst: w.planOver(formatBedrag(totaal), formatBedrag(totaal - o.budget), budget) };
  }
  if (o.waarschuwing === "al-over") {
    return { titel: w.alOverTitel, tekst: w.alOver(formatBedrag(o.besteed), formatBedrag(o.besteed - o.budget), budget) };
  }
  const verwacht = o.verwachtTotaal ?? o.besteed;
  return { titel: w.verwachtOverTitel, tekst: w.verwachtOver(formatBedrag(verwacht), formatBedrag(verwacht - o.budget), budget) };
}
