/** Budgetplan, deel 3 (BP-01): why a pgb and not zorg in natura, in the person's own words. */
import * as z from "zod";
import { veldnamen } from "@/content/wizard/algemeen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { MAX_LANGE_TEKST } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { budgetplanUitleg } from "./budgetplan-uitleg";
import { verplichteTekst } from "./velden";

const t = budgetplanVragen.reden;

const schema = z.object({ redenKeuzePgb: verplichteTekst(veldnamen.redenKeuzePgb, t.leeg, MAX_LANGE_TEKST) });

export const redenPgbVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "reden-pgb",
  stap: "aanvraag",
  ingevuld: (a) => a.redenKeuzePgb !== undefined,
  titel: ({ aanspreking }) => t.titel(aanspreking),
  uitleg: ({ aanspreking }) => [...budgetplanUitleg(3, t.onderdeel, [t.uitleg(aanspreking)]), { kop: t.voorbeeldenKop, lijst: [...t.voorbeelden] }],
  velden: () => [{ soort: "tekstvak", naam: "redenKeuzePgb", label: t.label, rijen: 6, maxLengte: MAX_LANGE_TEKST }],
  schema,
  waarden: (a) => ({ redenKeuzePgb: a.redenKeuzePgb ?? "" }),
  verwerk: ({ redenKeuzePgb }, a) => ({ ...a, redenKeuzePgb }),
  samenvatting: ({ antwoorden }) => (antwoorden.redenKeuzePgb === undefined ? [] : [{ vraag: t.label, antwoord: antwoorden.redenKeuzePgb }]),
};
