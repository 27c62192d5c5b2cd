/**
 * Stap 4, "Naar het buitenland met een pgb" (TK-06, TK-07): the GET form's schema, and its
 * outcome from `beoordeelBuitenland`. The form asks every question the rules can use, so the
 * outcome never rests on an unasked question; "weet ik niet" about the zorgverleners' tax law is
 * the one answer left open, and the rules say what it means.
 */
import * as z from "zod";
import { veldnamen } from "@/content/wizard/algemeen";
import { toekenningPaginas } from "@/content/wizard/toekenning";
import type { Optie } from "@/lib/wizard/types";
import { JA_NEE, jaNeeOpties, keuze, tekst } from "@/lib/wizard/vragen/velden";
import { beoordeelBuitenland, type BuitenlandSituatie, type BuitenlandUitkomst } from "@/rules/buitenland";
import { CODE_NEDERLAND, LANDEN_BUITENLAND, landVoorCode, type Land } from "@/rules/data/landen";
import { parametersOp } from "@/rules/parameters";
import type { IsoDatum } from "@/rules/types";
import { leesZoekformulier, type Zoekparameters, type ZoekStaat } from "@/lib/wizard/zoek-hulp";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

const t = toekenningPaginas.buitenland;
const f = t.fouten;

/** The shortest stay the form takes, and the longest: two years, well past the one-year limit. */
export const MIN_WEKEN = 1;
export const MAX_WEKEN = 104;

/** "Vallen de zorgverleners onder de Nederlandse belastingwetgeving?" */
export const BELASTING_ANTWOORDEN = ["ja", "nee", "weet-niet"] as const;

/** The form's fields, in the order of the page (and of the error summary). */
export const BUITENLAND_VELDEN = ["land", "weken", "palliatief", "belasting", "logeeropvang"] as const;

/** The countries of the `<select>`: every country but Nederland, by Dutch name. */
export function landOpties(): Optie[] {
  return LANDEN_BUITENLAND.map((land) => ({ waarde: land.code, label: land.naam }));
}

function fout(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER as never;
}

const land = tekst(veldnamen.land).transform((invoer, ctx): Land => {
  if (invoer === "") return fout(ctx, f.landLeeg);
  const gevonden = landVoorCode(invoer);
  // Nederland is no stay abroad, and not in the list: a forged value.
  if (gevonden === null || gevonden.code === CODE_NEDERLAND) return fout(ctx, f.landOnbekend);
  return gevonden;
});

const weken = tekst(veldnamen.weken).transform((invoer, ctx): number => {
  if (invoer === "") return fout(ctx, f.wekenLeeg);
  // "8", "8 weken", "1 week"; a sign or a fraction gets its own message.
  const geheel = /^([-–−]?)\s*(\d{1,6})(?:\s*(?:weken|week))?$/i.exec(invoer);
  if (geheel === null) {
    return fout(ctx, /^[-–−]?\s*\d+[,.]\d+(?:\s*(?:weken|week))?$/i.test(invoer) ? f.wekenGeheel : f.wekenGeenGetal);
  }
  const aantal = Number(geheel[2]);
  if (geheel[1] !== "" || aantal < MIN_WEKEN || aantal > MAX_WEKEN) return fout(ctx, f.wekenBereik(MIN_WEKEN, MAX_WEKEN));
  return aantal;
});

export const buitenlandSchema = z.object({
  land,
  weken,
  palliatief: keuze(JA_NEE, f.palliatiefLeeg),
  belasting: keuze(BELASTING_ANTWOORDEN, f.belastingLeeg),
  logeeropvang: keuze(JA_NEE, f.logeeropvangLeeg),
});

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

function feitenVan(invoer: BuitenlandInvoer, uitkomst: BuitenlandUitkomst, peildatum: IsoDatum): Feit[] {
  const eenJaar = uitkomst.maximaleDuurWeken === parametersOp(peildatum, jaarparameters().tabel).brochure.maxWekenBuitenlandEer;
  const u = t.uitkomst;
  return [
    { label: u.reisLabel, waarde: u.reis(invoer.land.naam, invoer.weken) },
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
export function beoordeelReis(params: Zoekparameters, peildatum: IsoDatum): BuitenlandStaat {
  const gelezen = leesZoekformulier(params, buitenlandSchema);
  if (gelezen.soort !== "ok") return gelezen;
  const { data, waarden } = gelezen;
  const uitkomst = beoordeelBuitenland(situatieUit(data), peildatum, jaarparameters().tabel);
  return { soort: "uitkomst", waarden, land: data.land, uitkomst, feiten: feitenVan(data, uitkomst, peildatum) };
}

/** Options of the ja/nee questions, and of the tax question with "weet ik niet". */
export function belastingOpties(): Optie[] {
  return [...jaNeeOpties(), { waarde: "weet-niet", label: t.belasting.weetNiet }];
}
