/** Tests read a reason's words for the applicant (docs/decisions/028: rules return data, not sentences). */
import { redenTekst } from "@/content/redenen";
import type { Reden } from "@/rules/redenen";

export function tekstVan(r: Reden): string;
export function tekstVan(r: Reden | undefined): string | undefined;
export function tekstVan(r: Reden | undefined): string | undefined {
  return r === undefined ? undefined : redenTekst(r);
}
