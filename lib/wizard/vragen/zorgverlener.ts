/**
 * Budgetplan, deel 5 and 6 for one zorgverlener (Bijlage 3): who it is, the KVK-nummer or BSN
 * (BP-04, BP-05), the overeenkomst (ZO-02), and the days, hours and uurtarief the sum is made
 * of (BP-02). Not a `VraagDefinitie`: the zorgverleners are a list (GOV.UK add-another), each
 * on a page of its own (app/aanvraag/budgetplan/zorgverlener), saved by its own action.
 *
 * The schema checks every field on its own first, so one mistake never hides another; the
 * checks that need two fields (which number fits the soort, hours within the days) run only on
 * fields that were valid themselves. Every message sits on its own field.
 */
import * as z from "zod";
import { formulier, veldnamen } from "@/content/wizard/algemeen";
import { formulier as formulierEn, veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { zorgverlenerFormulier } from "@/content/wizard/zorgverlener";
import { zorgverlenerFormulier as zorgverlenerFormulierEn } from "@/content/en/wizard/zorgverlener";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { MAX_UREN_PER_WEEK, MAX_UURTARIEF } from "@/rules/budgetplan";
import { formatBedrag, formatUren, parseBedragNl, parseUren } from "@/rules/geld";
import { identificatieVoorZorgverlener, normaliseerBsn, normaliseerCijfers, normaliseerKvkNummer } from "@/rules/identificatie";
import { MAX_DAGEN_PER_WEEK } from "@/rules/zorgovereenkomst";
import {
  MAX_TEKST,
  OVEREENKOMSTEN,
  REGISTRATIES,
  ZORGVERLENER_RELATIES,
  ZORGVERLENER_SOORTEN,
  type Zorgverlener,
} from "../antwoorden";
import { NIEUWE_ZORGVERLENER } from "../paden";
import type { Optie, VeldDefinitie, Waarden } from "../types";
import { aangekruist, bedragInvoer, keuze, perTaal, tekst, verplichteTekst } from "./velden";

export { somTekst, type SomTekst } from "@/lib/budgetplan/som";

export type ZorgverlenerGegevens = Omit<Zorgverlener, "id">;
type Soort = Zorgverlener["soort"];

/** The form's words in `taal` (docs/decisions/032-talen.md). */
const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, zorgverlenerFormulier, zorgverlenerFormulierEn);

/** Longest number, hours or amount read: far more than any valid one, little work for a forged one. */
const MAX_GETAL = 30;

/** Each field on its own, its messages in `taal`. */
function veldenIn(taal: Taal) {
  const t = woorden(taal);
  const v = inTaal(taal, veldnamen, veldnamenEn).zorgverlener;
  return {
  naam: verplichteTekst(v.naam, t.naam.leeg, undefined, taal),
  plaats: verplichteTekst(v.plaats, t.plaats.leeg, undefined, taal),
  soort: keuze(ZORGVERLENER_SOORTEN, t.soort.leeg, taal),
  relatie: keuze(ZORGVERLENER_RELATIES, t.relatie.leeg, taal),
  registraties: aangekruist(REGISTRATIES, taal),
  nummer: tekst(v.nummer, MAX_GETAL, taal),
  overeenkomst: keuze(OVEREENKOMSTEN, t.overeenkomst.leeg, taal),
  dagenPerWeek: verplichteTekst(v.dagenPerWeek, t.dagen.leeg, MAX_GETAL, taal).transform((waarde, ctx): number => {
    const dagen = /^\d{1,2}$/.test(waarde) ? Number(waarde) : NaN;
    if (!(dagen >= 1 && dagen <= MAX_DAGEN_PER_WEEK)) {
      ctx.addIssue({ code: "custom", message: t.dagen.fout });
      return z.NEVER;
    }
    return dagen;
  }),
  urenPerWeek: verplichteTekst(v.urenPerWeek, t.uren.leeg, MAX_GETAL, taal).transform((waarde, ctx): number => {
    const uren = parseUren(waarde);
    if (uren === null) {
      // "-3" is a number, only outside the week: say what fits instead of "not a number".
      ctx.addIssue({ code: "custom", message: /^[-–]\s*\d/.test(waarde) ? t.uren.bereik : t.uren.fout });
      return z.NEVER;
    }
    if (uren <= 0 || uren > MAX_UREN_PER_WEEK * 100) {
      ctx.addIssue({ code: "custom", message: t.uren.bereik });
      return z.NEVER;
    }
    return uren;
  }),
  uurtarief: verplichteTekst(v.uurtarief, t.uurtarief.leeg, MAX_GETAL, taal).transform((waarde, ctx): number => {
    const tarief = parseBedragNl(waarde);
    if (tarief === null) {
      const bericht = /^€?\s*[-–]\s*\d/.test(waarde)
        ? t.uurtarief.bereik(formatBedrag(MAX_UURTARIEF))
        : /^€?\s*\d+\.\d{1,2}$/.test(waarde)
          ? t.uurtarief.punt
          : t.uurtarief.fout;
      ctx.addIssue({ code: "custom", message: bericht });
      return z.NEVER;
    }
    if (tarief <= 0 || tarief > MAX_UURTARIEF) {
      ctx.addIssue({ code: "custom", message: t.uurtarief.bereik(formatBedrag(MAX_UURTARIEF)) });
      return z.NEVER;
    }
    return tarief;
  }),
} satisfies Record<keyof ZorgverlenerGegevens, z.ZodType<unknown, Waarden[string] | undefined>>;
}

