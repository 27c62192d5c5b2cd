import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { handtekeningTekst as tEn } from "@/content/en/handtekeningen";
import { handtekeningTekst as t } from "@/content/handtekeningen";
import { formulier as formulierEn } from "@/content/en/wizard/algemeen";
import { formulier } from "@/content/wizard/algemeen";
import { DEEL_ROLLEN as DRAFT_DEEL_ROLLEN } from "@/lib/drafts/deellinks";
import { MAX_TEKST, type Antwoorden } from "@/lib/wizard/antwoorden";
import { normaliseerWaarden, veldFouten, waardenUitFormData } from "@/lib/wizard/formulier";
import type { VeldDefinitie, Waarden } from "@/lib/wizard/types";
import {
  DEEL_ROLLEN,
  deellinkSchema,
  deellinkSchemaIn,
  deellinkVelden,
  naamKlopt,
  ONDERTEKEN_VIA_DEELLINK_WAARDEN,
  ondertekenAanvragerSchema,
  ondertekenAanvragerSchemaIn,
  ondertekenAanvragerVelden,
  ondertekenGhSchema,
  ondertekenGhSchemaIn,
  ondertekenGhVelden,
  ondertekenVelden,
  ondertekenViaDeellinkVelden,
  ondertekenWaarden,
} from "./formulieren";
import { onderteken } from "./handtekeningen";

const JAN = { naam: "Jan Jansen", relatie: "buurman", isWettelijkVertegenwoordiger: "nee" } as const;
const NU = new Date("2026-11-24T15:30:00.000Z");

function metGh(over: Partial<Antwoorden> = {}): Antwoorden {
  return { voorWie: "zelf", heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { ...JAN }, ...over };
}

/** The field errors, as the server action gets them. */
function fouten(schema: z.ZodType<unknown, Waarden>, waarden: Waarden): Record<string, string> {
  const r = schema.safeParse(waarden);
  return r.success ? {} : veldFouten(r.error);
}

/** A form as a browser without JavaScript posts it: an unticked box is not sent at all. */
function formData(velden: [string, string][]): FormData {
  const data = new FormData();
  for (const [naam, waarde] of velden) data.append(naam, waarde);
  return data;
}

describe("ondertekenAanvragerSchema", () => {
  it("gives the trimmed name; the ticked box counts whether it arrives as 'ja' or ['ja']", () => {
    expect(ondertekenAanvragerSchema.parse({ naam: "  Piet de Vries ", akkoord: "ja" })).toEqual({ naam: "Piet de Vries" });
    expect(ondertekenAanvragerSchema.parse({ naam: "Piet", akkoord: ["ja"] })).toEqual({ naam: "Piet" });
  });

  it("reads a posted form (server) and react-hook-form's values (browser) the same way", () => {
    const server = waardenUitFormData(formData([["naam", "Piet"], ["akkoord", "ja"], ["versie", "3"]]));
    expect(ondertekenAanvragerSchema.parse(server)).toEqual({ naam: "Piet" });
    // react-hook-form: a single box gives "ja" or false; registered as a group, ["ja"] or [].
    for (const browser of [{ naam: "Piet", akkoord: "ja" }, { naam: "Piet", akkoord: ["ja"] }]) {
      expect(ondertekenAanvragerSchema.parse(normaliseerWaarden(browser))).toEqual({ naam: "Piet" });
    }
    for (const leeg of [{ naam: "Piet", akkoord: false }, { naam: "Piet", akkoord: [] }, { naam: "Piet", akkoord: null }]) {
      expect(fouten(ondertekenAanvragerSchema, normaliseerWaarden(leeg))).toEqual({ akkoord: t.fouten.akkoordLeeg });
    }
    expect(fouten(ondertekenAanvragerSchema, waardenUitFormData(formData([["naam", "Piet"]])))).toEqual({ akkoord: t.fouten.akkoordLeeg });
  });

  it("names every missing or wrong field in plain Dutch", () => {
    expect(fouten(ondertekenAanvragerSchema, {})).toEqual({ naam: t.fouten.naamLeeg, akkoord: t.fouten.akkoordLeeg });
    expect(fouten(ondertekenAanvragerSchema, { naam: "   ", akkoord: "ja" })).toEqual({ naam: t.fouten.naamLeeg });
    expect(fouten(ondertekenAanvragerSchema, { naam: "x".repeat(MAX_TEKST + 1), akkoord: "ja" })).toEqual({ naam: "Gebruik voor de naam bij de handtekening niet meer dan 200 tekens." });
    expect(fouten(ondertekenAanvragerSchema, { naam: ["Piet", "Jan"], akkoord: "ja" })).toEqual({ naam: formulier.fouten.ongeldig });
    // A forged value is not a tick.
    expect(fouten(ondertekenAanvragerSchema, { naam: "Piet", akkoord: "nee" })).toEqual({ akkoord: formulier.fouten.kiesEen });
    expect(fouten(ondertekenAanvragerSchema, { naam: "Piet", akkoord: ["ja", "nee"] })).toEqual({ akkoord: formulier.fouten.kiesEen });
  });
});

