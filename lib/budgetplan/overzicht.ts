/**
 * The budgetplan's sums and what to look out for, from the draft: per zorgverlener the rules'
 * judgement (BP-02/BP-03, ZO-02, ZO-03, ZO-04, ZO-06) with plain warnings, and for the whole plan
 * the total per year against the pgb the person expects (BP-02). Warnings help; they never block
 * a step: the zorgkantoor decides (docs/decisions/004).
 */
import { budgetplanOverzicht as inhoud } from "@/content/budgetplan-overzicht";
import { waarschuwingenVoor } from "@/content/en/budgetplan-overzicht-ander";
import { AANVRAGER, type Publiek } from "@/content/redenen";
import { persoonEn } from "@/content/redenen/en/persoon";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import type { Antwoorden, Zorgverlener } from "@/lib/wizard/antwoorden";
import { berekenBudgetplan, type Breuk } from "@/rules/budgetplan";
import { takenSvb } from "@/rules/declaratie";
import { formatBedrag } from "@/rules/geld";
import { parametersOp } from "@/rules/parameters";
import type { Centen, IsoDatum, Reden } from "@/rules/types";
import {
  beoordeelZorgverlener,
  loonbelastingInhouden,
  professioneelStatus,
  rolBudgethouder,
  type ZorgverlenerBeoordeling,
  type ZorgverlenerSituatie,
} from "@/rules/zorgovereenkomst";
import { zorgverlenerSituatie } from "./uit-antwoorden";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

/**
 * The warnings' words in `taal` for `publiek` (docs/decisions/032-talen.md). Dutch speaks to "u" for
 * every reader: the page and the PDF word it for another reader with `tekstVoor`
 * (content/redenen/index.ts). English has words of its own for another reader
 * (content/en/budgetplan-overzicht-ander.ts: "Riet becomes an employer").
 */
const woorden = (taal: Taal, publiek: Publiek) => (taal === "en" ? waarschuwingenVoor(persoonEn(publiek)) : inhoud.waarschuwingen);

export type WaarschuwingSoort =
  | "tarief-boven-maximum"
  | "tarief-maximum-onbekend"
  | "tarief-navragen"
  | "werkgever"
  | "loonbelasting"
  | "boven-budget";

export interface Waarschuwing {
  soort: WaarschuwingSoort;
  titel: string;
  /** Paragraphs. */
  tekst: string[];
  /** The rules the warning rests on, as the rules themselves word them. */
  redenen: Reden[];
}

export interface ZorgverlenerOverzicht {
  zorgverlener: Zorgverlener;
  beoordeling: ZorgverlenerBeoordeling;
  waarschuwingen: Waarschuwing[];
}

export interface BudgetplanOverzicht {
  zorgverleners: ZorgverlenerOverzicht[];
  /** BP-02: the exact sum of the rows' years. */
  totaalPerJaar: Centen;
  /** BP-02: the pgb per year the person expects; `null` when not known. */
  pgbJaarbedrag: Centen | null;
  /** BP-02: the factors of the sums on the peildatum (4,33 and 12 in the brochure). */
  wekenPerMaand: Breuk;
  maandenPerJaar: number;
  /** For the plan as a whole (BP-02: above the pgb). */
  waarschuwingen: Waarschuwing[];
  redenen: Reden[];
}

/**
 * ZO-04, from the rule's own answer: `ja` needs no warning. Which maximum applied follows
 * ZO-03 as `toetsUurtarief` does: the non-professional one when the zorgverlener is not
 * professional, the professional one otherwise. Above the professional maximum the rule says
 * `navragen` (the zorgkantoor may consent), and the warning says so; `navragen` at or below it
 * only comes with the relation unknown, between the two maxima.
 */
function tariefWaarschuwing(z: ZorgverlenerSituatie, b: ZorgverlenerBeoordeling, peildatum: IsoDatum, taal: Taal, publiek: Publiek): Waarschuwing | null {
  const t = woorden(taal, publiek);
  const { uitkomst, redenen } = b.maximumtarief;
  if (uitkomst === "ja" || z.uurtarief === undefined) return null;
  const jaar = peildatum.slice(0, 4);
  const tarief = formatBedrag(z.uurtarief);
  const maxima = parametersOp(peildatum, jaarparameters().tabel).maximumtarieven;
  const status = professioneelStatus(z).status;
  const nodig = status === "ja" ? [maxima?.professioneelPerUur] : status === "nee" ? [maxima?.nietProfessioneelPerUur] : [maxima?.nietProfessioneelPerUur, maxima?.professioneelPerUur];
  const onbekend = nodig.some((m) => m === null || m === undefined);
  if (uitkomst === "navragen" && onbekend) {
    return { soort: "tarief-maximum-onbekend", titel: t.tariefMaximumOnbekend.titel(jaar), tekst: [t.tariefMaximumOnbekend.tekst(jaar), t.tariefMaximumOnbekend.watDoen], redenen };
  }
  const professioneel = status !== "nee";
  const maximum = professioneel ? maxima?.professioneelPerUur : maxima?.nietProfessioneelPerUur;
  if (maximum === null || maximum === undefined || z.uurtarief <= maximum) {
    return { soort: "tarief-navragen", titel: t.tariefNavragen.titel, tekst: [t.tariefNavragen.tekst(tarief)], redenen };
  }
  const boven = t.tariefBovenMaximum;
  return {
    soort: "tarief-boven-maximum",
    titel: boven.titel,
    tekst: [
      boven.tarief(tarief, formatBedrag(maximum), professioneel ? boven.soortProfessioneel : boven.soortNietProfessioneel, jaar),
      professioneel ? boven.watDoenProfessioneel : boven.watDoenNietProfessioneel,
    ],
    redenen,
  };
}

