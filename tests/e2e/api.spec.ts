import { expect, test } from "@playwright/test";
import { leesVoorbeelden, verschillen } from "../lib/voorbeelden";

// Runs in the "met-js" project only (playwright.config.ts): the API has no JavaScript to turn off.
test.describe("POST /api/v1/beoordelingen tegen de draaiende app", () => {
  for (const voorbeeld of leesVoorbeelden()) {
    test(`voorbeeld ${voorbeeld.bestand}`, async ({ request }) => {
      const antwoord = await request.post("/api/v1/beoordelingen", { data: voorbeeld.verzoek });
      expect(antwoord.status()).toBe(voorbeeld.status);
      expect(verschillen(await antwoord.json(), voorbeeld.verwacht)).toEqual([]);
    });
  }

  test("413 boven 64 KiB, 415 zonder JSON, 405 voor GET", async ({ request }) => {
    const groot = await request.post("/api/v1/beoordelingen", {
      data: JSON.stringify({ zorgprofiel: "5VV", x: "a".repeat(70_000) }),
      headers: { "content-type": "application/json" },
    });
    expect(groot.status()).toBe(413);
    const tekst = await request.post("/api/v1/beoordelingen", { data: "zorgprofiel=5VV", headers: { "content-type": "text/plain" } });
    expect(tekst.status()).toBe(415);
    expect(tekst.headers()["content-type"]).toContain("application/problem+json");
    expect((await request.get("/api/v1/beoordelingen")).status()).toBe(405);
  });

  test("GET /api/v1/openapi.json is een OpenAPI 3.1-document van dezelfde schema's", async ({ request }) => {
    const antwoord = await request.get("/api/v1/openapi.json");
    expect(antwoord.status()).toBe(200);
    const document = (await antwoord.json()) as { openapi: string; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.components.schemas.Situatie?.properties ?? {})).toContain("zorgprofiel");
    expect(Object.keys(document.components.schemas.Beoordeling?.properties ?? {})).toContain("leveringsvormen");
  });
});
