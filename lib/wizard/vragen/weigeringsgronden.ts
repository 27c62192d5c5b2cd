/**
 * Stap 3: the grounds on which the zorgkantoor refuses a pgb (AV-06, AV-07), asked plainly.
 * The bewuste-keuzegesprek (AV-05) is not asked: the gesprek page explains it.
 */
import * as z from "zod";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { aanvraagVragen as aanvraagVragenEn } from "@/content/en/wizard/aanvraag";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { weigeringsgronden, type Weigeringsgrond } from "@/rules/aanvraag";
import type { Antwoorden } from "../antwoorden";
import type { Aanspreking, VeldDefinitie, VraagDefinitie } from "../types";
import { metBronIn } from "./met-bron";
import { JA_NEE, jaNeeOpties, jaNeeTekst, keuze, perTaal } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, aanvraagVragen, aanvraagVragenEn).weigeringsgronden;

/** The four questions, in the brochure's order, with the ground of rules/aanvraag.ts each answers. */
export const WEIGERINGSVRAGEN = [
  { veld: "failliet", grond: "failliet" },
  { veld: "wsnp", grond: "wsnp" },
  { veld: "vastWoonadres", grond: "geen-vast-woonadres" },
  { veld: "woontInNederland", grond: "niet-in-nederland" },
] as const satisfies readonly { veld: keyof Antwoorden; grond: Weigeringsgrond }[];

const schemaIn = perTaal((taal) => {
  const t = woorden(taal);
  return z.object({
    failliet: keuze(JA_NEE, t.failliet.leeg, taal),
    wsnp: keuze(JA_NEE, t.wsnp.leeg, taal),
    vastWoonadres: keuze(JA_NEE, t.vastWoonadres.leeg, taal),
    woontInNederland: keuze(JA_NEE, t.woontInNederland.leeg, taal),
  });
});
const schema = schemaIn(STANDAARDTAAL);

function velden(aanspreking: Aanspreking, taal: Taal = STANDAARDTAAL): VeldDefinitie[] {
  const t = woorden(taal);
  return WEIGERINGSVRAGEN.map(({ veld }) => ({
    soort: "radio",
    naam: veld,
    label: t[veld].vraag(aanspreking),
    hint: t[veld].hint,
    opties: jaNeeOpties(taal),
    inline: true,
  }));
}

export const weigeringsgrondenVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "weigeringsgronden",
  stap: "aanvraag",
  ingevuld: (a) => a.failliet !== undefined && a.wsnp !== undefined && a.vastWoonadres !== undefined && a.woontInNederland !== undefined,
  titel: ({ taal }) => woorden(taal).titel,
  uitleg: ({ taal }) => {
    const t = woorden(taal);
    const metBron = metBronIn(taal);
    const gevraagd = new Set<Weigeringsgrond>(WEIGERINGSVRAGEN.map((v) => v.grond));
    const redenen = weigeringsgronden().filter((w) => gevraagd.has(w.grond));
    return [{ alineas: [...t.uitleg] }, { kop: t.waaromKop, lijst: redenen.map((w) => metBron(w.reden)) }];
  },
  velden: ({ aanspreking, taal }) => velden(aanspreking, taal),
  schema,
  schemaIn,
  waarden: (a) => ({
    failliet: a.failliet ?? "",
    wsnp: a.wsnp ?? "",
    vastWoonadres: a.vastWoonadres ?? "",
    woontInNederland: a.woontInNederland ?? "",
  }),
  verwerk: (geldig, a) => ({ ...a, ...geldig }),
  samenvatting: ({ antwoorden, aanspreking, taal }) =>
    WEIGERINGSVRAGEN.flatMap(({ veld }) => {
      const waarde = antwoorden[veld];
      return waarde === undefined ? [] : [{ vraag: woorden(taal)[veld].vraag(aanspreking), antwoord: jaNeeTekst(waarde, taal) }];
    }),
};
