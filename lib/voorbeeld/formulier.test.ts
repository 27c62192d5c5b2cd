import { describe, expect, it } from "vitest";
import { voorbeeldPagina as en } from "@/content/en/zorgkantoor-voorbeeld";
import { voorbeeldPagina as t } from "@/content/zorgkantoor-voorbeeld";
import type { Verzoek } from "@/lib/beoordeling/verzoek";
import { leesVoorbeelden, verschillen } from "@/tests/lib/voorbeelden";
import { beoordeelFormulier, vraagApi } from "./beoordeel";
import {
  ALLE_VELDEN,
  formulierUitQuery,
  formulierUitVerzoek,
  queryUitFormulier,
  veldVanPad,
  verzoekUitFormulier,
  zvVeld,
} from "./formulier";

const vandaag = () => "2026-11-24";

/** What the browser sends: the query string, read back as Next's searchParams. */
function viaQuery(formulier: Record<string, string>) {
  const params: Record<string, string> = Object.fromEntries(new URLSearchParams(queryUitFormulier(formulier)));
  return formulierUitQuery(params);
}

const moeder = {
  profiel: "5VV",
  wonen: "thuis",
  "zv1-naam": "Moeder",
  "zv1-uren": "25",
  "zv1-tarief": "15,00",
  "zv1-soort": "persoon",
  "zv1-relatie": "familie-1e-graad",
  "zv1-overeenkomst": "opdracht",
  "zv1-dagen": "7",
};

describe("query ↔ request", () => {
  it("reads nothing from a page that was only opened", () => {
    expect(formulierUitQuery({})).toBeNull();
    expect(formulierUitQuery({ onbekend: "x" })).toBeNull();
    expect(formulierUitQuery({ profiel: ["5VV", "6VV"] })).toEqual({ profiel: "5VV" });
  });

  it("names every field once and keeps the query short and readable", () => {
    expect(new Set(ALLE_VELDEN).size).toBe(ALLE_VELDEN.length);
    expect(queryUitFormulier({ profiel: "5VV", leeftijd: "", "zv1-tarief": "15,50" })).toBe("profiel=5VV&zv1-tarief=15%2C50");
  });

  it("turns Dutch amounts, hours and dates into the API's values, and leaves empty fields out", () => {
    const { verzoek, fouten, rijen } = verzoekUitFormulier({
      ...moeder,
      leeftijd: "67",
      nl: "ja",
      failliet: "nee",
      "zv1-uren": "7,25",
      "zv1-tarief": "€ 15,50",
      "zv3-naam": "Buurman",
      "zv3-uren": "4",
      "zv3-tarief": "20",
      budget: "50.000",
      land: "es",
      weken: "8",
      datum: "01-03-2026",
    });
    expect(fouten).toEqual([]);
    expect(rijen).toEqual([1, 3]);
    expect(verzoek).toEqual({
      zorgprofiel: "5VV",
      leeftijd: 67,
      woontInNederland: true,
      failliet: false,
      woonsituatie: "thuis",
      zorgverleners: [
        { naam: "Moeder", urenPerWeek: 7.25, uurtarief: "15.50", soort: "persoon", relatie: "familie-1e-graad", overeenkomst: "opdracht", dagenPerWeek: 7 },
        { naam: "Buurman", urenPerWeek: 4, uurtarief: "20.00" },
      ],
      pgbJaarbedrag: "50000.00",
      buitenland: { land: "es", weken: 8 },
      peildatum: "2026-03-01",
    });
  });

  it("names what it cannot read at its own field", () => {
    const { fouten } = verzoekUitFormulier({ leeftijd: "67 jaar", "zv2-uren": "veel", "zv2-tarief": "15.50", nl: "misschien", weken: "3", datum: "31-02-2026" });
    expect(fouten.map((f) => f.naam)).toEqual(["profiel", "leeftijd", "nl", "zv2-naam", "zv2-uren", "zv2-tarief", "land", "datum"]);
    expect(fouten[0]?.tekst).toBe(t.fout.profielLeeg);
    expect(fouten[1]?.tekst).toBe(t.fout.geheelGetal(t.velden.leeftijd.label));
  });

  it("on an English page names the same fields, in English (docs/decisions/032-talen.md)", () => {
    const situatie = { leeftijd: "67 jaar", "zv2-uren": "veel", "zv2-tarief": "15.50", weken: "3" };
    const nl = verzoekUitFormulier(situatie);
    const engels = verzoekUitFormulier(situatie, "en");
    expect(engels.verzoek).toEqual(nl.verzoek);
    expect(engels.fouten.map((f) => f.naam)).toEqual(nl.fouten.map((f) => f.naam));
    expect(engels.fouten[0]?.tekst).toBe(en.fout.profielLeeg);
    expect(engels.fouten[1]?.tekst).toBe(en.fout.geheelGetal(en.velden.leeftijd.label));
    expect(engels.fouten.find((f) => f.naam === "zv2-naam")?.tekst).toBe(en.fout.verplicht(en.fout.zorgverlenerVeld(2, en.velden.naam.label)));
  });

  it("maps the API's paths back to the page's fields, rows included", () => {
    expect(veldVanPad("zorgverleners.1.uurtarief", [1, 3])).toBe(zvVeld(3, "uurtarief"));
    expect(veldVanPad("buitenland.weken", [])).toBe("weken");
    expect(veldVanPad("leeftijd", [])).toBe("leeftijd");
    expect(veldVanPad("iets", [])).toBe("profiel");
  });
});

