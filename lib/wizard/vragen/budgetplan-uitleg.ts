/** Shared by the budgetplan's pages: which part of Bijlage 3 this is, then the page's own words. */
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import type { Uitleg } from "../types";

export function budgetplanUitleg(nummer: number, onderdeel: string, alineas: string[], metInleiding = false): Uitleg[] {
  const eerste = budgetplanVragen.onderdeel(nummer, onderdeel);
  return [{ alineas: [eerste, ...(metInleiding ? [budgetplanVragen.inleiding] : []), ...alineas] }];
}
