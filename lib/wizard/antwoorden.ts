/**
 * Everything the wizard stores in a draft. Every field is optional: a draft grows one answer at a
 * time. Stored drafts are read back through this schema, so an old or tampered draft can never
 * feed the pages a shape they do not expect (a field that fails is dropped, not trusted).
 */
import * as z from "zod";
import { PGB_VAARDIGHEDEN } from "@/rules/aanvraag";
import type { Regie, Woonwens } from "@/rules/leveringsvorm";
import { MAX_UREN_PER_WEEK, MAX_UURTARIEF } from "@/rules/budgetplan";
import { MAX_DAGEN_PER_WEEK } from "@/rules/zorgovereenkomst";

export const MAX_TEKST = 200;
export const MAX_LANGE_TEKST = 2000;

/**
 * The choices a stored answer can hold, defined once: the draft's schema below and the question
 * pages (lib/wizard/vragen) both read them.
 */
export const JA_NEE = ["ja", "nee"] as const;
/** IND-01: permanent toezicht or 24-hour care nearby. */
export const ZORGBEHOEFTE_OPTIES = ["ja", "nee", "weet-niet"] as const;
/** LV-01: where the person wants to live. */
export const WOONWENSEN = ["thuis", "instelling", "deeltijd"] as const satisfies readonly Woonwens[];
/** LV-01: who arranges the care. */
export const REGIES = ["zorgkantoor", "zelf", "allebei"] as const satisfies readonly Regie[];

const jaNee = z.enum(JA_NEE);

export const voorWieWaarden = ["zelf", "gewaarborgde-hulp", "wettelijk-vertegenwoordiger", "familie"] as const;
export type VoorWie = (typeof voorWieWaarden)[number];

export const gewaarborgdeHulpSchema = z.object({
  naam: z.string().max(MAX_TEKST),
  relatie: z.string().max(MAX_TEKST),
  isWettelijkVertegenwoordiger: jaNee,
  telefoon: z.string().max(MAX_TEKST).optional(),
  email: z.string().max(MAX_TEKST).optional(),
});

/** More zorgverleners than anyone buys care from: a bound on the draft, not a rule (BP-06 has no maximum). */
export const MAX_ZORGVERLENERS = 50;

export const ZORGVERLENER_SOORTEN = ["instelling", "zzp", "persoon"] as const;
export const ZORGVERLENER_RELATIES = ["partner", "familie-1e-graad", "familie-2e-graad", "overig"] as const;
/** ZO-02; "weet-niet" lets rules/zorgovereenkomst assume what the brochure calls usual. */
export const OVEREENKOMSTEN = ["arbeidsovereenkomst", "opdracht", "weet-niet"] as const;
export const REGISTRATIES = ["big", "kvk"] as const;

const isoDatum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Bijlage 3, 5 and 6: one zorgverlener, stored only when the whole form was valid. */
export const zorgverlenerSchema = z.object({
  /** Stable within the draft: the URL of its page (`/aanvraag/budgetplan/zorgverlener/<id>`). */
  id: z.string().regex(/^[a-z0-9]{1,16}$/),
  naam: z.string().min(1).max(MAX_TEKST),
  plaats: z.string().min(1).max(MAX_TEKST),
  soort: z.enum(ZORGVERLENER_SOORTEN),
  relatie: z.enum(ZORGVERLENER_RELATIES),
  registraties: z.array(z.enum(REGISTRATIES)).max(REGISTRATIES.length),
  /** BP-04: the KVK-nummer (8 digits) of an instelling or zzp'er, the BSN (9 digits) of a person. */
  nummer: z.string().regex(/^\d{8,9}$/),
  overeenkomst: z.enum(OVEREENKOMSTEN),
  dagenPerWeek: z.int().min(1).max(MAX_DAGEN_PER_WEEK),
  /** Hundredths of an hour. */
  urenPerWeek: z.int().min(1).max(MAX_UREN_PER_WEEK * 100),
  /** Cents. */
  uurtarief: z.int().min(1).max(MAX_UURTARIEF),
});

/** Bijlage 3, 7 (AV-08): one signature block. */
export const ondertekenaarSchema = z.object({
  naam: z.string().min(1).max(MAX_TEKST),
  relatie: z.string().min(1).max(MAX_TEKST),
  /** `undefined`: dated by hand. */
  datum: isoDatum.optional(),
});

/** AV-04: what the gewaarborgde hulp declares when signing (fit to keep charge; will report changes). */
export const VERKLARINGEN = ["geschikt", "wijzigingen-melden"] as const;
export type Verklaring = (typeof VERKLARINGEN)[number];

/** How a signature was made when not on the owner's own page: through a share link. */
export const HANDTEKENING_VIA = ["deellink"] as const;

/** The shape of `Date.prototype.toISOString()`: UTC, milliseconds, "Z". */
const ISO_TIJDSTIP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * One digital signature of the budgetplan (lib/delen/handtekeningen.ts). `vingerafdruk` is the
 * SHA-256 of the answers as they were signed: when the answers change after signing, it no longer
 * matches and the signature asks to be renewed instead of silently covering something else.
 */
