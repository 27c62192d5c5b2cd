/**
 * Budgetplan, deel 6 (BP-02, BP-03): the sums per zorgverlener and the total, with warnings that
 * help (ZO-02..ZO-06), and the pgb per year when the person knows it (to compare, never to block).
 * The table itself is drawn by the page from lib/budgetplan/overzicht.ts.
 */
import * as z from "zod";
import { veldnamen } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { berekenBudgetplan } from "@/rules/budgetplan";
import { formatBedrag, parseBedragNl } from "@/rules/geld";
import type { Centen } from "@/rules/types";
import { MAX_TEKST, type Antwoorden } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { budgetplanUitleg, budgetplanWoorden } from "./budgetplan-uitleg";
import { bedragInvoer, perTaal, tekst } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => budgetplanWoorden(taal).bedragen;
/** A pgb of a million euros a year is far above any Wlz budget: a typing slip, not a budget. */
const MAX_JAARBUDGET: Centen = 100_000_000;

const schemaIn = perTaal((taal) =>
  z.object({
    verwachtJaarbudget: tekst(inTaal(taal, veldnamen, veldnamenEn).verwachtJaarbudget, undefined, taal).transform((invoer, ctx): Centen | null => {
      if (invoer === "") return null;
      const bedrag = parseBedragNl(invoer);
      if (bedrag === null || bedrag > MAX_JAARBUDGET) {
        ctx.addIssue({ code: "custom", message: woorden(taal).budgetFout });
        return z.NEVER;
      }
      return bedrag;
    }),
  }),
);
const schema = schemaIn(STANDAARDTAAL);

export function totaalPerJaar(a: Antwoorden): Centen {
  return berekenBudgetplan(a.zorgverleners ?? []).totaalPerJaar;
}

export const bedragenVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "bedragen",
  stap: "aanvraag",
  ingevuld: (a) => a.verwachtJaarbudget !== undefined,
  titel: ({ taal }) => woorden(taal).titel,
  uitleg: ({ taal }) => budgetplanUitleg(6, woorden(taal).onderdeel, [woorden(taal).uitleg], false, taal),
  velden: ({ taal }) => [{ soort: "tekst", naam: "verwachtJaarbudget", label: woorden(taal).budgetLabel, hint: woorden(taal).budgetHint, breedte: "midden", autocomplete: "off", maxLengte: MAX_TEKST }],
  schema,
  schemaIn,
  waarden: (a) => ({ verwachtJaarbudget: a.verwachtJaarbudget === undefined || a.verwachtJaarbudget === null ? "" : bedragInvoer(a.verwachtJaarbudget) }),
  verwerk: ({ verwachtJaarbudget }, a) => ({ ...a, verwachtJaarbudget }),
  samenvatting: ({ antwoorden, taal }) => {
    if (antwoorden.verwachtJaarbudget === undefined) return [];
    const t = woorden(taal);
    const budget = antwoorden.verwachtJaarbudget;
    return [
      { vraag: t.totaalRij, antwoord: formatBedrag(totaalPerJaar(antwoorden)) },
      { vraag: t.budgetRij, antwoord: budget === null ? t.budgetOnbekend : formatBedrag(budget) },
    ];
  },
};
