/**
 * The cursor of lib/pdf/opmaak.ts: where it starts a new page, what it repeats there, and that
 * nothing is lost on the way. Text is read back with poppler's pdftotext, as the PDF tests do.
 */
import { describe, expect, it } from "vitest";
import { pdfBestanden } from "@/tests/lib/pdf-bestanden";
import { BOVEN, BREEDTE, nieuwPdf, ONDER, PAGINA_HOOGTE } from "./document";
import { GROOTTE, KOP, Opmaak, type Kolom, type KopMaat, type TabelRij } from "./opmaak";

const { tekstVan } = pdfBestanden("opmaak");

const METADATA = { titel: "Test", onderwerp: "Test", auteur: "Test", producent: "Test", trefwoorden: [] };
const BOVENAAN = PAGINA_HOOGTE - BOVEN;
const REGEL = GROOTTE.tekst * 1.3;

async function opmaak(kop: KopMaat = KOP.formulier) {
  const pdf = await nieuwPdf(METADATA, "2026-12-04");
  return { o: new Opmaak(pdf, kop), aantal: () => pdf.doc.getPageCount() };
}

const paginasVan = async (o: Opmaak): Promise<string[]> => tekstVan(await o.opslaan()).replace(/\f$/, "").split("\f");

describe("Opmaak: the cursor and page breaks", () => {
  it("starts at the top of page 1 and keeps what still fits above the bottom margin on the page", async () => {
    const { o, aantal } = await opmaak();
    expect(aantal()).toBe(1);
    expect(o.y).toBe(BOVENAAN);
    o.y = ONDER + 20;
    expect(o.ruimte(20)).toBe(false);
    expect(aantal()).toBe(1);
    expect(o.y).toBe(ONDER + 20);
  });

  it("starts a new page, at its top, when the next block reaches below the bottom margin", async () => {
    const { o, aantal } = await opmaak();
    o.y = ONDER + 20;
    expect(o.ruimte(20.5)).toBe(true);
    expect(aantal()).toBe(2);
    expect(o.y).toBe(BOVENAAN);
  });

  it("lets a paragraph flow over pages line by line, every line above the bottom margin", async () => {
    const { o, aantal } = await opmaak();
    const perPagina = Math.floor((BOVENAAN - ONDER) / REGEL);
    const regels = Array.from({ length: perPagina + 3 }, (_, i) => `Regel ${i + 1}`);
    o.alinea(regels.join("\n"), {}, 0);
    expect(aantal()).toBe(2);
    expect(o.y).toBeCloseTo(BOVENAAN - 3 * REGEL, 6);
    const [een, twee] = await paginasVan(o);
    expect(een).toContain(`Regel ${perPagina}\n`);
    expect(een).not.toContain(`Regel ${perPagina + 1}\n`);
    expect(twee?.trim().split(/\n+/)).toEqual([`Regel ${perPagina + 1}`, `Regel ${perPagina + 2}`, `Regel ${perPagina + 3}`]);
  });

  it("puts the running head on every page after the first", async () => {
    const { o } = await opmaak();
    o.zetLopendeKop("Budgetplan van Zoë Erdős");
    o.alinea("woord ".repeat(2500));
    const paginas = await paginasVan(o);
    expect(paginas.length).toBeGreaterThanOrEqual(3);
    expect(paginas[0]).not.toContain("Budgetplan van");
    for (const pagina of paginas.slice(1)) expect(pagina).toContain("Budgetplan van Zoë Erdos");
  });

  it("keeps a heading with what follows: to the next page when that does not fit under it", async () => {
    const { o, aantal } = await opmaak();
    o.y = ONDER + 26 + 30;
    o.sectieKop("Past precies", 30);
    expect(aantal()).toBe(1);
    o.y = ONDER + 26 + 30;
    o.sectieKop("Past niet meer", 31);
    expect(aantal()).toBe(2);
    expect(o.y).toBe(BOVENAAN - 26);
  });

  it("keeps a heading with only 40 points of what follows when that is longer than a page", async () => {
    const { o, aantal } = await opmaak();
    o.y = ONDER + 26 + 40;
    o.sectieKop("Lange tekst volgt", 5000);
    expect(aantal()).toBe(1);
  });

  it("wraps a long heading on its band", async () => {
    const { o } = await opmaak(KOP.ruim);
    const kop = "Een kop die zo lang is dat hij niet op één regel past en dus over twee regels verdeeld moet worden op de band";
    o.sectieKop(kop, 0);
    expect(o.y).toBeCloseTo(BOVENAAN - 6 - (KOP.ruim.band + GROOTTE.sectie * 1.3) - 8, 6);
    expect((await paginasVan(o))[0]?.replace(/\s+/g, " ")).toContain(kop);
  });

  it("repeats a table's header on the next page, never splits a row and keeps a total with the row above it", async () => {
    const { o } = await opmaak();
    const kolommen: Kolom[] = [
      { kop: "Naam", breedte: BREEDTE - 100, uitlijning: "links" },
      { kop: "Bedrag", breedte: 100, uitlijning: "rechts" },
    ];
    const rijen: TabelRij[] = [
      ...Array.from({ length: 60 }, (_, i) => ({ cellen: [{ tekst: `Zorgverlener ${i + 1}` }, { tekst: `€ ${i + 1},00` }] })),
      { nadruk: true, cellen: [{ tekst: "Totaal" }, { tekst: "€ 1.830,00" }] },
    ];
    o.tabel(kolommen, rijen);
    const paginas = await paginasVan(o);
    expect(paginas.length).toBe(2);
    for (const pagina of paginas) expect(pagina.match(/Naam +Bedrag/g)).toHaveLength(1);
    const alles = paginas.join("\n");
    for (let i = 1; i <= 60; i++) expect(alles).toMatch(new RegExp(`Zorgverlener ${i} +€ ${i},00`));
    // The total is on the page of the last row.
    expect(paginas.findIndex((p) => p.includes("Zorgverlener 60 "))).toBe(paginas.findIndex((p) => p.includes("Totaal")));
  });

  it("keeps a box whole: on the next page when it does not fit", async () => {
    const { o, aantal } = await opmaak();
    o.y = ONDER + 40;
    o.kader("Digitaal ondertekend", [{ tekst: "Eén regel." }, { tekst: "Nog een regel." }]);
    expect(aantal()).toBe(2);
    const paginas = await paginasVan(o);
    expect(paginas[1]).toContain("Digitaal ondertekend");
    expect(paginas[1]).toContain("Nog een regel.");
  });

  it("numbers every page in the footer", async () => {
    const { o } = await opmaak();
    o.nieuwePagina();
    o.nieuwePagina();
    o.paginavoet({ links: "Bron: de brochure", nummer: (n, van) => `Pagina ${n} van ${van}`, grootte: GROOTTE.voet, onder: "Kleine regel" });
    const paginas = await paginasVan(o);
    expect(paginas).toHaveLength(3);
    paginas.forEach((pagina, i) => {
      expect(pagina).toMatch(new RegExp(`Bron: de brochure +Pagina ${i + 1} van 3`));
      expect(pagina).toContain("Kleine regel");
    });
  });
});
