/**
 * Budgetplan, deel 4 (BP-01): the care to buy, with the brochure's examples, and what a pgb may
 * buy (LV-10): never Wlz-behandeling.
 */
import * as z from "zod";
import { veldnamen } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { zorgsoortLabels as zorgsoortLabelsEn } from "@/content/en/wizard/keuze";
import { zorgsoortLabels } from "@/content/redenen/leveringsvorm";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { PAKKETTEN } from "@/rules/leveringsvorm";
import { reden } from "@/rules/redenen";
import { MAX_LANGE_TEKST } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { budgetplanUitleg, budgetplanWoorden } from "./budgetplan-uitleg";
import { metBronIn } from "./met-bron";
import { perTaal, verplichteTekst } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => budgetplanWoorden(taal).zorg;

const schemaIn = perTaal((taal) =>
  z.object({ zorgInkopen: verplichteTekst(inTaal(taal, veldnamen, veldnamenEn).zorgInkopen, woorden(taal).leeg, MAX_LANGE_TEKST, taal) }),
);
const schema = schemaIn(STANDAARDTAAL);

export const zorgInkopenVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "zorg-inkopen",
  stap: "aanvraag",
  ingevuld: (a) => a.zorgInkopen !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  uitleg: ({ taal }) => {
    const t = woorden(taal);
    const labels = inTaal(taal ?? STANDAARDTAAL, zorgsoortLabels, zorgsoortLabelsEn);
    return [
      ...budgetplanUitleg(4, t.onderdeel, [t.uitleg], false, taal),
      {
        kop: t.magKop,
        alineas: [t.mag],
        lijst: PAKKETTEN.pgb.map((soort) => labels[soort]),
      },
      { alineas: [metBronIn(taal)(reden("LV-10", "lv.geen-pgb-voor-behandeling")), t.vergoedingslijst] },
    ];
  },
  velden: ({ taal }) => [{ soort: "tekstvak", naam: "zorgInkopen", label: woorden(taal).label, hint: woorden(taal).hint, rijen: 8, maxLengte: MAX_LANGE_TEKST }],
  schema,
  schemaIn,
  waarden: (a) => ({ zorgInkopen: a.zorgInkopen ?? "" }),
  verwerk: ({ zorgInkopen }, a) => ({ ...a, zorgInkopen }),
  samenvatting: ({ antwoorden, taal }) => (antwoorden.zorgInkopen === undefined ? [] : [{ vraag: woorden(taal).label, antwoord: antwoorden.zorgInkopen }]),
};
