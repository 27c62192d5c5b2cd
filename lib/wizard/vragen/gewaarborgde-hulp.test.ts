import { describe, expect, it } from "vitest";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import type { Antwoorden } from "../antwoorden";
import { aanspreking } from "../journey";
import { gewaarborgdeHulpVraag as vraag } from "./gewaarborgde-hulp";
import { beantwoord } from "./testhulp";

const t = aanvraagVragen.gewaarborgdeHulp;

function fouten(waarden: Record<string, string>): Record<string, string> {
  const r = vraag.schema.safeParse(waarden);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

function uitleg(a: Antwoorden): string {
  return JSON.stringify(vraag.uitleg?.({ antwoorden: a, aanspreking: aanspreking(a) }));
}

describe("gewaarborgde-hulp page", () => {
  it("asks who it is only with ja: name, relation and wettelijk vertegenwoordiger", () => {
    expect(fouten({ heeftGewaarborgdeHulp: "ja" })).toEqual({
      ghNaam: t.naamLeeg,
      ghRelatie: t.relatieLeeg,
      ghWettelijkVertegenwoordiger: t.wvLeeg,
    });
    expect(fouten({ heeftGewaarborgdeHulp: "nee" })).toEqual({});
  });

  it("names the field in a too-long message: \"Gebruik voor de naam van de gewaarborgde hulp niet meer dan 200 tekens\"", () => {
    const basis = { heeftGewaarborgdeHulp: "ja", ghNaam: "Ans", ghRelatie: "dochter", ghWettelijkVertegenwoordiger: "nee" };
    expect(fouten({ ...basis, ghNaam: "x".repeat(201), ghEmail: "x".repeat(201) })).toEqual({
      ghNaam: "Gebruik voor de naam van de gewaarborgde hulp niet meer dan 200 tekens.",
      ghEmail: "Gebruik voor het e-mailadres van de gewaarborgde hulp niet meer dan 200 tekens.",
    });
  });

  it("checks phone and e-mail only when given", () => {
    const basis = { heeftGewaarborgdeHulp: "ja", ghNaam: "Ans", ghRelatie: "dochter", ghWettelijkVertegenwoordiger: "nee" };
    expect(fouten(basis)).toEqual({});
    expect(fouten({ ...basis, ghTelefoon: "bel maar", ghEmail: "ans@" })).toEqual({ ghTelefoon: t.telefoonFout, ghEmail: t.emailFout });
    expect(fouten({ ...basis, ghTelefoon: "123", ghEmail: "ans@example" })).toEqual({ ghTelefoon: t.telefoonFout, ghEmail: t.emailFout });
    expect(fouten({ ...basis, ghTelefoon: "+31 (0)6-1234 5678", ghEmail: "a.de.vries@example.nl" })).toEqual({});
  });

  it("stores the details with ja, leaves out empty contact fields, and drops them with nee", () => {
    const ja = beantwoord({}, "gewaarborgde-hulp", {
      heeftGewaarborgdeHulp: "ja",
      ghNaam: " Ans ",
      ghRelatie: "dochter",
      ghWettelijkVertegenwoordiger: "ja",
      ghTelefoon: "",
      ghEmail: "",
    });
    expect(ja).toEqual({ heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { naam: "Ans", relatie: "dochter", isWettelijkVertegenwoordiger: "ja" } });
    const nee = beantwoord(ja, "gewaarborgde-hulp", { heeftGewaarborgdeHulp: "nee", ghNaam: "Ans" });
    expect(nee).toEqual({ heeftGewaarborgdeHulp: "nee" });
    expect(vraag.samenvatting({ antwoorden: nee, aanspreking: aanspreking(nee) })).toHaveLength(1);
    expect(vraag.samenvatting({ antwoorden: ja, aanspreking: aanspreking(ja) })).toHaveLength(4);
  });

  it("explains whether it is mandatory for the zorgprofiel (AV-02, AV-03) and what it does (AV-04)", () => {
    const vv5: Antwoorden = { heeftIndicatie: "ja", zorgprofiel: "5VV" };
    expect(uitleg(vv5)).toContain("AV-02");
    expect(uitleg(vv5)).toContain(t.zonderHulp);
    expect(uitleg(vv5)).toContain("AV-04");
    const vv8: Antwoorden = { heeftIndicatie: "ja", zorgprofiel: "8VV" };
    expect(uitleg(vv8)).toContain("AV-03");
    expect(uitleg(vv8)).not.toContain(t.zonderHulp);
  });

  it("tells a gewaarborgde hulp filling it in to give their own details", () => {
    expect(uitleg({ voorWie: "gewaarborgde-hulp" })).toContain(t.zelfGewaarborgdeHulp);
    expect(uitleg({ voorWie: "zelf" })).not.toContain(t.zelfGewaarborgdeHulp);
  });
});
