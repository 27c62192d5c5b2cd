/**
 * The form layer of "Naar het buitenland" (TK-06, TK-07): the GET form's schema with its Dutch
 * errors, the mapping of its answers onto the rules (the tax question is asked the other way
 * round), and the outcome the page shows. rules/buitenland.test.ts covers the rules themselves;
 * these cases go through the form as a person fills it in.
 */
import { describe, expect, it } from "vitest";
import { toekenningPaginas } from "@/content/wizard/toekenning";
import { toekenningPaginas as toekenningEnPaginas } from "@/content/en/wizard/toekenning";
import { formulier } from "@/content/wizard/algemeen";
import { LANDEN, LANDEN_BUITENLAND } from "@/rules/data/landen";
import { parametersOp } from "@/rules/parameters";
import {
  BUITENLAND_VELDEN,
  MAX_WEKEN,
  MIN_WEKEN,
  beoordeelReis,
  belastingOpties,
  buitenlandSchema,
  landOpties,
  situatieUit,
  type BuitenlandStaat,
} from "./buitenland";
import type { Zoekparameters } from "@/lib/wizard/zoek-hulp";
import { tekstVan } from "@/tests/lib/redenen";
import type { Reden } from "@/rules/redenen";

const PEILDATUM = "2026-11-24";
const f = toekenningPaginas.buitenland.fouten;
const u = toekenningPaginas.buitenland.uitkomst;

/** A filled-in form as the browser sends it; tests change only what they are about. */
function reis(overrides: Zoekparameters = {}): Zoekparameters {
  return { land: "ES", weken: "8", palliatief: "nee", belasting: "ja", logeeropvang: "nee", ...overrides };
}

function uitkomst(params: Zoekparameters): Extract<BuitenlandStaat, { soort: "uitkomst" }> {
  const staat = beoordeelReis(params, PEILDATUM);
  if (staat.soort !== "uitkomst") throw new Error(`verwacht een uitkomst, kreeg ${JSON.stringify(staat)}`);
  return staat;
}

function fouten(params: Zoekparameters): Record<string, string> {
  const staat = beoordeelReis(params, PEILDATUM);
  if (staat.soort !== "fout") throw new Error(`verwacht fouten, kreeg ${staat.soort}`);
  return Object.fromEntries(staat.fouten.map((f) => [f.naam, f.tekst]));
}

const teksten = (s: { uitkomst: { redenen: Reden[] } }) => s.uitkomst.redenen.map((r) => tekstVan(r)).join(" ");
const feit = (s: { feiten: { label: string; waarde: string }[] }, label: string) => s.feiten.find((r) => r.label === label)?.waarde;

describe("the country list", () => {
  it("has every country but Nederland, with Dutch names, in Dutch alphabetical order", () => {
    const opties = landOpties();
    expect(opties).toHaveLength(LANDEN.length - 1);
    expect(opties.map((o) => o.waarde)).not.toContain("NL");
    expect(opties).toContainEqual({ waarde: "ES", label: "Spanje" });
    expect(opties).toContainEqual({ waarde: "BQ", label: "Caribisch Nederland" });
    expect(opties).toContainEqual({ waarde: "DE", label: "Duitsland" });
    const namen = opties.map((o) => o.label);
    expect(namen).toEqual([...namen].sort((a, b) => a.localeCompare(b, "nl")));
  });

  it("every option is accepted by the form", () => {
    for (const optie of landOpties()) {
      expect(buitenlandSchema.safeParse(reis({ land: optie.waarde })).success, optie.label).toBe(true);
    }
  });
});

