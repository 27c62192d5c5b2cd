/** Tests read a reason's words for the applicant (docs/decisions/028: rules return data, not sentences). */
import { redenTekst } from "@/content/redenen";
import type { Reden, RedenCode } from "@/rules/redenen";

export function tekstVan(r: Reden): string;
export function tekstVan(r: Reden | undefined): string | undefined;
export function tekstVan(r: Reden | undefined): string | undefined {
  return r === undefined ? undefined : redenTekst(r);
}

/**
 * Codes that lib/ gives (the budget tool of stap 6, the keuze, zorg-inkopen and eigen-bijdrage
 * pages, the zorgovereenkomst checklist), not a module of rules/: a
 * family's "every code comes out of its rules" test leaves them out; lib/declaraties/budget.test.ts
 * and content/redenen/budget.test.ts cover them.
 */
export const CODES_UIT_LIB: readonly RedenCode[] = [
  "bp.plan-kosten",
  "tk.budget-tot-einde-jaar",
  "lv.pgb-geen-behandeling",
  "lv.geen-pgb-voor-behandeling",
  "zo.logeer-maximum",
  "tk.eigen-bijdrage-mpt",
];