/** ZO-02: an arbeidsovereenkomst, given or assumed, makes the budgethouder werkgever (DE-07: the SVB runs the payroll). */
function werkgeverWaarschuwing(z: ZorgverlenerSituatie, b: ZorgverlenerBeoordeling, taal: Taal, publiek: Publiek): Waarschuwing | null {
  const t = woorden(taal, publiek);
  if (b.rol !== "werkgever") return null;
  const aangenomen = z.overeenkomst === undefined ? [t.werkgever.aangenomen] : [];
  return {
    soort: "werkgever",
    titel: t.werkgever.titel,
    tekst: [...aangenomen, t.werkgever.watBetekentHet, t.werkgever.hulp],
    redenen: [...rolBudgethouder(z).redenen, ...takenSvb({ alleenSalarisadministratie: true })],
  };
}

/** ZO-06: withheld loonbelasting comes out of the bruto uurtarief. */
function loonbelastingWaarschuwing(z: ZorgverlenerSituatie, b: ZorgverlenerBeoordeling, peildatum: IsoDatum, taal: Taal, publiek: Publiek): Waarschuwing | null {
  const t = woorden(taal, publiek);
  if (!b.loonbelastingInhouden) return null;
  return {
    soort: "loonbelasting",
    titel: t.loonbelasting.titel,
    tekst: [t.loonbelasting.tekst, t.loonbelasting.watDoen],
    redenen: loonbelastingInhouden(z, peildatum, jaarparameters().tabel).redenen,
  };
}

function isWaarschuwing(w: Waarschuwing | null): w is Waarschuwing {
  return w !== null;
}

/**
 * ZO-04, ZO-02 and ZO-06 for one zorgverlener, in that order: what to look out for, given its
 * judgement, in `taal` for `publiek` (who reads; it changes only the English words).
 */
export function waarschuwingenVoorZorgverlener(
  z: ZorgverlenerSituatie,
  b: ZorgverlenerBeoordeling,
  peildatum: IsoDatum,
  taal: Taal = STANDAARDTAAL,
  publiek: Publiek = AANVRAGER,
): Waarschuwing[] {
  return [tariefWaarschuwing(z, b, peildatum, taal, publiek), werkgeverWaarschuwing(z, b, taal, publiek), loonbelastingWaarschuwing(z, b, peildatum, taal, publiek)].filter(isWaarschuwing);
}

/**
 * BP-02, ZO-02, ZO-04, ZO-06 for the draft's zorgverleners, on `peildatum` (the caller reads the
 * clock); the warnings in `taal` for `publiek`, as `waarschuwingenVoorZorgverlener`.
 */
export function budgetplanOverzicht(a: Antwoorden, peildatum: IsoDatum, taal: Taal = STANDAARDTAAL, publiek: Publiek = AANVRAGER): BudgetplanOverzicht {
  const t = woorden(taal, publiek);
  const rijen = (a.zorgverleners ?? []).map((zorgverlener) => ({ zorgverlener, situatie: zorgverlenerSituatie(zorgverlener) }));
  const pgbJaarbedrag = typeof a.verwachtJaarbudget === "number" ? a.verwachtJaarbudget : null;
  const plan = berekenBudgetplan(rijen.map((r) => r.situatie), { peildatum, tabel: jaarparameters().tabel, ...(pgbJaarbedrag === null ? {} : { pgbJaarbedrag }) });
  const brochure = parametersOp(peildatum, jaarparameters().tabel).brochure;

  // An unknown maximum for the year holds for every zorgverlener alike: said once, for the plan.
  let onbekendMaximum: Waarschuwing | undefined;
  const zorgverleners = rijen.map(({ zorgverlener, situatie }): ZorgverlenerOverzicht => {
    const beoordeling = beoordeelZorgverlener(situatie, peildatum, jaarparameters().tabel);
    const alle = waarschuwingenVoorZorgverlener(situatie, beoordeling, peildatum, taal, publiek);
    onbekendMaximum ??= alle.find((w) => w.soort === "tarief-maximum-onbekend");
    return { zorgverlener, beoordeling, waarschuwingen: alle.filter((w) => w.soort !== "tarief-maximum-onbekend") };
  });

  const waarschuwingen: Waarschuwing[] = onbekendMaximum === undefined ? [] : [onbekendMaximum];
  if (pgbJaarbedrag !== null && plan.binnenBudget === false) {
    waarschuwingen.push({
      soort: "boven-budget",
      titel: t.bovenBudget.titel,
      tekst: [
        t.bovenBudget.tekst(formatBedrag(plan.totaalPerJaar), formatBedrag(pgbJaarbedrag), formatBedrag(plan.totaalPerJaar - pgbJaarbedrag)),
        t.bovenBudget.watDoen,
      ],
      redenen: plan.redenen.filter((r) => r.regel === "BP-02"),
    });
  }

  return {
    zorgverleners,
    totaalPerJaar: plan.totaalPerJaar,
    pgbJaarbedrag,
    wekenPerMaand: brochure.wekenPerMaand,
    maandenPerJaar: brochure.maandenPerJaar,
    waarschuwingen,
    redenen: plan.redenen,
  };
}
