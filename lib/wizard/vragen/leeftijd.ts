/** Stap 1 when the Wlz does not fit: the age chooses the loket (Wmo or jeugdzorg, IND-01). */
import * as z from "zod";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { indicatieVragen as indicatieVragenEn } from "@/content/en/wizard/indicatie";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import type { VraagDefinitie } from "../types";
import { JA_NEE, jaNeeOpties, jaNeeTekst, keuze, perTaal } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, indicatieVragen, indicatieVragenEn).leeftijd;

const schemaIn = perTaal((taal) => z.object({ jongerDan18: keuze(JA_NEE, woorden(taal).leeg, taal) }));
const schema = schemaIn(STANDAARDTAAL);

export const leeftijdVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "leeftijd",
  stap: "indicatie",
  ingevuld: (a) => a.jongerDan18 !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  velden: ({ aanspreking, taal }) => [
    { soort: "radio", naam: "jongerDan18", label: woorden(taal).titel(aanspreking), hint: woorden(taal).hint, opties: jaNeeOpties(taal), alsKop: true, inline: true },
  ],
  schema,
  schemaIn,
  waarden: (a) => ({ jongerDan18: a.jongerDan18 ?? "" }),
  verwerk: ({ jongerDan18 }, a) => ({ ...a, jongerDan18 }),
  samenvatting: ({ antwoorden, aanspreking, taal }) =>
    antwoorden.jongerDan18 === undefined ? [] : [{ vraag: woorden(taal).titel(aanspreking), antwoord: jaNeeTekst(antwoorden.jongerDan18, taal) }],
};
