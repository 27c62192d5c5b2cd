/** Stap 1 when the Wlz does not fit: the age chooses the loket (Wmo or jeugdzorg, IND-01). */
import * as z from "zod";
import { indicatieVragen } from "@/content/wizard/indicatie";
import type { VraagDefinitie } from "../types";
import { JA_NEE, jaNeeOpties, jaNeeTekst, keuze } from "./velden";

const t = indicatieVragen.leeftijd;

const schema = z.object({ jongerDan18: keuze(JA_NEE, t.leeg) });

export const leeftijdVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "leeftijd",
  stap: "indicatie",
  ingevuld: (a) => a.jongerDan18 !== undefined,
  titel: ({ aanspreking }) => t.titel(aanspreking),
  velden: ({ aanspreking }) => [
    { soort: "radio", naam: "jongerDan18", label: t.titel(aanspreking), hint: t.hint, opties: jaNeeOpties(), alsKop: true, inline: true },
  ],
  schema,
  waarden: (a) => ({ jongerDan18: a.jongerDan18 ?? "" }),
  verwerk: ({ jongerDan18 }, a) => ({ ...a, jongerDan18 }),
  samenvatting: ({ antwoorden, aanspreking }) =>
    antwoorden.jongerDan18 === undefined ? [] : [{ vraag: t.titel(aanspreking), antwoord: jaNeeTekst(antwoorden.jongerDan18) }],
};