describe("ondertekenGhSchema", () => {
  it("AV-04: both statements ticked give the name and both statements, ready for onderteken", () => {
    const invoer = ondertekenGhSchema.parse({ naam: " Jan  Jansen ", geschikt: "ja", wijzigingen: ["ja"] });
    expect(invoer).toEqual({ naam: "Jan  Jansen", verklaringen: ["geschikt", "wijzigingen-melden"] });
    const na = onderteken(metGh(), "gewaarborgde-hulp", invoer, NU);
    expect(na.handtekeningen?.gewaarborgdeHulp).toMatchObject({ naam: "Jan Jansen", verklaringen: ["geschikt", "wijzigingen-melden"] });
  });

  it("names the statement that is not ticked", () => {
    expect(fouten(ondertekenGhSchema, { naam: "Jan", geschikt: "ja" })).toEqual({ wijzigingen: t.fouten.wijzigingenLeeg });
    expect(fouten(ondertekenGhSchema, { naam: "Jan", wijzigingen: "ja" })).toEqual({ geschikt: t.fouten.geschiktLeeg });
    expect(fouten(ondertekenGhSchema, {})).toEqual({ naam: t.fouten.naamLeeg, geschikt: t.fouten.geschiktLeeg, wijzigingen: t.fouten.wijzigingenLeeg });
  });

  it("ignores fields the form does not have", () => {
    expect(ondertekenGhSchema.parse({ naam: "Jan", geschikt: "ja", wijzigingen: "ja", rol: "aanvrager", akkoord: "ja" })).toEqual({
      naam: "Jan",
      verklaringen: ["geschikt", "wijzigingen-melden"],
    });
  });
});

describe("deellinkSchema", () => {
  it("takes a role and how long the link works", () => {
    expect(deellinkSchema.parse({ rol: "meekijken", geldig: "7" })).toEqual({ rol: "meekijken", geldig: "7" });
    expect(deellinkSchema.parse({ rol: "gewaarborgde-hulp", geldig: "aanvraag" })).toEqual({ rol: "gewaarborgde-hulp", geldig: "aanvraag" });
    expect(deellinkSchema.parse(waardenUitFormData(formData([["rol", "meekijken"], ["geldig", "14"]])))).toEqual({ rol: "meekijken", geldig: "14" });
  });

  it("asks for what is missing and refuses anything else", () => {
    expect(fouten(deellinkSchema, {})).toEqual({ rol: t.fouten.rolLeeg, geldig: t.fouten.geldigLeeg });
    expect(fouten(deellinkSchema, normaliseerWaarden({ rol: null, geldig: "" }))).toEqual({ rol: t.fouten.rolLeeg, geldig: t.fouten.geldigLeeg });
    expect(fouten(deellinkSchema, { rol: "eigenaar", geldig: "365" })).toEqual({ rol: formulier.fouten.kiesEen, geldig: formulier.fouten.kiesEen });
  });

  it("has the same roles as the links themselves (lib/drafts/deellinks.ts)", () => {
    expect([...DEEL_ROLLEN]).toEqual([...DRAFT_DEEL_ROLLEN]);
  });
});

