/**
 * DE-05 as a tool: the pgb of the year and whether anything was spent on care → the
 * verantwoordingsvrij bedrag. The rule is rules/declaratie.ts `verantwoordingsvrijBedrag`.
 */
import * as z from "zod";
import { declaratiesTeksten as declaratiesNl } from "@/content/wizard/declaraties";
import { declaratiesTeksten as declaratiesEn } from "@/content/en/wizard/declaraties";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { verantwoordingsvrijBedrag } from "@/rules/declaratie";
import { formatBedrag } from "@/rules/geld";
import type { Centen, IsoDatum, Reden } from "@/rules/types";
import { JA_NEE, keuze, perTaal, type JaNee } from "@/lib/wizard/vragen/velden";
import { jaarbudgetVeld } from "./invoer";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

const woorden = (taal: Taal) => inTaal(taal, declaratiesNl, declaratiesEn).verantwoordingsvrij;

/** The form's schema with its messages in `taal` (docs/decisions/032-talen.md). */
export const verantwoordingsvrijSchemaIn = perTaal((taal: Taal) =>
  z.object({
    budget: jaarbudgetVeld(taal),
    zorg: keuze(JA_NEE, woorden(taal).zorgLeeg, taal),
  }),
);

export const verantwoordingsvrijSchema = verantwoordingsvrijSchemaIn(STANDAARDTAAL);

export interface VerantwoordingsvrijUitkomst {
  bedrag: Centen;
  kop: string;
  redenen: Reden[];
}

/**
 * "Nee, geen zorg betaald" is no care spending at all (€ 0: no VVB); "ja" leaves the amount
 * unknown, so the rule adds that the budget must allow it.
 */
export function verantwoordingsvrijUitkomst(budget: Centen, zorg: JaNee, peildatum: IsoDatum, taal: Taal = STANDAARDTAAL): VerantwoordingsvrijUitkomst {
  const t = woorden(taal);
  const { bedrag, redenen } = verantwoordingsvrijBedrag(budget, zorg === "nee" ? { uitgavenAanZorg: 0, peildatum, tabel: jaarparameters().tabel } : { peildatum, tabel: jaarparameters().tabel });
  return { bedrag, kop: bedrag > 0 ? t.uitkomstKop(formatBedrag(bedrag)) : t.geenKop, redenen };
}
