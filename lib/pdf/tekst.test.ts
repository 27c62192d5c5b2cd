import { PDFDocument, StandardFonts, type PDFFont } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { eenRegel, pasGrootte, slug, veiligeTekst, wrap } from "./tekst";

let font: PDFFont;
let vet: PDFFont;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  font = await doc.embedFont(StandardFonts.Helvetica);
  vet = await doc.embedFont(StandardFonts.HelveticaBold);
});

/** Every character of `tekst` encodes in the font (what pdf-lib would otherwise throw on). */
function alleTekensPassen(tekst: string, f: PDFFont): boolean {
  const set = new Set(f.getCharacterSet());
  return [...tekst].every((teken) => teken === "\n" || set.has(teken.codePointAt(0) ?? -1));
}

describe("veiligeTekst", () => {
  it("keeps the Dutch characters WinAnsi has: accents, trema, €, quotes and dashes", () => {
    const nederlands = "Café Zoë, naïef, één, reünie, coöperatie, enquête, à la, Curaçao, Müller, ’s-Hertogenbosch – € 15,- “zo” × ½";
    expect(veiligeTekst(nederlands, font)).toBe(nederlands);
    expect(veiligeTekst(nederlands.toUpperCase(), vet)).toBe(nederlands.toUpperCase());
  });

  it("gives the ĳ-ligature and letters outside WinAnsi a close equivalent", () => {
    expect(veiligeTekst("Ĳsselmonde ĳs", font)).toBe("IJsselmonde ijs");
    expect(veiligeTekst("Erdős Şahin Łódź Ayşe Yılmaz Đorđe", font)).toBe("Erdos Sahin Lódz Ayse Yilmaz Dorde");
  });

  it("maps to WinAnsi: keeps € and Dutch accents, simplifies the rest", () => {
    expect(veiligeTekst("€ 15,- café naïef – ‘ok’ × ½", font)).toBe("€ 15,- café naïef – ‘ok’ × ½");
    expect(veiligeTekst("Erdős Şahin Łódź ĳ", font)).toBe("Erdos Sahin Lódz ij");
    // a joiner and a lone accent vanish; a decomposed "é" is put back together
    expect(veiligeTekst("a\u200db\u0301 e\u0301", font)).toBe("ab é");
  });

  it("prints what has no close letter as '?', a tab or odd space as a space, and never fails", () => {
    expect(veiligeTekst("张伟", font)).toBe("??");
    expect(veiligeTekst("👍🏽", font)).toBe("??");
    expect(veiligeTekst("a\tb\u00a0c\u2003d", font)).toBe("a b\u00a0c d");
    expect(veiligeTekst("een\r\ntwee\rdrie", font)).toBe("een\ntwee\ndrie");
    const rommel = "Ωμέγα Жук ☃ 🙂 \u0000\u0007 ﬁ ẞ Ǆ";
    expect(alleTekensPassen(veiligeTekst(rommel, font), font)).toBe(true);
  });
});

describe("wrap", () => {
  it("keeps every line within the width and every word, in order", () => {
    const tekst = "Wassen en aankleden, insuline prikken of samen boodschappen doen. ".repeat(5).trim();
    const regels = wrap(tekst, font, 10, 120);
    expect(regels.length).toBeGreaterThan(5);
    for (const regel of regels) expect(font.widthOfTextAtSize(regel, 10)).toBeLessThanOrEqual(120);
    expect(regels.join(" ")).toBe(tekst);
  });

  it("cuts a word wider than the line at the width, the first pieces as full as they can be", () => {
    const woord = "Zorgverlenersovereenkomstenadministratiecontroleurs".repeat(3);
    const breedte = 100;
    const regels = wrap(`kort ${woord} eind`, font, 10, breedte);
    expect(regels[0]).toBe("kort");
    for (const regel of regels) expect(font.widthOfTextAtSize(regel, 10)).toBeLessThanOrEqual(breedte);
    // Each piece of the long word but its last is full: one more letter would not fit.
    const stukken = regels.slice(1, -1);
    expect(stukken.length).toBeGreaterThan(2);
    for (const [i, stuk] of stukken.slice(0, -1).entries()) {
      const volgendeLetter = stukken[i + 1]?.[0] ?? "";
      expect(font.widthOfTextAtSize(stuk + volgendeLetter, 10)).toBeGreaterThan(breedte);
    }
    expect(regels.join("").replace(/ /g, "")).toBe(`kort${woord}eind`);
  });

  it("cuts a long word with accents and characters outside WinAnsi the same way", () => {
    const woord = "Ĳsselmonde-Erdős-Lefèvre-".repeat(8);
    const regels = wrap(woord, vet, 10, 80);
    for (const regel of regels) expect(vet.widthOfTextAtSize(regel, 10)).toBeLessThanOrEqual(80);
    expect(regels.join("")).toBe("IJsselmonde-Erdos-Lefèvre-".repeat(8));
  });

  it("keeps paragraphs, collapses extra blank lines and gives nothing for empty text", () => {
    expect(wrap("een\n\n\n\ntwee\r\ndrie", font, 10, 400)).toEqual(["een", "", "twee", "drie"]);
    expect(wrap("  \n \t ", font, 10, 400)).toEqual([]);
  });
});

describe("eenRegel, pasGrootte, slug", () => {
  it("makes a one-line field of text with line breaks and runs of spaces", () => {
    expect(eenRegel("  Jan\n\nde   Vries\t")).toBe("Jan de Vries");
  });

  it("shrinks an amount that does not fit, never below 4 points", () => {
    expect(pasGrootte("€ 1.624,00", font, 8.5, 200)).toBe(8.5);
    const kleiner = pasGrootte("€ 1.234.567.890,00", font, 8.5, 40);
    expect(kleiner).toBeLessThan(8.5);
    expect(font.widthOfTextAtSize("€ 1.234.567.890,00", kleiner)).toBeLessThanOrEqual(40.001);
    expect(pasGrootte("x".repeat(500), font, 8.5, 10)).toBe(4);
  });

  it("slugs a name for a file name", () => {
    expect(slug("Özdemir-Şahin de Vries")).toBe("ozdemir-sahin-de-vries");
    expect(slug("张伟")).toBe("");
    expect(slug("a".repeat(100))).toHaveLength(60);
  });
});
