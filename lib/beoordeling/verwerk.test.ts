import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/http/json-body";
import { leesVoorbeelden, verschillen } from "@/tests/lib/voorbeelden";
import { antwoordSchema } from "./antwoord";
import { verwerkBeoordeling } from "./verwerk";

const PEILDATUM = "2026-11-24";
const vandaag = () => PEILDATUM;

function verzoek(body: BodyInit | null, contentType: string | null = "application/json", headers: Record<string, string> = {}) {
  const h = new Headers(headers);
  if (contentType !== null) h.set("content-type", contentType);
  return new Request("http://localhost/api/v1/beoordelingen", { method: "POST", body, headers: h });
}

const post = (json: unknown) => verwerkBeoordeling(verzoek(JSON.stringify(json)), vandaag);

describe("POST /api/v1/beoordelingen (handler)", () => {
  for (const voorbeeld of leesVoorbeelden()) {
    it(`example ${voorbeeld.bestand} (${voorbeeld.regels.join(", ")})`, async () => {
      const antwoord = await post(voorbeeld.verzoek);
      expect(antwoord.status).toBe(voorbeeld.status);
      const body: unknown = await antwoord.json();
      expect(verschillen(body, voorbeeld.verwacht)).toEqual([]);
      if (antwoord.status === 200) expect(antwoordSchema.safeParse(body).success).toBe(true);
    });
  }

  it("answers 415 for a body that is not JSON", async () => {
    const antwoord = await verwerkBeoordeling(verzoek("zorgprofiel=5VV", "application/x-www-form-urlencoded"), vandaag);
    expect(antwoord.status).toBe(415);
    expect(antwoord.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  it("answers 415 without a Content-Type", async () => {
    expect((await verwerkBeoordeling(verzoek("{}", null), vandaag)).status).toBe(415);
  });

  it("accepts application/json with a charset and +json types", async () => {
    const body = JSON.stringify({ zorgprofiel: "5VV" });
    expect((await verwerkBeoordeling(verzoek(body, "application/json; charset=utf-8"), vandaag)).status).toBe(200);
    expect((await verwerkBeoordeling(verzoek(body, "application/vnd.pgb+json"), vandaag)).status).toBe(200);
  });

  it("answers 413 over 64 KiB, whatever Content-Length says", async () => {
    const groot = JSON.stringify({ zorgprofiel: "5VV", x: "a".repeat(MAX_BODY_BYTES) });
    expect((await verwerkBeoordeling(verzoek(groot), vandaag)).status).toBe(413);
    expect((await verwerkBeoordeling(verzoek("{}", "application/json", { "content-length": String(MAX_BODY_BYTES + 1) }), vandaag)).status).toBe(413);
  });

  it("answers 400 problem+json for broken JSON, a non-object and invalid UTF-8", async () => {
    for (const body of ["{", "[]", "null", "12", '"5VV"']) {
      const antwoord = await verwerkBeoordeling(verzoek(body), vandaag);
      expect(antwoord.status).toBe(400);
      expect(antwoord.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    expect((await verwerkBeoordeling(verzoek(new Uint8Array([0x7b, 0xff, 0x7d])), vandaag)).status).toBe(400);
  });

  it("names every invalid field with a dotted path", async () => {
    const antwoord = await post({
      zorgprofiel: "5VV",
      leeftijd: -1,
      onbekend: true,
      zorgverleners: [{ naam: "Moeder", urenPerWeek: 200, uurtarief: "15,00" }],
      buitenland: { land: "NL", weken: 0 },
    });
    expect(antwoord.status).toBe(400);
    const body = (await antwoord.json()) as { invalidParams: { name: string; reason: string }[] };
    const namen = body.invalidParams.map((p) => p.name);
    expect(namen).toEqual(
      expect.arrayContaining(["leeftijd", "onbekend", "zorgverleners.0.urenPerWeek", "zorgverleners.0.uurtarief", "buitenland.land", "buitenland.weken"]),
    );
    for (const p of body.invalidParams) expect(p.reason.length).toBeGreaterThan(0);
  });

  it("IND-05: a zorgprofiel that names nothing is a 400 on `zorgprofiel`", async () => {
    const body = (await (await post({ zorgprofiel: "hallo" })).json()) as { status: number; invalidParams: { name: string }[] };
    expect(body.status).toBe(400);
    expect(body.invalidParams.map((p) => p.name)).toEqual(["zorgprofiel"]);
  });

  it("uses the peildatum when given, and today otherwise", async () => {
    const metDatum = (await (await post({ zorgprofiel: "5VV", peildatum: "2024-03-01" })).json()) as { peildatum: string };
    expect(metDatum.peildatum).toBe("2024-03-01");
    const zonder = (await (await post({ zorgprofiel: "5VV" })).json()) as { peildatum: string };
    expect(zonder.peildatum).toBe(PEILDATUM);
    expect((await post({ zorgprofiel: "5VV", peildatum: "2026-02-31" })).status).toBe(400);
  });

  it("property: every generated body gets 200, 400, 413 or 415, never 500", async () => {
    const veld = fc.oneof(
      fc.constant("zorgprofiel"), fc.constant("leeftijd"), fc.constant("woonsituatie"), fc.constant("zorgverleners"),
      fc.constant("pgbJaarbedrag"), fc.constant("uitgavenAanZorg"), fc.constant("buitenland"), fc.constant("dagenInInstellingPer14Dagen"),
      fc.constant("logeeropvangEtmalen"), fc.constant("gewaarborgdeHulp"), fc.constant("peildatum"), fc.string({ maxLength: 12 }),
    );
    const zorgverlener = fc.record(
      {
        naam: fc.oneof(fc.string({ maxLength: 30 }), fc.integer()),
        urenPerWeek: fc.oneof(fc.double(), fc.integer({ min: -5, max: 200 }), fc.string({ maxLength: 8 }), fc.constantFrom("25", "25.5", "1e3")),
        uurtarief: fc.oneof(fc.constantFrom("15.00", "0", "999999999.99", "15,00", "-1"), fc.string({ maxLength: 8 }), fc.double()),
        soort: fc.constantFrom("instelling", "zzp", "persoon", "x"),
        relatie: fc.constantFrom("partner", "familie-1e-graad", "familie-2e-graad", "overig", 3),
        overeenkomst: fc.constantFrom("arbeidsovereenkomst", "opdracht"),
        dagenPerWeek: fc.integer({ min: -1, max: 9 }),
        optingIn: fc.boolean(),
        bigGeregistreerd: fc.boolean(),
        kvkGeregistreerd: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const situatie = fc.record(
      {
        zorgprofiel: fc.oneof(fc.constantFrom("5VV", "ZZP 3 VG", "9B VV", "SGLVG", "GGZ-B", "5GGZ W", "10VV", "2ZGaud", "3LVG", "12XX", ""), fc.string({ maxLength: 20 })),
        leeftijd: fc.oneof(fc.integer({ min: -3, max: 140 }), fc.double()),
        woontInNederland: fc.boolean(),
        vastWoonadres: fc.boolean(),
        failliet: fc.boolean(),
        wsnp: fc.boolean(),
        gewaarborgdeHulp: fc.oneof(fc.boolean(), fc.constant(null)),
        woonsituatie: fc.constantFrom("thuis", "wooninitiatief", "instelling", "boot"),
        dagenInInstellingPer14Dagen: fc.integer({ min: -1, max: 15 }),
        dagbestedingVanInstelling: fc.boolean(),
        zorgverleners: fc.array(zorgverlener, { maxLength: 8 }),
        pgbJaarbedrag: fc.oneof(fc.constantFrom("50000.00", "0.00", "10000", "1.5", "abc"), fc.string({ maxLength: 10 })),
        uitgavenAanZorg: fc.constantFrom("0.00", "4000.00", "1"),
        logeeropvangEtmalen: fc.integer({ min: -1, max: 400 }),
        buitenland: fc.record(
          {
            land: fc.oneof(fc.constantFrom("ES", "MA", "JP", "NO", "BQ", "NL", "es", "XX"), fc.string({ maxLength: 3 })),
            weken: fc.oneof(fc.double(), fc.integer({ min: -1, max: 600 })),
            palliatiefTerminaal: fc.boolean(),
            zorgverlenersBuitenNederlandseBelasting: fc.boolean(),
            logeeropvang: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        peildatum: fc.constantFrom("2024-01-01", "2026-11-24", "2026-13-01", "x"),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      situatie.map((s) => JSON.stringify(s)),
      fc.dictionary(veld, fc.jsonValue({ maxDepth: 3 })).map((d) => JSON.stringify(d)),
      fc.jsonValue({ maxDepth: 4 }).map((j) => JSON.stringify(j)),
      fc.string({ maxLength: 40 }),
    );
    const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded");
    await fc.assert(
      fc.asyncProperty(body, contentType, async (b, ct) => {
        const antwoord = await verwerkBeoordeling(verzoek(b, ct), vandaag);
        expect([200, 400, 413, 415]).toContain(antwoord.status);
        if (antwoord.status === 200) expect(antwoordSchema.safeParse(await antwoord.json()).success).toBe(true);
      }),
      { seed: 20261124, numRuns: 1000 },
    );
    // A thousand requests are a fixed amount of work, not a time limit: about 4.5 s here, so the
    // default 5 s would fail on a machine twice as slow.
  }, 30_000);
});

/** Corrections found when the rules were checked against the brochure, each as the API shows it. */
describe("POST /api/v1/beoordelingen: the brochure's words, as the API answers them", () => {
  async function beoordeling(json: Record<string, unknown>) {
    const antwoord = await post({ zorgprofiel: "4VG", ...json });
    expect(antwoord.status).toBe(200);
    const body: unknown = await antwoord.json();
    return antwoordSchema.parse(body);
  }
  const regelsVan = (redenen: { regel: string }[]) => redenen.map((r) => r.regel);

  it("ZO-04: a professional above the maximum tarief is navragen (\"met toestemming van het zorgkantoor\"), not nee", async () => {
    const body = await beoordeling({
      peildatum: "2024-06-01",
      zorgverleners: [{ naam: "Thuiszorg B.V.", urenPerWeek: 10, uurtarief: "80.00", soort: "instelling", relatie: "overig" }],
    });
    const maximumtarief = body.budgetplan?.zorgverleners[0]?.maximumtarief;
    expect(maximumtarief?.uitkomst).toBe("navragen");
    expect(maximumtarief?.redenen.map((r) => r.tekst).join(" ")).toContain("toestemming van het zorgkantoor");
  });

  it("each reason keeps tekst in Dutch and adds code and gegevens (docs/decisions/028)", async () => {
    const body = await beoordeling({
      zorgprofiel: "5VV",
      gewaarborgdeHulp: false,
      pgbJaarbedrag: "1000.00",
      zorgverleners: [{ naam: "Buurvrouw", urenPerWeek: 10, uurtarief: "20.00", soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 4 }],
    });
    expect(body.gewaarborgdeHulp.redenen[0]).toEqual({
      regel: "AV-02",
      tekst: "Met zorgprofiel ZP 5 VV is een gewaarborgde hulp verplicht. Dat is iemand die u helpt met de zorg en de administratie van het pgb.",
      bron: expect.any(String),
      code: "av.hulp-verplicht",
      gegevens: { zorgprofiel: "ZP 5 VV" },
    });
    expect(body.budgetplan?.redenen.find((r) => r.code === "bp.buiten-budget")?.gegevens).toEqual({ totaal: 1039200, pgb: 100000, tekort: 939200 });
    expect(body.budgetplan?.zorgverleners[0]?.redenen.find((r) => r.code === "zo.werkgever")?.tekst).toMatch(/^U sluit een arbeidsovereenkomst/);
  });

  it("TK-06: logeeropvang outside the EU shows in buitenland.uitkomst and its redenen, not only in buitenland.logeeropvang", async () => {
    const body = await beoordeling({ buitenland: { land: "NO", weken: 4, logeeropvang: true } });
    expect(body.buitenland?.uitkomst).toBe("nee");
    expect(body.buitenland?.redenen.map((r) => r.tekst).join(" ")).toContain("Logeeropvang kunt u alleen binnen de Europese Unie inkopen.");
    expect(regelsVan(body.buitenland?.redenen ?? [])).toContain("TK-06");
  });

  it("TK-06: palliatiefTerminaal missing makes 14 weeks in Marokko navragen, not nee", async () => {
    const body = await beoordeling({ buitenland: { land: "MA", weken: 14, zorgverlenersBuitenNederlandseBelasting: false } });
    expect(body.buitenland).toMatchObject({ uitkomst: "navragen", maximaleDuurWeken: 13 });
  });

  it("TK-07: zorgverlenersBuitenNederlandseBelasting missing makes the percentage unknown: navragen with null, not \"no lowering\"", async () => {
    const body = await beoordeling({ buitenland: { land: "ES", weken: 8 } });
    expect(body.buitenland).toMatchObject({ uitkomst: "navragen", meldplicht: true, aanvaardbaarheidspercentage: null });
    expect(regelsVan(body.buitenland?.redenen ?? [])).toContain("TK-07");
  });

  it("ZO-04: a peildatum in 2018 (no source for its maximum tarieven) is navragen, not judged by the 2015 figures", async () => {
    const body = await beoordeling({
      peildatum: "2018-06-01",
      zorgverleners: [{ naam: "Buurvrouw", urenPerWeek: 10, uurtarief: "25.00", soort: "persoon", relatie: "overig" }],
    });
    const maximumtarief = body.budgetplan?.zorgverleners[0]?.maximumtarief;
    expect(maximumtarief?.uitkomst).toBe("navragen");
    expect(maximumtarief?.redenen.map((r) => r.tekst).join(" ")).toContain("Het maximumtarief voor 2018 is bij ons niet bekend");
  });

  it("LV-05 / LV-02: 5GGZ W in deeltijdverblijf: the reasons never say the care at home can be bought with a pgb", async () => {
    const body = await beoordeling({ zorgprofiel: "5GGZ W", dagenInInstellingPer14Dagen: 7 });
    expect(body.leveringsvormen.pgb.uitkomst).toBe("nee");
    expect(body.leveringsvormen.deeltijdverblijf.uitkomst).toBe("navragen");
    const tekst = body.leveringsvormen.deeltijdverblijf.redenen.map((r) => r.tekst).join(" ");
    expect(tekst).not.toContain("met een pgb");
    expect(regelsVan(body.leveringsvormen.deeltijdverblijf.redenen)).toContain("LV-02");
  });

  it("DE-05: what is left after the care caps the verantwoordingsvrij bedrag below € 250, and the redenen say so (decision 027)", async () => {
    const body = await beoordeling({ pgbJaarbedrag: "10000.00", uitgavenAanZorg: "9900.00" });
    expect(body.verantwoordingsvrijBedrag).toBe("100.00");
    const tekst = (body.verantwoordingsvrijBedragRedenen ?? []).map((r) => r.tekst).join(" ");
    expect(tekst).toContain("Dat is minder dan het minimum van € 250,00.");
    const niets = await beoordeling({ pgbJaarbedrag: "10000.00", uitgavenAanZorg: "12000.00" });
    expect(niets.verantwoordingsvrijBedrag).toBe("0.00");
    expect((niets.verantwoordingsvrijBedragRedenen ?? []).map((r) => r.tekst).join(" ")).toContain("Dan kunt u geen verantwoordingsvrij bedrag opvragen.");
  });
});
