import { describe, expect, it } from "vitest";
import { verwerkBeoordeling } from "@/lib/beoordeling/verwerk";
import { ALLE_ZORGPROFIELEN } from "@/rules/zorgprofiel";
import { PROFIEL_KOLOMMEN, profielenMatrix, profielenZoekSchema, profielenZoekSchemaIn, profielVerzoek, SECTOREN } from "./profielen";
import { profielenStaf as profielenStafEn } from "@/content/en/zorgkantoor-staf";
import { profielenStaf } from "@/content/zorgkantoor-staf";
import { formulier } from "@/content/wizard/algemeen";
import { leesZoekformulier } from "@/lib/wizard/zoek-hulp";
import { metTeksten } from "@/content/redenen";

const PEILDATUM = "2026-11-24";

interface ApiAntwoord {
  leveringsvormen: Record<string, { uitkomst: string; redenen: unknown[] }>;
  gewaarborgdeHulp: { verplicht: boolean; redenen: unknown[] };
}

async function api(code: string): Promise<ApiAntwoord> {
  const request = new Request("http://localhost/api/v1/beoordelingen", {
    method: "POST",
    body: JSON.stringify(profielVerzoek(code)),
    headers: { "content-type": "application/json" },
  });
  const antwoord = await verwerkBeoordeling(request, () => PEILDATUM);
  expect(antwoord.status).toBe(200);
  return (await antwoord.json()) as ApiAntwoord;
}

const rijen = profielenMatrix(PEILDATUM).flatMap((groep) => groep.rijen);

describe("profielenMatrix", () => {
  it("has a row for every Wlz profile, once", () => {
    expect(rijen.map((r) => r.zorgprofiel.code).toSorted()).toEqual(ALLE_ZORGPROFIELEN.map((z) => z.code).toSorted());
  });

  it("groups by sector in the Wlz's order, levels in natural order", () => {
    const matrix = profielenMatrix(PEILDATUM);
    expect(matrix.map((g) => g.sector)).toEqual(SECTOREN);
    expect(matrix[0]?.rijen.map((r) => r.zorgprofiel.code)).toEqual(["1VV", "2VV", "3VV", "4VV", "5VV", "6VV", "7VV", "8VV", "9VV", "9BVV", "10VV"]);
    for (const groep of matrix) expect(groep.rijen.every((r) => r.zorgprofiel.sector === groep.sector)).toBe(true);
  });

  it("has every column in every row", () => {
    for (const rij of rijen) expect(rij.cellen.map((c) => c.kolom)).toEqual([...PROFIEL_KOLOMMEN]);
  });

  it("keeps one sector when asked", () => {
    const matrix = profielenMatrix(PEILDATUM, "LVG");
    expect(matrix.map((g) => g.sector)).toEqual(["LVG"]);
    expect(matrix[0]?.rijen).toHaveLength(5);
  });

  it("matches the API's answer for every profile, outcomes and reasons", async () => {
    for (const rij of rijen) {
      const antwoord = await api(rij.zorgprofiel.code);
      for (const cel of rij.cellen) {
        const verwacht =
          cel.kolom === "gewaarborgdeHulp"
            ? { uitkomst: antwoord.gewaarborgdeHulp.verplicht ? "ja" : "nee", redenen: antwoord.gewaarborgdeHulp.redenen }
            : antwoord.leveringsvormen[cel.kolom];
        expect({ profiel: rij.zorgprofiel.code, kolom: cel.kolom, uitkomst: cel.uitkomst, redenen: metTeksten(cel.redenen) }).toEqual({
          profiel: rij.zorgprofiel.code,
          kolom: cel.kolom,
          ...verwacht,
        });
      }
    }
  });

  it("a few known cells: 5VV pgb ja and gewaarborgde hulp verplicht; 9BVV no pgb; 5GGZ-W deeltijd open", () => {
    const cel = (code: string, kolom: string) =>
      rijen.find((r) => r.zorgprofiel.code === code)?.cellen.find((c) => c.kolom === kolom)?.uitkomst;
    expect(cel("5VV", "pgb")).toBe("ja");
    expect(cel("5VV", "gewaarborgdeHulp")).toBe("ja");
    expect(cel("5VV", "vpt")).toBe("navragen");
    expect(cel("9BVV", "pgb")).toBe("nee");
    expect(cel("9BVV", "pgbMetMpt")).toBe("nee");
    expect(cel("9BVV", "deeltijdverblijf")).toBe("nee");
    expect(cel("5GGZ-W", "pgb")).toBe("nee");
    expect(cel("5GGZ-W", "deeltijdverblijf")).toBe("navragen");
    expect(cel("1VV", "pgb")).toBe("navragen");
    expect(cel("SGLVG", "verblijf")).toBe("ja");
  });
});

describe("profielenZoekSchema, read as the page reads its query", () => {
  const lees = (params: Record<string, string | string[]>) => leesZoekformulier(params, profielenZoekSchema);

  it("no sector, or the empty choice: every sector", () => {
    expect(lees({})).toEqual({ soort: "start", waarden: {} });
    expect(lees({ sector: "" })).toEqual({ soort: "ok", waarden: { sector: "" }, data: { sector: undefined } });
  });

  it("a sector of the list; a name the form does not have is not read", () => {
    for (const sector of SECTOREN) expect(lees({ sector })).toEqual({ soort: "ok", waarden: { sector }, data: { sector } });
    expect(lees({ sector: "VV", fbclid: "x" })).toEqual(lees({ sector: "VV" }));
  });

  it("an unknown or a repeated sector: the field's Dutch error, never a 500", () => {
    expect(lees({ sector: "XX" })).toEqual({ soort: "fout", waarden: { sector: "XX" }, fouten: [{ naam: "sector", tekst: profielenStaf.fout.onbekendeSector }] });
    expect(lees({ sector: "toString" })).toMatchObject({ soort: "fout", fouten: [{ naam: "sector", tekst: profielenStaf.fout.onbekendeSector }] });
    expect(lees({ sector: ["VV", "VG"] })).toMatchObject({ soort: "fout", fouten: [{ naam: "sector", tekst: formulier.fouten.ongeldig }] });
  });

  it("on an English page the unknown sector's error is English (docs/decisions/032-talen.md)", () => {
    expect(leesZoekformulier({ sector: "XX" }, profielenZoekSchemaIn("en"))).toMatchObject({ fouten: [{ naam: "sector", tekst: profielenStafEn.fout.onbekendeSector }] });
    expect(profielenStafEn.fout.onbekendeSector).not.toBe(profielenStaf.fout.onbekendeSector);
  });
});
