/**
 * Stap 4, "Naar het buitenland met een pgb" (TK-06, TK-07): the GET form's schema, and its
 * outcome from `beoordeelBuitenland`. The form asks every question the rules can use, so the
 * outcome never rests on an unasked question; "weet ik niet" about the zorgverleners' tax law is
 * the one answer left open, and the rules say what it means.
 */
import * as z from "zod";
import { veldnamen as veldnamenNl } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { toekenningPaginas as toekenningNl } from "@/content/wizard/toekenning";
import { toekenningPaginas as toekenningEn } from "@/content/en/wizard/toekenning";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import type { Optie } from "@/lib/wizard/types";
import { JA_NEE, jaNeeOpties, keuze, perTaal, tekst } from "@/lib/wizard/vragen/velden";
import { beoordeelBuitenland, type BuitenlandSituatie, type BuitenlandUitkomst } from "@/rules/buitenland";
import { CODE_NEDERLAND, LANDEN_BUITENLAND, landVoorCode, type Land } from "@/rules/data/landen";
import { parametersOp } from "@/rules/parameters";
import type { IsoDatum } from "@/rules/types";
import { leesZoekformulier, type Zoekparameters, type ZoekStaat } from "@/lib/wizard/zoek-hulp";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

/** The page's words in `taal` (docs/decisions/032-talen.md). */
const woorden = (taal: Taal) => inTaal(taal, toekenningNl, toekenningEn).buitenland;

/** English country names, as the English reasons write them (content/redenen/gegevens.ts). */
const LANDEN_EN = new Intl.DisplayNames("en", { type: "region" });

/** The shortest stay the form takes, and the longest: two years, well past the one-year limit. */
export const MIN_WEKEN = 1;
export const MAX_WEKEN = 104;

/** "Vallen de zorgverleners onder de Nederlandse belastingwetgeving?" */
export const BELASTING_ANTWOORDEN = ["ja", "nee", "weet-niet"] as const;

/** The form's fields, in the order of the page (and of the error summary). */
export const BUITENLAND_VELDEN = ["land", "weken", "palliatief", "belasting", "logeeropvang"] as const;

/** A country's name in `taal`: the Dutch name of our data, or its English name. */
export function landNaamIn(land: Land, taal: Taal = STANDAARDTAAL): string {
  return taal === "en" ? (LANDEN_EN.of(land.code) ?? land.naam) : land.naam;
}

/** The countries of the `<select>`: every country but Nederland, by name in `taal`, in that language's order. */
export function landOpties(taal: Taal = STANDAARDTAAL): Optie[] {
  const opties = LANDEN_BUITENLAND.map((land) => ({ waarde: land.code, label: landNaamIn(land, taal) }));
  return taal === STANDAARDTAAL ? opties : opties.sort((a, b) => a.label.localeCompare(b.label, taal));
}

function fout(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER as never;
}

/** The form's schema in `taal`, built once per language (`perTaal`): its messages in that language. */
export const buitenlandSchemaIn = perTaal((taal: Taal) => {
  const f = woorden(taal).fouten;
  const veldnamen = inTaal(taal, veldnamenNl, veldnamenEn);
  const land = tekst(veldnamen.land, undefined, taal).transform((invoer, ctx): Land => {
    if (invoer === "") return fout(ctx, f.landLeeg);
    const gevonden = landVoorCode(invoer);
    // Nederland is no stay abroad, and not in the list: a forged value.
    if (gevonden === null || gevonden.code === CODE_NEDERLAND) return fout(ctx, f.landOnbekend);
    return gevonden;
  });

  const weken = tekst(veldnamen.weken, undefined, taal).transform((invoer, ctx): number => {
    if (invoer === "") return fout(ctx, f.wekenLeeg);
    // "8", "8 weken", "1 week"; a sign or a fraction gets its own message.
    const geheel = /^([-–−]?)\s*(\d{1,6})(?:\s*(?:weken|weeks|week))?$/i.exec(invoer);
    if (geheel === null) {
      return fout(ctx, /^[-–−]?\s*\d+[,.]\d+(?:\s*(?:weken|weeks|week))?$/i.test(invoer) ? f.wekenGeheel : f.wekenGeenGetal);
    }
    const aantal = Number(geheel[2]);
    if (geheel[1] !== "" || aantal < MIN_WEKEN || aantal > MAX_WEKEN) return fout(ctx, f.wekenBereik(MIN_WEKEN, MAX_WEKEN));
    return aantal;
  });

  return z.object({
    land,
    weken,
    palliatief: keuze(JA_NEE, f.palliatiefLeeg, taal),
    belasting: keuze(BELASTING_ANTWOORDEN, f.belastingLeeg, taal),
    logeeropvang: keuze(JA_NEE, f.logeeropvangLeeg, taal),
  });
});

