/** The other pages of step 3: the AV-01 checklist, the refusal grounds, the gesprek. */
import { describe, expect, it } from "vitest";
import { formulier } from "@/content/wizard/algemeen";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { PGB_VAARDIGHEDEN } from "@/rules/aanvraag";
import type { Antwoorden } from "../antwoorden";
import { aanspreking } from "../journey";
import { gesprekVraag } from "./gesprek";
import { beantwoord } from "./testhulp";
import { vaardighedenVraag } from "./vaardigheden";
import { weigeringsgrondenVraag } from "./weigeringsgronden";

describe("vaardigheden page (AV-01)", () => {
  it("takes none, one (a string) or several (a list), in the brochure's order, each once", () => {
    expect(beantwoord({}, "vaardigheden", {}).vaardigheden).toEqual([]);
    expect(beantwoord({}, "vaardigheden", { vaardigheden: "" }).vaardigheden).toEqual([]);
    expect(beantwoord({}, "vaardigheden", { vaardigheden: "administratie" }).vaardigheden).toEqual(["administratie"]);
    expect(
      beantwoord({}, "vaardigheden", { vaardigheden: ["kennis-werkgeverschap", "administratie", "administratie"] }).vaardigheden,
    ).toEqual(["administratie", "kennis-werkgeverschap"]);
  });

  it("refuses anything that is not one of the ten", () => {
    const r = vaardighedenVraag.schema.safeParse({ vaardigheden: ["administratie", "alles"] });
    expect(r.success ? undefined : r.error.issues[0]?.message).toBe(formulier.fouten.kiesEen);
    const veel = vaardighedenVraag.schema.safeParse({ vaardigheden: Array.from({ length: 100 }, () => "administratie") });
    expect(veel.success).toBe(false);
  });

  it("offers the ten points of the brochure and counts them back", () => {
    const a: Antwoorden = { vaardigheden: ["administratie"] };
    const ctx = { antwoorden: a, aanspreking: aanspreking(a) };
    const [veld] = vaardighedenVraag.velden(ctx);
    expect(veld?.soort === "checkboxes" ? veld.opties.map((o) => o.waarde) : []).toEqual([...PGB_VAARDIGHEDEN]);
    expect(vaardighedenVraag.samenvatting(ctx)[0]?.antwoord).toBe(aanvraagVragen.vaardigheden.antwoord(1, 10));
  });
});

describe("weigeringsgronden page (AV-06, AV-07)", () => {
  it("stores the four answers and explains each ground with its rule", () => {
    const a = beantwoord({}, "weigeringsgronden", { failliet: "nee", wsnp: "ja", vastWoonadres: "ja", woontInNederland: "nee" });
    expect(a).toEqual({ failliet: "nee", wsnp: "ja", vastWoonadres: "ja", woontInNederland: "nee" });
    const uitleg = JSON.stringify(weigeringsgrondenVraag.uitleg?.({ antwoorden: a, aanspreking: aanspreking(a) }));
    for (const regel of ["AV-06", "AV-07"]) expect(uitleg).toContain(regel);
    // The bewuste-keuzegesprek (AV-05) is explained on its own page, not asked here.
    expect(uitleg).not.toContain("AV-05");
  });

  it("asks about Henk when his daughter fills it in", () => {
    const a: Antwoorden = { voorWie: "familie", naamAanvrager: "Henk" };
    const labels = weigeringsgrondenVraag.velden({ antwoorden: a, aanspreking: aanspreking(a) }).map((v) => v.label);
    expect(labels).toEqual(["Is Henk failliet verklaard?", "Zit Henk in de schuldsanering (WSNP)?", "Heeft Henk een vast woonadres?", "Woont Henk in Nederland?"]);
  });
});

describe("gesprek page (AV-05, AV-08)", () => {
  it("explains the bewuste-keuzegesprek, names the gewaarborgde hulp and lists the papers", () => {
    const a: Antwoorden = { heeftIndicatie: "ja", zorgprofiel: "5VV", heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { naam: "Ans", relatie: "dochter", isWettelijkVertegenwoordiger: "nee" } };
    const uitleg = gesprekVraag.uitleg?.({ antwoorden: a, aanspreking: aanspreking(a) }) ?? [];
    const tekst = JSON.stringify(uitleg);
    expect(tekst).toContain("AV-05");
    expect(tekst).toContain("De gewaarborgde hulp is Ans.");
    expect(uitleg.at(-1)?.lijst).toHaveLength(4);
  });

  it("is seen once it is passed", () => {
    expect(beantwoord({ gezien: ["uitkomst"] }, "gesprek", {}).gezien).toEqual(["uitkomst", "gesprek"]);
    expect(beantwoord({ gezien: ["gesprek"] }, "gesprek", {}).gezien).toEqual(["gesprek"]);
  });
});
