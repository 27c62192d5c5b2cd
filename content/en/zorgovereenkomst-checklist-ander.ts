/**
 * Stap 5's checklist in English for every reader but the applicant (docs/decisions/032-talen.md,
 * addendum of 2026-12-05 on the checklist for another reader): the applicant as a third person
 * ("Riet is the employer", "Riet's zorgkantoor", "the applicant" without a name), as the reasons
 * have it (content/redenen/en/ander/, ../redenen/en/persoon.ts). The Dutch rewrites "u" word by
 * word (`tekstVoor`, content/redenen/index.ts); English needs the verb to agree and "your" to become
 * a possessive, so every sentence of ./zorgovereenkomst-checklist.ts says here what it becomes:
 * - a function of the person (and of the sentence's own facts): the sentence speaks of the applicant;
 * - `ZELFDE`: no "you" in it, the applicant's English serves every reader (a unit test checks that);
 * - `LEZER`: it speaks to whoever reads and ticks ("This checklist helps you"), and stays, as in Dutch.
 * The table covers every key (`satisfies AnderVan<…>`), so a new sentence without a choice here fails
 * the typecheck.
 */
import type { PersoonEn } from "../redenen/en/persoon";
import { naam, Naam, van, Van } from "../redenen/en/persoon";
import { checklist, pdf, zorgkantoor } from "./zorgovereenkomst-checklist";

/** No "you": the applicant's English serves every reader. */
export const ZELFDE = "zelfde";
/** Speaks to whoever reads and ticks: stays for every reader. */
export const LEZER = "lezer";
type Keuze = typeof ZELFDE | typeof LEZER;

/** Per key of an English group: its words for another reader, or which of the applicant's it keeps. */
export type AnderVan<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? ((p: PersoonEn, ...args: A) => string) | Keuze
    : T[K] extends string
      ? ((p: PersoonEn) => string) | Keuze
      : T[K] extends readonly unknown[]
        ? Keuze
        : T[K] extends object
          ? AnderVan<T[K]> | Keuze
          : Keuze;
};

const zorgkantoorAnder = {
  vraagHet: (p) => `We do not know which way ${van(p)} zorgkantoor uses. Ask ${van(p)} zorgkantoor.`,
  naam: (p) => `${Van(p)} zorgkantoor`,
  telefoon: ZELFDE,
  website: ZELFDE,
  onbekend: (p) => `We do not know which zorgkantoor (care office of the region) is ${van(p)}. Look it up:`,
  zoekLink: (p) => `Find ${van(p)} zorgkantoor`,
  regel: (p, zk, telefoon, website) => `${Van(p)} zorgkantoor: ${zk}. Phone: ${telefoon}. Website: ${website}.`,
} satisfies AnderVan<typeof zorgkantoor>;

