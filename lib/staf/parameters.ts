/**
 * /zorgkantoor/parameters: the yearly parameters in force on a date (rules/parameters.ts), as
 * groups of labelled values with their source and the date they apply from. A value the sources
 * do not give stays `null` here; the page says "Niet bekend" and what to do, never a number.
 * The parameters are this server's: the built-in data with its yearly file merged over it
 * (`PARAMETERS_BESTAND`); a group that comes from the file says so, with the file's name.
 */
import * as z from "zod";
import { parametersStaf as en } from "@/content/en/zorgkantoor-staf";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { parametersStaf as nl } from "@/content/zorgkantoor-staf";
import { formatBreuk } from "@/rules/budgetplan";
import { landVoorCode } from "@/rules/data/landen";
import { parseDatumNl } from "@/rules/datum";
import { formatBasispunten, formatBedrag } from "@/rules/geld";
import { jaarparameters, type Jaarparameters } from "@/lib/parameters/jaarparameters";
import { parametersOp } from "@/rules/parameters";
import type { Centen, IsoDatum } from "@/rules/types";

/** Longer than any way to write a date: not parsed, just refused. */
export const MAX_DATUM_LENGTE = 20;

export type PeildatumInvoer =
  | { ok: true; peildatum: IsoDatum }
  | { ok: false; fout: string };

/** The date field as typed, dd-mm-jjjj (also d-m-jjjj, with "/" or "."); its error in `taal`. */
export function leesPeildatum(invoer: string, taal: Taal = STANDAARDTAAL): PeildatumInvoer {
  const t = inTaal(taal, nl, en);
  if (invoer.trim() === "") return { ok: false, fout: t.fout.leeg };
  if (invoer.length > MAX_DATUM_LENGTE) return { ok: false, fout: t.fout.ongeldig };
  const peildatum = parseDatumNl(invoer);
  return peildatum === null ? { ok: false, fout: t.fout.ongeldig } : { ok: true, peildatum };
}

/**
 * The page's GET form (app/zorgkantoor/parameters), read with lib/wizard/zoek-hulp.ts: `?datum=`
 * as typed, the date it names or the field's error in the page's language. Without `datum` the
 * page shows today.
 */
export function parametersZoekSchemaIn(taal: Taal) {
  return z.object({
    datum: z.string().transform((invoer, ctx): IsoDatum => {
      const gelezen = leesPeildatum(invoer, taal);
      if (gelezen.ok) return gelezen.peildatum;
      ctx.addIssue({ code: "custom", message: gelezen.fout });
      return z.NEVER;
    }),
  });
}

export const parametersZoekSchema = parametersZoekSchemaIn(STANDAARDTAAL);

export interface ParameterRegel {
  label: string;
  /** `null`: the sources do not give this value. */
  waarde: string | null;
}

export interface ParameterGroep {
  sleutel: "maximumtarieven" | "toeslagen" | "eigenBijdrage" | "brochure";
  kop: string;
  /** `null` when no set applies on the date at all. */
  geldigVanaf: IsoDatum | null;
  bron: string | null;
  /** The yearly file this group's values come from, or null for the built-in data. */
  uitBestand: string | null;
  regels: ParameterRegel[];
}

const bedrag = (c: Centen | null) => (c === null ? null : formatBedrag(c));

