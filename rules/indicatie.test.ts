import { describe, expect, it } from "vitest";
import { CIZ_BESLISTERMIJN_WEKEN, indicatiebesluitFeiten, wlzPastMogelijk, type WlzVragen } from "./indicatie";
import { tekstVan } from "@/tests/lib/redenen";

function vragen(extra: WlzVragen = {}): WlzVragen {
  return { ...extra };
}

describe("wlzPastMogelijk (IND-01, IND-02)", () => {
  it("IND-01: without the need, an adult goes to the Wmo-loket or the huisarts", () => {
    const a = wlzPastMogelijk(vragen({ permanentToezichtOf24UurZorgNabij: false, jongerDan18: false }));
    expect(a.uitkomst).toBe("nee");
    expect(a.verwijzing).toEqual(["wmo-loket", "huisarts"]);
    expect(a.redenen.every((r) => r.regel === "IND-01" && r.bron === "Stap 1")).toBe(true);
    expect(a.redenen.map((r) => r.code)).toEqual(["ind.geen-wlz", "ind.verwijzing-volwassene"]);
    expect(tekstVan(a.redenen[1])).toContain("Wmo-loket");
  });
  it("IND-01: without the need, someone under 18 goes to the jeugdzorg-loket or the huisarts", () => {
    const a = wlzPastMogelijk(vragen({ permanentToezichtOf24UurZorgNabij: false, jongerDan18: true }));
    expect(a.verwijzing).toEqual(["jeugdzorg-loket", "huisarts"]);
    expect(a.redenen[1]?.code).toBe("ind.verwijzing-jeugd");
    expect(tekstVan(a.redenen[1])).toContain("jeugdzorg");
  });
  it("IND-01: without the need and age unknown, both loketten and the huisarts", () => {
    const a = wlzPastMogelijk(vragen({ permanentToezichtOf24UurZorgNabij: false }));
    expect(a.uitkomst).toBe("nee");
    expect(a.verwijzing).toEqual(["wmo-loket", "jeugdzorg-loket", "huisarts"]);
    expect(a.redenen[1]?.code).toBe("ind.verwijzing-leeftijd-onbekend");
  });
  it("IND-02: with the need only the CIZ decides, within six weeks", () => {
    const a = wlzPastMogelijk(vragen({ permanentToezichtOf24UurZorgNabij: true }));
    expect(a.uitkomst).toBe("navragen");
    expect(a.verwijzing).toEqual([]);
    expect(CIZ_BESLISTERMIJN_WEKEN).toBe(6);
    const ciz = a.redenen.find((r) => r.regel === "IND-02");
    expect(a.redenen.map((r) => r.code)).toEqual(["ind.wlz-past-misschien", "ind.ciz-beslist"]);
    expect(ciz?.gegevens).toEqual({ weken: CIZ_BESLISTERMIJN_WEKEN });
    expect(tekstVan(ciz)).toContain("088 – 789 10 00");
    expect(tekstVan(ciz)).toContain("www.ciz.nl");
    expect(tekstVan(ciz)).toContain(`binnen ${CIZ_BESLISTERMIJN_WEKEN} weken`);
  });
  it("IND-01 / IND-02: with the need unknown: navragen, never a guess", () => {
    const a = wlzPastMogelijk(vragen());
    expect(a.uitkomst).toBe("navragen");
    expect(a.redenen.map((r) => r.regel)).toEqual(["IND-01", "IND-02"]);
    expect(a.redenen[0]?.code).toBe("ind.wlz-onbekend");
  });
});

describe("indicatiebesluitFeiten (IND-04)", () => {
  it("IND-04: no end date, report changes to the CIZ, it can be withdrawn", () => {
    const feiten = indicatiebesluitFeiten();
    expect(feiten).toHaveLength(3);
    expect(feiten.every((r) => r.regel === "IND-04")).toBe(true);
    expect(feiten.map((r) => r.code)).toEqual(["ind.geen-einddatum", "ind.wijziging-melden", "ind.intrekken"]);
    expect(feiten.map((r) => tekstVan(r)).join(" ")).toMatch(/onbepaalde tijd[\s\S]*Meld dat aan het CIZ[\s\S]*intrekken/);
  });
});
