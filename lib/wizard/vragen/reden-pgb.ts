/** Budgetplan, deel 3 (BP-01): why a pgb and not zorg in natura, in the person's own words. */
import * as z from "zod";
import { veldnamen } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { MAX_LANGE_TEKST } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { budgetplanUitleg, budgetplanWoorden } from "./budgetplan-uitleg";
import { perTaal, verplichteTekst } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => budgetplanWoorden(taal).reden;

const schemaIn = perTaal((taal) =>
  z.object({ redenKeuzePgb: verplichteTekst(inTaal(taal, veldnamen, veldnamenEn).redenKeuzePgb, woorden(taal).leeg, MAX_LANGE_TEKST, taal) }),
);
const schema = schemaIn(STANDAARDTAAL);

export const redenPgbVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "reden-pgb",
  stap: "aanvraag",
  ingevuld: (a) => a.redenKeuzePgb !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  uitleg: ({ aanspreking, taal }) => {
    const t = woorden(taal);
    return [...budgetplanUitleg(3, t.onderdeel, [t.uitleg(aanspreking)], false, taal), { kop: t.voorbeeldenKop, lijst: [...t.voorbeelden] }];
  },
  velden: ({ taal }) => [{ soort: "tekstvak", naam: "redenKeuzePgb", label: woorden(taal).label, rijen: 6, maxLengte: MAX_LANGE_TEKST }],
  schema,
  schemaIn,
  waarden: (a) => ({ redenKeuzePgb: a.redenKeuzePgb ?? "" }),
  verwerk: ({ redenKeuzePgb }, a) => ({ ...a, redenKeuzePgb }),
  samenvatting: ({ antwoorden, taal }) => (antwoorden.redenKeuzePgb === undefined ? [] : [{ vraag: woorden(taal).label, antwoord: antwoorden.redenKeuzePgb }]),
};
