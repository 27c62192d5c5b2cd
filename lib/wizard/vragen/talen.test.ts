/**
 * A question's schema speaks the page's language (docs/decisions/032-talen.md, addendum on
 * questions): the same schema in the browser (formulier-schemas.ts) and in the server action
 * (`schemaVan`), its messages English on an English page and Dutch as before on a Dutch one.
 */
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { formulier as formulierEn } from "@/content/en/wizard/algemeen";
import { indicatieVragen as indicatieEn } from "@/content/en/wizard/indicatie";
import { start as startEn } from "@/content/en/start";
import { start } from "@/content/start";
import { formulier } from "@/content/wizard/algemeen";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { laadSchema } from "../formulier-schemas";
import { startSchemaIn } from "../start";
import { MAX_TEKST, type Antwoorden } from "../antwoorden";
import type { VraagContext } from "../types";
import { schemaVan, vraagVoor } from ".";

function vraag(slug: string) {
  const gevonden = vraagVoor(slug);
  if (gevonden === null) throw new Error(slug);
  return gevonden;
}

/** The first message per field. */
function fouten(schema: z.ZodType, waarden: Record<string, unknown>): Record<string, string> {
  const r = schema.safeParse(waarden);
  if (r.success) return {};
  const uit: Record<string, string> = {};
  for (const issue of r.error.issues) uit[String(issue.path[0])] ??= issue.message;
  return uit;
}

describe("schemas in the page's language", () => {
  it("stap 1's questions say what is missing in English on an English page, in Dutch on a Dutch one", () => {
    expect(fouten(schemaVan(vraag("heeft-indicatie"), "en"), {})).toEqual({ heeftIndicatie: indicatieEn.heeftIndicatie.leeg });
    expect(fouten(schemaVan(vraag("heeft-indicatie"), "nl"), {})).toEqual({ heeftIndicatie: indicatieVragen.heeftIndicatie.leeg });
    expect(fouten(schemaVan(vraag("zorgbehoefte"), "en"), {})).toEqual({ zorgbehoefte: indicatieEn.zorgbehoefte.leeg });
    expect(fouten(schemaVan(vraag("leeftijd"), "en"), {})).toEqual({ jongerDan18: indicatieEn.leeftijd.leeg });
    expect(fouten(schemaVan(vraag("zorgprofiel"), "en"), { zorgprofiel: "" })).toEqual({ zorgprofiel: indicatieEn.zorgprofiel.leeg });
    expect(fouten(schemaVan(vraag("zorgprofiel"), "en"), { zorgprofiel: "ZP 99 XX" })).toEqual({ zorgprofiel: indicatieEn.zorgprofiel.onbekend });
  });

  it("the shared messages (another value, too long, unreadable) come out in English", () => {
    expect(fouten(schemaVan(vraag("heeft-indicatie"), "en"), { heeftIndicatie: "misschien" })).toEqual({ heeftIndicatie: formulierEn.fouten.kiesEen });
    expect(fouten(schemaVan(vraag("heeft-indicatie"), "en"), { heeftIndicatie: ["ja", "nee"] })).toEqual({ heeftIndicatie: formulierEn.fouten.kiesEen });
    expect(fouten(schemaVan(vraag("zorgprofiel"), "en"), { zorgprofiel: ["VV 5", "VV 6"] })).toEqual({ zorgprofiel: formulierEn.fouten.ongeldig });
    const teLang = fouten(schemaVan(vraag("zorgprofiel"), "en"), { zorgprofiel: "x".repeat(MAX_TEKST + 1) });
    expect(teLang).toEqual({ zorgprofiel: `The zorgprofiel must be ${MAX_TEKST} characters or fewer.` });
    // Dutch is unchanged.
    expect(fouten(schemaVan(vraag("zorgprofiel"), "nl"), { zorgprofiel: "x".repeat(MAX_TEKST + 1) })).toEqual({
      zorgprofiel: formulier.fouten.teLang("het zorgprofiel", MAX_TEKST),
    });
  });

  it("the schema the browser loads is the one the server checks with, per language", async () => {
    expect(await laadSchema("heeft-indicatie", "en")).toBe(schemaVan(vraag("heeft-indicatie"), "en"));
    expect(await laadSchema("heeft-indicatie", "nl")).toBe(vraag("heeft-indicatie").schema);
    expect(await laadSchema("start", "en")).toBe(startSchemaIn("en"));
    expect(await laadSchema("start")).toBe(startSchemaIn("nl"));
  });

  it("a language only changes the words: the same input gives the same answer", () => {
    for (const slug of ["heeft-indicatie", "zorgprofiel", "zorgbehoefte", "leeftijd"]) {
      const v = vraag(slug);
      const waarden = v.waarden({ heeftIndicatie: "ja", zorgprofiel: "VV 5", zorgbehoefte: "nee", jongerDan18: "nee" });
      expect(schemaVan(v, "en").safeParse(waarden), slug).toEqual(v.schema.safeParse(waarden));
    }
  });

  it("the start form says what is missing in English", () => {
    expect(fouten(startSchemaIn("en"), {})).toEqual({ voorWie: startEn.voorWie.fout });
    expect(fouten(startSchemaIn("nl"), {})).toEqual({ voorWie: start.voorWie.fout });
    expect(fouten(startSchemaIn("en"), { voorWie: "familie", naamAanvrager: "x".repeat(MAX_TEKST + 1) })).toEqual({ naamAanvrager: startEn.voorWie.naamTeLang });
  });
});

