/**
 * Budgetplan, deel 5 (BP-01, BP-04, BP-06): the list of zorgverleners (GOV.UK add-another). Each
 * one is added, changed and removed on its own page (app/aanvraag/budgetplan/zorgverlener); this
 * page lists them and goes on. It counts as answered with at least one zorgverlener.
 */
import * as z from "zod";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { bladEnRij } from "@/rules/budgetplan";
import { formatBedrag, formatUren } from "@/rules/geld";
import { maskeerBsn } from "@/rules/identificatie";
import type { Zorgverlener } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { budgetplanUitleg, budgetplanWoorden } from "./budgetplan-uitleg";
import { metGezien } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => budgetplanWoorden(taal).zorgverleners;

/** BP-04: an instelling or zzp'er by KVK-nummer, a person by BSN (masked: it is someone else's). */
export function nummerTekst(z: Zorgverlener, taal: Taal = STANDAARDTAAL): string {
  const t = woorden(taal);
  return z.soort === "persoon" ? `${t.rijen.nummerBsn} ${maskeerBsn(z.nummer)}` : `${t.rijen.nummerKvk} ${z.nummer}`;
}

export function urenEnTariefTekst(z: Zorgverlener, taal: Taal = STANDAARDTAAL): string {
  return woorden(taal).urenEnTarief(formatUren(z.urenPerWeek), formatBedrag(z.uurtarief));
}

const schema = z.object({});

export const zorgverlenersVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "zorgverleners",
  stap: "aanvraag",
  ingevuld: (a) => (a.zorgverleners?.length ?? 0) > 0 && a.gezien?.includes("zorgverleners") === true,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  uitleg: ({ antwoorden, taal }) => {
    const t = woorden(taal);
    const aantal = antwoorden.zorgverleners?.length ?? 0;
    return budgetplanUitleg(5, t.onderdeel, [t.uitleg, ...(aantal > 6 ? [t.meerDanZes(aantal)] : [])], false, taal);
  },
  velden: () => [],
  schema,
  waarden: () => ({}),
  verwerk: (_geldig, a) => ({ ...a, gezien: metGezien(a.gezien, "zorgverleners") }),
  samenvatting: ({ antwoorden, taal }) =>
    (antwoorden.zorgverleners ?? []).map((zv, i) => {
      const { blad, rij } = bladEnRij(i);
      return { vraag: woorden(taal).samenvatting(rij, blad), antwoord: `${zv.naam}, ${zv.plaats}. ${nummerTekst(zv, taal)}. ${urenEnTariefTekst(zv, taal)}.` };
    }),
};