/** The Dutch schema. */
export const buitenlandSchema = buitenlandSchemaIn(STANDAARDTAAL);

export type BuitenlandInvoer = z.output<typeof buitenlandSchema>;

/**
 * The rules' situation for a valid form. The question asks whether the zorgverleners fall
 * UNDER Dutch tax law; the rules want to know whether they fall OUTSIDE it.
 */
export function situatieUit(invoer: BuitenlandInvoer): BuitenlandSituatie {
  return {
    land: invoer.land.code,
    weken: invoer.weken,
    palliatiefTerminaal: invoer.palliatief === "ja",
    ...(invoer.belasting !== "weet-niet" && { zorgverlenersBuitenNederlandseBelasting: invoer.belasting === "nee" }),
    logeeropvang: invoer.logeeropvang === "ja",
  };
}

/** One line of the outcome's summary (a `<dl>` row). */
export interface Feit {
  label: string;
  waarde: string;
}

function feitenVan(invoer: BuitenlandInvoer, uitkomst: BuitenlandUitkomst, peildatum: IsoDatum, taal: Taal): Feit[] {
  const eenJaar = uitkomst.maximaleDuurWeken === parametersOp(peildatum, jaarparameters().tabel).brochure.maxWekenBuitenlandEer;
  const u = woorden(taal).uitkomst;
  return [
    { label: u.reisLabel, waarde: u.reis(landNaamIn(invoer.land, taal), invoer.weken) },
    { label: u.maxDuurLabel, waarde: eenJaar ? u.maxDuurJaar(uitkomst.maximaleDuurWeken) : u.maxDuurWeken(uitkomst.maximaleDuurWeken) },
    { label: u.meldenLabel, waarde: uitkomst.meldplicht ? u.meldenJa : u.meldenNee },
    ...(uitkomst.aanvaardbaarheidspercentage === null
      ? []
      : [{ label: u.verlagingLabel, waarde: u.verlaging(uitkomst.aanvaardbaarheidspercentage) }]),
  ];
}

export type BuitenlandStaat =
  | Exclude<ZoekStaat<unknown>, { soort: "ok" }>
  | { soort: "uitkomst"; waarden: Record<string, string>; land: Land; uitkomst: BuitenlandUitkomst; feiten: Feit[] };

/** The page's state for its query (lib/wizard/zoek-hulp.ts): nothing asked yet, errors to show, or the outcome. */
export function beoordeelReis(params: Zoekparameters, peildatum: IsoDatum, taal: Taal = STANDAARDTAAL): BuitenlandStaat {
  const gelezen = leesZoekformulier(params, buitenlandSchemaIn(taal));
  if (gelezen.soort !== "ok") return gelezen;
  const { data, waarden } = gelezen;
  const uitkomst = beoordeelBuitenland(situatieUit(data), peildatum, jaarparameters().tabel);
  return { soort: "uitkomst", waarden, land: data.land, uitkomst, feiten: feitenVan(data, uitkomst, peildatum, taal) };
}

/** Options of the ja/nee questions, and of the tax question with "weet ik niet". */
export function belastingOpties(taal: Taal = STANDAARDTAAL): Optie[] {
  return [...jaNeeOpties(taal), { waarde: "weet-niet", label: woorden(taal).belasting.weetNiet }];
}