describe("stap 2 in English", () => {
  it("where to live and who arranges say what is missing in English; the days too", async () => {
    const { keuzeVragen: en } = await import("@/content/en/wizard/keuze");
    expect(fouten(schemaVan(vraag("woonwens"), "en"), {})).toEqual({ woonwens: en.woonwens.leeg });
    expect(fouten(schemaVan(vraag("woonwens"), "en"), { woonwens: "deeltijd", dagenPer14: "" })).toEqual({ dagenPer14: en.woonwens.dagenLeeg });
    expect(fouten(schemaVan(vraag("woonwens"), "en"), { woonwens: "deeltijd", dagenPer14: "a week" })).toEqual({ dagenPer14: en.woonwens.dagenGeenGetal });
    expect(schemaVan(vraag("woonwens"), "en").parse({ woonwens: "deeltijd", dagenPer14: "7 days" })).toEqual({ woonwens: "deeltijd", dagenPer14: 7 });
    expect(fouten(schemaVan(vraag("regie"), "en"), {})).toEqual({ regie: en.regie.leeg });
  });

  it("the uitkomst page names the forms and their outcome in English", () => {
    const a = { heeftIndicatie: "ja", zorgprofiel: "5VV", woonwens: "thuis", regie: "zelf" } as const;
    const v = vraag("uitkomst");
    const tekst = JSON.stringify(v.uitleg?.({ antwoorden: a, aanspreking: { zelf: true, naam: "the applicant" }, taal: "en" }));
    expect(tekst).toContain("Persoonsgebonden budget (pgb, personal budget): possible");
    expect(tekst).toContain("(Rule LV-");
    expect(tekst).not.toContain("mogelijk");
  });
});

