/**
 * Reading the tools' input (stap 6): amounts as Dutch people type them, with Dutch errors. The
 * tools are GET forms: a value arrives as one string, or as several when a URL repeats a name.
 */
import * as z from "zod";
import { declaratiesTeksten as declaratiesNl } from "@/content/wizard/declaraties";
import { declaratiesTeksten as declaratiesEn } from "@/content/en/wizard/declaraties";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { veldnamen as veldnamenNl } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { formatBedrag, parseBedragNl } from "@/rules/geld";
import type { Centen } from "@/rules/types";
import { tekst } from "@/lib/wizard/vragen/velden";


/** A pgb of a million euros a year is far above any Wlz budget: a typing slip, not a budget (as deel 6 of the budgetplan). */
export const MAX_BEDRAG: Centen = 100_000_000;
/** Longer than any amount or date anyone types. */
export const MAX_INVOER = 40;

/** A minus sign of any kind before the digits, with or without "€": a negative amount. */
const NEGATIEF = /^(?:€\s*)?[-−–]\s*\d/;

interface BedragFouten {
  vorm: string;
  negatief: string;
  teHoog: string;
}

function leesBedrag(invoer: string, fouten: BedragFouten, ctx: z.RefinementCtx): Centen {
  if (NEGATIEF.test(invoer)) {
    ctx.addIssue({ code: "custom", message: fouten.negatief });
    return z.NEVER;
  }
  const bedrag = parseBedragNl(invoer);
  if (bedrag === null) {
    ctx.addIssue({ code: "custom", message: fouten.vorm });
    return z.NEVER;
  }
  if (bedrag > MAX_BEDRAG) {
    ctx.addIssue({ code: "custom", message: fouten.teHoog });
    return z.NEVER;
  }
  return bedrag;
}

/** The pgb for a year: required, more than € 0, at most MAX_BEDRAG. */
export function jaarbudgetVeld(taal: Taal = STANDAARDTAAL) {
  const t = inTaal(taal, declaratiesNl, declaratiesEn).fout;
  const veldnamen = inTaal(taal, veldnamenNl, veldnamenEn);
  const fouten = { vorm: t.budgetVorm, negatief: t.budgetNegatief, teHoog: t.budgetTeHoog(formatBedrag(MAX_BEDRAG)) };
  return tekst(veldnamen.jaarbudget, MAX_INVOER, taal).transform((invoer, ctx): Centen => {
    if (invoer === "") {
      ctx.addIssue({ code: "custom", message: t.budgetLeeg });
      return z.NEVER;
    }
    const bedrag = leesBedrag(invoer, fouten, ctx);
    if (bedrag === 0) {
      ctx.addIssue({ code: "custom", message: t.budgetNul });
      return z.NEVER;
    }
    return bedrag;
  });
}

/** One month's spending: empty is `null` (not entered yet), else € 0 up to MAX_BEDRAG. */
export function maandVeld(maand: string, taal: Taal = STANDAARDTAAL) {
  const t = inTaal(taal, declaratiesNl, declaratiesEn).fout;
  const veldnamen = inTaal(taal, veldnamenNl, veldnamenEn);
  const fouten = { vorm: t.maandVorm(maand), negatief: t.maandNegatief(maand), teHoog: t.maandTeHoog(maand, formatBedrag(MAX_BEDRAG)) };
  return tekst(veldnamen.maand(maand), MAX_INVOER, taal).transform((invoer, ctx): Centen | null => (invoer === "" ? null : leesBedrag(invoer, fouten, ctx)));
}

/** "€ 1.624,00" never breaks after the € on screen (rules/geld.ts leaves that to the UI). */
export function metVasteSpatie(tekst: string): string {
  return tekst.replaceAll("€ ", "€\u00a0");
}

export function bedragOpScherm(c: Centen): string {
  return metVasteSpatie(formatBedrag(c));
}
