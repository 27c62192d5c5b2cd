/** The words of which zorgkantoor (ZK-01, ZK-02) for someone who fills in for Riet (docs/decisions/028). */
import { describe, expect, it } from "vitest";
import { BRON_ZORGKANTOREN } from "@/rules/data/zorgkantoren";
import { REDEN_CODES, type Reden } from "@/rules/redenen";
import { overZorgkantoren } from "@/rules/zorgkantoor";
import { zoekZorgkantoor } from "@/rules/zorgkantoor-zoeken";
import { redenTekst, ZORGKANTOOR, type Publiek } from "./index";

const RIET: Publiek = { wie: "namens", naam: "Riet" };

/** Searches that reach each code: gemeente, woonplaatsen old and new, postcodes, nothing. */
function alleRedenen(): Reden[] {
  const uit: Reden[] = [...overZorgkantoren()];
  for (const invoer of ["Tilburg", "Weesp", "Vianen", "Leidschendam", "Ooltgensplaat", "Akkrum", "5038", "9999", "8490", "0123", "Nergenshuizen"]) {
    const u = zoekZorgkantoor(invoer);
    if ("redenen" in u) uit.push(...u.redenen);
  }
  return uit;
}

/** Titles ("Vind uw zorgkantoor") and the source's name are names, not words to the reader. */
function zonderTitels(tekst: string): string {
  return tekst.replace(BRON_ZORGKANTOREN, "").replace(/"[^"]*"/g, "");
}

describe("words of the zorgkantoor for another reader", () => {
  const redenen = alleRedenen();

  it("reach every code of the family", () => {
    expect(new Set(redenen.map((r) => r.code))).toEqual(new Set(REDEN_CODES.filter((c) => c.startsWith("zk."))));
  });

  it("speak about Riet, never to 'u', and leave titles as they are", () => {
    for (const r of redenen) expect(zonderTitels(redenTekst(r, RIET)), r.code).not.toMatch(/\b[Uu]w?\b/);
    const bron = redenen.find((r) => r.code === "zk.bron");
    expect(bron && redenTekst(bron, RIET)).toContain(BRON_ZORGKANTOREN);
    expect(redenTekst(overZorgkantoren()[0] as Reden, RIET)).toContain('"Vind uw zorgkantoor"');
  });

  it("tell whose region it is", () => {
    const u = zoekZorgkantoor("Tilburg");
    const regio = "redenen" in u ? u.redenen.find((r) => r.code === "zk.regio") : undefined;
    expect(regio?.gegevens).toEqual({ regio: "Midden Brabant", zorgverzekeraar: "VGZ" });
    expect(regio && redenTekst(regio, RIET)).toBe("Riet woont in de zorgkantoorregio Midden Brabant. Daar is 1 zorgkantoor. Het hoort bij zorgverzekeraar VGZ.");
    expect(regio && redenTekst(regio, ZORGKANTOOR)).toMatch(/^De aanvrager woont in de zorgkantoorregio/);
  });
});
