/**
 * Budgetplan, deel 7 (AV-08): who signs. The wettelijk vertegenwoordiger and/or the gewaarborgde
 * hulp from the answers before; only without either the budgethouder. One block per signer: name,
 * relation to the budgethouder and (optionally) the date.
 */
import * as z from "zod";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { ondertekenaars } from "@/rules/aanvraag";
import { formatDatumNl, parseDatumNl } from "@/rules/datum";
import type { Reden } from "@/rules/types";
import { MAX_TEKST, type Antwoorden, type Ondertekenaar } from "../antwoorden";
import type { VeldDefinitie, VraagDefinitie, Waarden } from "../types";
import { budgetplanUitleg, budgetplanWoorden } from "./budgetplan-uitleg";
import { veldnamen } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { perTaal, tekst } from "./velden";

/**
 * Dutch: what ondertekenBlokken stores and prefills (the relatie "budgethouder") goes into the
 * Dutch budgetplan, and the form's values carry no language.
 */
const t = budgetplanVragen.ondertekening;
const woorden = (taal: Taal = STANDAARDTAAL) => budgetplanWoorden(taal).ondertekening;

export type OndertekenRol = keyof typeof t.rollen;

export interface OndertekenBlok {
  rol: OndertekenRol;
  naam: string;
  relatie: string;
}

/** AV-08 applied to the answers: the blocks to sign, with the names and relations already known. */
export function ondertekenBlokken(a: Antwoorden): { blokken: OndertekenBlok[]; redenen: Reden[] } {
  const gh = a.heeftGewaarborgdeHulp === "ja" ? a.gewaarborgdeHulp : undefined;
  const ghIsWv = gh?.isWettelijkVertegenwoordiger === "ja";
  const wv = a.voorWie === "wettelijk-vertegenwoordiger" || ghIsWv;
  const { wie, redenen } = ondertekenaars({ wettelijkVertegenwoordiger: wv, gewaarborgdeHulp: gh !== undefined });
  const blokken: OndertekenBlok[] = [];
  if (ghIsWv && gh !== undefined) blokken.push({ rol: "beide", naam: gh.naam, relatie: gh.relatie });
  else {
    if (wie.includes("wettelijk-vertegenwoordiger")) blokken.push({ rol: "wettelijk-vertegenwoordiger", naam: "", relatie: t.relatieStandaard["wettelijk-vertegenwoordiger"] });
    if (gh !== undefined) blokken.push({ rol: "gewaarborgde-hulp", naam: gh.naam, relatie: gh.relatie });
  }
  if (blokken.length === 0) blokken.push({ rol: "budgethouder", naam: "", relatie: t.relatieStandaard.budgethouder });
  return { blokken, redenen };
}

/** The three text fields of signing block `blok` (1 or 2), each named in its too-long message. */
function blokVelden(blok: number, taal: Taal) {
  const v = inTaal(taal, veldnamen, veldnamenEn).ondertekening;
  return { naam: tekst(v.naam(blok), undefined, taal), relatie: tekst(v.relatie(blok), undefined, taal), datum: tekst(v.datum(blok), undefined, taal) };
}
/** Read only when its block is on the page; typed as what a form posts. */
const later = z.custom<string | string[] | undefined>(() => true);

/**
 * Block 1 always; block 2 only when the form has it (its name field was posted). Which blocks
 * apply is checked in `verwerk` and `isBeantwoord`, so a forged second block is never kept, and
 * its fields are only read when it is there: an error always names a field of the page.
 */
