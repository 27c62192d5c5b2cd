import { describe, expect, it } from "vitest";
import { maakOpenApiDocument } from "@/lib/beoordeling/openapi";
import { suggestiesSchema, type SuggestieJson } from "@/lib/zorgkantoor/api";
import { GET } from "./route";

const haal = (query: string) => GET(new Request(`http://localhost/api/v1/zorgkantoren/suggesties${query}`));

async function lijst(query: string): Promise<SuggestieJson[]> {
  const antwoord = haal(query);
  expect(antwoord.status).toBe(200);
  expect(antwoord.headers.get("content-type")).toMatch(/^application\/json/);
  expect(antwoord.headers.get("cache-control")).toBe("public, max-age=86400");
  const body = (await antwoord.json()) as { suggesties: SuggestieJson[] };
  expect(Object.keys(body)).toEqual(["suggesties"]);
  // Every answer is what the OpenAPI document says it is.
  expect(suggestiesSchema.safeParse(body).success).toBe(true);
  return body.suggesties;
}

describe("GET /api/v1/zorgkantoren/suggesties", () => {
  it("suggests a gemeente from its first letters, with its region, cached for a day", async () => {
    expect(await lijst("?zoek=tilb")).toEqual([
      { naam: "Tilburg", soort: "gemeente", gemeente: { code: "GM0855", naam: "Tilburg" }, regio: "Midden Brabant" },
    ]);
  });

  it("keeps two places of one name apart by their gemeente (Vianen)", async () => {
    const vianen = await lijst("?zoek=Vianen");
    expect(vianen.map((s) => [s.naam, s.soort, s.gemeente?.naam, s.regio])).toEqual([
      ["Vianen", "woonplaats", "Vijfheerenlanden", "Waardenland"],
      ["Vianen", "woonplaats", "Land van Cuijk", "Noordoost Brabant"],
    ]);
  });

  it("gives the place of a postcode, letters or not, and nothing for an unknown one", async () => {
    for (const zoek of ["5038", "5038%20AB", "5038ab"]) {
      expect(await lijst(`?zoek=${zoek}`)).toEqual([
        { naam: "Tilburg", soort: "postcode", postcode: "5038", gemeente: { code: "GM0855", naam: "Tilburg" }, regio: "Midden Brabant" },
      ]);
    }
    expect(await lijst("?zoek=0999")).toEqual([]);
  });

  it("gives null for the gemeente of a village of a split gemeente (Grou)", async () => {
    expect(await lijst("?zoek=Grou")).toContainEqual({ naam: "Grou", soort: "woonplaats", gemeente: null, regio: "Friesland" });
  });

  it("gives at most 8, and only names and regions", async () => {
    const b = await lijst("?zoek=b");
    expect(b).toHaveLength(8);
    for (const s of b) expect(Object.keys(s).sort()).toEqual(["gemeente", "naam", "regio", "soort"]);
  });

  it.each(["?zoek=", "?zoek=%20%20", "?zoek=%25%25%25", "?zoek=qqqqq"])("answers an empty list for %s", async (query) => {
    expect(await lijst(query)).toEqual([]);
  });

  it("answers 400 problem+json in Dutch without zoek, with zoek twice, or over 100 characters", async () => {
    for (const query of ["", "?plaats=Tilburg", "?zoek=Tilburg&zoek=Breda", `?zoek=${"a".repeat(101)}`]) {
      const antwoord = haal(query);
      expect(antwoord.status, query).toBe(400);
      expect(antwoord.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(antwoord.headers.get("cache-control")).toBe("no-store");
      const body = (await antwoord.json()) as { status: number; title: string; detail: string; invalidParams: { name: string }[] };
      expect(body.status).toBe(400);
      expect(body.title).toBe("De invoer klopt niet");
      expect(body.detail).toMatch(/zoekterm/i);
      expect(body.invalidParams[0]?.name).toBe("zoek");
    }
    expect(haal(`?zoek=${"a".repeat(100)}`).status).toBe(200);
  });

  it("is in the OpenAPI document, with its answer schema", () => {
    const document = maakOpenApiDocument();
    expect(document.paths["/api/v1/zorgkantoren/suggesties"].get.parameters[0]).toMatchObject({ name: "zoek", required: true, schema: { maxLength: 100 } });
    expect(document.components.schemas.ZorgkantoorSuggesties).toMatchObject({ type: "object" });
  });
});