const checklistAnder = {
  titel: ZELFDE,
  nietGevondenTitel: ZELFDE,
  nietGevonden: (p) =>
    `This zorgverlener is not (or no longer) in ${van(p)} budgetplan. Maybe it was removed, or the link is not quite right. Choose a zorgverlener from the list.`,
  terug: ZELFDE,
  inleiding: LEZER,
  pdfLink: ZELFDE,
  printen: LEZER,
  gegevensKop: (p) => `What ${van(p)} budgetplan says`,
  wijzigen: (p) => `Is something not right? Change the zorgverlener in ${van(p)} budgetplan`,
  gegevens: ZELFDE,
  dagen: ZELFDE,
  uren: ZELFDE,
  afvinkenKop: ZELFDE,
  waaromKop: ZELFDE,

  maximumtarief: {
    titel: ZELFDE,
    professioneel: ZELFDE,
    nietProfessioneel: ZELFDE,
    onbekend: ZELFDE,
    maximum: ZELFDE,
    puntOpzoeken: (p, jaar) => `Look up the maximum rate for ${jaar} on the website of ${van(p)} zorgkantoor.`,
    puntOpzoekenWebsite: (p, jaar, website) => `Look up the maximum rate for ${jaar} on the website of ${van(p)} zorgkantoor: ${website}.`,
    puntControleren: ZELFDE,
    puntBinnen: ZELFDE,
    puntLager: ZELFDE,
    puntToestemming: ZELFDE,
    puntNavragen: (p, tarief) => `Ask ${van(p)} zorgkantoor if the hourly rate of ${tarief} is allowed.`,
  },

  rol: {
    titel: ZELFDE,
    werkgever: (p, zv) => `${Naam(p)} is the employer (werkgever) of ${zv}.`,
    opdrachtgever: (p, zv) => `${Naam(p)} is the client (opdrachtgever) of ${zv}.`,
    opdrachtgeverUitleg: (p) =>
      `${Naam(p)} makes an overeenkomst van opdracht (an agreement for services). Then ${naam(p)} is not an employer. The duties of an employer do not apply to ${naam(p)}.`,
    puntKiezen: (p, zv) =>
      `Agree with ${zv} which agreement ${naam(p)} makes: an arbeidsovereenkomst (employment contract) or an overeenkomst van opdracht (agreement for services).`,
    puntArbeid: ZELFDE,
    puntOpdracht: ZELFDE,
  },

  loonbelasting: {
    titel: ZELFDE,
    inhouden: (p) => `Payroll tax (loonbelasting) is taken off. The SVB runs the payroll for ${naam(p)}.`,
    nietInhouden: (p, zv) => `${Naam(p)} does not need to take off payroll tax. ${zv} arranges the payroll tax themselves.`,
    puntFormulieren: ZELFDE,
    puntBruto: ZELFDE,
    puntZelf: ZELFDE,
    puntOptingIn: (p) => `Does ${naam(p)} still want payroll tax to be taken off (opting in)? Agree on it together and put it in the zorgovereenkomst.`,
  },

  afspraken: {
    titel: ZELFDE,
    antwoord: (p, zv) => `With ${zv}, ${naam(p)} makes a zorgovereenkomst (care agreement) and a zorgbeschrijving (care description).`,
    overeenkomstKop: ZELFDE,
    zorgSoort: (p) => `Which kind of care ${naam(p)} agrees on. For example personal care, nursing, support or help in the home.`,
    prijs: (p, tarief, uren) => `The price: ${tarief} an hour, ${uren} hours a week. This is what ${van(p)} budgetplan says.`,
    tekenenOvereenkomst: (p, zv) => `${Naam(p)} and ${zv} both sign the zorgovereenkomst.`,
    beschrijvingKop: ZELFDE,
    zorgbehoefte: (p) => `Which care ${naam(p)} needs.`,
    welkeZorg: ZELFDE,
    waarom: ZELFDE,
    tekenenBeschrijving: (p, zv) => `${Naam(p)} and ${zv} both sign the zorgbeschrijving.`,
    ookKop: ZELFDE,
    kwaliteit: ZELFDE,
    verandering: (p) => `Does the care or the zorgverlener change later? Then ${naam(p)} makes a new zorgovereenkomst and zorgbeschrijving.`,
  },

  aanleveren: {
    titel: (p) => `How does ${naam(p)} send them to the zorgkantoor?`,
    antwoord: ZELFDE,
    puntVragen: (p) => `Ask ${van(p)} zorgkantoor if it works with the PGB Portaal.`,
    puntVragenZorgkantoor: ZELFDE,
    puntPortaal: ZELFDE,
    puntSvb: ZELFDE,
    puntAkkoord: (p) => `Wait for the zorgkantoor to approve. After that ${naam(p)} can claim the costs (declareren).`,
  },

  logeeropvang: {
    titel: ZELFDE,
    antwoord: ZELFDE,
    deeltijd: (p) => `${Naam(p)} chooses deeltijdverblijf (living part of the time in a care home). Then ${naam(p)} cannot buy logeeropvang.`,
    uitleg: (p) => `An etmaal is a day and a night. Add up the etmalen with all of ${van(p)} zorgverleners.`,
    regel: (p, maximum) => `With a pgb, ${naam(p)} can buy at most ${maximum} etmalen of logeeropvang a calendar year.`,
    punt: (p, zv) => `Does ${naam(p)} buy logeeropvang from ${zv}? Put the number of etmalen in the zorgovereenkomst.`,
    uitkomstKop: (p, etmalen) => (etmalen === 1 ? `${Van(p)} number: 1 etmaal of logeeropvang` : `${Van(p)} number: ${etmalen} etmalen of logeeropvang`),
    formKop: ZELFDE,
    label: (p) => `How many etmalen of logeeropvang does ${naam(p)} want to buy this year?`,
    hint: ZELFDE,
    knop: ZELFDE,
    fout: ZELFDE,
  },
} satisfies AnderVan<typeof checklist>;

const pdfAnder = {
  metadata: ZELFDE,
  kop: ZELFDE,
  gemaakt: ZELFDE,
  helpt: LEZER,
  voet: ZELFDE,
  bron: ZELFDE,
  pagina: ZELFDE,
} satisfies AnderVan<typeof pdf>;

/** The three groups' table, for the tests (which keys keep the applicant's words). */
export const ANDER = { zorgkantoor: zorgkantoorAnder, checklist: checklistAnder, pdf: pdfAnder } as const;

/**
 * `en` worded for `p` by `ander` (also for ./budgetplan-overzicht-ander.ts). A function keeps its number of parameters (content/talen.test.ts
 * checks the arity against the Dutch).
 */
export function opPersoon<T>(en: T, ander: AnderVan<T> | Keuze, p: PersoonEn): T {
  if (ander === ZELFDE || ander === LEZER) return en;
  if (typeof ander === "function") {
    const woorden = ander as (p: PersoonEn, ...args: unknown[]) => string;
    if (typeof en !== "function") return woorden(p) as T;
    const f = (...args: unknown[]): string => woorden(p, ...args);
    return Object.defineProperty(f, "length", { value: en.length }) as T;
  }
  const tabel = ander as Record<string, AnderVan<unknown> | Keuze>;
  return Object.fromEntries(Object.entries(en as Record<string, unknown>).map(([k, waarde]) => [k, opPersoon(waarde, tabel[k] ?? ZELFDE, p)])) as T;
}

/** The zorgkantoor lines worded for `p`: the applicant's own when `p` is `null` (the applicant reads). */
export function zorgkantoorVoor(p: PersoonEn | null): typeof zorgkantoor {
  return p === null ? zorgkantoor : opPersoon(zorgkantoor, zorgkantoorAnder, p);
}

/** The checklist's words for `p`: the applicant's own when `p` is `null`. */
export function checklistVoor(p: PersoonEn | null): typeof checklist {
  return p === null ? checklist : opPersoon(checklist, checklistAnder, p);
}

/** The PDF frame's words for `p` (only the reader's own line speaks to "you"). */
export function pdfVoor(p: PersoonEn | null): typeof pdf {
  return p === null ? pdf : opPersoon(pdf, pdfAnder, p);
}
