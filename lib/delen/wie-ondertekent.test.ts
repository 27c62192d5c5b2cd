import { describe, expect, it } from "vitest";
import type { Antwoorden, GewaarborgdeHulpGegevens } from "@/lib/wizard/antwoorden";
import { onderteken } from "./handtekeningen";
import { wieOndertekent } from "./wie-ondertekent";

const hulp = (isWettelijkVertegenwoordiger: "ja" | "nee" = "nee"): GewaarborgdeHulpGegevens => ({ naam: "Jan Jansen", relatie: "broer", isWettelijkVertegenwoordiger });
const metHulp = (a: Antwoorden = {}): Antwoorden => ({ ...a, heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: hulp() });
const NU = new Date("2026-12-04T10:00:00.000Z");

describe("wieOndertekent: the budgetplan on paper (AV-08)", () => {
  it("is the budgethouder, the person at the screen, without gewaarborgde hulp or wettelijk vertegenwoordiger", () => {
    const { papier, redenen } = wieOndertekent({ voorWie: "zelf", heeftGewaarborgdeHulp: "nee" });
    expect(papier).toEqual([{ rol: "budgethouder", wie: { soort: "u" } }]);
    expect(redenen.map((r) => r.regel)).toContain("AV-08");
  });

  it("names the applicant someone fills in for, and falls back to the role without a name", () => {
    expect(wieOndertekent({ voorWie: "familie", naamAanvrager: "Riet", heeftGewaarborgdeHulp: "nee" }).papier).toEqual([
      { rol: "budgethouder", wie: { soort: "naam", naam: "Riet" } },
    ]);
    expect(wieOndertekent({ voorWie: "familie", heeftGewaarborgdeHulp: "nee" }).papier).toEqual([{ rol: "budgethouder", wie: { soort: "rol" } }]);
  });

  it("is the gewaarborgde hulp by name when there is one, and 'u' when that is who fills in", () => {
    expect(wieOndertekent(metHulp({ voorWie: "zelf" })).papier).toEqual([{ rol: "gewaarborgde-hulp", wie: { soort: "naam", naam: "Jan Jansen" } }]);
    expect(wieOndertekent(metHulp({ voorWie: "gewaarborgde-hulp" })).papier).toEqual([{ rol: "gewaarborgde-hulp", wie: { soort: "u" } }]);
  });

  it("takes the names typed in deel 7 once they are complete", () => {
    const a: Antwoorden = { voorWie: "familie", naamAanvrager: "Riet", heeftGewaarborgdeHulp: "nee", ondertekening: [{ naam: "Riet de Vries", relatie: "budgethouder" }] };
    expect(wieOndertekent(a).papier).toEqual([{ rol: "budgethouder", wie: { soort: "naam", naam: "Riet de Vries" } }]);
  });
});

describe("wieOndertekent: the digital statement on this site", () => {
  it("asks whoever fills in, and the gewaarborgde hulp through a share link, neither signed yet", () => {
    expect(wieOndertekent(metHulp({ voorWie: "familie" })).digitaal).toEqual([
      { rol: "aanvrager", wie: { soort: "u" }, handtekening: null },
      { rol: "gewaarborgde-hulp", wie: { soort: "naam", naam: "Jan Jansen" }, handtekening: null },
    ]);
  });

  it("asks the gewaarborgde hulp who fills in once, in that role, and no link", () => {
    expect(wieOndertekent(metHulp({ voorWie: "gewaarborgde-hulp" })).digitaal.map((d) => [d.rol, d.wie.soort])).toEqual([["gewaarborgde-hulp", "u"]]);
  });

  it("gives each signature with its status, and 'vernieuwen' after a change", () => {
    const a = onderteken(metHulp({ voorWie: "zelf" }), "aanvrager", { naam: "Mia" }, NU);
    const [eigen, gh] = wieOndertekent(a).digitaal;
    expect(eigen?.handtekening).toMatchObject({ naam: "Mia", status: "geldig", opTekst: "04-12-2026 om 11:00" });
    expect(gh?.handtekening).toBeNull();
    expect(wieOndertekent({ ...a, redenKeuzePgb: "anders" }).digitaal[0]?.handtekening?.status).toBe("vernieuwen");
  });
});

describe("wieOndertekent, seen by the gewaarborgde hulp through their link", () => {
  it("calls them 'u', names whoever fills in by role, and never gives their name", () => {
    const a: Antwoorden = { ...metHulp({ voorWie: "familie", naamAanvrager: "Riet" }), ondertekening: [{ naam: "Jan Jansen", relatie: "broer" }] };
    const { papier, digitaal } = wieOndertekent(a, "gewaarborgde-hulp");
    expect(papier).toEqual([{ rol: "gewaarborgde-hulp", wie: { soort: "u" } }]);
    expect(digitaal.map((d) => [d.rol, d.wie])).toEqual([
      ["aanvrager", { soort: "rol" }],
      ["gewaarborgde-hulp", { soort: "u" }],
    ]);
    expect(JSON.stringify(wieOndertekent(a, "gewaarborgde-hulp"))).not.toContain("Jan");
  });

  it("a wettelijk vertegenwoordiger who is not the gewaarborgde hulp keeps their own line, without the hulp's name", () => {
    const a = metHulp({ voorWie: "wettelijk-vertegenwoordiger" });
    expect(wieOndertekent(a, "gewaarborgde-hulp").papier).toEqual([
      { rol: "wettelijk-vertegenwoordiger", wie: { soort: "rol" } },
      { rol: "gewaarborgde-hulp", wie: { soort: "u" } },
    ]);
  });
});
