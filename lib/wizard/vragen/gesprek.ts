/**
 * Stap 3, information page: the bewuste-keuzegesprek (AV-05) — what it is, who comes, how to
 * prepare — and the papers to send (AV-08).
 */
import * as z from "zod";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { aanvraagVragen as aanvraagVragenEn } from "@/content/en/wizard/aanvraag";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { reden } from "@/rules/redenen";
import type { Antwoorden } from "../antwoorden";
import { documenten } from "../documenten";
import type { Aanspreking, Uitleg, VraagDefinitie } from "../types";
import { metBronIn } from "./met-bron";
import { metGezien } from "./velden";
import { zorgkantoorUitleg } from "./zorgkantoor";

const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, aanvraagVragen, aanvraagVragenEn).gesprek;

function uitleg(a: Antwoorden, aanspreking: Aanspreking, taal: Taal = STANDAARDTAAL): Uitleg[] {
  const t = woorden(taal);
  const gh = a.heeftGewaarborgdeHulp === "ja" ? (a.gewaarborgdeHulp?.naam ?? null) : null;
  return [
    { kop: t.watKop, alineas: [t.wat, metBronIn(taal)(reden("AV-05", "av.keuzegesprek"))] },
    { kop: t.wieKop, alineas: [...t.wie(aanspreking, gh)] },
    { kop: t.voorbereidenKop, lijst: [...t.voorbereiden] },
    { kop: t.documentenKop, lijst: documenten(a, taal).map((d) => `${d.titel}. ${d.tekst}`) },
    ...zorgkantoorUitleg(a, t.zorgkantoorKop, false, taal),
  ];
}

const schema = z.object({});

export const gesprekVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "gesprek",
  stap: "aanvraag",
  ingevuld: (a) => a.gezien?.includes("gesprek") === true,
  titel: ({ taal }) => woorden(taal).titel,
  uitleg: ({ antwoorden, aanspreking, taal }) => uitleg(antwoorden, aanspreking, taal),
  velden: () => [],
  schema,
  waarden: () => ({}),
  verwerk: (_geldig, a) => ({ ...a, gezien: metGezien(a.gezien, "gesprek") }),
  samenvatting: () => [],
  // The button says "Doorgaan", the form's default, in the page's language.
};
