/**
 * Stap 5: the checklist for the zorgovereenkomst and zorgbeschrijving with one zorgverlener of
 * the budgetplan, as plain data that the page and the PDF (./pdf.ts) both render. Every judgement
 * comes from rules/zorgovereenkomst.ts (ZO-01..ZO-08) and lib/budgetplan/overzicht.ts; this file
 * only picks what to show and which points to tick off. The caller reads the clock.
 */
import type { checklist as checklistEn } from "@/content/en/zorgovereenkomst-checklist";
import { checklistVoor, zorgkantoorVoor } from "@/content/en/zorgovereenkomst-checklist-ander";
import { AANVRAGER, type Publiek } from "@/content/redenen";
import { persoonEn } from "@/content/redenen/en/persoon";
import { inTaal } from "@/content/vertaling";
import type { Taal } from "@/content/taal";
import { STANDAARDTAAL } from "@/content/taal";
import { zorgovereenkomstenTeksten as inhoud } from "@/content/wizard/zorgovereenkomsten";
import { budgetplanOverzicht as overzichtTeksten } from "@/content/budgetplan-overzicht";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { zorgverlenerFormulier } from "@/content/wizard/zorgverlener";
import { zorgverlenerFormulier as zorgverlenerFormulierEn } from "@/content/en/wizard/zorgverlener";
import { budgetplanOverzicht as overzichtTekstenEn } from "@/content/en/budgetplan-overzicht";
import { waarschuwingenVoorZorgverlener, type Waarschuwing } from "@/lib/budgetplan/overzicht";
import { zorgverlenerSituatie } from "@/lib/budgetplan/uit-antwoorden";
import type { Antwoorden, Zorgverlener } from "@/lib/wizard/antwoorden";
import { publiekVan } from "@/lib/wizard/publiek";
import { zorgkantoorUit } from "@/lib/wizard/vragen/zorgkantoor";
import { formatBedrag, formatUren } from "@/rules/geld";
import { parametersOp } from "@/rules/parameters";
import { reden } from "@/rules/redenen";
import type { IsoDatum, Reden, Uitkomst } from "@/rules/types";
import {
  aanleverenZorgovereenkomst,
  beoordeelZorgverlener,
  kwaliteitseis,
  loonbelastingInhouden,
  professioneelStatus,
  rolBudgethouder,
  toetsLogeeropvang,
  zorgovereenkomstEnZorgbeschrijving,
  type ZorgverlenerBeoordeling,
} from "@/rules/zorgovereenkomst";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

/**
 * The checklist's words in `taal` for `publiek` (docs/decisions/032-talen.md, addenda on the PDFs
 * and on the checklist for another reader). Dutch speaks to "u" for every reader, and a page or
 * PDF words it for who reads with `tekstVoor` (docs/decisions/028); English has words of its own
 * for every reader (content/en/zorgovereenkomst-checklist-ander.ts), so the checklist made in
 * English is already worded for `publiek` (`tekstVoor` then changes nothing in it: it touches
 * only the Dutch words "u" and "uw"). The budgetplan's warnings are made for `publiek` in the same
 * way (lib/budgetplan/overzicht.ts, content/en/budgetplan-overzicht-ander.ts).
 */
type Woorden = typeof checklistEn;
export function checklistWoorden(taal: Taal = STANDAARDTAAL, publiek: Publiek = AANVRAGER): Woorden {
  return taal === "en" ? checklistVoor(persoonEn(publiek)) : inhoud.checklist;
}

/** The zorgkantoor lines (ZO-07) in `taal` for `publiek`, as `checklistWoorden`. */
export function zorgkantoorWoorden(taal: Taal = STANDAARDTAAL, publiek: Publiek = AANVRAGER): ReturnType<typeof zorgkantoorVoor> {
  return taal === "en" ? zorgkantoorVoor(persoonEn(publiek)) : inhoud.zorgkantoor;
}

export type OnderdeelSleutel = "maximumtarief" | "rol" | "loonbelasting" | "afspraken" | "aanleveren" | "logeeropvang";

/** Points to tick off, under an optional heading. */
export interface PuntenLijst {
  kop?: string;
  punten: string[];
}

/** One part of the checklist: the answer for this zorgverlener, what to do, and why. */
export interface ChecklistOnderdeel {
  sleutel: OnderdeelSleutel;
  titel: string;
  /** The short answer for this zorgverlener ("U bent opdrachtgever van …"). */
  antwoord: string;
  alineas: string[];
  /** What to look out for, as the budgetplan's overview words it (ZO-02, ZO-04, ZO-06). */
  waarschuwing?: Waarschuwing;
  lijsten: PuntenLijst[];
  /** The rules behind it, with their ID and brochure section. */
  redenen: Reden[];
}

