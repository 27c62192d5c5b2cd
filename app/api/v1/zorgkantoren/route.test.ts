import { describe, expect, it } from "vitest";
import { maakOpenApiDocument } from "@/lib/beoordeling/openapi";
import { zoekUitkomstSchema, zorgkantorenLijstSchema } from "@/lib/zorgkantoor/api";
import { GET } from "./route";

const haal = (query = "") => GET(new Request(`http://localhost/api/v1/zorgkantoren${query}`));

describe("GET /api/v1/zorgkantoren", () => {
  it("lists the 31 zorgkantoren of Bijlage 2 with source and date, cached for a day", async () => {
    const antwoord = haal();
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get("content-type")).toMatch(/^application\/json/);
    expect(antwoord.headers.get("cache-control")).toBe("public, max-age=86400");
    const body = zorgkantorenLijstSchema.parse(await antwoord.json());
    expect(body.zorgkantoren).toHaveLength(31);
    expect(body.bron).toContain("Bijlage 2");
    expect(body.datum).toBe("2022-01-01");
    expect(body.zorgkantoren[0]).toEqual({
      code: "ZK09",
      regio: "Groningen",
      website: "https://www.menziszorgkantoor.nl",
      telefoon: "(088) 222 49 49",
      telefoonInternationaal: "+31882224949",
      zorgverzekeraar: "Menzis",
    });
    for (const zk of body.zorgkantoren) expect(zk.website).toMatch(/^https:\/\//);
  });

  it("?zoek= a gemeente gives its zorgkantoor with reasons", async () => {
    const antwoord = haal("?zoek=Tilburg");
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get("cache-control")).toBe("public, max-age=86400");
    const body = zoekUitkomstSchema.parse(await antwoord.json());
    expect(body).toMatchObject({ soort: "gemeente", gemeente: { code: "GM0855", naam: "Tilburg" }, zorgkantoor: { code: "ZK12", zorgverzekeraar: "VGZ" } });
    expect(body.soort === "gemeente" && body.redenen[0]?.tekst).toBe("U woont in de gemeente Tilburg. Die valt onder zorgkantoorregio Midden Brabant.");
  });

  it.each([
    ["?zoek=den%20bosch", "gemeente"],
    ["?zoek=Weesp", "woonplaats"],
    ["?zoek=1381%20AB", "postcode"],
    ["?zoek=0999", "postcode-onbekend"],
    ["?zoek=Berg", "keuzes"],
    ["?zoek=%25%25%25", "niets"],
    ["?zoek=", "leeg"],
    ["?zoek=Grou", "woonplaats"],
  ])("%s → %s, matching the schema", async (query, soort) => {
    const antwoord = haal(query);
    expect(antwoord.status).toBe(200);
    const body = zoekUitkomstSchema.parse(await antwoord.json());
    expect(body.soort).toBe(soort);
  });

  it("answers 400 problem+json in Dutch for a zoek over 100 characters or given twice", async () => {
    for (const query of [`?zoek=${"a".repeat(101)}`, "?zoek=Tilburg&zoek=Breda"]) {
      const antwoord = haal(query);
      expect(antwoord.status).toBe(400);
      expect(antwoord.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(antwoord.headers.get("cache-control")).toBe("no-store");
      const body = (await antwoord.json()) as { status: number; detail: string; invalidParams: { name: string }[] };
      expect(body.status).toBe(400);
      expect(body.detail).toMatch(/zoekterm/i);
      expect(body.invalidParams[0]?.name).toBe("zoek");
    }
    expect(haal(`?zoek=${"a".repeat(100)}`).status).toBe(200);
  });

  it("is in the OpenAPI document, with both answer schemas", () => {
    const document = maakOpenApiDocument();
    expect(document.paths["/api/v1/zorgkantoren"].get.parameters[0]).toMatchObject({ name: "zoek", schema: { maxLength: 100 } });
    expect(document.components.schemas.Zorgkantoren).toMatchObject({ type: "object" });
    expect(JSON.stringify(document.components.schemas.Zorgkantoren)).toContain('"format":"uri"');
    expect(document.components.schemas.ZorgkantoorZoekUitkomst).toHaveProperty("oneOf");
  });
});