describe("the fields of the forms", () => {
  const namen = (velden: VeldDefinitie[]) => velden.map((v) => v.naam);

  it("has a field for every error a schema can give, so each error sits at its field", () => {
    const gevallen: [VeldDefinitie[], z.ZodType<unknown, Waarden>][] = [
      [ondertekenAanvragerVelden(metGh()), ondertekenAanvragerSchema],
      [ondertekenGhVelden(metGh()), ondertekenGhSchema],
      [deellinkVelden(metGh()), deellinkSchema],
    ];
    for (const [velden, schema] of gevallen) expect(namen(velden)).toEqual(Object.keys(fouten(schema, {})));
  });

  it("asks each statement with a box whose value is 'ja', citing AV-04", () => {
    const velden = ondertekenGhVelden(metGh());
    for (const naam of ["geschikt", "wijzigingen"]) {
      const veld = velden.find((v) => v.naam === naam);
      expect(veld?.soort).toBe("checkboxes");
      expect(veld && "opties" in veld ? veld.opties.map((o) => o.waarde) : []).toEqual(["ja"]);
      expect(veld?.hint).toContain("AV-04");
      expect(veld?.hint).toContain("Stap 3, Gewaarborgde hulp");
    }
    expect(velden.find((v) => v.naam === "geschikt" && "opties" in v && v.opties[0]?.label === t.verklaringen.geschikt)).toBeDefined();
  });

  it("shows the gewaarborgde hulp the name the application has for them", () => {
    expect(ondertekenGhVelden(metGh())[0]?.hint).toBe(t.formulier.naamHintGh("Jan Jansen"));
    expect(ondertekenGhVelden({})[0]?.hint).toBe(t.formulier.naamHint);
  });

  it("on the gewaarborgde hulp's share link: the same fields, nothing from the answers (docs/decisions/022-links-openen.md)", () => {
    const velden = ondertekenViaDeellinkVelden();
    expect(namen(velden)).toEqual(namen(ondertekenGhVelden(metGh())));
    expect(velden[0]?.hint).toBe(t.formulier.naamHintDeellink);
    expect(ONDERTEKEN_VIA_DEELLINK_WAARDEN).toEqual({ naam: "", geschikt: [], wijzigingen: [] });
    // Nothing a name could hide in: no placeholder, no default value.
    expect(JSON.stringify(velden)).not.toMatch(/placeholder|standaard|waarde":"[^j]/i);
  });

  it("asks whoever fills in for the budgethouder for their own name", () => {
    expect(ondertekenAanvragerVelden({ voorWie: "zelf" })[0]?.hint).toBe(t.formulier.naamHint);
    expect(ondertekenAanvragerVelden({ voorWie: "familie" })[0]?.hint).toBe(t.formulier.naamHintNamens);
    expect(ondertekenAanvragerVelden({ voorWie: "wettelijk-vertegenwoordiger" })[0]?.hint).toBe(t.formulier.naamHintNamens);
  });

  it("picks the form by role", () => {
    expect(namen(ondertekenVelden(metGh(), "aanvrager"))).toEqual(["naam", "akkoord"]);
    expect(namen(ondertekenVelden(metGh(), "gewaarborgde-hulp"))).toEqual(["naam", "geschikt", "wijzigingen"]);
  });

  it("offers a gewaarborgde-hulp link only when it makes sense", () => {
    const rollen = (a: Antwoorden) => {
      const veld = deellinkVelden(a).find((v) => v.naam === "rol");
      return veld && "opties" in veld ? veld.opties.map((o) => o.waarde) : [];
    };
    expect(rollen(metGh())).toEqual(["meekijken", "gewaarborgde-hulp"]);
    expect(rollen(metGh({ voorWie: "gewaarborgde-hulp" }))).toEqual(["meekijken"]);
    expect(rollen(metGh({ heeftGewaarborgdeHulp: "nee" }))).toEqual(["meekijken"]);
    const geldig = deellinkVelden({}).find((v) => v.naam === "geldig");
    expect(geldig && "opties" in geldig ? geldig.opties.map((o) => o.waarde) : []).toEqual(["7", "14", "aanvraag"]);
  });
});

