/** Stap 1 without an indicatiebesluit: does the Wlz fit at all (IND-01)? */
import * as z from "zod";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { ZORGBEHOEFTE_OPTIES } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { keuze, zonder } from "./velden";

const t = indicatieVragen.zorgbehoefte;


const schema = z.object({ zorgbehoefte: keuze(ZORGBEHOEFTE_OPTIES, t.leeg) });

export const zorgbehoefteVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "zorgbehoefte",
  stap: "indicatie",
  ingevuld: (a) => a.zorgbehoefte !== undefined,
  titel: ({ aanspreking }) => t.titel(aanspreking),
  velden: ({ aanspreking }) => [
    {
      soort: "radio",
      naam: "zorgbehoefte",
      label: t.titel(aanspreking),
      hint: t.hint,
      alsKop: true,
      opties: ZORGBEHOEFTE_OPTIES.map((waarde) => ({ waarde, label: t.opties[waarde] })),
    },
  ],
  schema,
  waarden: (a) => ({ zorgbehoefte: a.zorgbehoefte ?? "" }),
  // The age only chooses the loket to send someone to when the Wlz does not fit (IND-01).
  verwerk: ({ zorgbehoefte }, a) => ({ ...(zorgbehoefte === "nee" ? a : zonder(a, "jongerDan18")), zorgbehoefte }),
  samenvatting: ({ antwoorden, aanspreking }) =>
    antwoorden.zorgbehoefte === undefined ? [] : [{ vraag: t.titel(aanspreking), antwoord: t.opties[antwoorden.zorgbehoefte] }],
};
