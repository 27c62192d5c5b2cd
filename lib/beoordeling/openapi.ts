/**
 * The OpenAPI 3.1 document of the beoordeling API, generated from the same zod schemas that
 * validate requests (`verzoek.ts`) and describe answers (`antwoord.ts`). OpenAPI 3.1 uses JSON
 * Schema 2020-12, which is what zod emits.
 */
import * as z from "zod";
import { MAX_BODY_BYTES } from "@/lib/http/json-body";
import { MAX_ACCEPT_LANGUAGE } from "@/lib/http/taal";
import { TALEN } from "@/content/taal";
import { suggestiesSchema, zoekUitkomstSchema, zorgkantorenLijstSchema } from "@/lib/zorgkantoor/api";
import { MAX_ZOEKLENGTE } from "@/rules/zorgkantoor-zoeken";
import { antwoordSchema } from "./antwoord";
import { verzoekSchema } from "./verzoek";

const probleemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .meta({ description: "RFC 9457 problem details" });

function schema(s: z.ZodType, io: "input" | "output") {
  // The document's own dialect (OpenAPI 3.1 = JSON Schema 2020-12) applies; a nested $schema is noise.
  const jsonSchema: Record<string, unknown> = { ...z.toJSONSchema(s, { io, target: "draft-2020-12", unrepresentable: "any" }) };
  delete jsonSchema.$schema;
  return jsonSchema;
}

function probleem(omschrijving: string, headers?: Readonly<Record<string, { description: string; schema: object }>>) {
  return {
    description: omschrijving,
    ...(headers && { headers }),
    content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Probleem" } } },
  };
}

/** The beoordeling's language headers (docs/decisions/028, addendum 2026-12-05). */
const TAAL_HEADERS = {
  "Content-Language": {
    description: "De taal van de `tekst` van elke reden: nl, of en als daarom gevraagd is",
    schema: { type: "string", enum: [...TALEN] },
  },
  Vary: { description: "Accept-Language: het antwoord hangt af van die header", schema: { type: "string", const: "Accept-Language" } },
};
const PROBLEEM_TAAL_HEADERS = {
  "Content-Language": { description: "Een probleem is altijd in het Nederlands", schema: { type: "string", const: "nl" } },
  Vary: TAAL_HEADERS.Vary,
};

export function maakOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Pgb Wlz API",
      version: "1.0.0",
      description:
        "Wat is mogelijk, wat is nodig en wat kost het, voor een persoonsgebonden budget uit de Wet langdurige zorg; " +
        "en welk zorgkantoor hoort bij een gemeente, woonplaats of postcode. " +
        "Elke uitkomst noemt de regel (een vaste code uit de regelcatalogus, bijvoorbeeld LV-02) en het deel van de brochure 'Zelf uw zorg inkopen in 6 stappen' waarop hij rust. " +
        "De API slaat niets op. Het zorgkantoor beslist.",
    },
    paths: {
      "/api/v1/beoordelingen": {
        post: {
          operationId: "maakBeoordeling",
          summary: "Beoordeel een situatie",
          parameters: [
            {
              name: "Accept-Language",
              in: "header",
              required: false,
              description:
                "De taal van de `tekst` van elke reden (RFC 9110, met q-waarden). Alleen nl en en; en geeft Engelse woorden voor de aanvrager (you). " +
                `Zonder header, met een andere taal, met * of met een ongeldige of te lange header (meer dan ${MAX_ACCEPT_LANGUAGE} tekens): nl. ` +
                "Al het andere in het antwoord (code, gegevens, bedragen, datums) is in elke taal hetzelfde. Een probleem (4xx) is altijd in het Nederlands.",
              schema: { type: "string", maxLength: MAX_ACCEPT_LANGUAGE },
              examples: { engels: { value: "en" }, browser: { value: "en-GB,en;q=0.9,nl;q=0.8" } },
            },
          ],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Situatie" } } },
          },
          responses: {
            "200": {
              description: "De beoordeling",
              headers: TAAL_HEADERS,
              content: { "application/json": { schema: { $ref: "#/components/schemas/Beoordeling" } } },
            },
            "400": probleem("Ongeldige invoer, met invalidParams per veld", PROBLEEM_TAAL_HEADERS),
            "413": probleem(`Verzoek groter dan ${MAX_BODY_BYTES} bytes`, PROBLEEM_TAAL_HEADERS),
            "415": probleem("Geen JSON", PROBLEEM_TAAL_HEADERS),
          },
        },
      },
      "/api/v1/zorgkantoren": {
        get: {
          operationId: "zorgkantoren",
          summary: "De 31 zorgkantoren, of het zorgkantoor bij een gemeente, woonplaats of postcode",
          description:
            "Zonder zoek: de 31 zorgkantoren uit Bijlage 2 van de brochure, met bron en datum (ZK-02). " +
            "Met zoek: het zorgkantoor bij een gemeente (indeling 2025), een woonplaats of een postcode (ZK-01). " +
            "Een postcode geeft een gemeente die de gebruiker moet bevestigen: de postcodelijst is van 2014.",
          parameters: [
            {
              name: "zoek",
              in: "query",
              required: false,
              description: "Gemeente, woonplaats of postcode (1234, 1234AB of 1234 AB). Hoogstens één keer.",
              schema: { type: "string", maxLength: MAX_ZOEKLENGTE },
              examples: { gemeente: { value: "Tilburg" }, woonplaats: { value: "Weesp" }, postcode: { value: "1381 AB" } },
            },
          ],
          responses: {
            "200": {
              description: "Zonder zoek de lijst, met zoek de uitkomst. Mag een dag in een cache.",
              content: {
                "application/json": {
                  schema: { oneOf: [{ $ref: "#/components/schemas/Zorgkantoren" }, { $ref: "#/components/schemas/ZorgkantoorZoekUitkomst" }] },
                },
              },
            },
            "400": probleem(`zoek langer dan ${MAX_ZOEKLENGTE} tekens, of meer dan één keer gegeven`),
          },
        },
      },
      "/api/v1/zorgkantoren/suggesties": {
        get: {
          operationId: "zorgkantoorSuggesties",
          summary: "Hoogstens 8 plaatsen die beginnen met wat getypt is, met hun zorgkantoorregio",
          description:
            "Voor een zoekveld: gemeenten en woonplaatsen waarvan de naam begint met zoek, of de woonplaats bij een postcode van 4 cijfers (ZK-01). " +
            "Twee plaatsen met dezelfde naam staan er apart, met hun gemeente.",
          parameters: [
            {
              name: "zoek",
              in: "query",
              required: true,
              description: "Het begin van een plaatsnaam, of een postcode. Precies één keer.",
              schema: { type: "string", maxLength: MAX_ZOEKLENGTE },
              examples: { begin: { value: "tilb" }, postcode: { value: "5038" } },
            },
          ],
          responses: {
            "200": {
              description: "De suggesties, misschien geen. Mag een dag in een cache.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/ZorgkantoorSuggesties" } } },
            },
            "400": probleem(`zoek ontbreekt, is langer dan ${MAX_ZOEKLENGTE} tekens, of is meer dan één keer gegeven`),
          },
        },
      },
    },
    components: {
      schemas: {
        Situatie: schema(verzoekSchema, "input"),
        Beoordeling: schema(antwoordSchema, "output"),
        Probleem: schema(probleemSchema, "output"),
        Zorgkantoren: schema(zorgkantorenLijstSchema, "output"),
        ZorgkantoorZoekUitkomst: schema(zoekUitkomstSchema, "output"),
        ZorgkantoorSuggesties: schema(suggestiesSchema, "output"),
      },
    },
  };
}
