/**
 * Layout for both PDFs (lib/budgetplan/pdf.ts, lib/zorgovereenkomst/pdf.ts): a cursor that moves
 * down the A4 page of ./document.ts and starts a new page when the next block will not fit, and
 * the blocks the PDFs are built from: paragraphs, section headings, fields to fill in, rows of a
 * label and a value, points to tick off, tables, a box, a block to sign, the page footer. Text goes
 * through ./tekst.ts, so any input prints. The PDF modules only say what goes where.
 */
import { PageSizes, rgb, type Color, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { BOVEN, BREEDTE, LINKS, ONDER, PAGINA_HOOGTE, RECHTS } from "./document";
import { eenRegel, pasGrootte, veiligeTekst, wrap } from "./tekst";

export const KLEUR = {
  tekst: rgb(0.1, 0.1, 0.1),
  zacht: rgb(0.36, 0.36, 0.36),
  lijn: rgb(0.6, 0.6, 0.6),
  band: rgb(0.89, 0.92, 0.95),
  /** The header and total rows of a table. */
  vulling: rgb(0.94, 0.94, 0.94),
  /** "Let op". */
  let: rgb(0.48, 0.29, 0),
} as const;

/** Font sizes in points. `klein`: labels and notes; `voet`: footnotes, running head, footer. */
export const GROOTTE = { titel: 17, sectie: 11, tekst: 10, klein: 8, voet: 7.5, tabel: 8.5, tabelKop: 7.5 } as const;

/**
 * The section heading: a tinted band `band` points high for one line (plus a line height per
 * extra line), its first baseline `basis` below the band's top; `voor` and `na` points of space
 * around it.
 */
export interface KopMaat {
  voor: number;
  band: number;
  basis: number;
  na: number;
}

export const KOP = {
  /** Tight, as the brochure's form (Bijlage 3): the budgetplan. */
  formulier: { voor: 0, band: 18, basis: 13, na: 8 },
  /** More air around it: the checklist. */
  ruim: { voor: 6, band: GROOTTE.sectie * 1.3 + 8, basis: 15, na: 8 },
} as const satisfies Record<string, KopMaat>;

export interface TekstOpties {
  grootte?: number;
  vet?: boolean;
  kleur?: Color;
  /** Extra indent from the left margin (paragraphs). */
  in?: number;
}

export type Uitlijning = "links" | "rechts" | "midden";

export interface Kolom {
  kop: string;
  breedte: number;
  uitlijning: Uitlijning;
}

export interface Cel {
  tekst: string;
  /** An operator ("×", "="), drawn small at the cell's left edge. */
  voor?: string;
  /** Number of columns the cell covers (default 1). */
  span?: number;
  uitlijning?: Uitlijning;
}

export interface TabelRij {
  cellen: Cel[];
  /** A (sub)total: bold on a tint, kept on the page of the row above it. */
  nadruk?: boolean;
}

export interface Veld {
  label: string;
  waarde: string;
}

const TABEL = { marge: 4, regel: 10.5, kopRegel: 9 } as const;
/** The fields of a block to sign; the box to sign in takes the rest of the width. */
const TEKENVAK_VELDEN = 270;
/** The box of a point to tick off, and the indent of its text. */
const VAKJE = 9;
const PUNT_IN = VAKJE + 8;
/** The label column of `gegeven`. */
const LABEL_BREEDTE = 150;

/** A cursor down the page; `y` is where the next block starts. */
export class Opmaak {
  private readonly doc: PDFDocument;
  private readonly gewoon: PDFFont;
  private readonly vet: PDFFont;
  private pagina: PDFPage;
  y: number;
  private lopendeKop = "";

  /** `pdf` as ./document.ts `nieuwPdf` gives it; the first page is added at once. */
  constructor(
    pdf: { doc: PDFDocument; gewoon: PDFFont; vet: PDFFont },
    private readonly kop: KopMaat,
  ) {
    this.doc = pdf.doc;
    this.gewoon = pdf.gewoon;
    this.vet = pdf.vet;
    this.pagina = this.doc.addPage(PageSizes.A4);
    this.y = PAGINA_HOOGTE - BOVEN;
  }

  /** A line on top of every next page (not the first), e.g. whose form it is. */
  zetLopendeKop(kop: string): void {
    this.lopendeKop = kop;
  }

  nieuwePagina(): void {
    this.pagina = this.doc.addPage(PageSizes.A4);
    this.y = PAGINA_HOOGTE - BOVEN;
    if (this.lopendeKop !== "") {
      this.tekst(this.lopendeKop, LINKS, PAGINA_HOOGTE - 32, { grootte: GROOTTE.voet, kleur: KLEUR.zacht });
      this.lijn(LINKS, PAGINA_HOOGTE - 38, RECHTS, PAGINA_HOOGTE - 38);
    }
  }

  /** Starts a new page unless `hoogte` still fits above the footer; true when it did. */
  ruimte(hoogte: number): boolean {
    if (this.y - hoogte >= ONDER) return false;
    this.nieuwePagina();
    return true;
  }

  font(vet = false): PDFFont {
    return vet ? this.vet : this.gewoon;
  }

  breedte(tekst: string, grootte: number, vet = false): number {
    const font = this.font(vet);
    return font.widthOfTextAtSize(veiligeTekst(tekst, font), grootte);
  }

  /** One line of text at (x, y), its baseline at y; not wrapped. */
  tekst(tekst: string, x: number, y: number, { grootte = GROOTTE.tekst, vet = false, kleur = KLEUR.tekst }: TekstOpties = {}): void {
    const font = this.font(vet);
    const schoon = veiligeTekst(tekst, font);
    if (schoon !== "") this.pagina.drawText(schoon, { x, y, size: grootte, font, color: kleur });
  }

  lijn(x1: number, y1: number, x2: number, y2: number, kleur: Color = KLEUR.lijn, dikte = 0.5): void {
    this.pagina.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: dikte, color: kleur });
  }

  vlak(x: number, y: number, breedte: number, hoogte: number, vulling?: Color, rand?: Color, randDikte = 0.5): void {
    this.pagina.drawRectangle({
      x,
      y,
      width: breedte,
      height: hoogte,
      ...(vulling === undefined ? {} : { color: vulling }),
      ...(rand === undefined ? {} : { borderColor: rand, borderWidth: randDikte }),
    });
  }

  /** The lines of a paragraph over the full width less its indent. */
  regels(tekst: string, { grootte = GROOTTE.tekst, vet = false, in: inspringen = 0 }: TekstOpties = {}): string[] {
    return wrap(tekst, this.font(vet), grootte, BREEDTE - inspringen);
  }

  alineaHoogte(tekst: string, opties: TekstOpties = {}, na = 6): number {
    return this.regels(tekst, opties).length * (opties.grootte ?? GROOTTE.tekst) * 1.3 + na;
  }

  /** Wrapped text that may flow onto the next page, line by line; `na` points after it. */
  alinea(tekst: string, opties: TekstOpties = {}, na = 6): void {
    const { grootte = GROOTTE.tekst, vet = false, kleur = KLEUR.tekst, in: inspringen = 0 } = opties;
    const regelafstand = grootte * 1.3;
    for (const regel of this.regels(tekst, opties)) {
      this.ruimte(regelafstand);
      this.y -= regelafstand;
      this.tekst(regel, LINKS + inspringen, this.y + grootte * 0.25, { grootte, vet, kleur });
    }
    this.y -= na;
  }

  /**
   * A section heading on a tinted band (wrapped when long), kept on one page with `houdBij`
   * points of what follows; when that is more than a page, with its first 40 points.
   */
  sectieKop(tekst: string, houdBij = 40): void {
    const { voor, band, basis, na } = this.kop;
    const grootte = GROOTTE.sectie;
    const regels = this.regels(tekst, { grootte, vet: true, in: 12 });
    const hoogte = band + Math.max(0, regels.length - 1) * grootte * 1.3;
    const nodig = voor + hoogte + na;
    this.ruimte(nodig + (nodig + houdBij > PAGINA_HOOGTE - BOVEN - ONDER ? 40 : houdBij));
    this.y -= voor;
    this.vlak(LINKS, this.y - hoogte, BREEDTE, hoogte, KLEUR.band);
    regels.forEach((regel, i) => this.tekst(regel, LINKS + 6, this.y - basis - i * grootte * 1.3, { grootte, vet: true }));
    this.y -= hoogte + na;
  }

  // -------------------------------------------------------------------------------------------
  // Fields to fill in (a form): a small label, the value, a line under it to write on

  private veldRegels(waarde: string, breedte: number): string[] {
    const regels = wrap(waarde, this.gewoon, GROOTTE.tekst, breedte);
    return regels.length === 0 ? [""] : regels;
  }

  veldHoogte(waarde: string, breedte: number): number {
    return 26 + (this.veldRegels(waarde, breedte).length - 1) * 13;
  }

  /** One field with its top at `boven`; does not move the cursor. */
  veld(x: number, boven: number, breedte: number, label: string, waarde: string): void {
    this.tekst(label, x, boven - 8, { grootte: GROOTTE.klein, kleur: KLEUR.zacht });
    const regels = this.veldRegels(waarde, breedte);
    regels.forEach((regel, i) => this.tekst(regel, x, boven - 22 - i * 13));
    const onder = boven - this.veldHoogte(waarde, breedte);
    this.lijn(x, onder, x + breedte, onder);
  }

  /** Fields side by side over the full width, 16 points apart, kept on one page. */
  veldenRij(velden: Veld[]): void {
    const tussen = 16;
    const breedte = (BREEDTE - tussen * (velden.length - 1)) / velden.length;
    const hoogte = Math.max(...velden.map((v) => this.veldHoogte(v.waarde, breedte)));
    this.ruimte(hoogte);
    velden.forEach((v, i) => this.veld(LINKS + i * (breedte + tussen), this.y, breedte, v.label, v.waarde));
    this.y -= hoogte + 10;
  }

  /** A question with a free-text answer that flows over pages; an empty one as a field to fill in. */
  vrijeTekst(vraag: string, antwoord: string): void {
    if (wrap(antwoord, this.gewoon, GROOTTE.tekst, BREEDTE).length === 0) {
      this.veldenRij([{ label: vraag, waarde: "" }]);
      return;
    }
    this.ruimte(12 + 13 * 2);
    this.tekst(vraag, LINKS, this.y - 8, { grootte: GROOTTE.klein, kleur: KLEUR.zacht });
    this.y -= 10;
    this.alinea(antwoord, {}, 10);
  }

  // -------------------------------------------------------------------------------------------
  // A checklist: rows of a label and a value, points to tick off

  /** A label and its value on one row, the value wrapped in its column. */
  gegeven(label: string, waarde: string): void {
    const regels = wrap(waarde, this.gewoon, GROOTTE.tekst, BREEDTE - LABEL_BREEDTE);
    const afstand = GROOTTE.tekst * 1.35;
    this.ruimte(Math.max(1, regels.length) * afstand);
    this.tekst(label, LINKS, this.y - afstand + 3, { kleur: KLEUR.zacht });
    regels.forEach((regel, i) => this.tekst(regel, LINKS + LABEL_BREEDTE, this.y - (i + 1) * afstand + 3));
    this.y -= Math.max(1, regels.length) * afstand;
  }

  /** A point to tick off: an empty box, the text beside it. The box and first line stay together. */
  punt(tekst: string): void {
    const grootte = GROOTTE.tekst;
    this.ruimte(grootte * 1.3 + 2);
    this.vlak(LINKS + 2, this.y - grootte * 1.3 + 1, VAKJE, VAKJE, undefined, KLEUR.tekst, 0.8);
    this.alinea(tekst, { in: PUNT_IN }, 5);
  }

  // -------------------------------------------------------------------------------------------
  // Tables

  private celRegels(cel: Cel, breedte: number, uitlijning: Uitlijning, vet: boolean, grootte: number): string[] {
    if (uitlijning !== "links") return [eenRegel(cel.tekst)];
    const regels = wrap(eenRegel(cel.tekst), this.font(vet), grootte, breedte - 2 * TABEL.marge);
    return regels.length === 0 ? [""] : regels;
  }

  private tabelRij(kolommen: Kolom[], cellen: Cel[], soort: "kop" | "gewoon" | "nadruk", meten: boolean): number {
    const vet = soort !== "gewoon";
    const grootte = soort === "kop" ? GROOTTE.tabelKop : GROOTTE.tabel;
    const regelafstand = soort === "kop" ? TABEL.kopRegel : TABEL.regel;
    const geplaatst: { x: number; breedte: number; cel: Cel; uitlijning: Uitlijning; regels: string[] }[] = [];
    let kolom = 0;
    let x = LINKS;
    for (const cel of cellen) {
      const span = cel.span ?? 1;
      const gedekt = kolommen.slice(kolom, kolom + span);
      const breedte = gedekt.reduce((som, k) => som + k.breedte, 0);
      const uitlijning = cel.uitlijning ?? gedekt[0]?.uitlijning ?? "links";
      // Headers always wrap; they are words, not amounts.
      const regels = soort === "kop" ? this.celRegels(cel, breedte, "links", vet, grootte) : this.celRegels(cel, breedte, uitlijning, vet, grootte);
      geplaatst.push({ x, breedte, cel, uitlijning, regels });
      kolom += span;
      x += breedte;
    }
    const hoogte = Math.max(...geplaatst.map((g) => g.regels.length)) * regelafstand + 6;
    if (meten) return hoogte;

    const boven = this.y;
    if (soort !== "gewoon") this.vlak(LINKS, boven - hoogte, BREEDTE, hoogte, KLEUR.vulling);
    for (const { x: celX, breedte, cel, uitlijning, regels } of geplaatst) {
      this.vlak(celX, boven - hoogte, breedte, hoogte, undefined, KLEUR.lijn);
      const basis = boven - TABEL.marge - grootte * 0.78;
      const binnen = breedte - 2 * TABEL.marge;
      let voorBreedte = 0;
      if (cel.voor !== undefined && soort !== "kop") {
        this.tekst(cel.voor, celX + TABEL.marge, basis, { grootte, kleur: KLEUR.zacht });
        voorBreedte = this.breedte(cel.voor, grootte) + 3;
      }
      regels.forEach((regel, i) => {
        const y = basis - i * regelafstand;
        if (soort === "kop") {
          // Header words sit over their values: right-aligned over amounts.
          const kopX = uitlijning === "rechts" ? celX + breedte - TABEL.marge - this.breedte(regel, grootte, vet) : celX + TABEL.marge;
          this.tekst(regel, kopX, y, { grootte, vet });
          return;
        }
        if (uitlijning === "links") {
          this.tekst(regel, celX + TABEL.marge, y, { grootte, vet });
          return;
        }
        const maat = pasGrootte(veiligeTekst(regel, this.font(vet)), this.font(vet), grootte, binnen - voorBreedte);
        const tekstBreedte = this.breedte(regel, maat, vet);
        const tx = uitlijning === "rechts" ? celX + breedte - TABEL.marge - tekstBreedte : celX + (breedte - tekstBreedte) / 2;
        this.tekst(regel, tx, y, { grootte: maat, vet });
      });
    }
    this.y -= hoogte;
    return hoogte;
  }

  tabelHoogte(kolommen: Kolom[], rijen: TabelRij[]): number {
    const kop = this.tabelRij(kolommen, kolommen.map((k) => ({ tekst: k.kop })), "kop", true);
    return rijen.reduce((som, rij) => som + this.tabelRij(kolommen, rij.cellen, rij.nadruk === true ? "nadruk" : "gewoon", true), kop) + 6;
  }

  /**
   * A table over the full width: left-aligned cells wrap, amounts shrink to fit. Rows never
   * split; on a new page the header is repeated.
   */
  tabel(kolommen: Kolom[], rijen: TabelRij[]): void {
    const kop = kolommen.map((k) => ({ tekst: k.kop }));
    const kopHoogte = this.tabelRij(kolommen, kop, "kop", true);
    const eerste = rijen[0];
    const eersteHoogte = eerste === undefined ? 0 : this.tabelRij(kolommen, eerste.cellen, eerste.nadruk === true ? "nadruk" : "gewoon", true);
    this.ruimte(kopHoogte + eersteHoogte);
    this.tabelRij(kolommen, kop, "kop", false);
    const soorten = rijen.map((rij): "nadruk" | "gewoon" => (rij.nadruk === true ? "nadruk" : "gewoon"));
    const hoogten = rijen.map((rij, i) => this.tabelRij(kolommen, rij.cellen, soorten[i] ?? "gewoon", true));
    rijen.forEach((rij, i) => {
      // A (sub)total is kept on the page of the row above it, so a total never stands alone.
      let nodig = hoogten[i] ?? 0;
      for (let j = i + 1; soorten[i] === "gewoon" && soorten[j] === "nadruk"; j++) nodig += hoogten[j] ?? 0;
      if (this.ruimte(nodig)) this.tabelRij(kolommen, kop, "kop", false);
      this.tabelRij(kolommen, rij.cellen, soorten[i] ?? "gewoon", false);
    });
    this.y -= 6;
  }

  // -------------------------------------------------------------------------------------------
  // A box, a block to sign

  /** A box with a thin border, a bold heading and wrapped paragraphs, kept whole on one page. */
  kader(kop: string, alineas: { tekst: string; opmaak?: TekstOpties }[]): void {
    const marge = 8;
    const binnen = BREEDTE - 2 * marge;
    const gezet = alineas.map(({ tekst, opmaak = {} }) => {
      const grootte = opmaak.grootte ?? GROOTTE.tekst;
      return { opmaak, grootte, regels: wrap(tekst, this.font(opmaak.vet), grootte, binnen) };
    });
    const kopAfstand = GROOTTE.tekst * 1.3 + 4;
    const hoogte = 2 * marge + kopAfstand + gezet.reduce((som, a) => som + a.regels.length * a.grootte * 1.3 + 3, 0);
    this.ruimte(hoogte + 8);
    this.y -= 8;
    const boven = this.y;
    this.vlak(LINKS, boven - hoogte, BREEDTE, hoogte, undefined, KLEUR.lijn);
    let y = boven - marge - GROOTTE.tekst;
    this.tekst(kop, LINKS + marge, y, { vet: true });
    y -= kopAfstand - GROOTTE.tekst;
    for (const { opmaak, grootte, regels } of gezet) {
      for (const regel of regels) {
        y -= grootte * 1.3;
        this.tekst(regel, LINKS + marge, y + grootte * 0.25, { ...opmaak, grootte });
      }
      y -= 3;
    }
    this.y = boven - hoogte - 8;
  }

  private tekenvakMaten(velden: Veld[]): { hoogten: number[]; hoogte: number } {
    const hoogten = velden.map((v) => this.veldHoogte(v.waarde, TEKENVAK_VELDEN) + 8);
    return { hoogten, hoogte: hoogten.reduce((som, h) => som + h, 0) };
  }

  tekenvakHoogte(velden: Veld[]): number {
    return this.tekenvakMaten(velden).hoogte + 8;
  }

  /**
   * A block to sign: `velden` (name, date, …) under each other on the left, a box headed
   * `vakLabel` to sign in on the right; kept on one page with `houdBij` points of what follows.
   */
  tekenvak(velden: Veld[], vakLabel: string, houdBij = 0): void {
    const { hoogten, hoogte } = this.tekenvakMaten(velden);
    this.ruimte(hoogte + houdBij);
    const boven = this.y;
    let y = boven;
    velden.forEach(({ label, waarde }, i) => {
      this.veld(LINKS, y, TEKENVAK_VELDEN, label, waarde);
      y -= hoogten[i] ?? 0;
    });
    const handX = LINKS + TEKENVAK_VELDEN + 20;
    this.tekst(vakLabel, handX, boven - 8, { grootte: GROOTTE.klein, kleur: KLEUR.zacht });
    this.vlak(handX, boven - hoogte + 8, RECHTS - handX, hoogte - 22, undefined, KLEUR.lijn);
    this.y = boven - hoogte - 8;
  }

  // -------------------------------------------------------------------------------------------
  // Finishing

  /**
   * On every page, below a thin line: `links` (its first line, clear of the page number),
   * `nummer(pagina, van)` on the right, both at `grootte`; and `onder` (its first line) at 6.5
   * points beneath them. `vanaf`: the pages before it keep the footer they have, and the rest
   * are numbered on their own from 1 (the budgetplan's English page after the Dutch form).
   */
  paginavoet({ links, nummer, grootte, onder, vanaf = 0 }: { links: string; nummer: (pagina: number, van: number) => string; grootte: number; onder?: string; vanaf?: number }): void {
    const font = this.gewoon;
    const kleur = KLEUR.zacht;
    const linksRegel = wrap(links, font, grootte, BREEDTE - 80)[0] ?? "";
    const onderRegel = onder === undefined ? "" : (wrap(onder, font, 6.5, BREEDTE)[0] ?? "");
    const paginas = this.doc.getPages().slice(vanaf);
    paginas.forEach((pagina, i) => {
      const tekst = veiligeTekst(nummer(i + 1, paginas.length), font);
      pagina.drawLine({ start: { x: LINKS, y: 44 }, end: { x: RECHTS, y: 44 }, thickness: 0.5, color: KLEUR.lijn });
      pagina.drawText(linksRegel, { x: LINKS, y: 32, size: grootte, font, color: kleur });
      pagina.drawText(tekst, { x: RECHTS - font.widthOfTextAtSize(tekst, grootte), y: 32, size: grootte, font, color: kleur });
      if (onder !== undefined) pagina.drawText(onderRegel, { x: LINKS, y: 22, size: 6.5, font, color: kleur });
    });
  }

  /** How many pages the document has so far. */
  aantalPaginas(): number {
    return this.doc.getPageCount();
  }

  opslaan(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