export interface ChecklistZorgkantoor {
  naam: string;
  telefoon: string;
  telefoonInternationaal: string;
  website: string;
  websiteUrl: string;
}

/** ZO-05: the number of etmalen the person typed, judged. */
export interface LogeeropvangToets {
  etmalen: number;
  uitkomst: Uitkomst;
}

export interface ZorgovereenkomstChecklist {
  id: string;
  naam: string;
  gegevens: { label: string; waarde: string }[];
  beoordeling: ZorgverlenerBeoordeling;
  onderdelen: ChecklistOnderdeel[];
  /** ZO-07: whom to ask which route applies; `null` before the person said where they live. */
  zorgkantoor: ChecklistZorgkantoor | null;
  logeeropvang: LogeeropvangToets | null;
  aangemaaktOp: IsoDatum;
}

/** The draft's zorgkantoor, with how to reach it (ZK-01). */
export function checklistZorgkantoor(a: Antwoorden): ChecklistZorgkantoor | null {
  const zk = zorgkantoorUit(a);
  if (zk === null) return null;
  return {
    naam: aanvraagVragen.zorgkantoor.naam(zk.regio, zk.zorgverzekeraar),
    telefoon: zk.telefoon,
    telefoonInternationaal: zk.telefoonInternationaal,
    website: zk.website,
    websiteUrl: zk.websiteUrl,
  };
}

function gegevensVan(t: Woorden, z: Zorgverlener, b: ZorgverlenerBeoordeling, taal: Taal): ZorgovereenkomstChecklist["gegevens"] {
  const g = t.gegevens;
  const f = inTaal(taal, zorgverlenerFormulier, zorgverlenerFormulierEn);
  return [
    { label: g.naam, waarde: z.naam },
    { label: g.plaats, waarde: z.plaats },
    { label: g.soort, waarde: f.soort.opties[z.soort].label },
    { label: g.relatie, waarde: f.relatie.opties[z.relatie].label },
    { label: g.overeenkomst, waarde: f.overeenkomst.opties[z.overeenkomst].label },
    { label: g.dagen, waarde: t.dagen(z.dagenPerWeek) },
    { label: g.uren, waarde: t.uren(formatUren(z.urenPerWeek)) },
    { label: g.uurtarief, waarde: formatBedrag(z.uurtarief) },
    { label: g.perMaand, waarde: formatBedrag(b.kostenPerMaand) },
    { label: g.perJaar, waarde: formatBedrag(b.kostenPerJaar) },
  ];
}

function waarschuwingVan(alle: Waarschuwing[], soorten: Waarschuwing["soort"][]): Waarschuwing | undefined {
  return alle.find((w) => soorten.includes(w.soort));
}

/** ZO-03 and ZO-04: professional or not, and the maximum that applies (unknown for some years). */
function maximumtariefOnderdeel(
  t: Woorden,
  z: Zorgverlener,
  b: ZorgverlenerBeoordeling,
  waarschuwingen: Waarschuwing[],
  zorgkantoor: ChecklistZorgkantoor | null,
  peildatum: IsoDatum,
  taal: Taal,
): ChecklistOnderdeel {
  const m = t.maximumtarief;
  const overzicht = inTaal(taal, overzichtTeksten, overzichtTekstenEn);
  const situatie = zorgverlenerSituatie(z);
  const status = professioneelStatus(situatie).status;
  const jaar = peildatum.slice(0, 4);
  const tarief = formatBedrag(z.uurtarief);
  const maxima = parametersOp(peildatum, jaarparameters().tabel).maximumtarieven;
  const maximum = status === "ja" ? maxima?.professioneelPerUur : status === "nee" ? maxima?.nietProfessioneelPerUur : undefined;
  const soort = status === "ja" ? overzicht.waarschuwingen.tariefBovenMaximum.soortProfessioneel : overzicht.waarschuwingen.tariefBovenMaximum.soortNietProfessioneel;

  const antwoord = status === "ja" ? m.professioneel(z.naam) : status === "nee" ? m.nietProfessioneel(z.naam) : m.onbekend(z.naam);
  let alineas: string[] = [];
  let punten: string[];
  if (status === "onbekend") {
    punten = [m.puntNavragen(tarief)];
  } else if (maximum === null || maximum === undefined) {
    // ZO-04: the maximum for this year is not in our data; the zorgkantoor publishes it.
    punten = [zorgkantoor === null ? m.puntOpzoeken(jaar) : m.puntOpzoekenWebsite(jaar, zorgkantoor.website), m.puntControleren(tarief)];
  } else {
    alineas = [m.maximum(formatBedrag(maximum), soort, jaar)];
    punten =
      b.maximumtarief.uitkomst === "ja"
        ? [m.puntBinnen(tarief)]
        : [m.puntLager(formatBedrag(maximum)), ...(status === "ja" ? [m.puntToestemming] : [])];
  }
  const waarschuwing = waarschuwingVan(waarschuwingen, ["tarief-boven-maximum", "tarief-maximum-onbekend", "tarief-navragen"]);
  return {
    sleutel: "maximumtarief",
    titel: m.titel,
    antwoord,
    // The warning says the same as the maximum line when the tarief is too high: say it once.
    alineas: waarschuwing === undefined ? alineas : [],
    ...(waarschuwing === undefined ? {} : { waarschuwing }),
    lijsten: [{ punten }],
    redenen: b.maximumtarief.redenen,
  };
}

