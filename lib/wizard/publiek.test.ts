import { describe, expect, it } from "vitest";
import { publiekVan } from "./publiek";

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