describe("the form's schema", () => {
  it("reads a filled-in form", () => {
    const r = buitenlandSchema.safeParse(reis({ weken: " 8 ", belasting: "weet-niet" }));
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ weken: 8, palliatief: "nee", belasting: "weet-niet", logeeropvang: "nee" });
    expect(r.data?.land.naam).toBe("Spanje");
  });

  it("accepts '8 weken', '1 week' and a lower-case code", () => {
    expect(buitenlandSchema.safeParse(reis({ weken: "8 weken" })).data?.weken).toBe(8);
    expect(buitenlandSchema.safeParse(reis({ weken: "1 week" })).data?.weken).toBe(1);
    expect(buitenlandSchema.safeParse(reis({ land: "ma" })).data?.land.code).toBe("MA");
  });

  it("the limits themselves are allowed: 1 and 104 weeks", () => {
    expect(buitenlandSchema.safeParse(reis({ weken: String(MIN_WEKEN) })).success).toBe(true);
    expect(buitenlandSchema.safeParse(reis({ weken: String(MAX_WEKEN) })).success).toBe(true);
  });

  it.each(["0", "105", "1000", "-3", "- 8", "999999"])("%s weeks: a Dutch error with the range", (weken) => {
    expect(fouten(reis({ weken }))).toEqual({ weken: f.wekenBereik(1, 104) });
  });

  it.each(["8,5", "8.5", "-2,5", "6,5 weken"])("%s weeks: asks for whole weeks", (weken) => {
    expect(fouten(reis({ weken }))).toEqual({ weken: f.wekenGeheel });
  });

  it.each(["acht", "8x", "1e2", "1234567"])("%s weeks: asks for a number", (weken) => {
    expect(fouten(reis({ weken }))).toEqual({ weken: f.wekenGeenGetal });
  });

  it("an empty form gives one Dutch error per field, in the order of the page", () => {
    const staat = beoordeelReis({ land: "", weken: "" }, PEILDATUM);
    expect(staat.soort).toBe("fout");
    if (staat.soort !== "fout") return;
    expect(staat.fouten.map((f) => f.naam)).toEqual([...BUITENLAND_VELDEN]);
    expect(fouten({ land: "", weken: "" })).toEqual({
      land: f.landLeeg,
      weken: f.wekenLeeg,
      palliatief: f.palliatiefLeeg,
      belasting: f.belastingLeeg,
      logeeropvang: f.logeeropvangLeeg,
    });
  });

  it("what was typed is kept with the errors", () => {
    const staat = beoordeelReis(reis({ weken: "1000", palliatief: "" }), PEILDATUM);
    expect(staat).toMatchObject({ soort: "fout", waarden: { land: "ES", weken: "1000", palliatief: "", belasting: "ja" } });
  });

  it.each(["NL", "XX", "Spanje"])("country %s is not in the list: an error", (land) => {
    expect(fouten(reis({ land }))).toEqual({ land: f.landOnbekend });
  });

  it("forged answers are refused, not guessed; a repeated one cannot be read", () => {
    expect(fouten(reis({ palliatief: "misschien", belasting: "soms", logeeropvang: ["ja", "nee"] }))).toEqual({
      palliatief: formulier.fouten.kiesEen,
      belasting: formulier.fouten.kiesEen,
      logeeropvang: formulier.fouten.ongeldig,
    });
  });

  it("a field too long is refused before it is read", () => {
    expect(fouten(reis({ weken: "8".repeat(500) })).weken).toBe("Gebruik voor het aantal weken niet meer dan 200 tekens.");
  });

  it("opened without a query: the start, no errors; a name the form does not have is not read", () => {
    expect(beoordeelReis({}, PEILDATUM)).toEqual({ soort: "start", waarden: {} });
    expect(beoordeelReis({ utm_source: "x" }, PEILDATUM)).toEqual({ soort: "start", waarden: {} });
    expect(beoordeelReis({ ...reis(), anders: "x" }, PEILDATUM)).toEqual(beoordeelReis(reis(), PEILDATUM));
  });

  it("the tax question has ja, nee and weet ik niet", () => {
    expect(belastingOpties().map((o) => o.waarde)).toEqual(["ja", "nee", "weet-niet"]);
  });
});

describe("the answers for the rules", () => {
  const lees = (params: Zoekparameters) => {
    const r = buitenlandSchema.safeParse(params);
    if (!r.success) throw new Error("ongeldig");
    return situatieUit(r.data);
  };

  it("zorgverleners UNDER Dutch tax law ('ja') are not outside it; 'nee' is; 'weet niet' is left open", () => {
    expect(lees(reis({ belasting: "ja" })).zorgverlenersBuitenNederlandseBelasting).toBe(false);
    expect(lees(reis({ belasting: "nee" })).zorgverlenersBuitenNederlandseBelasting).toBe(true);
    expect(lees(reis({ belasting: "weet-niet" }))).not.toHaveProperty("zorgverlenersBuitenNederlandseBelasting");
  });

  it("palliatief and logeeropvang are asked, so they are always given", () => {
    expect(lees(reis({ palliatief: "ja", logeeropvang: "ja" }))).toMatchObject({ land: "ES", weken: 8, palliatiefTerminaal: true, logeeropvang: true });
    expect(lees(reis())).toMatchObject({ palliatiefTerminaal: false, logeeropvang: false });
  });
});