/** ZO-02 */
function rolOnderdeel(t: Woorden, z: Zorgverlener, b: ZorgverlenerBeoordeling, waarschuwingen: Waarschuwing[]): ChecklistOnderdeel {
  const r = t.rol;
  const werkgever = b.rol === "werkgever";
  const waarschuwing = waarschuwingVan(waarschuwingen, ["werkgever"]);
  return {
    sleutel: "rol",
    titel: r.titel,
    antwoord: werkgever ? r.werkgever(z.naam) : r.opdrachtgever(z.naam),
    alineas: werkgever ? [] : [r.opdrachtgeverUitleg],
    ...(waarschuwing === undefined ? {} : { waarschuwing }),
    lijsten: [{ punten: [...(z.overeenkomst === "weet-niet" ? [r.puntKiezen(z.naam)] : []), werkgever ? r.puntArbeid : r.puntOpdracht] }],
    redenen: rolBudgethouder(zorgverlenerSituatie(z)).redenen,
  };
}

/** ZO-06, and DE-07 when the SVB runs the payroll. */
function loonbelastingOnderdeel(t: Woorden, z: Zorgverlener, b: ZorgverlenerBeoordeling, waarschuwingen: Waarschuwing[], peildatum: IsoDatum): ChecklistOnderdeel {
  const l = t.loonbelasting;
  const inhouden = b.loonbelastingInhouden;
  const waarschuwing = waarschuwingVan(waarschuwingen, ["loonbelasting"]);
  // On an arbeidsovereenkomst without withholding (few days a week), opting in is a choice (ZO-06).
  const optingIn = !inhouden && b.rol === "werkgever";
  const punten = inhouden ? [l.puntFormulieren, l.puntBruto] : [l.puntZelf(z.naam), ...(optingIn ? [l.puntOptingIn] : [])];
  return {
    sleutel: "loonbelasting",
    titel: l.titel,
    antwoord: inhouden ? l.inhouden : l.nietInhouden(z.naam),
    alineas: [],
    ...(waarschuwing === undefined ? {} : { waarschuwing }),
    lijsten: [{ punten }],
    redenen: loonbelastingInhouden(zorgverlenerSituatie(z), peildatum, jaarparameters().tabel).redenen,
  };
}

/** ZO-01 and ZO-08 */
function afsprakenOnderdeel(t: Woorden, z: Zorgverlener): ChecklistOnderdeel {
  const a = t.afspraken;
  return {
    sleutel: "afspraken",
    titel: a.titel,
    antwoord: a.antwoord(z.naam),
    alineas: [],
    lijsten: [
      { kop: a.overeenkomstKop, punten: [a.zorgSoort, a.prijs(formatBedrag(z.uurtarief), formatUren(z.urenPerWeek)), a.tekenenOvereenkomst(z.naam)] },
      { kop: a.beschrijvingKop, punten: [a.zorgbehoefte, a.welkeZorg(z.naam), a.waarom, a.tekenenBeschrijving(z.naam)] },
      { kop: a.ookKop, punten: [a.kwaliteit, a.verandering] },
    ],
    redenen: [...zorgovereenkomstEnZorgbeschrijving(), ...kwaliteitseis()],
  };
}

/** ZO-07: the data do not say which route this zorgkantoor uses, so both, and whom to ask. */
export function aanleverenOnderdeel(zorgkantoor: ChecklistZorgkantoor | null, taal: Taal = STANDAARDTAAL, publiek: Publiek = AANVRAGER): ChecklistOnderdeel {
  const a = checklistWoorden(taal, publiek).aanleveren;
  return {
    sleutel: "aanleveren",
    titel: a.titel,
    antwoord: a.antwoord,
    alineas: [],
    lijsten: [
      {
        punten: [
          zorgkantoor === null ? a.puntVragen : a.puntVragenZorgkantoor(zorgkantoor.naam, zorgkantoor.telefoon),
          a.puntPortaal,
          a.puntSvb,
          a.puntAkkoord,
        ],
      },
    ],
    redenen: aanleverenZorgovereenkomst(),
  };
}

