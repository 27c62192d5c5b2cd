/**
 * Everything the wizard stores in a draft. Every field is optional: a draft grows one answer at a
 * time. Stored drafts are read back through this schema, so an old or tampered draft can never
 * feed the pages a shape they do not expect (a field that fails is dropped, not trusted).
 */
import * as z from "zod";
import { PGB_VAARDIGHEDEN } from "@/rules/aanvraag";

export const MAX_TEKST = 200;
export const MAX_LANGE_TEKST = 2000;

const jaNee = z.enum(["ja", "nee"]);

export const voorWieWaarden = ["zelf", "gewaarborgde-hulp", "wettelijk-vertegenwoordiger", "familie"] as const;
export type VoorWie = (typeof voorWieWaarden)[number];

export const gewaarborgdeHulpSchema = z.object({
  naam: z.string().max(MAX_TEKST),
  relatie: z.string().max(MAX_TEKST),
  isWettelijkVertegenwoordiger: jaNee,
  telefoon: z.string().max(MAX_TEKST).optional(),
  email: z.string().max(MAX_TEKST).optional(),
});

export const antwoordenSchema = z.object({
  /** Start page: who fills this in. */
  voorWie: z.enum(voorWieWaarden).optional(),
  /** When filling in for someone else: the applicant's first name, to address them (optional). */
  naamAanvrager: z.string().max(MAX_TEKST).optional(),

  // Stap 1, indicatie (IND-01..IND-05)
  heeftIndicatie: jaNee.optional(),
  /** As typed; parsed with rules/zorgprofiel wherever it is used. */
  zorgprofiel: z.string().max(MAX_TEKST).optional(),
  /** IND-01: permanent toezicht or 24-hour care nearby. */
  zorgbehoefte: z.enum(["ja", "nee", "weet-niet"]).optional(),
  jongerDan18: jaNee.optional(),

  // Stap 2, keuze (LV-01)
  woonwens: z.enum(["thuis", "instelling", "deeltijd"]).optional(),
  /** LV-04: only with woonwens "deeltijd". */
  dagenPer14: z.int().min(0).max(14).optional(),
  regie: z.enum(["zorgkantoor", "zelf", "allebei"]).optional(),

  // Stap 3, aanvraag (AV-01..AV-07)
  /** AV-01: the vaardigheden the person says fit them; the others do not (yet). */
  vaardigheden: z.array(z.enum(PGB_VAARDIGHEDEN)).max(PGB_VAARDIGHEDEN.length).optional(),
  heeftGewaarborgdeHulp: jaNee.optional(),
  gewaarborgdeHulp: gewaarborgdeHulpSchema.optional(),
  failliet: jaNee.optional(),
  wsnp: jaNee.optional(),
  vastWoonadres: jaNee.optional(),
  woontInNederland: jaNee.optional(),

  /** Information pages the person went through ("Verder"), by page slug. */
  gezien: z.array(z.string().max(60)).max(50).optional(),
  /** Check-your-answers confirmed, by step slug. */
  bevestigd: z.array(z.string().max(30)).max(10).optional(),
});

export type Antwoorden = z.infer<typeof antwoordenSchema>;
export type GewaarborgdeHulpGegevens = z.infer<typeof gewaarborgdeHulpSchema>;

/** Reads a stored draft; whatever does not fit the schema is left out instead of failing the page. */
export function leesAntwoorden(opgeslagen: unknown): Antwoorden {
  const geheel = antwoordenSchema.safeParse(opgeslagen);
  if (geheel.success) return geheel.data;
  if (typeof opgeslagen !== "object" || opgeslagen === null) return {};
  const antwoorden: Record<string, unknown> = {};
  for (const [sleutel, veld] of Object.entries(antwoordenSchema.shape)) {
    const waarde = (opgeslagen as Record<string, unknown>)[sleutel];
    const los = (veld as z.ZodType).safeParse(waarde);
    if (los.success && los.data !== undefined) antwoorden[sleutel] = los.data;
  }
  return antwoorden as Antwoorden;
}