describe("the outcome through the form", () => {
  it("Spanje 8 weeks, zorgverleners outside Dutch tax law: allowed, one year, report it, lowered to 85%", () => {
    const s = uitkomst(reis({ land: "ES", weken: "8", belasting: "nee" }));
    expect(s.uitkomst).toMatchObject({ uitkomst: "ja", maximaleDuurWeken: 52, meldplicht: true, aanvaardbaarheidspercentage: 85 });
    expect(s.land.naam).toBe("Spanje");
    expect(feit(s, u.reisLabel)).toBe("Spanje, 8 weken");
    expect(feit(s, u.maxDuurLabel)).toBe(u.maxDuurJaar(52));
    expect(feit(s, u.meldenLabel)).toBe(u.meldenJa);
    expect(feit(s, u.verlagingLabel)).toBe(u.verlaging(85));
    expect(s.uitkomst.redenen.map((r) => r.regel)).toEqual(expect.arrayContaining(["TK-06", "TK-07"]));
  });

  it("Spanje 8 weeks with Dutch zorgverleners: not lowered, no lowering row", () => {
    const s = uitkomst(reis({ land: "ES", weken: "8", belasting: "ja" }));
    expect(s.uitkomst).toMatchObject({ uitkomst: "ja", aanvaardbaarheidspercentage: null });
    expect(feit(s, u.verlagingLabel)).toBeUndefined();
  });

  it("Marokko 14 weeks: not allowed, 13 weeks at most", () => {
    const s = uitkomst(reis({ land: "MA", weken: "14" }));
    expect(s.uitkomst).toMatchObject({ uitkomst: "nee", maximaleDuurWeken: 13, meldplicht: true });
    expect(feit(s, u.maxDuurLabel)).toBe(u.maxDuurWeken(13));
    // Answered "nee": no hint about palliatief terminale zorg.
    expect(teksten(s)).not.toContain("Koopt u palliatief");
  });

  it("Marokko 14 weeks with palliatief terminale zorg: allowed, one year", () => {
    const s = uitkomst(reis({ land: "MA", weken: "14", palliatief: "ja" }));
    expect(s.uitkomst).toMatchObject({ uitkomst: "ja", maximaleDuurWeken: 52 });
    expect(feit(s, u.maxDuurLabel)).toBe(u.maxDuurJaar(52));
    expect(teksten(s)).toContain("palliatief terminale zorg");
  });

  it("Noorwegen 53 weeks: longer than one year in the EER, not allowed; 52 is", () => {
    expect(uitkomst(reis({ land: "NO", weken: "53" })).uitkomst).toMatchObject({ uitkomst: "nee", maximaleDuurWeken: 52 });
    expect(uitkomst(reis({ land: "NO", weken: "52" })).uitkomst.uitkomst).toBe("ja");
  });

  it("Japan 8 weeks, zorgverleners outside Dutch tax law: no percentage known, ask the zorgkantoor", () => {
    const s = uitkomst(reis({ land: "JP", weken: "8", belasting: "nee" }));
    expect(s.uitkomst).toMatchObject({ uitkomst: "navragen", maximaleDuurWeken: 13, meldplicht: true, aanvaardbaarheidspercentage: null });
    expect(feit(s, u.verlagingLabel)).toBeUndefined();
    expect(teksten(s)).toContain("Vraag het aan uw zorgkantoor");
  });

  it("Japan 8 weeks, 'weet ik niet': the lowering is not known, so ask the zorgkantoor (navragen), with the percentage from the zorgkantoor", () => {
    const s = uitkomst(reis({ land: "JP", weken: "8", belasting: "weet-niet" }));
    expect(s.uitkomst).toMatchObject({ uitkomst: "navragen", aanvaardbaarheidspercentage: null });
    expect(feit(s, u.verlagingLabel)).toBeUndefined();
    expect(teksten(s)).toContain("opvragen bij uw zorgkantoor");
  });

  it("logeeropvang in Noorwegen (EER, not EU): the stay as planned is not possible, and its reasons say why", () => {
    const s = uitkomst(reis({ land: "NO", weken: "4", logeeropvang: "ja" }));
    expect(s.uitkomst.uitkomst).toBe("nee");
    expect(teksten(s)).toContain("Logeeropvang kunt u alleen binnen de Europese Unie inkopen.");
    expect(uitkomst(reis({ land: "NO", weken: "4", logeeropvang: "nee" })).uitkomst.uitkomst).toBe("ja");
  });

  it("logeeropvang in Spanje (EU): allowed; not wanted: not shown", () => {
    expect(uitkomst(reis({ logeeropvang: "ja" })).uitkomst.logeeropvang?.uitkomst).toBe("ja");
    expect(uitkomst(reis({ logeeropvang: "nee" })).uitkomst.logeeropvang).toBeUndefined();
  });

  it("6 weeks: no report needed", () => {
    const s = uitkomst(reis({ weken: "6", belasting: "nee" }));
    expect(s.uitkomst).toMatchObject({ meldplicht: false, aanvaardbaarheidspercentage: null });
    expect(feit(s, u.meldenLabel)).toBe(u.meldenNee);
  });

  it("1 week reads '1 week'", () => {
    expect(feit(uitkomst(reis({ weken: "1" })), u.reisLabel)).toBe("Spanje, 1 week");
  });

  // The brochure's table of aanvaardbaarheidspercentages, picked from the list as a person would.
  const TABEL = [
    { naam: "België", percentage: 100, max: 52 },
    { naam: "Caribisch Nederland", percentage: 60, max: 13 },
    { naam: "Duitsland", percentage: 100, max: 52 },
    { naam: "Frankrijk", percentage: 100, max: 52 },
    { naam: "Marokko", percentage: 30, max: 13 },
    { naam: "Portugal", percentage: 69, max: 52 },
    { naam: "Spanje", percentage: 85, max: 52 },
    { naam: "Suriname", percentage: 48, max: 13 },
    { naam: "Turkije", percentage: 41, max: 13 },
  ];

  it.each(TABEL)("$naam, 8 weeks outside Dutch tax law: lowered to $percentage%, at most $max weeks", ({ naam, percentage, max }) => {
    const optie = landOpties().find((o) => o.label === naam);
    expect(optie, `${naam} staat in de lijst`).toBeDefined();
    const s = uitkomst(reis({ land: optie?.waarde ?? "", weken: "8", belasting: "nee" }));
    expect(s.uitkomst).toMatchObject({ uitkomst: "ja", maximaleDuurWeken: max, aanvaardbaarheidspercentage: percentage });
    expect(feit(s, u.verlagingLabel)).toBe(u.verlaging(percentage));
    expect(feit(s, u.maxDuurLabel)).toBe(max === 52 ? u.maxDuurJaar(52) : u.maxDuurWeken(13));
  });

  it("the table above is the whole table of the data", () => {
    const codes = Object.keys(parametersOp(PEILDATUM).brochure.aanvaardbaarheidspercentages);
    const namen = LANDEN_BUITENLAND.filter((l) => codes.includes(l.code)).map((l) => l.naam);
    expect(namen.sort()).toEqual(TABEL.map((r) => r.naam).sort());
  });
});

