/** What every question page must do: Dutch errors on empty and forged input, bounded text, round trips. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formulier } from "@/content/wizard/algemeen";
import { antwoordenSchema, MAX_TEKST, type Antwoorden } from "../antwoorden";
import { aanspreking, isBeantwoord } from "../journey";
import type { VeldDefinitie, VraagContext, VraagDefinitie, Waarden } from "../types";
import { VRAGEN, vraagVoor } from "./index";
import { doorloop, invoer } from "./testhulp";

/** The fields each page must complain about when posted empty; info pages and AV-01 accept it. */
const VERPLICHT_BIJ_LEEG: Record<string, string[]> = {
  "heeft-indicatie": ["heeftIndicatie"],
  zorgprofiel: ["zorgprofiel"],
  zorgbehoefte: ["zorgbehoefte"],
  leeftijd: ["jongerDan18"],
  woonwens: ["woonwens"],
  regie: ["regie"],
  uitkomst: [],
  vaardigheden: [],
  "gewaarborgde-hulp": ["heeftGewaarborgdeHulp"],
  weigeringsgronden: ["failliet", "wsnp", "vastWoonadres", "woontInNederland"],
  persoonsgegevens: ["achternaam", "geboortedatum", "bsn"],
  "budgetplan-zorgprofiel": ["budgetplanZorgprofiel"],
  "reden-pgb": ["redenKeuzePgb"],
  "zorg-inkopen": ["zorgInkopen"],
  zorgverleners: [],
  // The verwacht jaarbudget may stay empty: not known yet.
  bedragen: [],
  ondertekening: ["naam1", "relatie1"],
  zorgkantoor: ["woonplaats"],
  gesprek: [],
};

/** Form fields that store under another key of `Antwoorden` (the gewaarborgde hulp's details). */
const GH_VELDEN = ["ghNaam", "ghRelatie", "ghWettelijkVertegenwoordiger", "ghTelefoon", "ghEmail"];
/** Form fields of the budgetplan that store inside `persoonsgegevens` and `ondertekening`. */
const BUDGETPLAN_VELDEN = ["achternaam", "geboortedatum", "bsn", "naam1", "relatie1", "datum1", "naam2", "relatie2", "datum2"];

const VOORBEELDEN: Antwoorden[] = [
  doorloop(invoer()),
  doorloop(invoer({ "heeft-indicatie": { heeftIndicatie: "nee" } })),
  doorloop(invoer({ "heeft-indicatie": { heeftIndicatie: "nee" }, zorgbehoefte: { zorgbehoefte: "weet-niet" } })),
  doorloop(invoer({ woonwens: { woonwens: "deeltijd", dagenPer14: "8" }, zorgprofiel: { zorgprofiel: "VV4" } })),
  doorloop(invoer({ zorgprofiel: { zorgprofiel: "VG wonen met begeleiding en verzorging" }, regie: { regie: "allebei" } })),
  doorloop(
    invoer({
      vaardigheden: {},
      "gewaarborgde-hulp": { heeftGewaarborgdeHulp: "nee", ghNaam: "wordt genegeerd" },
      weigeringsgronden: { failliet: "ja", wsnp: "ja", vastWoonadres: "nee", woontInNederland: "nee" },
    }),
  ),
  doorloop(invoer({ "gewaarborgde-hulp": { heeftGewaarborgdeHulp: "ja", ghNaam: "Piet", ghRelatie: "buurman", ghWettelijkVertegenwoordiger: "ja" } })),
];

const VOLLEDIG = VOORBEELDEN[0] ?? {};

function ctx(a: Antwoorden): VraagContext {
  return { antwoorden: a, aanspreking: aanspreking(a) };
}

function foutVelden(vraag: VraagDefinitie, waarden: Waarden): Record<string, string> {
  const resultaat = vraag.schema.safeParse(waarden);
  if (resultaat.success) return {};
  return Object.fromEntries(resultaat.error.issues.map((i) => [String(i.path[0]), i.message]));
}