type Velden = ReturnType<typeof veldenIn>;
type Gelezen = { [K in keyof Velden]?: z.output<Velden[K]> };

/** BP-04/BP-05: the number as stored (digits only, a BSN 9 long), or the message for the field. */
function leesNummer(invoer: string, soort: Soort | undefined, taal: Taal): { nummer: string } | { fout: string } {
  const t = woorden(taal);
  const { nummer: welk } = identificatieVoorZorgverlener(soort);
  if (invoer === "") return { fout: welk === "kvk" ? t.nummer.leegKvk : welk === "bsn" ? t.nummer.leegBsn : t.nummer.leeg };
  // People copy "1234 5678" or "123.456.782" from letters: separators between digits are fine.
  const cijfers = normaliseerCijfers(invoer) ?? invoer;
  const kvk = normaliseerKvkNummer(cijfers);
  const bsn = normaliseerBsn(cijfers);
  if (welk === "kvk") return kvk === null ? { fout: t.nummer.kvkFout } : { nummer: kvk };
  if (welk === "bsn") return bsn === null ? { fout: t.nummer.bsnFout } : { nummer: bsn };
  // Soort not (validly) chosen: its own error says so; only a number that fits neither is wrong.
  return kvk === null && bsn === null ? { fout: t.nummer.fout } : { nummer: kvk ?? bsn ?? "" };
}

/**
 * The posted form to one zorgverlener (without its id, which the action gives). Fields the form
 * does not know are never read.
 */
export const zorgverlenerFormSchemaIn = perTaal((taal): z.ZodType<ZorgverlenerGegevens, Waarden> => {
  const t = woorden(taal);
  const velden = veldenIn(taal);
  return z
  .custom<Waarden>((invoer) => typeof invoer === "object" && invoer !== null && !Array.isArray(invoer), { error: inTaal(taal, formulier, formulierEn).fouten.ongeldig })
  .transform((waarden, ctx): ZorgverlenerGegevens => {
    const gelezen: Gelezen = {};
    for (const naam of Object.keys(velden) as (keyof typeof velden)[]) {
      const resultaat = velden[naam].safeParse(Object.hasOwn(waarden, naam) ? waarden[naam] : undefined);
      if (resultaat.success) Object.assign(gelezen, { [naam]: resultaat.data });
      else for (const issue of resultaat.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: [naam] });
    }

    const { soort, dagenPerWeek, urenPerWeek } = gelezen;
    let nummer: string | undefined;
    if (gelezen.nummer !== undefined) {
      const uitkomst = leesNummer(gelezen.nummer, soort, taal);
      if ("fout" in uitkomst) ctx.addIssue({ code: "custom", message: uitkomst.fout, path: ["nummer"] });
      else nummer = uitkomst.nummer;
    }
    let uren = urenPerWeek;
    if (uren !== undefined && dagenPerWeek !== undefined && uren > dagenPerWeek * 24 * 100) {
      ctx.addIssue({ code: "custom", message: t.uren.meerDanDagen(dagenPerWeek, dagenPerWeek * 24), path: ["urenPerWeek"] });
      uren = undefined;
    }

    const { naam, plaats, relatie, registraties, overeenkomst, uurtarief } = gelezen;
    if (
      naam === undefined ||
      plaats === undefined ||
      soort === undefined ||
      relatie === undefined ||
      registraties === undefined ||
      nummer === undefined ||
      overeenkomst === undefined ||
      dagenPerWeek === undefined ||
      uren === undefined ||
      uurtarief === undefined
    ) {
      return z.NEVER;
    }
    return { naam, plaats, soort, relatie, registraties, nummer, overeenkomst, dagenPerWeek, urenPerWeek: uren, uurtarief };
  });
});
/** The Dutch one, as before; a page in another language takes `zorgverlenerFormSchemaIn(taal)`. */
export const zorgverlenerFormSchema = zorgverlenerFormSchemaIn(STANDAARDTAAL);

function opties<const T extends string>(waarden: readonly T[], teksten: Record<T, { label: string; hint: string }>): Optie[] {
  return waarden.map((waarde) => ({ waarde, label: teksten[waarde].label, hint: teksten[waarde].hint }));
}