const schemaIn = perTaal((taal) => {
  const t = woorden(taal);
  const BLOK_1 = blokVelden(1, taal);
  const BLOK_2 = blokVelden(2, taal);
  return z
  .object({ naam1: BLOK_1.naam, relatie1: BLOK_1.relatie, datum1: BLOK_1.datum, naam2: later.optional(), relatie2: later.optional(), datum2: later.optional() })
  .transform((w, ctx): Ondertekenaar[] => {
    const lees = (naam: "naam" | "relatie" | "datum", waarde: unknown): string => {
      const r = BLOK_2[naam].safeParse(waarde);
      if (r.success) return r.data;
      ctx.addIssue({ code: "custom", message: r.error.issues[0]?.message ?? "", path: [`${naam}2`] });
      return "";
    };
    const invoer = [{ naam: w.naam1, relatie: w.relatie1, datum: w.datum1 }];
    if (w.naam2 !== undefined) invoer.push({ naam: lees("naam", w.naam2), relatie: lees("relatie", w.relatie2), datum: lees("datum", w.datum2) });
    const uit: Ondertekenaar[] = [];
    invoer.forEach((b, i) => {
      const fout = (naam: string, message: string) => ctx.addIssue({ code: "custom", message, path: [`${naam}${i + 1}`] });
      const datum = b.datum === "" ? undefined : parseDatumNl(b.datum);
      if (b.naam === "") fout("naam", t.naamLeeg);
      if (b.relatie === "") fout("relatie", t.relatieLeeg);
      if (datum === null) fout("datum", t.datumFout);
      if (b.naam !== "" && b.relatie !== "" && datum !== null) uit.push({ naam: b.naam, relatie: b.relatie, ...(datum !== undefined && { datum }) });
    });
    return ctx.issues.length > 0 ? z.NEVER : uit;
  });
});
const schema = schemaIn(STANDAARDTAAL);

function velden(blokken: OndertekenBlok[], taal: Taal = STANDAARDTAAL): VeldDefinitie[] {
  const t = woorden(taal);
  return blokken.flatMap((b, i) => {
    const n = i + 1;
    return [
      { soort: "tekst", naam: `naam${n}`, label: t.naamLabel(t.rollen[b.rol]), breedte: "vol", autocomplete: "off", maxLengte: MAX_TEKST },
      { soort: "tekst", naam: `relatie${n}`, label: t.relatieLabel, hint: t.relatieHint, breedte: "midden", autocomplete: "off", maxLengte: MAX_TEKST },
      { soort: "tekst", naam: `datum${n}`, label: t.datumLabel, hint: t.datumHint, breedte: "kort", inputMode: "numeric", autocomplete: "off", maxLengte: 20 },
    ] satisfies VeldDefinitie[];
  });
}

/** Whether the stored signatures are the blocks AV-08 asks for now (a changed gewaarborgde hulp asks again). */
export function ondertekeningCompleet(a: Antwoorden): boolean {
  return a.ondertekening !== undefined && a.ondertekening.length === ondertekenBlokken(a).blokken.length;
}

export const ondertekeningVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "ondertekening",
  stap: "aanvraag",
  ingevuld: ondertekeningCompleet,
  titel: ({ taal }) => woorden(taal).titel,
  // Who signs, and how, follows in the page's OndertekenenPaneel (components/ondertekenen-paneel.tsx),
  // the same panel as on the delen page and the page after stap 3 (docs/decisions/031-burgerpaginas.md).
  uitleg: ({ aanspreking, taal }) => budgetplanUitleg(7, woorden(taal).onderdeel, [woorden(taal).uitleg(aanspreking)], false, taal),
  velden: ({ antwoorden, taal }) => velden(ondertekenBlokken(antwoorden).blokken, taal),
  schema,
  schemaIn,
  waarden: (a) => {
    const { blokken } = ondertekenBlokken(a);
    const opgeslagen = a.ondertekening?.length === blokken.length ? a.ondertekening : undefined;
    const waarden: Waarden = {};
    blokken.forEach((b, i) => {
      const o = opgeslagen?.[i];
      waarden[`naam${i + 1}`] = o?.naam ?? b.naam;
      waarden[`relatie${i + 1}`] = o?.relatie ?? b.relatie;
      waarden[`datum${i + 1}`] = o?.datum === undefined ? "" : formatDatumNl(o.datum);
    });
    return waarden;
  },
  // A forged form with more blocks than AV-08 asks for keeps only those that apply.
  verwerk: (geldig, a) => ({ ...a, ondertekening: geldig.slice(0, ondertekenBlokken(a).blokken.length) }),
  samenvatting: ({ antwoorden, taal }) => {
    const { blokken } = ondertekenBlokken(antwoorden);
    const t = woorden(taal);
    return (antwoorden.ondertekening ?? []).map((o, i) => ({
      vraag: t.rij(t.rollen[blokken[i]?.rol ?? "budgethouder"]),
      antwoord: `${o.naam}, ${o.relatie}, ${o.datum === undefined ? t.zonderDatum : formatDatumNl(o.datum)}`,
    }));
  },
};