function keuzeVelden(velden: VeldDefinitie[]) {
  return velden.filter((v) => v.soort === "radio" || v.soort === "checkboxes");
}

/** Valid values for the page, from the first journey that answered it. */
function geldigeWaarden(vraag: VraagDefinitie): Waarden {
  return vraag.waarden(VOORBEELDEN.find((a) => isBeantwoord(vraag.slug, a)) ?? VOLLEDIG);
}

describe("VRAGEN", () => {
  it("has one module per page, each slug once, findable by slug", () => {
    expect(VRAGEN.map((v) => v.slug)).toEqual(Object.keys(VERPLICHT_BIJ_LEEG));
    for (const vraag of VRAGEN) expect(vraagVoor(vraag.slug)).toBe(vraag);
    expect(vraagVoor("bestaat-niet")).toBeNull();
  });

  it("names every field after the answer it stores", () => {
    const sleutels = new Set([...Object.keys(antwoordenSchema.shape), ...GH_VELDEN, ...BUDGETPLAN_VELDEN]);
    for (const vraag of VRAGEN) for (const veld of vraag.velden(ctx(VOLLEDIG))) expect(sleutels).toContain(veld.naam);
  });
});

describe.each(VRAGEN.map((v) => [v.slug, v] as const))("%s", (slug, vraag) => {
  const velden = vraag.velden(ctx(VOLLEDIG));

  it("posted empty: a Dutch error on each required field, linked by its name", () => {
    const fouten = foutVelden(vraag, {});
    expect(Object.keys(fouten).sort()).toEqual([...(VERPLICHT_BIJ_LEEG[slug] ?? [])].sort());
    for (const bericht of Object.values(fouten)) expect(bericht).not.toMatch(/invalid|expected|required/i);
  });

  it("every error path is a field of the page", () => {
    const namen = new Set(velden.map((v) => v.naam));
    const leeg = Object.fromEntries(velden.map((v) => [v.naam, ""]));
    for (const naam of Object.keys(foutVelden(vraag, leeg))) expect(namen).toContain(naam);
  });

  it("valid values → verwerk → samenvatting shows the answer", () => {
    const resultaat = vraag.schema.safeParse(geldigeWaarden(vraag));
    expect(resultaat.success).toBe(true);
    if (!resultaat.success) return;
    const na = vraag.verwerk(resultaat.data, VOLLEDIG);
    expect(antwoordenSchema.safeParse(na).success).toBe(true);
    const rijen = vraag.samenvatting(ctx(na));
    // The list of zorgverleners has no fields of its own: its rows are the zorgverleners.
    if (velden.length === 0 && slug !== "zorgverleners") expect(rijen).toEqual([]);
    else {
      expect(rijen.length).toBeGreaterThan(0);
      for (const rij of rijen) {
        expect(rij.vraag).not.toBe("");
        expect(rij.antwoord).not.toBe("");
      }
    }
  });

  it("is answered in at least one example journey", () => {
    expect(VOORBEELDEN.some((a) => isBeantwoord(slug, a))).toBe(true);
  });

  it("round-trips: waarden(verwerk(parse(waarden(a)))) is waarden(a), and nothing else changes", () => {
    for (const a of VOORBEELDEN.filter((v) => isBeantwoord(slug, v))) {
      const resultaat = vraag.schema.safeParse(vraag.waarden(a));
      expect(resultaat.success).toBe(true);
      if (!resultaat.success) continue;
      const na = vraag.verwerk(resultaat.data, a);
      expect(vraag.waarden(na)).toEqual(vraag.waarden(a));
      expect(na).toEqual(a);
    }
  });

  it("refuses text longer than MAX_TEKST on every text field, with a message that names the field", () => {
    const meldingen = new Set<string>();
    const tekstVelden = velden.filter((v) => v.soort === "tekst");
    for (const veld of tekstVelden) {
      const waarden = { ...geldigeWaarden(vraag), ...(slug === "woonwens" && { woonwens: "deeltijd" }), [veld.naam]: "x".repeat(MAX_TEKST + 1) };
      const melding = foutVelden(vraag, waarden)[veld.naam] ?? "";
      expect(melding, veld.naam).toMatch(new RegExp(`^Gebruik voor .+ niet meer dan ${MAX_TEKST} tekens\\.$`));
      meldingen.add(melding);
    }
    // No generic sentence shared by two fields of one page.
    expect(meldingen.size).toBe(tekstVelden.length);
  });

  it("refuses a value outside the options, and a second value for a radio", () => {
    for (const veld of keuzeVelden(velden)) {
      for (const vals of ["hack", "<script>", "x".repeat(10_000)]) {
        expect(foutVelden(vraag, { ...geldigeWaarden(vraag), [veld.naam]: vals })[veld.naam]).toBe(formulier.fouten.kiesEen);
      }
      if (veld.soort === "radio") {
        expect(foutVelden(vraag, { ...geldigeWaarden(vraag), [veld.naam]: ["ja", "nee"] })[veld.naam]).toBe(formulier.fouten.kiesEen);
      }
    }
  });

  it("refuses a value of the wrong type with a Dutch message", () => {
    for (const veld of velden) {
      const waarden = { ...geldigeWaarden(vraag), [veld.naam]: 42 } as unknown as Waarden;
      expect(foutVelden(vraag, waarden)[veld.naam]).toBe(formulier.fouten.ongeldig);
    }
  });

  it("ignores a forged extra field: it is never stored", () => {
    const resultaat = vraag.schema.safeParse({ ...geldigeWaarden(vraag), bevestigd: "aanvraag", naamAanvrager: "X", __proto__: "y" });
    expect(resultaat.success).toBe(true);
    if (!resultaat.success) return;
    const na = vraag.verwerk(resultaat.data, {});
    expect(na.bevestigd).toBeUndefined();
    expect(na.naamAanvrager).toBeUndefined();
    expect(antwoordenSchema.safeParse(na).success).toBe(true);
  });

  it("has a title, and names the applicant when someone else fills it in", () => {
    const henk = ctx({ ...VOLLEDIG, voorWie: "familie", naamAanvrager: "Henk" });
    expect(vraag.titel(ctx(VOLLEDIG))).not.toBe("");
    // Titles and labels speak of Henk, never to "u", when his daughter fills it in.
    for (const tekst of [vraag.titel(henk), ...vraag.velden(henk).map((v) => v.label)]) expect(tekst).not.toMatch(/\b(u|uw)\b/);
  });
});

