import { describe, expect, it } from "vitest";
import { leesBron } from "@/tests/lib/bronnen";
import { ZORGKANTOORREGIOS } from "./data/zorgkantoren";
import { ALLE_ZORGKANTOREN, overZorgkantoren, telefoonInternationaal, zorgkantoorRedenen, zorgkantoorVoorRegio } from "./zorgkantoor";
import { tekstVan } from "@/tests/lib/redenen";

/**
 * The 31 distinct CBS codes (2016–2025) with their CBS names, from
 * `bronnen/zorgkantoorregios_cbs_2016-2025_en_aanwijzing_2014.csv` (columns 4 and 5).
 */
const CBS_CSV: Record<string, string> = Object.fromEntries(
  leesBron("zorgkantoorregios_cbs_2016-2025_en_aanwijzing_2014.csv").map((r) => [r.cbs_zk_code_2016_2025, r.cbs_zk_naam_2025]),
);

function zorgkantoor(code: string) {
  const zk = zorgkantoorVoorRegio(code);
  if (!zk) throw new Error(`test data: geen zorgkantoor voor ${code}`);
  return zk;
}

describe("zorgkantoren (Bijlage 2)", () => {
  it("ZK-02: 31 rows with unique codes, matching the CSV's 31 distinct CBS codes and names", () => {
    expect(ALLE_ZORGKANTOREN).toHaveLength(31);
    const codes = ALLE_ZORGKANTOREN.map((zk) => zk.zkCode);
    expect(new Set(codes).size).toBe(31);
    expect([...codes].sort()).toEqual(Object.keys(CBS_CSV).sort());
    for (const zk of ALLE_ZORGKANTOREN) expect(zk.cbsNaam).toBe(CBS_CSV[zk.zkCode]);
  });

  it("ZK-02: every row has a website and a phone number, printed and for a tel: link", () => {
    for (const zk of ALLE_ZORGKANTOREN) {
      expect(zk.website).toMatch(/^www\./);
      expect(zk.websiteUrl).toBe(`https://${zk.website}`);
      expect(zk.telefoon).toMatch(/^\(0\d{2,3}\) [\d ]+$/);
      expect(zk.telefoonInternationaal).toMatch(/^\+31\d{9}$/);
    }
  });

  it("ZK-02: Coöperatie VGZ has exactly 7 regions", () => {
    const vgz = ALLE_ZORGKANTOREN.filter((zk) => zk.zorgverzekeraar === "VGZ").map((zk) => zk.regio);
    expect(vgz).toEqual([
      "Nijmegen", "Noord-Holland-Noord", "Midden Holland", "Waardenland", "Midden Brabant", "Noordoost Brabant", "Noord en Midden Limburg",
    ]);
  });

  it("ZK-01: each zorgkantoor's zorgverzekeraar follows from its website", () => {
    expect(zorgkantoor("ZK09")).toMatchObject({ regio: "Groningen", zorgverzekeraar: "Menzis", telefoonInternationaal: "+31882224949" });
    expect(zorgkantoor("ZK08").zorgverzekeraar).toBe("De Friesland");
    expect(zorgkantoor("ZK14")).toMatchObject({ regio: "Midden IJssel", zorgverzekeraar: "Salland", telefoonInternationaal: "+31570687451" });
    expect(zorgkantoor("ZK33").zorgverzekeraar).toBe("DSW");
    expect(zorgkantoor("ZK28").zorgverzekeraar).toBe("Zorg en Zekerheid");
    expect(zorgkantoor("ZK31").zorgverzekeraar).toBe("CZ");
    expect(zorgkantoor("ZK02").zorgverzekeraar).toBe("Zilveren Kruis");
  });

  it("ZK-02: the printed table's cut-off names are repaired", () => {
    expect(zorgkantoor("ZK01").regio).toBe("Amstelland en de Meerlanden");
    expect(zorgkantoor("ZK21").regio).toBe("'t Gooi");
  });

  it("ZK-01: looks up a region code in any case; the 2015 codes merged into ZK33 still find it", () => {
    expect(zorgkantoor(" zk23 ").regio).toBe("Utrecht");
    expect(zorgkantoor("ZK05").zkCode).toBe("ZK33");
    expect(zorgkantoor("ZK15").zkCode).toBe("ZK33");
    expect(zorgkantoorVoorRegio("ZK99")).toBeNull();
    expect(zorgkantoorVoorRegio("")).toBeNull();
  });

  it("keeps the brochure's order", () => {
    expect(ALLE_ZORGKANTOREN.map((zk) => zk.zkCode)).toEqual(ZORGKANTOORREGIOS.map((r) => r.zkCode));
    expect(ALLE_ZORGKANTOREN[0]?.regio).toBe("Groningen");
    expect(ALLE_ZORGKANTOREN[30]?.regio).toBe("Zuid Limburg");
  });

  it("ZK-01 ZK-02: the reasons name the region, the zorgverzekeraar and the source", () => {
    const redenen = zorgkantoorRedenen(zorgkantoor("ZK16"));
    expect(redenen.map((r) => r.regel)).toEqual(["ZK-01", "ZK-01", "ZK-02"]);
    const tekst = redenen.map((r) => tekstVan(r)).join(" ");
    expect(tekst).toContain("Nijmegen");
    expect(tekst).toContain("VGZ");
    expect(tekst).toContain("Bijlage 2");
    expect(redenen[2]?.bron).toBe("Bijlage 2; Vind uw zorgkantoor");
  });

  it("ZK-02: explains 31 regions against the 32 zorgkantoren of Vind uw zorgkantoor", () => {
    const [r] = overZorgkantoren();
    expect(r?.regel).toBe("ZK-02");
    expect(tekstVan(r)).toContain("31 regio's");
    expect(tekstVan(r)).toContain("VGZ heeft er 7");
    expect(tekstVan(r)).toContain("32");
  });

  it("turns a printed phone number into an international one", () => {
    expect(telefoonInternationaal("(088) 222 49 49")).toBe("+31882224949");
    expect(telefoonInternationaal("+31 88 222 49 49")).toBe("+31882224949");
  });
});
