/**
 * Budgetplan, deel 2 (BP-01): the zorgprofiel, taken from stap 1 and changeable here. Stored
 * apart from stap 1's answer: changing it here must not change what stap 1 and 2 decided.
 */
import * as z from "zod";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { MAX_TEKST, type Antwoorden } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { budgetplanUitleg } from "./budgetplan-uitleg";
import { leesZorgprofiel, zorgprofielUit, zorgprofielWeergave } from "./feiten";
import { zorgprofielVeld } from "./zorgprofiel";

const t = budgetplanVragen.zorgprofiel;
const stap1 = indicatieVragen.zorgprofiel;

const schema = z.object({ budgetplanZorgprofiel: zorgprofielVeld().transform(({ invoer }) => invoer) });

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
  titel: () => t.titel,
  uitleg: ({ antwoorden }) => {
    const eigen = antwoorden.budgetplanZorgprofiel === undefined ? null : leesZorgprofiel(antwoorden.budgetplanZorgprofiel);
    const vanStap1 = zorgprofielUit(antwoorden);
    const anders = eigen?.ok === true && vanStap1 !== null && eigen.zorgprofiel.code !== vanStap1.code;
    return budgetplanUitleg(2, t.onderdeel, [t.uitleg, ...(anders ? [t.anders(zorgprofielWeergave(vanStap1))] : [])]);
  },
  velden: () => [
    { soort: "tekst", naam: "budgetplanZorgprofiel", label: stap1.label, hint: stap1.hint, breedte: "midden", autocomplete: "off", maxLengte: MAX_TEKST },
  ],
  schema,
  waarden: (a) => ({ budgetplanZorgprofiel: a.budgetplanZorgprofiel ?? a.zorgprofiel ?? "" }),
  verwerk: ({ budgetplanZorgprofiel }, a) => ({ ...a, budgetplanZorgprofiel }),
  samenvatting: ({ antwoorden }) =>
    antwoorden.budgetplanZorgprofiel === undefined ? [] : [{ vraag: t.titel, antwoord: budgetplanZorgprofielTekst(antwoorden) }],
};