describe("in English (docs/decisions/032-talen.md)", () => {
  const en = toekenningEnPaginas.buitenland;

  it("gives the errors in English, the Dutch schema unchanged", () => {
    const staat = beoordeelReis(reis({ land: "", weken: "8,5" }), PEILDATUM, "en");
    expect(staat.soort === "fout" && staat.fouten).toEqual([
      { naam: "land", tekst: en.fouten.landLeeg },
      { naam: "weken", tekst: en.fouten.wekenGeheel },
    ]);
    expect(fouten(reis({ land: "" })).land).toBe(f.landLeeg);
  });

  it("names the country and the facts in English, and takes '8 weeks'", () => {
    const staat = beoordeelReis(reis({ land: "US", weken: "8 weeks" }), PEILDATUM, "en");
    if (staat.soort !== "uitkomst") throw new Error(`verwacht een uitkomst, kreeg ${staat.soort}`);
    expect(staat.feiten[0]).toEqual({ label: en.uitkomst.reisLabel, waarde: "United States, 8 weeks" });
  });

  it("lists the countries by English name, in English order, with the English 'I do not know'", () => {
    const namen = landOpties("en").map((o) => o.label);
    expect(namen).toContain("Germany");
    expect(namen).toEqual([...namen].sort((a, b) => a.localeCompare(b, "en")));
    expect(belastingOpties("en").map((o) => o.label)).toEqual(["Yes", "No", en.belasting.weetNiet]);
  });
});
