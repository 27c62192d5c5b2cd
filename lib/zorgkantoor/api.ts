/**
 * `GET /api/v1/zorgkantoren` as a plain function of a Request, so tests can call it without a
 * server (the route file only wires it up), and the zod schemas of its answers, which the
 * OpenAPI document shows and the tests hold every answer against.
 *
 * - Without `zoek`: the 31 zorgkantoren of Bijlage 2 (ZK-02), with source and date.
 * - With `zoek`: the outcome of `zoekZorgkantoor` (ZK-01) for a gemeente, woonplaats or postcode.
 *
 * Server only: it imports the postcode table through rules/zorgkantoor-zoeken.ts.
 */
import * as z from "zod";
import { apiTeksten } from "@/content/api";
import { zorgkantoorApiTeksten } from "@/content/redenen/zorgkantoor";
import { PROBLEEM_TYPE_BASIS, probleemAntwoord } from "@/lib/http/problem";
import { redenSchema } from "@/lib/beoordeling/antwoord";
import { metTeksten } from "@/content/redenen";
import { BRON_ZORGKANTOREN } from "@/rules/data/zorgkantoren";
import { ALLE_ZORGKANTOREN, type Zorgkantoor } from "@/rules/zorgkantoor";
import { MAX_ZOEKLENGTE, suggesties, zoekZorgkantoor, type Keuze, type Suggestie, type ZoekUitkomst } from "@/rules/zorgkantoor-zoeken";
import { zorgkantoorPagina } from "@/content/zorgkantoor";

/** The brochure's Bijlage 2 gives the situation on this date (see BRON_ZORGKANTOREN). */
export const DATUM_ZORGKANTOREN = "2022-01-01";

const CACHE_EEN_DAG = "public, max-age=86400";

const zorgverzekeraar = z.enum(["Menzis", "Zilveren Kruis", "VGZ", "CZ", "Zorg en Zekerheid", "DSW", "De Friesland", "Salland"]);

export const zorgkantoorSchema = z.object({
  code: z.string().regex(/^ZK\d{2}$/).meta({ description: "CBS-code van de zorgkantoorregio (2016–2025)", examples: ["ZK12"] }),
  regio: z.string().meta({ description: "Naam van de regio zoals de brochure hem schrijft", examples: ["Midden Brabant"] }),
  website: z.url({ protocol: /^https$/ }).meta({ examples: ["https://www.vgz-zorgkantoren.nl"] }),
  telefoon: z.string().meta({ description: "Zoals de brochure hem schrijft", examples: ["(040) 297 51 55"] }),
  telefoonInternationaal: z.string().regex(/^\+31\d{9}$/).meta({ examples: ["+31402975155"] }),
  zorgverzekeraar,
});

export const zorgkantorenLijstSchema = z
  .object({
    bron: z.string(),
    datum: z.iso.date().meta({ description: "De situatie op deze datum" }),
    zorgkantoren: z.array(zorgkantoorSchema).length(ALLE_ZORGKANTOREN.length),
  })
  .meta({ description: "De 31 zorgkantoren uit Bijlage 2 van de brochure (ZK-02)" });

const gemeenteSchema = z.object({
  code: z.string().regex(/^GM\d{4}$/).meta({ examples: ["GM0855"] }),
  naam: z.string().meta({ examples: ["Tilburg"] }),
});

const keuzeSchema = z.object({
  naam: z.string(),
  soort: z.enum(["gemeente", "woonplaats"]),
  gemeente: gemeenteSchema.nullable().meta({ description: "null: de woonplaats lag in een gemeente die is opgedeeld" }),
  zorgkantoor: zorgkantoorSchema,
});

const redenen = z.array(redenSchema);

export const zoekUitkomstSchema = z
  .discriminatedUnion("soort", [
    z.object({ soort: z.literal("leeg") }),
    z.object({ soort: z.literal("gemeente"), gemeente: gemeenteSchema, zorgkantoor: zorgkantoorSchema, redenen }),
    z.object({
      soort: z.literal("woonplaats"),
      woonplaats: z.string(),
      gemeente: gemeenteSchema.nullable(),
      vroegereGemeente: z.string().nullable().meta({ description: "De gemeente van 2014 als die anders heette, bijvoorbeeld Weesp" }),
      zorgkantoor: zorgkantoorSchema,
      redenen,
    }),
    z.object({
      soort: z.literal("postcode"),
      postcode: z.string().meta({ examples: ["1381", "1381 AB"] }),
      woonplaats: z.string(),
      gemeente: gemeenteSchema.nullable().meta({ description: "Waarschijnlijk; laat de gebruiker het bevestigen" }),
      vroegereGemeente: z.string().nullable(),
      zorgkantoor: zorgkantoorSchema,
      redenen,
    }),
    z.object({ soort: z.literal("postcode-onbekend"), postcode: z.string(), redenen }),
    z.object({ soort: z.literal("keuzes"), keuzes: z.array(keuzeSchema).min(1), meer: z.boolean() }),
    z.object({ soort: z.literal("niets"), invoer: z.string(), redenen }),
  ])
  .meta({ description: "Het zorgkantoor bij een gemeente, woonplaats of postcode (ZK-01)" });

