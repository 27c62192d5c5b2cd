/** Stap 2, the second question of *Vind uw zorgkantoor* (LV-01): who arranges the care. */
import * as z from "zod";
import { keuzeVragen } from "@/content/wizard/keuze";
import { REGIES, type Antwoorden } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { keuze, zonderGezien } from "./velden";

const t = keuzeVragen.regie;


const schema = z.object({ regie: keuze(REGIES, t.leeg) });

export const regieVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "regie",
  stap: "keuze",
  ingevuld: (a) => a.regie !== undefined,
  titel: ({ aanspreking }) => t.titel(aanspreking),
  velden: ({ aanspreking }) => [
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
  ],
  schema,
  waarden: (a) => ({ regie: a.regie ?? "" }),
  verwerk: ({ regie }, a): Antwoorden => {
    // Another regie is another option (LV-01): the uitkomst page is read again.
    const gezien = regie === a.regie ? a.gezien : zonderGezien(a.gezien, "uitkomst");
    return { ...a, regie, ...(gezien !== undefined && { gezien }) };
  },
  samenvatting: ({ antwoorden, aanspreking }) =>
    antwoorden.regie === undefined ? [] : [{ vraag: t.titel(aanspreking), antwoord: t.opties[antwoorden.regie] }],
};
