/**
 * Stap 3, information page: the bewuste-keuzegesprek (AV-05) — what it is, who comes, how to
 * prepare — and the papers to send (AV-08).
 */
import * as z from "zod";
import { formulier, metBron } from "@/content/wizard/algemeen";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { reden } from "@/rules/redenen";
import type { Antwoorden } from "../antwoorden";
import { documenten } from "../documenten";
import type { Aanspreking, Uitleg, VraagDefinitie } from "../types";
import { metGezien } from "./velden";
import { zorgkantoorUitleg } from "./zorgkantoor";

const t = aanvraagVragen.gesprek;

function uitleg(a: Antwoorden, aanspreking: Aanspreking): Uitleg[] {
  const gh = a.heeftGewaarborgdeHulp === "ja" ? (a.gewaarborgdeHulp?.naam ?? null) : null;
  return [
    { kop: t.watKop, alineas: [t.wat, metBron(reden("AV-05", "av.keuzegesprek"))] },
    { kop: t.wieKop, alineas: t.wie(aanspreking, gh) },
    { kop: t.voorbereidenKop, lijst: [...t.voorbereiden] },
    { kop: t.documentenKop, lijst: documenten(a).map((d) => `${d.titel}. ${d.tekst}`) },
    ...zorgkantoorUitleg(a, t.zorgkantoorKop),
  ];
}

const schema = z.object({});

export const gesprekVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "gesprek",
  stap: "aanvraag",
  ingevuld: (a) => a.gezien?.includes("gesprek") === true,
  titel: () => t.titel,
  uitleg: ({ antwoorden, aanspreking }) => uitleg(antwoorden, aanspreking),
  velden: () => [],
  schema,
  waarden: () => ({}),
  verwerk: (_geldig, a) => ({ ...a, gezien: metGezien(a.gezien, "gesprek") }),
  samenvatting: () => [],
  knop: formulier.doorgaan,
};