describe("ondertekenWaarden", () => {
  it("starts from an earlier signature's name, with the boxes unticked", () => {
    const a = onderteken(metGh(), "aanvrager", { naam: "Piet de Vries" }, NU);
    expect(ondertekenWaarden(a, "aanvrager")).toEqual({ naam: "Piet de Vries", akkoord: [] });
    const gh = onderteken(metGh(), "gewaarborgde-hulp", { naam: "J. Jansen", verklaringen: ["geschikt", "wijzigingen-melden"] }, NU);
    expect(ondertekenWaarden(gh, "gewaarborgde-hulp")).toEqual({ naam: "J. Jansen", geschikt: [], wijzigingen: [] });
  });

  it("else takes the gewaarborgde hulp's name from the answers", () => {
    expect(ondertekenWaarden(metGh(), "gewaarborgde-hulp").naam).toBe("Jan Jansen");
    expect(ondertekenWaarden(metGh({ heeftGewaarborgdeHulp: "nee" }), "gewaarborgde-hulp").naam).toBe("");
  });

  it("else takes the applicant's own block of deel 7, never the gewaarborgde hulp's", () => {
    // Budgethouder without help: deel 7 has the budgethouder's block.
    expect(ondertekenWaarden({ voorWie: "zelf", heeftGewaarborgdeHulp: "nee", ondertekening: [{ naam: "Piet de Vries", relatie: "budgethouder" }] }, "aanvrager").naam).toBe("Piet de Vries");
    // Wettelijk vertegenwoordiger and a gewaarborgde hulp: block 1 is the vertegenwoordiger's.
    const wv = metGh({ voorWie: "wettelijk-vertegenwoordiger", ondertekening: [{ naam: "Johanna", relatie: "curator" }, { naam: "Jan Jansen", relatie: "buurman" }] });
    expect(ondertekenWaarden(wv, "aanvrager").naam).toBe("Johanna");
    // Budgethouder with a gewaarborgde hulp: deel 7 has only the hulp's block, which is not theirs.
    expect(ondertekenWaarden(metGh({ ondertekening: [{ naam: "Jan Jansen", relatie: "buurman" }] }), "aanvrager").naam).toBe("");
    expect(ondertekenWaarden({ voorWie: "familie", ondertekening: [{ naam: "Piet", relatie: "budgethouder" }] }, "aanvrager").naam).toBe("");
    expect(ondertekenWaarden({}, "aanvrager")).toEqual({ naam: "", akkoord: [] });
  });
});

describe("naamKlopt", () => {
  it("ignores case, accents and extra spaces", () => {
    const a = metGh({ gewaarborgdeHulp: { ...JAN, naam: "Ayşe  Yılmaz-de Vries" } });
    expect(naamKlopt(a, "Ayşe Yılmaz-de Vries")).toBe(true);
    expect(naamKlopt(a, "  ayse   yılmaz-DE VRIES ")).toBe(true);
    expect(naamKlopt(metGh(), "jan jansen")).toBe(true);
    expect(naamKlopt(metGh({ gewaarborgdeHulp: { ...JAN, naam: "Zoë Müller" } }), "zoe muller")).toBe(true);
  });

  it("also for letters written with separate accents, tabs and non-breaking spaces", () => {
    const zoe = metGh({ gewaarborgdeHulp: { ...JAN, naam: "Zoë Müller" } });
    expect(naamKlopt(zoe, "ZOE\u0308\tMU\u0308LLER\u00a0")).toBe(true);
    expect(naamKlopt(zoe, "Zoe Muler")).toBe(false);
  });

  it("is false for another name, or when the answers have none", () => {
    expect(naamKlopt(metGh(), "Jan Janssen")).toBe(false);
    expect(naamKlopt(metGh(), "Jan")).toBe(false);
    expect(naamKlopt({}, "Jan Jansen")).toBe(false);
    expect(naamKlopt({}, "")).toBe(false);
  });
});

describe("lib/delen/formulieren.ts runs in the browser", () => {
  it("imports no Node module and not the signing code (node:crypto)", () => {
    const bron = readFileSync(path.join(__dirname, "formulieren.ts"), "utf8");
    const imports = [...bron.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)].filter((m) => m[1] === undefined).map((m) => m[2]);
    expect(imports.length).toBeGreaterThan(0);
    for (const pad of imports) {
      expect(pad).not.toMatch(/^node:|^(crypto|fs|path)$|server|^\.\/handtekeningen$|lib\/delen\/handtekeningen|lib\/drafts/);
    }
  });
});

