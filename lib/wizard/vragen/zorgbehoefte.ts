/** Stap 1 without an indicatiebesluit: does the Wlz fit at all (IND-01)? */
import * as z from "zod";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { indicatieVragen as indicatieVragenEn } from "@/content/en/wizard/indicatie";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { ZORGBEHOEFTE_OPTIES } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { keuze, perTaal, zonder } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, indicatieVragen, indicatieVragenEn).zorgbehoefte;

const schemaIn = perTaal((taal) => z.object({ zorgbehoefte: keuze(ZORGBEHOEFTE_OPTIES, woorden(taal).leeg, taal) }));
const schema = schemaIn(STANDAARDTAAL);

export const zorgbehoefteVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "zorgbehoefte",
  stap: "indicatie",
  ingevuld: (a) => a.zorgbehoefte !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  velden: ({ aanspreking, taal }) => {
    const t = woorden(taal);
    return [
      {
        soort: "radio",
        naam: "zorgbehoefte",
        label: t.titel(aanspreking),
        hint: t.hint,
        alsKop: true,
        opties: ZORGBEHOEFTE_OPTIES.map((waarde) => ({ waarde, label: t.opties[waarde] })),
      },
    ];
  },
  schema,
  schemaIn,
  waarden: (a) => ({ zorgbehoefte: a.zorgbehoefte ?? "" }),
  // The age only chooses the loket to send someone to when the Wlz does not fit (IND-01).
  verwerk: ({ zorgbehoefte }, a) => ({ ...(zorgbehoefte === "nee" ? a : zonder(a, "jongerDan18")), zorgbehoefte }),
  samenvatting: ({ antwoorden, aanspreking, taal }) =>
    antwoorden.zorgbehoefte === undefined ? [] : [{ vraag: woorden(taal).titel(aanspreking), antwoord: woorden(taal).opties[antwoorden.zorgbehoefte] }],
};