export function parameterOverzicht(peildatum: IsoDatum, parameters: Jaarparameters = jaarparameters(), taal: Taal = STANDAARDTAAL): ParameterGroep[] {
  const t = inTaal(taal, nl, en);
  const p = parametersOp(peildatum, parameters.tabel);
  const herkomst = parameters.herkomst;
  const m = p.maximumtarieven;
  const ts = p.toeslagen;
  const e = p.eigenBijdrage;
  const b = p.brochure;
  const l = t.label;
  const vvb = b.verantwoordingsvrijBedrag;

  return [
    {
      sleutel: "maximumtarieven",
      kop: t.kop.maximumtarieven,
      geldigVanaf: m?.geldigVanaf ?? null,
      bron: m?.bron ?? null,
      uitBestand: herkomst(m),
      regels: [
        { label: l.professioneelPerUur, waarde: bedrag(m?.professioneelPerUur ?? null) },
        { label: l.nietProfessioneelPerUur, waarde: bedrag(m?.nietProfessioneelPerUur ?? null) },
        { label: l.begeleidingGroepPerDagdeel, waarde: bedrag(m?.begeleidingGroepPerDagdeel ?? null) },
      ],
    },
    {
      sleutel: "toeslagen",
      kop: t.kop.toeslagen,
      geldigVanaf: ts?.geldigVanaf ?? null,
      bron: ts?.bron ?? null,
      uitBestand: herkomst(ts),
      regels: [
        { label: l.wooninitiatief, waarde: bedrag(ts?.wooninitiatief ?? null) },
        { label: l.kwaliteitVV, waarde: bedrag(ts?.kwaliteitVV ?? null) },
        { label: l.indexatie, waarde: ts?.indexatie ?? null },
      ],
    },
    {
      sleutel: "eigenBijdrage",
      kop: t.kop.eigenBijdrage,
      geldigVanaf: e?.geldigVanaf ?? null,
      bron: e?.bron ?? null,
      uitBestand: herkomst(e),
      regels: [
        { label: l.percentage, waarde: e ? formatBasispunten(e.percentageBasispunten) : null },
        { label: l.minimumPerMaand, waarde: bedrag(e?.minimumPerMaand ?? null) },
        { label: l.maximumPerMaand, waarde: bedrag(e?.maximumPerMaand ?? null) },
        { label: l.kortingPgbOfMptPerMaand, waarde: bedrag(e?.kortingPgbOfMptPerMaand ?? null) },
        { label: l.aftrekInkomenBijMptOfPgbPerJaar, waarde: bedrag(e?.aftrekInkomenBijMptOfPgbPerJaar ?? null) },
      ],
    },
    {
      sleutel: "brochure",
      kop: t.kop.brochure,
      geldigVanaf: b.geldigVanaf,
      bron: b.bron,
      uitBestand: herkomst(b),
      regels: [
        { label: l.wekenPerMaand, waarde: formatBreuk(b.wekenPerMaand) },
        { label: l.maandenPerJaar, waarde: String(b.maandenPerJaar) },
        {
          label: l.verantwoordingsvrijBedrag,
          waarde: t.waarde.vvb(formatBasispunten(vvb.basispunten), formatBedrag(vvb.minimum), formatBedrag(vvb.maximum)),
        },
        { label: l.maxLogeeropvangEtmalen, waarde: t.waarde.etmalen(b.maxLogeeropvangEtmalen) },
        { label: l.meldplichtBuitenlandNaWeken, waarde: t.waarde.weken(b.meldplichtBuitenlandNaWeken) },
        { label: l.maxWekenBuitenlandElders, waarde: t.waarde.weken(b.maxWekenBuitenlandElders) },
        { label: l.maxWekenBuitenlandEer, waarde: t.waarde.weken(b.maxWekenBuitenlandEer) },
        {
          label: l.aanvaardbaarheidspercentages,
          waarde: Object.entries(b.aanvaardbaarheidspercentages)
            .map(([code, procent]) => t.waarde.land(landVoorCode(code)?.naam ?? code, procent))
            .join("\n"),
        },
        { label: l.loonbelastingMaxDagenZonderInhouding, waarde: t.waarde.dagen(b.loonbelastingMaxDagenZonderInhouding) },
        { label: l.declaratieTermijnWeken, waarde: t.waarde.weken(b.declaratieTermijnWeken) },
        { label: l.deeltijdverblijfDagenPer14, waarde: t.waarde.dagenPer14(b.deeltijdverblijfDagenPer14) },
      ],
    },
  ];
}
