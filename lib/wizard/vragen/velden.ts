/**
 * Building blocks for the question schemas. Every field reads one `Waarden` entry (a string, or
 * several for a checkbox group, or nothing), trims and bounds it, and reports in the language
 * `taal` (Dutch when not given; docs/decisions/032-talen.md, addendum on questions). Fields a
 * form does not know are never read: `z.object` strips them, so a forged field is not stored.
 */
import * as z from "zod";
import { formulier as formulierNl } from "@/content/wizard/algemeen";
import { formulier as formulierEn } from "@/content/en/wizard/algemeen";
import { STANDAARDTAAL, TALEN, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { formatBedrag } from "@/rules/geld";
import type { Centen } from "@/rules/types";
import { JA_NEE, MAX_TEKST, type Antwoorden } from "../antwoorden";
import type { Optie } from "../types";

/** More boxes than any checkbox group has: a forged post, refused before looking at each value. */
const MAX_AANGEKRUIST = 50;

/**
 * Far above what any field takes (ten times MAX_LANGE_TEKST, twenty times MAX_AANGEKRUIST): a
 * bound on what is even looked at, so no schema works on an unbounded value; each field then
 * applies its own bound, with its own message.
 */
const MAX_FORMWAARDE = 20_000;
const MAX_FORMWAARDEN = 1_000;

/** The shared form words in `taal`. */
const woorden = (taal: Taal) => inTaal(taal, formulierNl, formulierEn);

/** What one form field can post. */
const formWaarde = (taal: Taal) =>
  z
    .union([z.string().max(MAX_FORMWAARDE), z.array(z.string().max(MAX_FORMWAARDE)).max(MAX_FORMWAARDEN)], { error: woorden(taal).fouten.ongeldig })
    .optional();

/**
 * A question's schema in every language, built once per language from one definition: `maak`
 * gets the language and passes it to the building blocks and its own messages. The result is
 * what a `VraagDefinitie` keeps as `schemaIn`; its `schema` is the Dutch one.
 */
export function perTaal<S>(maak: (taal: Taal) => S): (taal: Taal) => S {
  const gebouwd = new Map<Taal, S>(TALEN.map((taal) => [taal, maak(taal)]));
  return (taal) => gebouwd.get(taal) ?? maak(taal);
}

export { JA_NEE };
export type JaNee = (typeof JA_NEE)[number];

function isEenVan<T extends string>(opties: readonly T[], waarde: string): waarde is T {
  return (opties as readonly string[]).includes(waarde);
}

/**
 * A text field: trimmed, at most `max` characters; "" when left empty. `veld` names the field in
 * the too-long message (from `veldnamen` in content/wizard/algemeen.ts), so a page with several
 * text fields says which one is too long.
 */
export function tekst(veld: string, max: number = MAX_TEKST, taal: Taal = STANDAARDTAAL) {
  const f = woorden(taal);
  return formWaarde(taal).transform((waarde, ctx): string => {
    if (Array.isArray(waarde)) {
      ctx.addIssue({ code: "custom", message: f.fouten.ongeldig });
      return z.NEVER;
    }
    const getrimd = (waarde ?? "").trim();
    if (getrimd.length > max) {
      ctx.addIssue({ code: "custom", message: f.fouten.teLang(veld, max) });
      return z.NEVER;
    }
    return getrimd;
  });
}

/** A text field that must be filled in; `veld` as in `tekst`, `leeg` the message when empty. */
export function verplichteTekst(veld: string, leeg: string, max: number = MAX_TEKST, taal: Taal = STANDAARDTAAL) {
  return tekst(veld, max, taal).transform((waarde, ctx): string => {
    if (waarde === "") {
      ctx.addIssue({ code: "custom", message: leeg });
      return z.NEVER;
    }
    return waarde;
  });
}

/** A radio group that may be left empty (`undefined`); a value outside the options is an error. */
export function optioneleKeuze<const T extends string>(opties: readonly T[], taal: Taal = STANDAARDTAAL) {
  const f = woorden(taal);
  return formWaarde(taal).transform((waarde, ctx): T | undefined => {
    const getrimd = typeof waarde === "string" ? waarde.trim() : waarde;
    if (getrimd === undefined || getrimd === "") return undefined;
    if (typeof getrimd !== "string" || !isEenVan(opties, getrimd)) {
      ctx.addIssue({ code: "custom", message: f.fouten.kiesEen });
      return z.NEVER;
    }
    return getrimd;
  });
}

/** A radio group that must be answered. */
export function keuze<const T extends string>(opties: readonly T[], leeg: string, taal: Taal = STANDAARDTAAL) {
  return optioneleKeuze(opties, taal).transform((waarde, ctx): T => {
    if (waarde === undefined) {
      ctx.addIssue({ code: "custom", message: leeg });
      return z.NEVER;
    }
    return waarde;
  });
}

/**
 * A checkbox group: none ticked is an answer (an empty list). The values come back in the order
 * of `opties`, each once, whatever order or repetition the post had.
 */
export function aangekruist<const T extends string>(opties: readonly T[], taal: Taal = STANDAARDTAAL) {
  const f = woorden(taal);
  return formWaarde(taal).transform((waarde, ctx): T[] => {
    const lijst = (waarde === undefined ? [] : typeof waarde === "string" ? [waarde] : waarde)
      .map((w) => w.trim())
      .filter((w) => w !== "");
    if (lijst.length > MAX_AANGEKRUIST || lijst.some((w) => !isEenVan(opties, w))) {
      ctx.addIssue({ code: "custom", message: f.fouten.kiesEen });
      return z.NEVER;
    }
    return opties.filter((optie) => lijst.includes(optie));
  });
}

/** Options for a ja/nee radio group. */
export function jaNeeOpties(taal: Taal = STANDAARDTAAL): Optie[] {
  const f = woorden(taal);
  return [
    { waarde: "ja", label: f.ja },
    { waarde: "nee", label: f.nee },
  ];
}

export function jaNeeTekst(waarde: JaNee | undefined, taal: Taal = STANDAARDTAAL): string {
  const f = woorden(taal);
  return waarde === "ja" ? f.ja : waarde === "nee" ? f.nee : "";
}

/** Adds an information page (or any slug) to `gezien`, once. */
export function metGezien(gezien: readonly string[] | undefined, slug: string): string[] {
  const lijst = gezien ?? [];
  return lijst.includes(slug) ? [...lijst] : [...lijst, slug];
}

/** Removes a slug from `gezien`: a changed answer changes what that page shows, so it is read again. */
export function zonderGezien(gezien: readonly string[] | undefined, slug: string): string[] | undefined {
  if (gezien === undefined) return undefined;
  const lijst = gezien.filter((s) => s !== slug);
  return lijst.length === gezien.length ? [...gezien] : lijst;
}

/** A copy of the answers without these keys: answers that no longer apply are removed, not kept. */
export function zonder(a: Antwoorden, ...sleutels: (keyof Antwoorden)[]): Antwoorden {
  const kopie = { ...a };
  for (const sleutel of sleutels) delete kopie[sleutel];
  return kopie;
}

/** An amount as a form shows it again: "15,50", "45.000,00"; `parseBedragNl` reads it back to the same cents. */
export function bedragInvoer(c: Centen): string {
  return formatBedrag(c).replace(/^€ /, "");
}