export type ZorgkantoorJson = z.infer<typeof zorgkantoorSchema>;
export type ZoekUitkomstJson = z.infer<typeof zoekUitkomstSchema>;

export function zorgkantoorJson(zk: Zorgkantoor): ZorgkantoorJson {
  return {
    code: zk.zkCode,
    regio: zk.regio,
    website: zk.websiteUrl,
    telefoon: zk.telefoon,
    telefoonInternationaal: zk.telefoonInternationaal,
    zorgverzekeraar: zk.zorgverzekeraar,
  };
}

function keuzeJson(keuze: Keuze) {
  return { ...keuze, zorgkantoor: zorgkantoorJson(keuze.zorgkantoor) };
}

/** The answer of the search, each reason with its words for the applicant (docs/decisions/028). */
export function zoekUitkomstJson(uitkomst: ZoekUitkomst): ZoekUitkomstJson {
  return metTeksten(zonderTeksten(uitkomst)) as ZoekUitkomstJson;
}

function zonderTeksten(uitkomst: ZoekUitkomst) {
  switch (uitkomst.soort) {
    case "leeg":
    case "postcode-onbekend":
    case "niets":
      return uitkomst;
    case "keuzes":
      return { ...uitkomst, keuzes: uitkomst.keuzes.map(keuzeJson) };
    default:
      return { ...uitkomst, zorgkantoor: zorgkantoorJson(uitkomst.zorgkantoor) };
  }
}

function ongeldigeZoek(reden: string): Response {
  return probleemAntwoord({
    type: `${PROBLEEM_TYPE_BASIS}ongeldige-invoer`,
    title: apiTeksten.ongeldigeInvoer.title,
    status: 400,
    detail: reden,
    invalidParams: [{ name: "zoek", reason: reden }],
  });
}

export function verwerkZorgkantoren(request: Request): Response {
  const zoek = new URL(request.url).searchParams.getAll("zoek");
  if (zoek.length > 1) return ongeldigeZoek(zorgkantoorApiTeksten.zoekDubbel);
  const [term] = zoek;
  if (term !== undefined && term.length > MAX_ZOEKLENGTE) return ongeldigeZoek(zorgkantoorApiTeksten.zoekTeLang(MAX_ZOEKLENGTE));

  const body =
    term === undefined
      ? { bron: BRON_ZORGKANTOREN, datum: DATUM_ZORGKANTOREN, zorgkantoren: ALLE_ZORGKANTOREN.map(zorgkantoorJson) }
      : zoekUitkomstJson(zoekZorgkantoor(term));
  return Response.json(body, { headers: { "Cache-Control": CACHE_EEN_DAG } });
}

/** One suggestion as the browser gets it; also the OpenAPI document's description of it. */
export const suggestieSchema = z.object({
  naam: z.string().meta({ description: "De naam van de gemeente of woonplaats; bij een postcode de woonplaats", examples: ["Tilburg"] }),
  soort: z.enum(["gemeente", "woonplaats", "postcode"]),
  gemeente: z
    .object({ code: z.string().regex(/^GM\d{4}$/), naam: z.string() })
    .nullable()
    .meta({ description: "null voor een woonplaats van een gemeente die is opgesplitst" }),
  regio: z.string().meta({ description: "De zorgkantoorregio", examples: ["Midden Brabant"] }),
  postcode: z.string().regex(/^\d{4}$/).optional().meta({ description: "Alleen bij soort postcode: de 4 cijfers" }),
});

export const suggestiesSchema = z.object({ suggesties: z.array(suggestieSchema).max(8) });

export type SuggestieJson = z.infer<typeof suggestieSchema>;

/** As many as suggestiesSchema allows. */
const MAX_SUGGESTIES = 8;

function suggestieJson(suggestie: Suggestie): SuggestieJson {
  return {
    naam: suggestie.naam,
    soort: suggestie.soort,
    gemeente: suggestie.gemeente === null ? null : { code: suggestie.gemeente.code, naam: suggestie.gemeente.naam },
    regio: suggestie.zorgkantoor.regio,
    ...(suggestie.soort === "postcode" && { postcode: suggestie.postcode }),
  };
}

/** `GET /api/v1/zorgkantoren/suggesties?zoek=…`: at most 8 places for the search field (ZK-01). */
export function verwerkSuggesties(request: Request): Response {
  const zoek = new URL(request.url).searchParams.getAll("zoek");
  const [term] = zoek;
  if (term === undefined) return ongeldigeZoek(zorgkantoorPagina.apiZoekOntbreekt);
  if (zoek.length > 1) return ongeldigeZoek(zorgkantoorApiTeksten.zoekDubbel);
  if (term.length > MAX_ZOEKLENGTE) return ongeldigeZoek(zorgkantoorApiTeksten.zoekTeLang(MAX_ZOEKLENGTE));
  return Response.json({ suggesties: suggesties(term, MAX_SUGGESTIES).map(suggestieJson) }, { headers: { "Cache-Control": CACHE_EEN_DAG } });
}
