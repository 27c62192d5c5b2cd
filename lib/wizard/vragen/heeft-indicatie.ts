/** Stap 1: is there an indicatiebesluit of the CIZ (IND-02)? It decides the rest of the step. */
import * as z from "zod";
import { indicatieVragen } from "@/content/wizard/indicatie";
import type { Antwoorden } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { JA_NEE, jaNeeOpties, jaNeeTekst, keuze, zonder } from "./velden";

const t = indicatieVragen.heeftIndicatie;

const schema = z.object({ heeftIndicatie: keuze(JA_NEE, t.leeg) });

export const heeftIndicatieVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "heeft-indicatie",
  stap: "indicatie",
  ingevuld: (a) => a.heeftIndicatie !== undefined,
  titel: ({ aanspreking }) => t.titel(aanspreking),
  velden: ({ aanspreking }) => [
    { soort: "radio", naam: "heeftIndicatie", label: t.titel(aanspreking), hint: t.hint, opties: jaNeeOpties(), alsKop: true, inline: true },
  ],
  schema,
  waarden: (a) => ({ heeftIndicatie: a.heeftIndicatie ?? "" }),
  verwerk: ({ heeftIndicatie }, a): Antwoorden => {
    // With an indicatiebesluit the Wlz questions do not apply; without one there is no zorgprofiel.
    const rest = heeftIndicatie === "ja" ? zonder(a, "zorgbehoefte", "jongerDan18") : zonder(a, "zorgprofiel");
    return { ...rest, heeftIndicatie };
  },
  samenvatting: ({ antwoorden, aanspreking }) =>
    antwoorden.heeftIndicatie === undefined ? [] : [{ vraag: t.titel(aanspreking), antwoord: jaNeeTekst(antwoorden.heeftIndicatie) }],
};
