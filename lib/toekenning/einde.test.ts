/** The end-of-pgb page's lib layer (TK-04, TK-05): the grounds for this person, and after the end. */
import { describe, expect, it } from "vitest";
import { eindeVoor } from "./einde";
import { tekstVan } from "@/tests/lib/redenen";

describe("eindeVoor", () => {
  it("without a gewaarborgde hulp: the brochure's eight grounds, in its order", () => {
    const e = eindeVoor({ heeftGewaarborgdeHulp: "nee" });
    expect(e.gewaarborgdeHulp).toBe(false);
    expect(e.gronden).toHaveLength(8);
    expect(e.gronden.every((r) => r.regel === "TK-04" && r.bron === "Stap 4, Beëindiging")).toBe(true);
    expect(tekstVan(e.gronden[0])).toContain("blijvend wordt opgenomen");
    expect(tekstVan(e.gronden[7])).toContain("overlijdt");
    expect(e.gronden.map((r) => tekstVan(r)).join(" ")).not.toContain("gewaarborgde hulp");
  });

  it("with a gewaarborgde hulp: two more grounds about the hulp, at the end", () => {
    const e = eindeVoor({ heeftGewaarborgdeHulp: "ja" });
    expect(e.gewaarborgdeHulp).toBe(true);
    expect(e.gronden).toHaveLength(10);
    expect(e.gronden.slice(8).every((r) => tekstVan(r).includes("gewaarborgde hulp"))).toBe(true);
  });

  it("not answered counts as no gewaarborgde hulp", () => {
    expect(eindeVoor({}).gronden).toHaveLength(8);
  });

  it("report changes yourself (TK-04); after the end, wages over the notice periods (TK-05)", () => {
    const e = eindeVoor({});
    expect(e.melden.map((r) => r.regel)).toEqual(["TK-04"]);
    expect(tekstVan(e.melden[0])).toContain("zelf aan het zorgkantoor");
    expect(e.naHetEinde.map((r) => r.regel)).toEqual(["TK-05"]);
    expect(tekstVan(e.naHetEinde[0])).toContain("opzegtermijn");
    expect(tekstVan(e.naHetEinde[0])).toContain("vakantiegeld");
  });
});
