/** Stap 2, the second question of *Vind uw zorgkantoor* (LV-01): who arranges the care. */
import * as z from "zod";
import { keuzeVragen } from "@/content/wizard/keuze";
import { keuzeVragen as keuzeVragenEn } from "@/content/en/wizard/keuze";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { REGIES, type Antwoorden } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { keuze, perTaal, zonderGezien } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, keuzeVragen, keuzeVragenEn).regie;

const schemaIn = perTaal((taal) => z.object({ regie: keuze(REGIES, woorden(taal).leeg, taal) }));
const schema = schemaIn(STANDAARDTAAL);

export const regieVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "regie",
  stap: "keuze",
  ingevuld: (a) => a.regie !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  velden: ({ aanspreking, taal }) => {
    const t = woorden(taal);
    return [
      {
        soort: "radio",
        naam: "regie",
        label: t.titel(aanspreking),
        hint: t.hint,
        alsKop: true,
        opties: [
          { waarde: "zorgkantoor", label: t.opties.zorgkantoor, hint: t.hints.zorgkantoor },
          { waarde: "zelf", label: t.opties.zelf, hint: t.hints.zelf(aanspreking) },
          { waarde: "allebei", label: t.opties.allebei, hint: t.hints.allebei },
        ],
      },
    ];
  },
  schema,
  schemaIn,
  waarden: (a) => ({ regie: a.regie ?? "" }),
  verwerk: ({ regie }, a): Antwoorden => {
    // Another regie is another option (LV-01): the uitkomst page is read again.
    const gezien = regie === a.regie ? a.gezien : zonderGezien(a.gezien, "uitkomst");
    return { ...a, regie, ...(gezien !== undefined && { gezien }) };
  },
  samenvatting: ({ antwoorden, aanspreking, taal }) =>
    antwoorden.regie === undefined ? [] : [{ vraag: woorden(taal).titel(aanspreking), antwoord: woorden(taal).opties[antwoorden.regie] }],
};