/** VOLLEDIG has one signer: a second block is forged there (see budgetplan.test.ts for that case). */
const EEN_ONDERTEKENAAR = BUDGETPLAN_VELDEN.filter((naam) => !naam.endsWith("2"));

describe("any post (fast-check)", () => {
  const waarde = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }), fc.constantFrom("ja", "nee", "thuis", "deeltijd", "5VV", "administratie"));
  const post = fc.dictionary(fc.constantFrom(...Object.keys(antwoordenSchema.shape), ...GH_VELDEN, ...EEN_ONDERTEKENAAR, "x"), waarde);

  it("never throws; it is valid answers, or Dutch errors on fields of the page", () => {
    fc.assert(
      fc.property(fc.constantFrom(...VRAGEN), post, (vraag, waarden) => {
        const resultaat = vraag.schema.safeParse(waarden);
        if (resultaat.success) {
          expect(antwoordenSchema.safeParse(vraag.verwerk(resultaat.data, VOLLEDIG)).success).toBe(true);
          return;
        }
        const namen = new Set(vraag.velden(ctx(VOLLEDIG)).map((v) => v.naam));
        for (const issue of resultaat.error.issues) {
          expect(namen).toContain(String(issue.path[0]));
          expect(issue.message).not.toMatch(/invalid|expected/i);
        }
      }),
    );
  });
});
