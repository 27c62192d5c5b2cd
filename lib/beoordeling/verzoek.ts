/**
 * The request of `POST /api/v1/beoordelingen` (docs/api.md), as one zod schema. The API
 * route, the OpenAPI document and (later) the zorgkantoor preview all use this schema, so the
 * contract cannot drift between them. Every string and array is bounded (docs/decisions/005-strikte-api-invoer.md).
 *
 * Kept out of any `'use server'` file so the browser can use it too.
 */
import * as z from "zod";
import { apiTeksten } from "@/content/api";
import { redenTekst } from "@/content/redenen";
import { MAX_UREN_PER_WEEK, MAX_UURTARIEF } from "@/rules/budgetplan";
import { LANDEN_BUITENLAND } from "@/rules/data/landen";
import { isGeldigeDatum } from "@/rules/datum";
import { formatBedrag, parseDecimaal, parseUren } from "@/rules/geld";
import { parseZorgprofiel } from "@/rules/zorgprofiel";

export const MAX_ZORGVERLENERS = 50;
export const MAX_NAAM_LENGTE = 200;
export const MAX_ZORGPROFIEL_LENGTE = 100;
export const MAX_BUITENLAND_WEKEN = 520;
export const MAX_LEEFTIJD = 130;
/** A decimal string: up to 9 digits of euros, at most two decimals, a dot as separator. */
const DECIMAAL = /^\d{1,9}(\.\d{1,2})?$/;

const LANDCODES_BUITENLAND = new Set(LANDEN_BUITENLAND.map((land) => land.code));

const bedrag = z
  .string()
  .max(12)
  .regex(DECIMAAL, { error: apiTeksten.veld.decimaal })
  .transform((waarde, ctx) => {
    const centen = parseDecimaal(waarde);
    if (centen === null) {
      ctx.addIssue({ code: "custom", message: apiTeksten.veld.decimaal });
      return z.NEVER;
    }
    return centen;
  })
  .meta({ description: "Bedrag in euro als decimale tekst, bijvoorbeeld \"15.00\"", examples: ["15.00"] });

const uren = z
  .union([z.number(), z.string().max(12)])
  .transform((waarde, ctx) => {
    const honderdsten = parseUren(waarde);
    if (honderdsten === null || honderdsten > MAX_UREN_PER_WEEK * 100) {
      ctx.addIssue({ code: "custom", message: apiTeksten.veld.uren });
      return z.NEVER;
    }
    return honderdsten;
  })
  .meta({ description: "Uren per week, 0 tot en met 168, hoogstens twee decimalen" });

const uurtarief = bedrag.refine((centen) => centen <= MAX_UURTARIEF, {
  error: apiTeksten.veld.uurtariefTeHoog(formatBedrag(MAX_UURTARIEF)),
});

export const zorgverlenerSchema = z.strictObject({
  naam: z.string().trim().min(1).max(MAX_NAAM_LENGTE),
  urenPerWeek: uren,
  uurtarief,
  soort: z.enum(["instelling", "zzp", "persoon"]).optional(),
  relatie: z.enum(["partner", "familie-1e-graad", "familie-2e-graad", "overig"]).optional(),
  bigGeregistreerd: z.boolean().optional(),
  kvkGeregistreerd: z.boolean().optional(),
  overeenkomst: z.enum(["arbeidsovereenkomst", "opdracht"]).optional(),
  dagenPerWeek: z.int().min(0).max(7).optional(),
  optingIn: z.boolean().optional(),
});

export const buitenlandSchema = z.strictObject({
  land: z
    .string()
    .length(2)
    .transform((code) => code.toUpperCase())
    .refine((code) => LANDCODES_BUITENLAND.has(code), { error: apiTeksten.veld.land }),
  weken: z
    .number()
    .gt(0, { error: apiTeksten.veld.weken })
    .max(MAX_BUITENLAND_WEKEN, { error: apiTeksten.veld.weken }),
  palliatiefTerminaal: z.boolean().optional(),
  zorgverlenersBuitenNederlandseBelasting: z.boolean().optional(),
  logeeropvang: z.boolean().optional(),
});

export const zorgprofielVeld = z
  .string()
  .max(MAX_ZORGPROFIEL_LENGTE)
  .transform((invoer, ctx) => {
    const resultaat = parseZorgprofiel(invoer);
    if (!resultaat.ok) {
      ctx.addIssue({ code: "custom", message: redenTekst(resultaat.reden) });
      return z.NEVER;
    }
    return resultaat.zorgprofiel;
  })
  .meta({ description: "Zorgprofiel in elke schrijfwijze van IND-05", examples: ["ZZP 5 VV", "5VV", "VV 5", "5GGZ W", "SGLVG"] });

export const verzoekSchema = z.strictObject({
  zorgprofiel: zorgprofielVeld,
  leeftijd: z.int().min(0).max(MAX_LEEFTIJD).optional(),
  woontInNederland: z.boolean().optional(),
  vastWoonadres: z.boolean().optional(),
  failliet: z.boolean().optional(),
  wsnp: z.boolean().optional(),
  gewaarborgdeHulp: z.boolean().optional(),
  woonsituatie: z.enum(["thuis", "wooninitiatief", "instelling"]).optional(),
  dagenInInstellingPer14Dagen: z.int().min(0).max(14).optional(),
  dagbestedingVanInstelling: z.boolean().optional(),
  zorgverleners: z.array(zorgverlenerSchema).max(MAX_ZORGVERLENERS).optional(),
  pgbJaarbedrag: bedrag.optional(),
  uitgavenAanZorg: bedrag.optional(),
  logeeropvangEtmalen: z.int().min(0).max(366).optional(),
  buitenland: buitenlandSchema.optional(),
  /** Not in the minimum contract: the date whose yearly parameters apply (default: today in Europe/Amsterdam). */
  peildatum: z
    .string()
    .max(10)
    .refine((datum) => isGeldigeDatum(datum), { error: apiTeksten.veld.datum })
    .optional()
    .meta({ description: "De datum waarvan de jaarparameters gelden, jjjj-mm-dd. Standaard: vandaag (Europe/Amsterdam)." }),
});

export type Verzoek = z.input<typeof verzoekSchema>;
export type Situatie = z.output<typeof verzoekSchema>;
