/**
 * The 200 answer of `POST /api/v1/beoordelingen` as a zod schema. It documents the contract in
 * the OpenAPI document, and the tests hold every real answer against it, so the document cannot
 * promise what the code does not give.
 */
import * as z from "zod";
import { REDEN_CODES } from "@/rules/redenen";
import { REGELS, type RegelId } from "@/rules/regels";

const REGEL_IDS = Object.keys(REGELS) as [RegelId, ...RegelId[]];

export const redenSchema = z
  .object({
    regel: z.enum(REGEL_IDS).meta({ description: "ID van de regel in de regelcatalogus (docs/regels.md), bijvoorbeeld LV-02" }),
    tekst: z.string().meta({ description: "De reden in gewone taal (B1), voor de aanvrager: in het Nederlands (u), of in het Engels (you) met Accept-Language: en" }),
    bron: z.string().meta({ description: "Het deel van de brochure waar de regel staat" }),
    code: z.enum(REDEN_CODES).meta({ description: "Wat de regel vond, als vaste code (docs/decisions/028-redenen-als-gegevens.md)" }),
    gegevens: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
      .meta({ description: "De feiten die de regel gebruikte: bedragen in centen, datums als jjjj-mm-dd, aantallen (weken, dagen), landcodes" }),
  });

export const antwoordWaarde = z.enum(["ja", "nee", "navragen"]);

export const uitkomstSchema = z
  .object({ uitkomst: antwoordWaarde, redenen: z.array(redenSchema) })
  .meta({ description: "Een `nee` noemt altijd de regel die het verbiedt." });

const decimaal = z.string().regex(/^\d+\.\d{2}$/).meta({ description: "Bedrag in euro, twee decimalen", examples: ["1624.00"] });

export const antwoordSchema = z
  .object({
    peildatum: z.string().meta({ description: "De datum waarvan de jaarparameters zijn gebruikt" }),
    zorgprofiel: z.object({
      code: z.string().meta({ examples: ["5VV", "9BVV", "2ZGaud", "4GGZ-W", "3LVG", "SGLVG", "GGZ-B"] }),
      sector: z.enum(["VV", "VG", "LG", "ZGvis", "ZGaud", "GGZ-W", "GGZ-B", "LVG", "SGLVG"]),
      omschrijving: z.string().nullable(),
      inBijlage4: z.boolean(),
    }),
    leveringsvormen: z.object({
      pgb: uitkomstSchema,
      vpt: uitkomstSchema,
      mpt: uitkomstSchema,
      pgbMetMpt: uitkomstSchema,
      verblijf: uitkomstSchema,
      deeltijdverblijf: uitkomstSchema,
    }),
    gewaarborgdeHulp: z.object({ verplicht: z.boolean(), redenen: z.array(redenSchema) }),
    aanvraag: uitkomstSchema,
    budgetplan: z
      .object({
        zorgverleners: z.array(
          z.object({
            naam: z.string(),
            kostenPerMaand: decimaal,
            kostenPerMaandOnafgerond: decimaal,
            kostenPerJaar: decimaal,
            professioneel: z.boolean(),
            rol: z.enum(["werkgever", "opdrachtgever"]),
            loonbelastingInhouden: z.boolean(),
            maximumtarief: uitkomstSchema,
            redenen: z.array(redenSchema),
          }),
        ),
        totaalPerJaar: decimaal,
        binnenBudget: z.boolean().optional(),
        redenen: z.array(redenSchema),
      })
      .optional(),
    verantwoordingsvrijBedrag: decimaal.optional(),
    verantwoordingsvrijBedragRedenen: z.array(redenSchema).optional(),
    logeeropvang: uitkomstSchema.optional(),
    buitenland: z
      .object({
        uitkomst: antwoordWaarde.meta({
          description:
            "Kan het pgb de zorg voor dit verblijf inkopen (TK-06, TK-07), met logeeropvang als die gevraagd is. Een vraag zonder antwoord die de uitkomst kan veranderen, geeft navragen.",
        }),
        maximaleDuurWeken: z.number(),
        meldplicht: z.boolean(),
        aanvaardbaarheidspercentage: z.number().nullable().meta({ description: "TK-07: het toegepaste percentage; null als er niet verlaagd wordt of als het niet bekend is" }),
        logeeropvang: uitkomstSchema.optional().meta({ description: "Alleen als logeeropvang is gevraagd: het oordeel over logeeropvang apart; het telt ook mee in uitkomst en redenen (TK-06)" }),
        redenen: z.array(redenSchema),
      })
      .optional(),
    eigenBijdrage: z.object({ verschuldigd: z.boolean(), redenen: z.array(redenSchema) }).optional(),
  });

export type Antwoord = z.infer<typeof antwoordSchema>;