/** LV-05: only deeltijdverblijf rules logeeropvang out; unknown when stap 2 was not answered. */
function inDeeltijdverblijf(a: Antwoorden): boolean | undefined {
  return a.woonwens === undefined ? undefined : a.woonwens === "deeltijd";
}

/** ZO-05: the rule's own judgement of `etmalen` for this draft. */
export function toetsLogeeropvangVoor(a: Antwoorden, etmalen: number, peildatum: IsoDatum): LogeeropvangToets {
  const deeltijd = inDeeltijdverblijf(a);
  return { etmalen, uitkomst: toetsLogeeropvang(etmalen, { peildatum, tabel: jaarparameters().tabel, ...(deeltijd === undefined ? {} : { inDeeltijdverblijf: deeltijd }) }) };
}

/** ZO-05 (at most so many etmalen a year), ZO-04 (no maximum tarief), LV-05 (not beside deeltijdverblijf). */
function logeeropvangOnderdeel(t: Woorden, a: Antwoorden, z: Zorgverlener, toets: LogeeropvangToets | null, peildatum: IsoDatum): ChecklistOnderdeel {
  const l = t.logeeropvang;
  const maximum = parametersOp(peildatum, jaarparameters().tabel).brochure.maxLogeeropvangEtmalen;
  const deeltijd = inDeeltijdverblijf(a) === true;
  const algemeen: Reden[] = deeltijd
    ? [reden("LV-05", "zo.logeer-deeltijd")]
    : [reden("ZO-05", "zo.logeer-maximum", { maximum }), reden("ZO-04", "zo.logeer-geen-maximumtarief")];
  return {
    sleutel: "logeeropvang",
    titel: l.titel,
    antwoord: deeltijd ? l.deeltijd : l.antwoord(maximum),
    alineas: deeltijd ? [] : [l.uitleg],
    lijsten: deeltijd ? [] : [{ punten: [l.punt(z.naam)] }],
    redenen: toets === null ? algemeen : toets.uitkomst.redenen,
  };
}

/**
 * The checklist for zorgverlener `id` of the draft's budgetplan on `peildatum`, or `null` when
 * the budgetplan has no zorgverlener with that id. `etmalen`: the logeeropvang the person
 * wants to check (ZO-05), already validated (./logeeropvang.ts). `taal`: the language of its words
 * (Dutch unless asked). `publiek`: who reads, the draft's reader unless given; it changes only the
 * English words (see `checklistWoorden`).
 */
export function zorgovereenkomstChecklist(
  a: Antwoorden,
  id: string,
  peildatum: IsoDatum,
  etmalen?: number,
  taal: Taal = STANDAARDTAAL,
  publiek: Publiek = publiekVan(a),
): ZorgovereenkomstChecklist | null {
  const t = checklistWoorden(taal, publiek);
  const z = (a.zorgverleners ?? []).find((zv) => zv.id === id);
  if (z === undefined) return null;
  const situatie = zorgverlenerSituatie(z);
  const beoordeling = beoordeelZorgverlener(situatie, peildatum, jaarparameters().tabel);
  const waarschuwingen = waarschuwingenVoorZorgverlener(situatie, beoordeling, peildatum, taal, publiek);
  const zorgkantoor = checklistZorgkantoor(a);
  const logeeropvang = etmalen === undefined ? null : toetsLogeeropvangVoor(a, etmalen, peildatum);
  return {
    id: z.id,
    naam: z.naam,
    gegevens: gegevensVan(t, z, beoordeling, taal),
    beoordeling,
    onderdelen: [
      maximumtariefOnderdeel(t, z, beoordeling, waarschuwingen, zorgkantoor, peildatum, taal),
      rolOnderdeel(t, z, beoordeling, waarschuwingen),
      loonbelastingOnderdeel(t, z, beoordeling, waarschuwingen, peildatum),
      afsprakenOnderdeel(t, z),
      aanleverenOnderdeel(zorgkantoor, taal, publiek),
      logeeropvangOnderdeel(t, a, z, logeeropvang, peildatum),
    ],
    zorgkantoor,
    logeeropvang,
    aangemaaktOp: peildatum,
  };
}

/** Every zorgverlener of the budgetplan with its checklist, in the plan's order (the step page). */
export function alleChecklists(a: Antwoorden, peildatum: IsoDatum, taal: Taal = STANDAARDTAAL, publiek: Publiek = publiekVan(a)): ZorgovereenkomstChecklist[] {
  return (a.zorgverleners ?? []).flatMap((z) => zorgovereenkomstChecklist(a, z.id, peildatum, undefined, taal, publiek) ?? []);
}
