/**
 * Stap 3: the grounds on which the zorgkantoor refuses a pgb (AV-06, AV-07), asked plainly.
 * The bewuste-keuzegesprek (AV-05) is not asked: the gesprek page explains it.
 */
import * as z from "zod";
import { metBron } from "@/content/wizard/algemeen";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { weigeringsgronden, type Weigeringsgrond } from "@/rules/aanvraag";
import type { Antwoorden } from "../antwoorden";
import type { Aanspreking, VeldDefinitie, VraagDefinitie } from "../types";
import { JA_NEE, jaNeeOpties, jaNeeTekst, keuze } from "./velden";

const t = aanvraagVragen.weigeringsgronden;

/** The four questions, in the brochure's order, with the ground of rules/aanvraag.ts each answers. */
export const WEIGERINGSVRAGEN = [
  { veld: "failliet", grond: "failliet" },
  { veld: "wsnp", grond: "wsnp" },
  { veld: "vastWoonadres", grond: "geen-vast-woonadres" },
  { veld: "woontInNederland", grond: "niet-in-nederland" },
] as const satisfies readonly { veld: keyof Antwoorden; grond: Weigeringsgrond }[];

const schema = z.object({
  failliet: keuze(JA_NEE, t.failliet.leeg),
  wsnp: keuze(JA_NEE, t.wsnp.leeg),
  vastWoonadres: keuze(JA_NEE, t.vastWoonadres.leeg),
  woontInNederland: keuze(JA_NEE, t.woontInNederland.leeg),
});

function velden(aanspreking: Aanspreking): VeldDefinitie[] {
  return WEIGERINGSVRAGEN.map(({ veld }) => ({
    soort: "radio",
    naam: veld,
    label: t[veld].vraag(aanspreking),
    hint: t[veld].hint,
    opties: jaNeeOpties(),
    inline: true,
  }));
}

export const weigeringsgrondenVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "weigeringsgronden",
  stap: "aanvraag",
  ingevuld: (a) => a.failliet !== undefined && a.wsnp !== undefined && a.vastWoonadres !== undefined && a.woontInNederland !== undefined,
  titel: () => t.titel,
  uitleg: () => {
    const gevraagd = new Set<Weigeringsgrond>(WEIGERINGSVRAGEN.map((v) => v.grond));
    const redenen = weigeringsgronden().filter((w) => gevraagd.has(w.grond));
    return [{ alineas: [...t.uitleg] }, { kop: t.waaromKop, lijst: redenen.map((w) => metBron(w.reden)) }];
  },
  velden: ({ aanspreking }) => velden(aanspreking),
  schema,
  waarden: (a) => ({
    failliet: a.failliet ?? "",
    wsnp: a.wsnp ?? "",
    vastWoonadres: a.vastWoonadres ?? "",
    woontInNederland: a.woontInNederland ?? "",
  }),
  verwerk: (geldig, a) => ({ ...a, ...geldig }),
  samenvatting: ({ antwoorden, aanspreking }) =>
    WEIGERINGSVRAGEN.flatMap(({ veld }) => {
      const waarde = antwoorden[veld];
      return waarde === undefined ? [] : [{ vraag: t[veld].vraag(aanspreking), antwoord: jaNeeTekst(waarde) }];
    }),
};