describe("the fields in English (docs/decisions/032-talen.md)", () => {
  const namen = (velden: VeldDefinitie[]) => velden.map((v) => v.naam);
  const labels = (velden: VeldDefinitie[]): string[] => velden.flatMap((v) => [v.label, ...("opties" in v ? v.opties.map((o) => o.label) : [])]);

  it("label and hint every field and option in the page's language, with the same names and values", () => {
    const en = deellinkVelden(metGh(), "en");
    expect(labels(en)).toEqual([
      tEn.deellink.rolLabel,
      tEn.deellink.rollen.meekijken.label,
      tEn.deellink.rollen["gewaarborgde-hulp"].label(JAN.naam),
      tEn.deellink.geldigLabel,
      tEn.deellink.geldig["7"],
      tEn.deellink.geldig["14"],
      tEn.deellink.geldig.aanvraag,
    ]);
    expect(namen(en)).toEqual(namen(deellinkVelden(metGh())));
    expect(labels(ondertekenVelden(metGh(), "aanvrager", "en"))).toEqual([tEn.formulier.naamLabel, tEn.formulier.akkoordLabel, tEn.formulier.akkoordOptie]);
    const viaLink = ondertekenViaDeellinkVelden("en");
    expect(viaLink.map((v) => v.hint)).toEqual([tEn.formulier.naamHintDeellink, expect.stringContaining("This is in the brochure"), expect.stringContaining("This is in the brochure")]);
    expect(labels(ondertekenViaDeellinkVelden())).toEqual(labels(ondertekenViaDeellinkVelden("nl")));
    expect(labels(ondertekenViaDeellinkVelden())).toContain(t.verklaringen.geschikt);
  });
});

describe("the schemas' messages in the page's language (docs/decisions/032-talen.md)", () => {
  it("in English: every missing or wrong field in English, with the same results", () => {
    const aanvrager = ondertekenAanvragerSchemaIn("en");
    expect(fouten(aanvrager, {})).toEqual({ naam: tEn.fouten.naamLeeg, akkoord: tEn.fouten.akkoordLeeg });
    expect(fouten(aanvrager, { naam: "x".repeat(MAX_TEKST + 1), akkoord: "ja" })).toEqual({ naam: formulierEn.fouten.teLang("the name with the signature", MAX_TEKST) });
    expect(fouten(aanvrager, { naam: ["Piet", "Jan"], akkoord: "ja" })).toEqual({ naam: formulierEn.fouten.ongeldig });
    expect(fouten(aanvrager, { naam: "Piet", akkoord: "nee" })).toEqual({ akkoord: formulierEn.fouten.kiesEen });
    expect(aanvrager.parse({ naam: " Piet ", akkoord: "ja" })).toEqual(ondertekenAanvragerSchema.parse({ naam: " Piet ", akkoord: "ja" }));

    const gh = ondertekenGhSchemaIn("en");
    expect(fouten(gh, {})).toEqual({ naam: tEn.fouten.naamLeeg, geschikt: tEn.fouten.geschiktLeeg, wijzigingen: tEn.fouten.wijzigingenLeeg });
    expect(gh.parse({ naam: "Jan", geschikt: "ja", wijzigingen: ["ja"] })).toEqual({ naam: "Jan", verklaringen: ["geschikt", "wijzigingen-melden"] });

    const link = deellinkSchemaIn("en");
    expect(fouten(link, {})).toEqual({ rol: tEn.fouten.rolLeeg, geldig: tEn.fouten.geldigLeeg });
    expect(fouten(link, { rol: "eigenaar", geldig: "365" })).toEqual({ rol: formulierEn.fouten.kiesEen, geldig: formulierEn.fouten.kiesEen });
  });

  it("in Dutch: the same schemas as before, built once per language", () => {
    expect(ondertekenAanvragerSchemaIn("nl")).toBe(ondertekenAanvragerSchema);
    expect(ondertekenGhSchemaIn("nl")).toBe(ondertekenGhSchema);
    expect(deellinkSchemaIn("nl")).toBe(deellinkSchema);
    expect(deellinkSchemaIn("en")).toBe(deellinkSchemaIn("en"));
    expect(fouten(ondertekenGhSchemaIn("nl"), {})).toEqual({ naam: t.fouten.naamLeeg, geschikt: t.fouten.geschiktLeeg, wijzigingen: t.fouten.wijzigingenLeeg });
    expect(fouten(deellinkSchemaIn("nl"), {})).toEqual({ rol: t.fouten.rolLeeg, geldig: t.fouten.geldigLeeg });
  });

  it("the browser loads the schema of the page's language by its name (lib/wizard/formulier-schemas.ts)", async () => {
    const { laadSchema } = await import("@/lib/wizard/formulier-schemas");
    expect(await laadSchema("onderteken-aanvrager", "en")).toBe(ondertekenAanvragerSchemaIn("en"));
    expect(await laadSchema("onderteken-gh", "en")).toBe(ondertekenGhSchemaIn("en"));
    expect(await laadSchema("deellink", "en")).toBe(deellinkSchemaIn("en"));
    expect(await laadSchema("deellink")).toBe(deellinkSchema);
  });
});
