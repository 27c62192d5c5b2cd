import { describe, expect, it } from "vitest";
import { parametersStaf as en } from "@/content/en/zorgkantoor-staf";
import { parametersStaf as t } from "@/content/zorgkantoor-staf";
import { formulier } from "@/content/wizard/algemeen";
import { leesZoekformulier, MAX_ZOEKWAARDE } from "@/lib/wizard/zoek-hulp";
import { INGEBOUWDE_PARAMETERS, voegParametersSamen } from "@/rules/parameters";
import { leesPeildatum, parameterOverzicht, parametersZoekSchema, parametersZoekSchemaIn } from "./parameters";

const groep = (peildatum: string, sleutel: string) => parameterOverzicht(peildatum).find((g) => g.sleutel === sleutel);

describe("leesPeildatum", () => {
  it("reads dd-mm-jjjj", () => {
    expect(leesPeildatum("01-06-2024")).toEqual({ ok: true, peildatum: "2024-06-01" });
    expect(leesPeildatum(" 24-11-2026 ")).toEqual({ ok: true, peildatum: "2026-11-24" });
  });

  it("refuses an empty, a non-existent or a malformed date", () => {
    expect(leesPeildatum("")).toEqual({ ok: false, fout: t.fout.leeg });
    expect(leesPeildatum("31-02-2026")).toEqual({ ok: false, fout: t.fout.ongeldig });
    expect(leesPeildatum("2026-11-24")).toEqual({ ok: false, fout: t.fout.ongeldig });
    expect(leesPeildatum("1".repeat(1000))).toEqual({ ok: false, fout: t.fout.ongeldig });
  });

  it("in English: the same dates, the errors in English (docs/decisions/032-talen.md)", () => {
    expect(leesPeildatum("01-06-2024", "en")).toEqual({ ok: true, peildatum: "2024-06-01" });
    expect(leesPeildatum("", "en")).toEqual({ ok: false, fout: en.fout.leeg });
    expect(leesPeildatum("31-02-2026", "en")).toEqual({ ok: false, fout: en.fout.ongeldig });
    expect(leesZoekformulier({ datum: "x" }, parametersZoekSchemaIn("en"))).toMatchObject({ fouten: [{ naam: "datum", tekst: en.fout.ongeldig }] });
    expect(en.fout.ongeldig).not.toBe(t.fout.ongeldig);
  });
});

describe("parametersZoekSchema, read as the page reads its query", () => {
  const lees = (params: Record<string, string | string[]>) => leesZoekformulier(params, parametersZoekSchema);

  it("no datum: the page was opened (it shows today); a name the form does not have is not read", () => {
    expect(lees({})).toEqual({ soort: "start", waarden: {} });
    expect(lees({ utm_source: "mail" })).toEqual({ soort: "start", waarden: {} });
    expect(lees({ datum: "01-06-2024", utm_source: "mail" })).toEqual(lees({ datum: "01-06-2024" }));
  });

  it("a date as typed gives its IsoDatum; the text stays as typed", () => {
    expect(lees({ datum: " 24-11-2026 " })).toEqual({ soort: "ok", waarden: { datum: " 24-11-2026 " }, data: { datum: "2026-11-24" } });
  });

  it("an empty, a non-existent or a repeated date: the field's Dutch error, the text kept", () => {
    expect(lees({ datum: "" })).toEqual({ soort: "fout", waarden: { datum: "" }, fouten: [{ naam: "datum", tekst: t.fout.leeg }] });
    expect(lees({ datum: "31-02-2026" })).toEqual({ soort: "fout", waarden: { datum: "31-02-2026" }, fouten: [{ naam: "datum", tekst: t.fout.ongeldig }] });
    expect(lees({ datum: "1".repeat(MAX_ZOEKWAARDE) })).toMatchObject({ soort: "fout", fouten: [{ naam: "datum", tekst: t.fout.ongeldig }] });
    expect(lees({ datum: ["01-06-2024", "02-06-2024"] })).toMatchObject({ soort: "fout", fouten: [{ naam: "datum", tekst: formulier.fouten.ongeldig }] });
  });
});