export const handtekeningSchema = z.object({
  naam: z.string().min(1).max(MAX_TEKST),
  /** When it was signed; a real instant (it must read back to itself), not just the right shape. */
  op: z
    .string()
    .regex(ISO_TIJDSTIP)
    .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s),
  vingerafdruk: z.string().regex(/^[0-9a-f]{64}$/),
  verklaringen: z.array(z.enum(VERKLARINGEN)).max(VERKLARINGEN.length).optional(),
  /** "deellink": signed by whoever held the gewaarborgde hulp's share link (docs/decisions/022-links-openen.md). */
  via: z.enum(HANDTEKENING_VIA).optional(),
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
  zorgbehoefte: z.enum(ZORGBEHOEFTE_OPTIES).optional(),
  jongerDan18: jaNee.optional(),

  // Stap 2, keuze (LV-01)
  woonwens: z.enum(WOONWENSEN).optional(),
  /** LV-04: only with woonwens "deeltijd". */
  dagenPer14: z.int().min(0).max(14).optional(),
  regie: z.enum(REGIES).optional(),

  // Stap 3, aanvraag (AV-01..AV-07)
  /** AV-01: the vaardigheden the person says fit them; the others do not (yet). */
  vaardigheden: z.array(z.enum(PGB_VAARDIGHEDEN)).max(PGB_VAARDIGHEDEN.length).optional(),
  heeftGewaarborgdeHulp: jaNee.optional(),
  gewaarborgdeHulp: gewaarborgdeHulpSchema.optional(),
  failliet: jaNee.optional(),
  wsnp: jaNee.optional(),
  vastWoonadres: jaNee.optional(),
  woontInNederland: jaNee.optional(),

  // Stap 3, budgetplan (Bijlage 3: BP-01..BP-06, AV-08). Flat fields: a damaged one is dropped
  // alone by `leesAntwoorden`, not the whole plan.
  /** Bijlage 3, 1. */
  persoonsgegevens: z
    .object({ achternaam: z.string().min(1).max(MAX_TEKST), geboortedatum: isoDatum, bsn: z.string().regex(/^\d{9}$/) })
    .optional(),
  /** Bijlage 3, 2: as typed; starts as the zorgprofiel of stap 1. */
  budgetplanZorgprofiel: z.string().max(MAX_TEKST).optional(),
  /** Bijlage 3, 3. */
  redenKeuzePgb: z.string().max(MAX_LANGE_TEKST).optional(),
  /** Bijlage 3, 4. */
  zorgInkopen: z.string().max(MAX_LANGE_TEKST).optional(),
  /** Bijlage 3, 5 and 6, in the order they were added. */
  zorgverleners: z.array(zorgverlenerSchema).max(MAX_ZORGVERLENERS).optional(),
  /** BP-02: the pgb per year when the person knows it (cents); `null`: not known. */
  verwachtJaarbudget: z.int().min(0).max(100_000_000_00).nullable().optional(),
  /** Bijlage 3, 7 (AV-08). */
  ondertekening: z.array(ondertekenaarSchema).min(1).max(2).optional(),

  /**
   * ZK-01: where the applicant lives, as typed, and the zorgkantoorregio it was found in (the
   * lookup runs on the server: lib/wizard/server-stappen.ts). `gemeente` is `null` when the
   * 2014 postcode table names a gemeente that has since been split up.
   */
  woonplaats: z
    .object({
      invoer: z.string().min(1).max(MAX_TEKST),
      zkCode: z.string().regex(/^ZK\d{2}$/),
      gemeente: z.string().max(MAX_TEKST).nullable(),
      /** A postcode's gemeente is a suggestion from 2014 data: the pages ask to check it. */
      viaPostcode: z.boolean(),
    })
    .optional(),

  /**
   * Digital signatures, inside the encrypted draft. `aanvrager`: whoever fills in the wizard
   * (unless that is the gewaarborgde hulp, who signs as `gewaarborgdeHulp`); `gewaarborgdeHulp`:
   * AV-04, through a share link or as the owner. Not part of the fingerprint they sign.
   */
  handtekeningen: z.object({ aanvrager: handtekeningSchema.optional(), gewaarborgdeHulp: handtekeningSchema.optional() }).optional(),

  /** Information pages the person went through ("Verder"), by page slug. */
  gezien: z.array(z.string().max(60)).max(50).optional(),
  /** Check-your-answers confirmed, by step slug. */
  bevestigd: z.array(z.string().max(30)).max(10).optional(),
  /**
   * The day (Europe/Amsterdam, from the server's clock) the person says they sent the aanvraag
   * to the zorgkantoor themselves; this service sends nothing (docs/decisions/031-burgerpaginas.md).
   */
  verstuurd: isoDatum.optional(),
});

export type Antwoorden = z.infer<typeof antwoordenSchema>;
export type GewaarborgdeHulpGegevens = z.infer<typeof gewaarborgdeHulpSchema>;
export type Zorgverlener = z.infer<typeof zorgverlenerSchema>;
export type Ondertekenaar = z.infer<typeof ondertekenaarSchema>;
export type Handtekening = z.infer<typeof handtekeningSchema>;
export type Handtekeningen = NonNullable<Antwoorden["handtekeningen"]>;

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
