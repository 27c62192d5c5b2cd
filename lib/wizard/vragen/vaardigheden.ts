/**
 * Stap 3: the ten pgb-vaardigheden as a self-check (AV-01). It is advice, never a refusal:
 * ticking none is a valid answer, and the result turns the unticked ones into advice.
 */
import * as z from "zod";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { aanvraagVragen as aanvraagVragenEn } from "@/content/en/wizard/aanvraag";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { vaardigheidLabels } from "@/content/redenen/aanvraag";
import { vaardigheidLabels as vaardigheidLabelsEn } from "@/content/en/wizard/aanvraag";
import { PGB_VAARDIGHEDEN } from "@/rules/aanvraag";
import type { VraagDefinitie } from "../types";
import { aangekruist, perTaal } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, aanvraagVragen, aanvraagVragenEn).vaardigheden;

const schemaIn = perTaal((taal) => z.object({ vaardigheden: aangekruist(PGB_VAARDIGHEDEN, taal) }));
const schema = schemaIn(STANDAARDTAAL);

export const vaardighedenVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "vaardigheden",
  stap: "aanvraag",
  // AV-01: ticking nothing is an answer; never having submitted the page is not.
  ingevuld: (a) => a.vaardigheden !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  uitleg: ({ aanspreking, taal }) => [{ alineas: [...woorden(taal).uitleg(aanspreking)] }],
  velden: ({ aanspreking, taal }) => {
    const t = woorden(taal);
    const labels = inTaal(taal ?? STANDAARDTAAL, vaardigheidLabels, vaardigheidLabelsEn);
    return [
      {
        soort: "checkboxes",
        naam: "vaardigheden",
        label: t.label(aanspreking),
        hint: t.hint(aanspreking),
        opties: PGB_VAARDIGHEDEN.map((waarde) => ({ waarde, label: labels[waarde] })),
      },
    ];
  },
  schema,
  schemaIn,
  waarden: (a) => ({ vaardigheden: a.vaardigheden ?? [] }),
  verwerk: ({ vaardigheden }, a) => ({ ...a, vaardigheden }),
  samenvatting: ({ antwoorden, aanspreking, taal }) =>
    antwoorden.vaardigheden === undefined
      ? []
      : [{ vraag: woorden(taal).titel(aanspreking), antwoord: woorden(taal).antwoord(antwoorden.vaardigheden.length, PGB_VAARDIGHEDEN.length) }],
};