describe("parameterOverzicht", () => {
  it("on 2024-06-01 every group is known, with its date and source", () => {
    const overzicht = parameterOverzicht("2024-06-01");
    expect(overzicht.map((g) => g.sleutel)).toEqual(["maximumtarieven", "toeslagen", "eigenBijdrage", "brochure"]);
    const tarieven = groep("2024-06-01", "maximumtarieven");
    expect(tarieven?.geldigVanaf).toBe("2024-01-01");
    expect(tarieven?.bron).toContain("2024");
    expect(tarieven?.regels.map((r) => r.waarde)).toEqual(["€ 77,00", "€ 24,44", "€ 70,88"]);
    expect(groep("2024-06-01", "toeslagen")?.regels.map((r) => r.waarde)).toEqual(["€ 5.326,00", null, "+6,37%"]);
    expect(groep("2024-06-01", "eigenBijdrage")?.regels[0]?.waarde).toBe("10%");
    expect(groep("2024-06-01", "eigenBijdrage")?.regels[1]?.waarde).toBe("€ 200,40");
  });

  it("on 2026-11-24 the maximumtarieven are unknown, the eigen bijdrage of 2026 known", () => {
    const tarieven = groep("2026-11-24", "maximumtarieven");
    expect(tarieven?.geldigVanaf).toBe("2026-01-01");
    expect(tarieven?.regels.every((r) => r.waarde === null)).toBe(true);
    expect(groep("2026-11-24", "eigenBijdrage")?.regels[1]?.waarde).toBe("€ 212,60");
  });

  it("before the first set a whole group is unknown; the brochure always applies", () => {
    const eigenBijdrage = groep("2020-01-01", "eigenBijdrage");
    expect(eigenBijdrage?.geldigVanaf).toBeNull();
    expect(eigenBijdrage?.bron).toBeNull();
    const brochure = groep("2020-01-01", "brochure");
    expect(brochure?.geldigVanaf).toBe("2022-01-01");
    expect(brochure?.regels.find((r) => r.label === t.label.wekenPerMaand)?.waarde).toBe("4,33");
    expect(brochure?.regels.find((r) => r.label === t.label.deeltijdverblijfDagenPer14)?.waarde).toBe(t.waarde.dagenPer14([7, 8, 9]));
    expect(brochure?.regels.find((r) => r.label === t.label.aanvaardbaarheidspercentages)?.waarde).toContain("België: 100%");
  });

  it("in English: the same values, with English headings, labels and words", () => {
    const nlOverzicht = parameterOverzicht("2024-06-01");
    const enOverzicht = parameterOverzicht("2024-06-01", undefined, "en");
    expect(enOverzicht.map((g) => g.kop)).toEqual([en.kop.maximumtarieven, en.kop.toeslagen, en.kop.eigenBijdrage, en.kop.brochure]);
    expect(enOverzicht[0]?.regels.map((r) => r.waarde)).toEqual(nlOverzicht[0]?.regels.map((r) => r.waarde));
    const brochure = enOverzicht.find((g) => g.sleutel === "brochure");
    expect(brochure?.regels.find((r) => r.label === en.label.deeltijdverblijfDagenPer14)?.waarde).toBe("7, 8 or 9 days per 14 days in the institution");
    expect(brochure?.regels.find((r) => r.label === en.label.meldplichtBuitenlandNaWeken)?.waarde).toMatch(/^\d+ weeks$/);
  });
});

describe("parameterOverzicht with a yearly file (PARAMETERS_BESTAND)", () => {
  it("shows the file's 2026 maximum tarieven with their source and the file's name", () => {
    const tarieven = { geldigVanaf: "2026-01-01", professioneelPerUur: 8123, begeleidingGroepPerDagdeel: 7456, nietProfessioneelPerUur: 2589, bron: "Regeling langdurige zorg 2026" };
    const tabel = voegParametersSamen(INGEBOUWDE_PARAMETERS, { maximumtarieven: [tarieven] });
    const parameters = { tabel, herkomst: (entry: object | null | undefined) => (entry === tarieven ? "parameters-2026.json" : null) };
    const [maxima, toeslagen] = parameterOverzicht("2026-06-01", parameters);
    expect(maxima).toMatchObject({ geldigVanaf: "2026-01-01", bron: "Regeling langdurige zorg 2026", uitBestand: "parameters-2026.json" });
    expect(maxima?.regels.map((r) => r.waarde)).toEqual(["€ 81,23", "€ 25,89", "€ 74,56"]);
    expect(toeslagen?.uitBestand).toBeNull();
    // Without the file (the built-in data): unknown, and from no file.
    const [ingebouwd] = parameterOverzicht("2026-06-01");
    expect(ingebouwd).toMatchObject({ uitBestand: null });
    expect(ingebouwd?.regels.every((r) => r.waarde === null)).toBe(true);
  });
});
