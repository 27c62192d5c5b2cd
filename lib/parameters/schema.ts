/**
 * The zod shapes of the yearly parameters, one per dated list of rules/data/parameters.ts, for the
 * yearly file of `PARAMETERS_BESTAND` (docs/decisions/025-opslag.md). They live here, not in
 * rules/, which stays free of validation libraries; `satisfies` ties each shape to the rules' own
 * type, and a unit test runs the built-in data through them, so the two cannot drift apart.
 * Money is in whole cents, as in the built-in data; a value the sources do not give is `null`.
 */
import * as z from "zod";
import { isGeldigeDatum } from "@/rules/datum";
import type { BrochureParameters, EigenBijdrageParameters, Maximumtarieven, ParameterTabel, Toeslagen } from "@/rules/parameters";

/** Far above any real tarief or toeslag (€ 10 million), so a typo of a few zeros is caught. */
const MAX_CENTEN = 1_000_000_000;

const datum = z.string().refine(isGeldigeDatum, { error: "moet een bestaande datum jjjj-mm-dd zijn / must be an existing date yyyy-mm-dd" });
const centen = z.number().int().min(0).max(MAX_CENTEN);
const bron = z.string().trim().min(1).max(500);

export const maximumtarievenSchema = z.strictObject({
  geldigVanaf: datum,
  professioneelPerUur: centen.nullable(),
  begeleidingGroepPerDagdeel: centen.nullable(),
  nietProfessioneelPerUur: centen.nullable(),
  bron,
}) satisfies z.ZodType<Maximumtarieven>;

export const toeslagenSchema = z.strictObject({
  geldigVanaf: datum,
  wooninitiatief: centen.nullable(),
  kwaliteitVV: centen.nullable(),
  indexatie: z.string().max(20).nullable(),
  bron,
}) satisfies z.ZodType<Toeslagen>;

export const eigenBijdrageSchema = z
  .strictObject({
    geldigVanaf: datum,
    percentageBasispunten: z.number().int().min(0).max(10_000),
    minimumPerMaand: centen,
    maximumPerMaand: centen,
    kortingPgbOfMptPerMaand: centen,
    aftrekInkomenBijMptOfPgbPerJaar: centen,
    bron,
  })
  .refine((e) => e.minimumPerMaand <= e.maximumPerMaand, {
    path: ["maximumPerMaand"],
    error: "mag niet kleiner zijn dan minimumPerMaand / must not be below minimumPerMaand",
  }) satisfies z.ZodType<EigenBijdrageParameters>;

const geheel = (min: number, max: number) => z.number().int().min(min).max(max);

export const brochureSchema = z.strictObject({
  geldigVanaf: datum,
  wekenPerMaand: z.strictObject({ teller: geheel(1, 1_000_000), noemer: geheel(1, 1_000_000) }),
  maandenPerJaar: geheel(1, 12),
  verantwoordingsvrijBedrag: z
    .strictObject({ basispunten: geheel(0, 10_000), minimum: centen, maximum: centen })
    .refine((v) => v.minimum <= v.maximum, { path: ["maximum"], error: "mag niet kleiner zijn dan minimum / must not be below minimum" }),
  maxLogeeropvangEtmalen: geheel(0, 366),
  meldplichtBuitenlandNaWeken: geheel(0, 53),
  maxWekenBuitenlandElders: geheel(0, 53),
  maxWekenBuitenlandEer: geheel(0, 53),
  aanvaardbaarheidspercentages: z.record(z.string().regex(/^[A-Z]{2}$/), geheel(0, 100)),
  loonbelastingMaxDagenZonderInhouding: geheel(0, 7),
  declaratieTermijnWeken: geheel(1, 53),
  deeltijdverblijfDagenPer14: z.array(geheel(1, 14)).min(1).max(14),
  bron,
}) satisfies z.ZodType<BrochureParameters>;

/** Each date once per list: two entries for one date would leave it to chance which one holds. */
const lijst = <T extends z.ZodType<{ geldigVanaf: string }>>(item: T) =>
  z
    .array(item)
    .max(200)
    .superRefine((items, ctx) => {
      const gezien = new Set<string>();
      items.forEach((entry, i) => {
        if (gezien.has(entry.geldigVanaf)) {
          ctx.addIssue({ code: "custom", path: [i, "geldigVanaf"], message: "staat twee keer in deze lijst / appears twice in this list" });
        }
        gezien.add(entry.geldigVanaf);
      });
    });

/** The yearly file: any of the four lists, each entry replacing or adding one date. */
export const parameterBestandSchema = z.strictObject({
  maximumtarieven: lijst(maximumtarievenSchema).optional(),
  toeslagen: lijst(toeslagenSchema).optional(),
  eigenBijdrage: lijst(eigenBijdrageSchema).optional(),
  brochure: lijst(brochureSchema).optional(),
}) satisfies z.ZodType<Partial<ParameterTabel>>;

export type ParameterBestand = z.infer<typeof parameterBestandSchema>;
