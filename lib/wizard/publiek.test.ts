import { describe, expect, it } from "vitest";
import { naamVoorDeellink, publiekVan, publiekVanDeellink } from "./publiek";

describe("publiekVan: who reads the draft's pages (docs/decisions/028)", () => {
  it("the applicant when they fill it in themselves, or before anyone said", () => {
    expect(publiekVan({})).toEqual({ wie: "aanvrager" });
    expect(publiekVan({ voorWie: "zelf", naamAanvrager: "Riet" })).toEqual({ wie: "aanvrager" });
  });

  it("the named person when someone fills it in for them, the name trimmed", () => {
    expect(publiekVan({ voorWie: "familie", naamAanvrager: " Riet " })).toEqual({ wie: "namens", naam: "Riet" });
  });

  it("'de aanvrager' when someone fills it in for a person without a name", () => {
    expect(publiekVan({ voorWie: "familie" })).toEqual({ wie: "namens", naam: "de aanvrager" });
    expect(publiekVan({ voorWie: "familie", naamAanvrager: "  " })).toEqual({ wie: "namens", naam: "de aanvrager" });
  });
});

describe("publiekVanDeellink: who reads through a share link (docs/decisions/022, 028)", () => {
  it("never the applicant: the applicant by name when the draft has one", () => {
    const riet = { voorWie: "familie", naamAanvrager: "Riet" } as const;
    expect(publiekVanDeellink(riet, "meekijken")).toEqual({ wie: "namens", naam: "Riet" });
    expect(publiekVanDeellink(riet, "gewaarborgde-hulp")).toEqual({ wie: "gewaarborgde-hulp", naam: "Riet" });
  });

  it("without a name: 'de aanvrager' for a meekijker, the budgethouder for the gewaarborgde hulp", () => {
    expect(publiekVanDeellink({ voorWie: "zelf" }, "meekijken")).toEqual({ wie: "namens", naam: "de aanvrager" });
    expect(publiekVanDeellink({}, "gewaarborgde-hulp")).toEqual({ wie: "gewaarborgde-hulp" });
  });
});

describe("naamVoorDeellink: the applicant's name on a share link's page, or null for 'de aanvrager'", () => {
  it("the name when someone filled it in for a named person", () => {
    expect(naamVoorDeellink({ voorWie: "familie", naamAanvrager: " Riet " })).toBe("Riet");
  });

  it("null when the applicant filled it in, or no name was given", () => {
    expect(naamVoorDeellink({ voorWie: "zelf", naamAanvrager: "Riet" })).toBeNull();
    expect(naamVoorDeellink({})).toBeNull();
    expect(naamVoorDeellink({ voorWie: "familie", naamAanvrager: "  " })).toBeNull();
  });
});
