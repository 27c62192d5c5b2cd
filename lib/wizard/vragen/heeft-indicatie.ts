/** Stap 1: is there an indicatiebesluit of the CIZ (IND-02)? It decides the rest of the step. */
import * as z from "zod";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { indicatieVragen as indicatieVragenEn } from "@/content/en/wizard/indicatie";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import type { Antwoorden } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { JA_NEE, jaNeeOpties, jaNeeTekst, keuze, perTaal, zonder } from "./velden";

/** The question's words in `taal` (docs/decisions/032-talen.md, addendum on questions). */
const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, indicatieVragen, indicatieVragenEn).heeftIndicatie;

const schemaIn = perTaal((taal) => z.object({ heeftIndicatie: keuze(JA_NEE, woorden(taal).leeg, taal) }));
const schema = schemaIn(STANDAARDTAAL);

export const heeftIndicatieVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "heeft-indicatie",
  stap: "indicatie",
  ingevuld: (a) => a.heeftIndicatie !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  velden: ({ aanspreking, taal }) => [
    { soort: "radio", naam: "heeftIndicatie", label: woorden(taal).titel(aanspreking), hint: woorden(taal).hint, opties: jaNeeOpties(taal), alsKop: true, inline: true },
  ],
  schema,
  schemaIn,
  waarden: (a) => ({ heeftIndicatie: a.heeftIndicatie ?? "" }),
  verwerk: ({ heeftIndicatie }, a): Antwoorden => {
    // With an indicatiebesluit the Wlz questions do not apply; without one there is no zorgprofiel.
    const rest = heeftIndicatie === "ja" ? zonder(a, "zorgbehoefte", "jongerDan18") : zonder(a, "zorgprofiel");
    return { ...rest, heeftIndicatie };
  },
  samenvatting: ({ antwoorden, aanspreking, taal }) =>
    antwoorden.heeftIndicatie === undefined ? [] : [{ vraag: woorden(taal).titel(aanspreking), antwoord: jaNeeTekst(antwoorden.heeftIndicatie, taal) }],
};
