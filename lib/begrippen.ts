/**
 * The first use of a glossary term on a page links to its entry on `/begrippen`
 * (docs/decisions/031-burgerpaginas.md). One place knows the terms: `herken` in
 * content/begrippen.ts. This file only finds them: a page hands it its texts in reading order and
 * gets them back in parts, a term that is new on the page marked with its entry's id. Pure and
 * without React, so a server page can plan what a client form will show (`gelinkt`).
 */
import { begrippen, type Begrip } from "@/content/begrippen";
import type { Uitleg } from "@/lib/wizard/types";

/** A piece of text; with `begrip` it is the first use of that term on the page. */
export interface TekstDeel {
  tekst: string;
  begrip?: string;
}

/** The address of a term's entry. */
export const begripHref = (id: string): string => `/begrippen#${id}`;

/** Not inside a word: "pgb" is not found in "pgb-houder", "ZZP" not in "zzp'er". */
const GEEN_WOORDTEKEN = "[\\p{L}\\p{N}'’-]";

interface Herkenner {
  id: string;
  patronen: RegExp[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A short abbreviation written in small letters ("pgb", "vpt"). */
const AFKORTING = /^\p{Ll}{2,4}$/u;

/**
 * A form as a pattern. Forms in capitals match only in capitals ("ZZP"); a short abbreviation in
 * small letters matches with or without a capital first letter ("pgb", "Pgb"), not in capitals:
 * "Mijn PGB" and "het PGB Portaal" are names, not the term. Other forms ignore case.
 */
function patroon(vorm: string): string {
  if (!AFKORTING.test(vorm)) return escape(vorm);
  const eerste = vorm.charAt(0);
  return `[${eerste}${eerste.toUpperCase()}]${escape(vorm.slice(1))}`;
}

function herkenners(lijst: readonly Begrip[]): Herkenner[] {
  return lijst
    .filter((b) => b.herken !== undefined && b.herken.length > 0)
    .map((b) => ({
      id: b.id,
      patronen: (b.herken ?? []).map((vorm) => new RegExp(`(?<!${GEEN_WOORDTEKEN})${patroon(vorm)}(?!${GEEN_WOORDTEKEN})`, vorm === vorm.toUpperCase() || AFKORTING.test(vorm) ? "u" : "iu")),
    }));
}

const HERKENNERS = herkenners(begrippen.lijst);

/** The first place in `tekst` where the term is written, the longest form if several start there. */
function eersteVondst(tekst: string, herkenner: Herkenner): { start: number; eind: number } | null {
  let beste: { start: number; eind: number } | null = null;
  for (const patroon of herkenner.patronen) {
    const m = patroon.exec(tekst);
    if (m === null) continue;
    const kandidaat = { start: m.index, eind: m.index + m[0].length };
    if (beste === null || kandidaat.start < beste.start || (kandidaat.start === beste.start && kandidaat.eind > beste.eind)) beste = kandidaat;
  }
  return beste;
}

/**
 * One text in parts: each term not in `gezien` is marked where it is first written, and added to
 * `gezien`. Terms that overlap (a form of one inside another) are marked once, the earliest.
 */
export function begripDelen(tekst: string, gezien: Set<string>): TekstDeel[] {
  const vondsten = HERKENNERS.filter((h) => !gezien.has(h.id))
    .map((h) => ({ id: h.id, vondst: eersteVondst(tekst, h) }))
    .filter((v): v is { id: string; vondst: { start: number; eind: number } } => v.vondst !== null)
    .sort((a, b) => a.vondst.start - b.vondst.start || b.vondst.eind - a.vondst.eind);
  const delen: TekstDeel[] = [];
  let positie = 0;
  for (const { id, vondst } of vondsten) {
    if (vondst.start < positie) continue;
    if (vondst.start > positie) delen.push({ tekst: tekst.slice(positie, vondst.start) });
    delen.push({ tekst: tekst.slice(vondst.start, vondst.eind), begrip: id });
    gezien.add(id);
    positie = vondst.eind;
  }
  if (positie < tekst.length) delen.push({ tekst: tekst.slice(positie) });
  return delen;
}

/**
 * The texts of a page (or a part of it) in reading order, in parts: each term linked at its first
 * use, unless `eerder` (terms already linked higher up the page) has it. `gelinkt`: every term
 * linked so far, to hand to the next part of the page.
 */
export function planBegrippen(teksten: readonly string[], eerder: Iterable<string> = []): { delen: TekstDeel[][]; gelinkt: string[] } {
  const gezien = new Set(eerder);
  const delen = teksten.map((tekst) => begripDelen(tekst, gezien));
  return { delen, gelinkt: [...gezien] };
}

/**
 * `planBegrippen` for a page whose texts in sight come in groups (paragraphs, a list, the texts of
 * a notice), in reading order: the groups' order in `groepen` is the page's. The parts come back
 * per group, in the same shape, so a page renders each group from its own list. `voor`: per group
 * the terms linked above it, for a group a component plans itself from the same texts (the
 * reasons of a `RedenenLijst`, its `begrippenEerder`).
 */
export function planGroepen<K extends string>(
  groepen: Readonly<Record<K, readonly string[]>>,
  eerder: Iterable<string> = [],
): { delen: Record<K, TekstDeel[][]>; voor: Record<K, string[]>; gelinkt: string[] } {
  const gezien = new Set(eerder);
  const delen = {} as Record<K, TekstDeel[][]>;
  const voor = {} as Record<K, string[]>;
  for (const sleutel of Object.keys(groepen) as K[]) {
    voor[sleutel] = [...gezien];
    delen[sleutel] = groepen[sleutel].map((tekst) => begripDelen(tekst, gezien));
  }
  return { delen, voor, gelinkt: [...gezien] };
}

/** The text of a planned piece again, whole (for a React key). */
export const heleTekst = (delen: readonly TekstDeel[]): string => delen.map((d) => d.tekst).join("");

/**
 * The texts of explanation blocks that are in sight, in reading order: their paragraphs and lists,
 * not their headings or folded parts. What `UitlegBlokken` links terms in, and what a page plan
 * (lib/begrippen-paginas.ts) counts for the blocks.
 */
export function zichtbareUitlegTeksten(uitleg: readonly Uitleg[]): string[] {
  return uitleg.flatMap((blok) => [...(blok.alineas ?? []), ...(blok.lijst ?? [])]);
}