describe("stap 3 in English", () => {
  it("every question of stap 3 says what is missing in English on an English page, in Dutch on a Dutch one", async () => {
    const { aanvraagVragen: en } = await import("@/content/en/wizard/aanvraag");
    const { budgetplanVragen: bpEn } = await import("@/content/en/wizard/budgetplan");
    const { aanvraagVragen: nl } = await import("@/content/wizard/aanvraag");
    expect(fouten(schemaVan(vraag("gewaarborgde-hulp"), "en"), {})).toEqual({ heeftGewaarborgdeHulp: en.gewaarborgdeHulp.leeg });
    expect(fouten(schemaVan(vraag("gewaarborgde-hulp"), "nl"), {})).toEqual({ heeftGewaarborgdeHulp: nl.gewaarborgdeHulp.leeg });
    expect(fouten(schemaVan(vraag("gewaarborgde-hulp"), "en"), { heeftGewaarborgdeHulp: "ja", ghEmail: "x@" })).toEqual({
      ghNaam: en.gewaarborgdeHulp.naamLeeg,
      ghRelatie: en.gewaarborgdeHulp.relatieLeeg,
      ghWettelijkVertegenwoordiger: en.gewaarborgdeHulp.wvLeeg,
      ghEmail: en.gewaarborgdeHulp.emailFout,
    });
    expect(fouten(schemaVan(vraag("weigeringsgronden"), "en"), {})).toEqual({
      failliet: en.weigeringsgronden.failliet.leeg,
      wsnp: en.weigeringsgronden.wsnp.leeg,
      vastWoonadres: en.weigeringsgronden.vastWoonadres.leeg,
      woontInNederland: en.weigeringsgronden.woontInNederland.leeg,
    });
    expect(fouten(schemaVan(vraag("vaardigheden"), "en"), { vaardigheden: ["verzonnen"] })).toEqual({ vaardigheden: formulierEn.fouten.kiesEen });
    expect(fouten(schemaVan(vraag("persoonsgegevens"), "en"), { geboortedatum: "31-02-1950", bsn: "123456789" })).toEqual({
      achternaam: bpEn.persoonsgegevens.achternaamLeeg,
      geboortedatum: bpEn.persoonsgegevens.geboortedatumFout,
      bsn: bpEn.persoonsgegevens.bsnFout,
    });
    expect(fouten(schemaVan(vraag("budgetplan-zorgprofiel"), "en"), { budgetplanZorgprofiel: "" })).toEqual({ budgetplanZorgprofiel: indicatieEn.zorgprofiel.leeg });
    expect(fouten(schemaVan(vraag("reden-pgb"), "en"), {})).toEqual({ redenKeuzePgb: bpEn.reden.leeg });
    expect(fouten(schemaVan(vraag("zorg-inkopen"), "en"), {})).toEqual({ zorgInkopen: bpEn.zorg.leeg });
    expect(fouten(schemaVan(vraag("bedragen"), "en"), { verwachtJaarbudget: "lots" })).toEqual({ verwachtJaarbudget: bpEn.bedragen.budgetFout });
    expect(fouten(schemaVan(vraag("ondertekening"), "en"), { datum1: "morgen" })).toEqual({
      naam1: bpEn.ondertekening.naamLeeg,
      relatie1: bpEn.ondertekening.relatieLeeg,
      datum1: bpEn.ondertekening.datumFout,
    });
    expect(fouten(schemaVan(vraag("zorgkantoor"), "en"), {})).toEqual({ woonplaats: en.zorgkantoor.leeg });
    expect(fouten(schemaVan(vraag("zorgkantoor"), "en"), { woonplaats: "x".repeat(MAX_TEKST + 1) })).toEqual({
      woonplaats: formulierEn.fouten.teLang("the postcode, town or municipality", MAX_TEKST),
    });
  });

  it("the questions' pages, their reasons and their summary rows are English on an English page", () => {
    const a: Antwoorden = {
      heeftIndicatie: "ja",
      zorgprofiel: "5VV",
      heeftGewaarborgdeHulp: "ja",
      gewaarborgdeHulp: { naam: "Ans", relatie: "dochter", isWettelijkVertegenwoordiger: "nee" },
      failliet: "nee",
      vaardigheden: [],
    };
    const ctx: VraagContext = { antwoorden: a, aanspreking: { zelf: true, naam: "the applicant" }, taal: "en" };
    const tekst = ["vaardigheden", "gewaarborgde-hulp", "weigeringsgronden", "persoonsgegevens", "zorg-inkopen", "gesprek", "ondertekening"]
      .map((slug) => JSON.stringify([vraag(slug).titel(ctx), vraag(slug).uitleg?.(ctx), vraag(slug).velden(ctx), vraag(slug).samenvatting(ctx)]))
      .join("\n");
    expect(tekst).toContain("Is a pgb right for you?");
    expect(tekst).toContain("(Rule AV-");
    expect(tekst).toContain("Also legal representative");
    expect(tekst).toContain("The application form for a pgb");
    for (const nederlands of ["Kruis aan", "Heeft u", "Regel AV-", "Vragen over schulden", "Wie ondertekent", "Het aanvraagformulier"]) expect(tekst).not.toContain(nederlands);
  });
});

describe("the budgetplan's zorgverlener form in English", () => {
  it("the browser loads the schema the server checks with, its messages in the page's language", async () => {
    const { zorgverlenerFormulier: en } = await import("@/content/en/wizard/zorgverlener");
    const { zorgverlenerFormulier: nl } = await import("@/content/wizard/zorgverlener");
    const schemaEn = await laadSchema("zorgverlener", "en");
    const schemaNl = await laadSchema("zorgverlener", "nl");
    if (schemaEn === null || schemaNl === null) throw new Error("geen schema");
    expect(fouten(schemaEn, { uren: "", uurtarief: "15.50" })).toMatchObject({ naam: en.naam.leeg, soort: en.soort.leeg, urenPerWeek: en.uren.leeg });
    expect(fouten(schemaEn, { uurtarief: "15.50" })).toMatchObject({ uurtarief: en.uurtarief.punt });
    expect(fouten(schemaNl, {})).toMatchObject({ naam: nl.naam.leeg, soort: nl.soort.leeg });
  });
});