/** The number's label and hint: for one soort when it is known (changing a saved one), else both. */
function nummerTeksten(soort: Soort | undefined, taal: Taal): { label: string; hint: string } {
  const t = woorden(taal);
  const { nummer } = identificatieVoorZorgverlener(soort);
  if (nummer === "kvk") return { label: t.nummer.labelKvk, hint: t.nummer.hintKvk };
  if (nummer === "bsn") return { label: t.nummer.labelBsn, hint: t.nummer.hintBsn };
  return { label: t.nummer.label, hint: t.nummer.hint };
}

/**
 * The form's fields, in the paper form's order. `nummerVan`: the soort whose number is asked;
 * without it (the soort can still change on the page) the label and hint explain both (BP-04).
 */
export function zorgverlenerVelden(nummerVan?: Soort, taal: Taal = STANDAARDTAAL): VeldDefinitie[] {
  const t = woorden(taal);
  return [
    { soort: "tekst", naam: "naam", label: t.naam.label, hint: t.naam.hint, breedte: "vol", autocomplete: "off", maxLengte: MAX_TEKST },
    { soort: "tekst", naam: "plaats", label: t.plaats.label, hint: t.plaats.hint, breedte: "midden", autocomplete: "off", maxLengte: MAX_TEKST },
    { soort: "radio", naam: "soort", label: t.soort.label, hint: t.soort.hint, opties: opties(ZORGVERLENER_SOORTEN, t.soort.opties) },
    { soort: "radio", naam: "relatie", label: t.relatie.label, hint: t.relatie.hint, opties: opties(ZORGVERLENER_RELATIES, t.relatie.opties) },
    {
      soort: "checkboxes",
      naam: "registraties",
      label: t.registraties.label,
      hint: t.registraties.hint,
      opties: opties(REGISTRATIES, t.registraties.opties),
    },
    { soort: "tekst", naam: "nummer", ...nummerTeksten(nummerVan, taal), breedte: "kort", inputMode: "numeric", autocomplete: "off" },
    {
      soort: "radio",
      naam: "overeenkomst",
      label: t.overeenkomst.label,
      hint: t.overeenkomst.hint,
      opties: opties(OVEREENKOMSTEN, t.overeenkomst.opties),
    },
    { soort: "tekst", naam: "dagenPerWeek", label: t.dagen.label, hint: t.dagen.hint, breedte: "kort", inputMode: "numeric", autocomplete: "off" },
    // Hours and amounts need a comma, which a numeric keyboard may not have.
    { soort: "tekst", naam: "urenPerWeek", label: t.uren.label, hint: t.uren.hint, breedte: "kort", inputMode: "text", autocomplete: "off" },
    { soort: "tekst", naam: "uurtarief", label: t.uurtarief.label, hint: t.uurtarief.hint, breedte: "kort", inputMode: "text", autocomplete: "off" },
  ];
}

/** The form's values for a saved zorgverlener, or empty ones for a new one. */
export function zorgverlenerWaarden(zv?: Zorgverlener): Waarden {
  return {
    naam: zv?.naam ?? "",
    plaats: zv?.plaats ?? "",
    soort: zv?.soort ?? "",
    relatie: zv?.relatie ?? "",
    registraties: [...(zv?.registraties ?? [])],
    nummer: zv?.nummer ?? "",
    overeenkomst: zv?.overeenkomst ?? "",
    dagenPerWeek: zv === undefined ? "" : String(zv.dagenPerWeek),
    urenPerWeek: zv === undefined ? "" : formatUren(zv.urenPerWeek),
    uurtarief: zv === undefined ? "" : bedragInvoer(zv.uurtarief),
  };
}

const ID_TEKENS = "abcdefghijklmnopqrstuvwxyz0123456789";
const ID_LENGTE = 8;
const ID_POGINGEN = 20;

/** A number in [0, 1) from the platform's random source (Web Crypto where there is one). */
function willekeurigGetal(): number {
  if (typeof globalThis.crypto?.getRandomValues !== "function") return Math.random();
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) / 2 ** 32;
}

/**
 * A short id for a new zorgverlener ([a-z0-9], 8 long), not one of `bestaande`. Only unique
 * within the draft, so no cryptographic strength is needed; `willekeurig` (a number in [0, 1))
 * is for tests. Should the random source keep repeating itself, a counted id is used instead.
 */
export function nieuwZorgverlenerId(bestaande: readonly string[], willekeurig: () => number = willekeurigGetal): string {
  const bezet = new Set([...bestaande, NIEUWE_ZORGVERLENER]);
  for (let poging = 0; poging < ID_POGINGEN; poging++) {
    let id = "";
    for (let i = 0; i < ID_LENGTE; i++) {
      const getal = willekeurig();
      const index = Number.isFinite(getal) ? Math.min(ID_TEKENS.length - 1, Math.max(0, Math.floor(getal * ID_TEKENS.length))) : 0;
      id += ID_TEKENS[index];
    }
    if (!bezet.has(id)) return id;
  }
  for (let teller = 1; ; teller++) {
    const id = `z${teller}`;
    if (!bezet.has(id)) return id;
  }
}