describe("round trip: form values → query → request → the API's answer", () => {
  for (const voorbeeld of leesVoorbeelden()) {
    it(`${voorbeeld.bestand}`, async () => {
      const formulier = viaQuery(formulierUitVerzoek(voorbeeld.verzoek as Verzoek));
      expect(formulier).not.toBeNull();
      const { verzoek, fouten } = verzoekUitFormulier(formulier ?? {});
      expect(fouten).toEqual([]);
      const { status, body } = await vraagApi(verzoek, vandaag);
      expect(status).toBe(voorbeeld.status);
      expect(verschillen(body, voorbeeld.verwacht)).toEqual([]);
      // …and the same answer as the request itself
      expect(body).toEqual((await vraagApi(voorbeeld.verzoek, vandaag)).body);
    });
  }

  it("the brochure's mother example with 5VV at home: pgb ja, € 19.488 a year", async () => {
    const uitslag = await beoordeelFormulier(viaQuery(moeder) ?? {}, vandaag);
    expect(uitslag.soort).toBe("antwoord");
    if (uitslag.soort !== "antwoord") return;
    expect(uitslag.antwoord.leveringsvormen.pgb.uitkomst).toBe("ja");
    expect(uitslag.antwoord.budgetplan?.totaalPerJaar).toBe("19488.00");
    expect(JSON.parse(uitslag.json)).toEqual(uitslag.antwoord);
  });

  it("shows the API's invalidParams at the fields, in the right row", async () => {
    const uitslag = await beoordeelFormulier({ profiel: "12XX", "zv2-naam": "A", "zv2-uren": "200", "zv2-tarief": "15", leeftijd: "200" }, vandaag);
    expect(uitslag.soort).toBe("fouten");
    if (uitslag.soort !== "fouten") return;
    expect(uitslag.fouten.map((f) => f.naam)).toEqual(["profiel", "leeftijd", "zv2-uren"]);
    expect(uitslag.json).toContain("invalidParams");
  });

  it("in English the API's errors are at the same fields, with English labels", async () => {
    const uitslag = await beoordeelFormulier({ profiel: "12XX", leeftijd: "200" }, vandaag, "en");
    if (uitslag.soort !== "fouten") throw new Error("verwacht fouten");
    expect(uitslag.fouten.map((f) => f.naam)).toEqual(["profiel", "leeftijd"]);
    expect(uitslag.fouten[1]?.tekst.startsWith(`${en.velden.leeftijd.label}: `)).toBe(true);
  });
});
