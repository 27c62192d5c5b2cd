/**
 * Stap 3: the ten pgb-vaardigheden as a self-check (AV-01). It is advice, never a refusal:
 * ticking none is a valid answer, and the result turns the unticked ones into advice.
 */
import * as z from "zod";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { vaardigheidLabels } from "@/content/redenen/aanvraag";
import { PGB_VAARDIGHEDEN } from "@/rules/aanvraag";
import type { VraagDefinitie } from "../types";
import { aangekruist } from "./velden";

const t = aanvraagVragen.vaardigheden;

const schema = z.object({ vaardigheden: aangekruist(PGB_VAARDIGHEDEN) });

export const vaardighedenVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "vaardigheden",
  stap: "aanvraag",
  // AV-01: ticking nothing is an answer; never having submitted the page is not.
  ingevuld: (a) => a.vaardigheden !== undefined,
  titel: ({ aanspreking }) => t.titel(aanspreking),
  uitleg: ({ aanspreking }) => [{ alineas: t.uitleg(aanspreking) }],
  velden: ({ aanspreking }) => [
    {
      soort: "checkboxes",
      naam: "vaardigheden",
      label: t.label(aanspreking),
      hint: t.hint(aanspreking),
      opties: PGB_VAARDIGHEDEN.map((waarde) => ({ waarde, label: vaardigheidLabels[waarde] })),
    },
  ],
  schema,
  waarden: (a) => ({ vaardigheden: a.vaardigheden ?? [] }),
  verwerk: ({ vaardigheden }, a) => ({ ...a, vaardigheden }),
  samenvatting: ({ antwoorden, aanspreking }) =>
    antwoorden.vaardigheden === undefined
      ? []
      : [{ vraag: t.titel(aanspreking), antwoord: t.antwoord(antwoorden.vaardigheden.length, PGB_VAARDIGHEDEN.length) }],
};
