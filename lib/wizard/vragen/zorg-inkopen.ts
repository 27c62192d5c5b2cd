/**
 * Budgetplan, deel 4 (BP-01): the care to buy, with the brochure's examples, and what a pgb may
 * buy (LV-10): never Wlz-behandeling.
 */
import * as z from "zod";
import { metBron, veldnamen } from "@/content/wizard/algemeen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { zorgsoortLabels } from "@/content/redenen/leveringsvorm";
import { PAKKETTEN } from "@/rules/leveringsvorm";
import { reden } from "@/rules/redenen";
import { MAX_LANGE_TEKST } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { budgetplanUitleg } from "./budgetplan-uitleg";
import { verplichteTekst } from "./velden";

const t = budgetplanVragen.zorg;

const schema = z.object({ zorgInkopen: verplichteTekst(veldnamen.zorgInkopen, t.leeg, MAX_LANGE_TEKST) });

export const zorgInkopenVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "zorg-inkopen",
  stap: "aanvraag",
  ingevuld: (a) => a.zorgInkopen !== undefined,
  titel: ({ aanspreking }) => t.titel(aanspreking),
  uitleg: () => [
    ...budgetplanUitleg(4, t.onderdeel, [t.uitleg]),
    {
      kop: t.magKop,
      alineas: [t.mag],
      lijst: PAKKETTEN.pgb.map((soort) => zorgsoortLabels[soort]),
    },
    { alineas: [metBron(reden("LV-10", "lv.geen-pgb-voor-behandeling")), t.vergoedingslijst] },
  ],
  velden: () => [{ soort: "tekstvak", naam: "zorgInkopen", label: t.label, hint: t.hint, rijen: 8, maxLengte: MAX_LANGE_TEKST }],
  schema,
  waarden: (a) => ({ zorgInkopen: a.zorgInkopen ?? "" }),
  verwerk: ({ zorgInkopen }, a) => ({ ...a, zorgInkopen }),
  samenvatting: ({ antwoorden }) => (antwoorden.zorgInkopen === undefined ? [] : [{ vraag: t.label, antwoord: antwoorden.zorgInkopen }]),
};
