/** Shared by the budgetplan's pages: which part of Bijlage 3 this is, then the page's own words. */
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { budgetplanVragen as budgetplanVragenEn } from "@/content/en/wizard/budgetplan";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import type { Uitleg } from "../types";

/** The budgetplan's words in `taal` (docs/decisions/032-talen.md). */
export const budgetplanWoorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, budgetplanVragen, budgetplanVragenEn);

export function budgetplanUitleg(nummer: number, onderdeel: string, alineas: string[], metInleiding = false, taal: Taal = STANDAARDTAAL): Uitleg[] {
  const w = budgetplanWoorden(taal);
  const eerste = w.onderdeel(nummer, onderdeel);
  return [{ alineas: [eerste, ...(metInleiding ? [w.inleiding] : []), ...alineas] }];
}
