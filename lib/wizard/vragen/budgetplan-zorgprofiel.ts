/**
 * Budgetplan, deel 2 (BP-01): the zorgprofiel, taken from stap 1 and changeable here. Stored
 * apart from stap 1's answer: changing it here must not change what stap 1 and 2 decided.
 */
import * as z from "zod";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { indicatieVragen as indicatieVragenEn } from "@/content/en/wizard/indicatie";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { MAX_TEKST, type Antwoorden } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { budgetplanUitleg, budgetplanWoorden } from "./budgetplan-uitleg";
import { leesZorgprofiel, zorgprofielUit, zorgprofielWeergave } from "./feiten";
import { perTaal } from "./velden";
import { zorgprofielVeld } from "./zorgprofiel";

const woorden = (taal: Taal = STANDAARDTAAL) => budgetplanWoorden(taal).zorgprofiel;
const stap1 = (taal: Taal = STANDAARDTAAL) => inTaal(taal, indicatieVragen, indicatieVragenEn).zorgprofiel;

const schemaIn = perTaal((taal) => z.object({ budgetplanZorgprofiel: zorgprofielVeld(taal).transform(({ invoer }) => invoer) }));
const schema = schemaIn(STANDAARDTAAL);

/** The budgetplan's zorgprofiel as shown to people: its own answer, else stap 1's. */
export function budgetplanZorgprofielTekst(a: Antwoorden): string {
  const invoer = a.budgetplanZorgprofiel ?? a.zorgprofiel ?? "";
  const parse = leesZorgprofiel(invoer);
  return parse.ok ? zorgprofielWeergave(parse.zorgprofiel) : invoer;
}

export const budgetplanZorgprofielVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "budgetplan-zorgprofiel",
  stap: "aanvraag",
  ingevuld: (a) => a.budgetplanZorgprofiel !== undefined,
  titel: ({ taal }) => woorden(taal).titel,
  uitleg: ({ antwoorden, taal }) => {
    const t = woorden(taal);
    const eigen = antwoorden.budgetplanZorgprofiel === undefined ? null : leesZorgprofiel(antwoorden.budgetplanZorgprofiel);
    const vanStap1 = zorgprofielUit(antwoorden);
    const anders = eigen?.ok === true && vanStap1 !== null && eigen.zorgprofiel.code !== vanStap1.code;
    return budgetplanUitleg(2, t.onderdeel, [t.uitleg, ...(anders ? [t.anders(zorgprofielWeergave(vanStap1))] : [])], false, taal);
  },
  velden: ({ taal }) => [
    { soort: "tekst", naam: "budgetplanZorgprofiel", label: stap1(taal).label, hint: stap1(taal).hint, breedte: "midden", autocomplete: "off", maxLengte: MAX_TEKST },
  ],
  schema,
  schemaIn,
  waarden: (a) => ({ budgetplanZorgprofiel: a.budgetplanZorgprofiel ?? a.zorgprofiel ?? "" }),
  verwerk: ({ budgetplanZorgprofiel }, a) => ({ ...a, budgetplanZorgprofiel }),
  samenvatting: ({ antwoorden, taal }) =>
    antwoorden.budgetplanZorgprofiel === undefined ? [] : [{ vraag: woorden(taal).titel, antwoord: budgetplanZorgprofielTekst(antwoorden) }],
};
