/**
 * The budgetplan as a PDF, laid out after Bijlage 3 of the brochure (BP-01): sections 1–7, the
 * tables of 5 and 6 with rows A–F, the Totaal and the ondertekening (AV-08). Every sum comes from
 * rules/budgetplan.ts (BP-02, BP-03); this file only places text.
 *
 * Real text in the 14 standard fonts (Helvetica), so the zorgkantoor can search and copy it and
 * the file stays small. Those fonts speak WinAnsi only: `veiligeTekst` maps every other character
 * to a close one instead of letting pdf-lib throw on a name such as "Erdős" or "张伟".
 */
import { PageSizes, rgb, type Color, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { budgetplanPdf as t } from "@/content/budgetplan-pdf";
import {
  berekenBudgetplan,
  BUDGETPLAN_RIJEN_PER_BLAD,
  formatBreuk,
  rijLetter,
  verdeelOverBladen,
  type BudgetplanRegel,
  type BudgetplanRegelInvoer,
} from "@/rules/budgetplan";
import { formatDatumNl, isGeldigeDatum } from "@/rules/datum";
import { formatBedrag, formatUren } from "@/rules/geld";
import { parametersOp } from "@/rules/parameters";
import type { IsoDatum } from "@/rules/types";
import { BOVEN, BREEDTE, LINKS, nieuwPdf, ONDER, PAGINA_HOOGTE, RECHTS } from "@/lib/pdf/document";
import {
  benaderTeken,
  type BudgetplanDigitaleHandtekening,
  type BudgetplanDocument,
  type BudgetplanOndertekenaar,
  type BudgetplanZorgverlener,
} from "./document";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

const KLEUR = {
  tekst: rgb(0.1, 0.1, 0.1),
  zacht: rgb(0.36, 0.36, 0.36),
  lijn: rgb(0.6, 0.6, 0.6),
  band: rgb(0.89, 0.92, 0.95),
  vulling: rgb(0.94, 0.94, 0.94),
} as const;

const GROOTTE = { titel: 17, vervolgblad: 14, sectie: 11, tekst: 10, label: 8, tabel: 8.5, tabelKop: 7.5, klein: 7.5 } as const;

// ---------------------------------------------------------------------------------------------
// Text: WinAnsi and wrapping

const tekensets = new WeakMap<PDFFont, ReadonlySet<number>>();

function tekenset(font: PDFFont): ReadonlySet<number> {
  let set = tekensets.get(font);
  if (set === undefined) {
    set = new Set(font.getCharacterSet());
    tekensets.set(font, set);
  }
  return set;
}

/**
 * `tekst` with only characters `font` can encode (WinAnsi for the standard fonts, "€" included),
 * plus "\n". Others get a close equivalent ("ő" → "o", "ş" → "s") or "?"; tabs and exotic spaces
 * become a space. So user text can never make the PDF fail.
 */
export function veiligeTekst(tekst: string, font: PDFFont): string {
  const set = tekenset(font);
  const past = (teken: string): boolean => {
    const code = teken.codePointAt(0);
    return code !== undefined && set.has(code);
  };
  let uit = "";
  for (const teken of tekst.normalize("NFC").replace(/\r\n?/g, "\n")) {
    if (teken === "\n" || past(teken)) uit += teken;
    else if (/^\s$/u.test(teken)) uit += " ";
    else uit += benaderTeken(teken, past);
  }
  return uit;
}

/** For one-line fields (names, places): line breaks and runs of spaces become one space. */
function eenRegel(tekst: string): string {
  return tekst.replace(/\s+/g, " ").trim();
}

/**
 * `text` broken into lines no wider than `width` at `size`: on spaces, and inside a word only
 * when the word alone is wider than the line (so nothing runs past the edge or is cut off).
 * "\n" starts a new line; an empty line between paragraphs stays (more are collapsed to one).
 * Empty text gives no lines.
 */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const schoon = veiligeTekst(text, font)
    .split("\n")
    .map((regel) => regel.replace(/ +/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (schoon === "") return [];
  const past = (s: string): boolean => font.widthOfTextAtSize(s, size) <= width;
  const regels: string[] = [];
  for (const alinea of schoon.split("\n")) {
    let regel = "";
    for (const woord of alinea.split(" ").filter((w) => w !== "")) {
      const langer = regel === "" ? woord : `${regel} ${woord}`;
      if (past(langer)) {
        regel = langer;
        continue;
      }
      if (regel !== "") regels.push(regel);
      let rest = woord;
      // Safe to cut by UTF-16 unit: after veiligeTekst every character is in WinAnsi (one unit).
      while (rest.length > 1 && !past(rest)) {
        let n = rest.length - 1;
        while (n > 1 && !past(rest.slice(0, n))) n--;
        regels.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      regel = rest;
    }
    regels.push(regel);
  }
  return regels;
}

/** Largest size ≤ `grootte` at which `tekst` fits in `breedte`: amounts never wrap. */
function pasGrootte(tekst: string, font: PDFFont, grootte: number, breedte: number): number {
  const nodig = font.widthOfTextAtSize(tekst, grootte);
  return nodig <= breedte ? grootte : Math.max(4, (grootte * breedte) / nodig);
}

// ---------------------------------------------------------------------------------------------
// Layout: a cursor that moves down the page and starts a new one when the next block won't fit

interface Letters {
  gewoon: PDFFont;
  vet: PDFFont;
}

interface TekstOpties {
  grootte?: number;
  vet?: boolean;
  kleur?: Color;
}

type Uitlijning = "links" | "rechts" | "midden";

interface Kolom {
  kop: string;
  breedte: number;
  uitlijning: Uitlijning;
}

interface Cel {
  tekst: string;
  /** The form's operator ("×", "="), drawn small at the cell's left edge. */
  voor?: string;
  /** Number of columns the cell covers (default 1). */
  span?: number;
  uitlijning?: Uitlijning;
}

interface TabelRij {
  cellen: Cel[];
  nadruk?: boolean;
}

const TABEL = { marge: 4, regel: 10.5, kopRegel: 9 } as const;
const ONDERTEKENAAR_BREEDTE = 270;

class Opmaak {
  private pagina: PDFPage;
  y: number;
  private lopendeKop = "";

  constructor(
    private readonly doc: PDFDocument,
    private readonly letters: Letters,
  ) {
    this.pagina = doc.addPage(PageSizes.A4);
    this.y = PAGINA_HOOGTE - BOVEN;
  }

  zetLopendeKop(kop: string): void {
    this.lopendeKop = kop;
  }

  nieuwePagina(): void {
    this.pagina = this.doc.addPage(PageSizes.A4);
    this.y = PAGINA_HOOGTE - BOVEN;
    if (this.lopendeKop !== "") {
      this.tekst(this.lopendeKop, LINKS, PAGINA_HOOGTE - 32, { grootte: GROOTTE.klein, kleur: KLEUR.zacht });
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
    return vet ? this.letters.vet : this.letters.gewoon;
  }

  breedte(tekst: string, grootte: number, vet = false): number {
    const font = this.font(vet);
    return font.widthOfTextAtSize(veiligeTekst(tekst, font), grootte);
  }

  tekst(tekst: string, x: number, y: number, { grootte = GROOTTE.tekst, vet = false, kleur = KLEUR.tekst }: TekstOpties = {}): void {
    const font = this.font(vet);
    const schoon = veiligeTekst(tekst, font);
    if (schoon !== "") this.pagina.drawText(schoon, { x, y, size: grootte, font, color: kleur });
  }

  lijn(x1: number, y1: number, x2: number, y2: number, kleur: Color = KLEUR.lijn, dikte = 0.5): void {
    this.pagina.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: dikte, color: kleur });
  }

  vlak(x: number, y: number, breedte: number, hoogte: number, vulling?: Color, rand?: Color): void {
    this.pagina.drawRectangle({
      x,
      y,
      width: breedte,
      height: hoogte,
      ...(vulling === undefined ? {} : { color: vulling }),
      ...(rand === undefined ? {} : { borderColor: rand, borderWidth: 0.5 }),
    });
  }

  alineaHoogte(tekst: string, { grootte = GROOTTE.tekst, vet = false }: TekstOpties = {}, na = 6): number {
    return wrap(tekst, this.font(vet), grootte, BREEDTE).length * grootte * 1.3 + na;
  }

  /** Wrapped text that may flow onto the next page, line by line. */
  alinea(tekst: string, { grootte = GROOTTE.tekst, vet = false, kleur = KLEUR.tekst }: TekstOpties = {}, na = 6): void {
    const regelafstand = grootte * 1.3;
    for (const regel of wrap(tekst, this.font(vet), grootte, BREEDTE)) {
      this.ruimte(regelafstand);
      this.y -= regelafstand;
      this.tekst(regel, LINKS, this.y + grootte * 0.25, { grootte, vet, kleur });
    }
    this.y -= na;
  }

  /**
   * A section heading on a tinted band, kept on one page with `houdBij` points of what follows;
   * when that is more than a page, with its first 40 points.
   */
  sectieKop(tekst: string, houdBij = 40): void {
    this.ruimte(26 + (26 + houdBij > PAGINA_HOOGTE - BOVEN - ONDER ? 40 : houdBij));
    this.vlak(LINKS, this.y - 18, BREEDTE, 18, KLEUR.band);
    this.tekst(tekst, LINKS + 6, this.y - 13, { grootte: GROOTTE.sectie, vet: true });
    this.y -= 26;
  }

  private veldRegels(waarde: string, breedte: number): string[] {
    const regels = wrap(waarde, this.letters.gewoon, GROOTTE.tekst, breedte);
    return regels.length === 0 ? [""] : regels;
  }

  /** Height of a field: a small label, the value's lines and a line under them to write on. */
  veldHoogte(waarde: string, breedte: number): number {
    return 26 + (this.veldRegels(waarde, breedte).length - 1) * 13;
  }

  veld(x: number, boven: number, breedte: number, label: string, waarde: string): void {
    this.tekst(label, x, boven - 8, { grootte: GROOTTE.label, kleur: KLEUR.zacht });
    const regels = this.veldRegels(waarde, breedte);
    regels.forEach((regel, i) => this.tekst(regel, x, boven - 22 - i * 13));
    const onder = boven - this.veldHoogte(waarde, breedte);
    this.lijn(x, onder, x + breedte, onder);
  }

  /** Fields side by side, `breedte` each, 16 points apart. */
  veldenRij(velden: { label: string; waarde: string }[]): void {
    const tussen = 16;
    const breedte = (BREEDTE - tussen * (velden.length - 1)) / velden.length;
    const hoogte = Math.max(...velden.map((v) => this.veldHoogte(v.waarde, breedte)));
    this.ruimte(hoogte);
    velden.forEach((v, i) => this.veld(LINKS + i * (breedte + tussen), this.y, breedte, v.label, v.waarde));
    this.y -= hoogte + 10;
  }

  /** A question with a free-text answer (sections 3 and 4): the answer flows over pages. */
  vrijeTekst(vraag: string, antwoord: string): void {
    if (wrap(antwoord, this.letters.gewoon, GROOTTE.tekst, BREEDTE).length === 0) {
      this.veldenRij([{ label: vraag, waarde: "" }]);
      return;
    }
    this.ruimte(12 + 13 * 2);
    this.tekst(vraag, LINKS, this.y - 8, { grootte: GROOTTE.label, kleur: KLEUR.zacht });
    this.y -= 10;
    this.alinea(antwoord, {}, 10);
  }

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

  /** A table whose rows never split; on a new page the header is repeated. */
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

  private ondertekenaarVelden(o: BudgetplanOndertekenaar): { velden: [string, string][]; hoogten: number[]; hoogte: number } {
    const velden: [string, string][] = [
      [t.ondertekening.naam, eenRegel(o.naam)],
      [t.ondertekening.relatie, eenRegel(o.relatie)],
      [t.ondertekening.datum, datumTekst(o.datum)],
    ];
    const hoogten = velden.map(([, waarde]) => this.veldHoogte(waarde, ONDERTEKENAAR_BREEDTE) + 8);
    return { velden, hoogten, hoogte: hoogten.reduce((som, h) => som + h, 0) };
  }

  ondertekenaarHoogte(o: BudgetplanOndertekenaar): number {
    return this.ondertekenaarVelden(o).hoogte + 8;
  }

  /**
   * A box with a thin border, a bold heading and wrapped paragraphs, kept whole on one page (it
   * holds a few lines: the digital signatures of section 7).
   */
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

  /** AV-08: one signer: name, relation and date on the left, room to sign on the right. */
  ondertekenaar(o: BudgetplanOndertekenaar, houdBij = 0): void {
    const breedte = ONDERTEKENAAR_BREEDTE;
    const { velden, hoogten, hoogte } = this.ondertekenaarVelden(o);
    this.ruimte(hoogte + houdBij);
    const boven = this.y;
    let y = boven;
    velden.forEach(([label, waarde], i) => {
      this.veld(LINKS, y, breedte, label, waarde);
      y -= hoogten[i] ?? 0;
    });
    const handX = LINKS + breedte + 20;
    this.tekst(t.ondertekening.handtekening, handX, boven - 8, { grootte: GROOTTE.label, kleur: KLEUR.zacht });
    this.vlak(handX, boven - hoogte + 8, RECHTS - handX, hoogte - 22, undefined, KLEUR.lijn);
    this.y = boven - hoogte - 8;
  }
}

// ---------------------------------------------------------------------------------------------
// The budgetplan

/** A date as the form writes it (dd-mm-jjjj); an unusable one as typed rather than failing. */
function datumTekst(datum: IsoDatum | null): string {
  if (datum === null) return "";
  return isGeldigeDatum(datum) ? formatDatumNl(datum) : datum;
}

interface Rij {
  zorgverlener: BudgetplanZorgverlener;
  regel: BudgetplanRegel;
  /** BP-06: "A".."F" on sheet 1, "2A".. on vervolgblad 2. */
  code: string;
}

function invoer(z: BudgetplanZorgverlener): BudgetplanRegelInvoer {
  return { naam: z.naam, urenPerWeek: z.urenPerWeek, uurtarief: z.uurtarief };
}

const KOLOMMEN_INKOOP: Kolom[] = [
  { kop: "", breedte: 24, uitlijning: "midden" },
  { kop: t.inkoopZorg.kolomNaam, breedte: 190, uitlijning: "links" },
  { kop: t.inkoopZorg.kolomPlaats, breedte: 140, uitlijning: "links" },
  { kop: t.inkoopZorg.kolomKvkOfBsn, breedte: BREEDTE - 354, uitlijning: "links" },
];

const KOLOMMEN_BEDRAG: Kolom[] = [
  { kop: "", breedte: 24, uitlijning: "midden" },
  { kop: t.bedragPerZorgverlener.kolomNaam, breedte: 123, uitlijning: "links" },
  { kop: t.bedragPerZorgverlener.kolomUren, breedte: 46, uitlijning: "rechts" },
  { kop: t.bedragPerZorgverlener.kolomUurtarief, breedte: 62, uitlijning: "rechts" },
  { kop: t.bedragPerZorgverlener.kolomWeken, breedte: 52, uitlijning: "rechts" },
  { kop: t.bedragPerZorgverlener.kolomPerMaand, breedte: 70, uitlijning: "rechts" },
  { kop: t.bedragPerZorgverlener.kolomMaanden, breedte: 42, uitlijning: "rechts" },
  { kop: t.bedragPerZorgverlener.kolomPerJaar, breedte: BREEDTE - 419, uitlijning: "rechts" },
];

function geenZorgverlenersRij(kolommen: Kolom[]): TabelRij {
  return { cellen: [{ tekst: t.geenZorgverleners, span: kolommen.length, uitlijning: "links" }] };
}

function inkoopRijen(rijen: Rij[]): TabelRij[] {
  if (rijen.length === 0) return [geenZorgverlenersRij(KOLOMMEN_INKOOP)];
  return rijen.map(({ zorgverlener: z, code }) => ({
    cellen: [{ tekst: code }, { tekst: z.naam }, { tekst: z.plaats }, { tekst: z.kvkOfBsn }],
  }));
}

function bedragRijen(rijen: Rij[], weken: string, maanden: string): TabelRij[] {
  if (rijen.length === 0) return [geenZorgverlenersRij(KOLOMMEN_BEDRAG)];
  return rijen.map(({ zorgverlener: z, regel, code }) => ({
    cellen: [
      { tekst: code },
      { tekst: z.naam },
      { tekst: formatUren(z.urenPerWeek) },
      { tekst: formatBedrag(z.uurtarief), voor: "×" },
      { tekst: weken, voor: "×" },
      { tekst: formatBedrag(regel.kostenPerMaand), voor: "=" },
      { tekst: maanden, voor: "×" },
      { tekst: formatBedrag(regel.kostenPerJaar), voor: "=" },
    ],
  }));
}

function somRij(label: string, bedrag: string): TabelRij {
  return { nadruk: true, cellen: [{ tekst: label, span: KOLOMMEN_BEDRAG.length - 1, uitlijning: "links" }, { tekst: bedrag, voor: "=" }] };
}

/** BP-03 (docs/regels.md): where rounding to whole euros changed the month, show the exact figure too. */
function afrondingsNoot(o: Opmaak, rijen: Rij[]): void {
  const afgerond = rijen.filter((r) => r.regel.kostenPerMaandOnafgerond !== r.regel.kostenPerMaand);
  if (afgerond.length === 0) return;
  const lijst = afgerond.map((r) => t.bedragPerZorgverlener.afrondingRij(r.code, formatBedrag(r.regel.kostenPerMaandOnafgerond))).join("; ");
  o.alinea(t.bedragPerZorgverlener.afronding(lijst), { grootte: GROOTTE.klein, kleur: KLEUR.zacht });
}

/**
 * Section 7, under the blocks to sign by hand: who signed digitally and when, and whether it was
 * through a share link. A signature made before the application changed is still listed, with in
 * bold that it no longer holds, so the zorgkantoor never takes it for a signature on this version.
 * Nothing when nobody signed.
 */
function digitaalOndertekend(o: Opmaak, handtekeningen: BudgetplanDigitaleHandtekening[]): void {
  if (handtekeningen.length === 0) return;
  const d = t.ondertekening.digitaal;
  o.kader(d.kop, [
    { tekst: d.uitleg, opmaak: { grootte: GROOTTE.label, kleur: KLEUR.zacht } },
    ...handtekeningen.map((h) => {
      const rol = eenRegel(h.rolTekst);
      const naam = eenRegel(h.naam);
      if (!h.geldig) return { tekst: d.vernieuwen(rol, naam, h.opTekst, h.viaDeellink), opmaak: { vet: true } };
      return { tekst: [d.geldig(rol, naam, h.opTekst, h.viaDeellink), ...(h.verklaringen.length > 0 ? [d.verklaringen] : [])].join(" ") };
    }),
  ]);
}

function voettekst(o: Opmaak, tekst: string): void {
  o.alinea(tekst, { grootte: GROOTTE.klein, kleur: KLEUR.zacht }, 4);
}

/**
 * The budgetplan as a PDF (A4). BP-06: sheet 1 holds zorgverleners A–F; every next six go on a
 * "Vervolgblad" at the end, lettered A–F again with the sheet number in front ("2A"), and the
 * Totaal on sheet 1 covers all of them. Throws only on a programming error: an invalid
 * `aangemaaktOp`, or hours or a tarief outside what rules/budgetplan.ts accepts.
 */
export async function maakBudgetplanPdf(d: BudgetplanDocument): Promise<Uint8Array> {
  if (!isGeldigeDatum(d.aangemaaktOp)) throw new RangeError(`aangemaaktOp moet een datum jjjj-mm-dd zijn, niet "${d.aangemaaktOp}"`);
  const peildatum = d.aangemaaktOp;
  const brochure = parametersOp(peildatum, jaarparameters().tabel).brochure;
  const weken = formatBreuk(brochure.wekenPerMaand);
  const maanden = String(brochure.maandenPerJaar);

  // BP-02/BP-03: every amount on the form comes from the rules, per row and in total.
  const plan = berekenBudgetplan(d.zorgverleners.map(invoer), { peildatum, tabel: jaarparameters().tabel });
  const alleRijen: Rij[] = d.zorgverleners.map((zorgverlener, i) => {
    const regel = plan.regels[i];
    if (regel === undefined) throw new Error("berekenBudgetplan gaf minder regels dan zorgverleners");
    return { zorgverlener, regel, code: "" };
  });
  const bladen = verdeelOverBladen(alleRijen).map((blad, b) =>
    blad.map((rij, i) => ({ ...rij, code: t.rijCode(b + 1, rijLetter(i)) })),
  );
  const eersteBlad = bladen[0] ?? [];
  const subtotaal = (blad: Rij[]): string => formatBedrag(berekenBudgetplan(blad.map((r) => invoer(r.zorgverlener)), { peildatum, tabel: jaarparameters().tabel }).totaalPerJaar);

  const { doc, gewoon, vet } = await nieuwPdf(t.metadata, d.aangemaaktOp);
  const letters: Letters = { gewoon, vet };
  const o = new Opmaak(doc, letters);
  const achternaam = eenRegel(d.achternaam);
  const geboortedatum = datumTekst(d.geboortedatum);
  o.zetLopendeKop(t.lopendeKop(achternaam, geboortedatum));

  o.tekst(t.kop, LINKS, o.y - GROOTTE.titel, { grootte: GROOTTE.titel, vet: true });
  o.y -= GROOTTE.titel + 8;
  o.tekst(t.aangemaakt(formatDatumNl(d.aangemaaktOp)), LINKS, o.y - GROOTTE.label, { grootte: GROOTTE.label, kleur: KLEUR.zacht });
  o.y -= GROOTTE.label + 16;

  o.sectieKop(t.secties.persoonsgegevens);
  o.veldenRij([{ label: t.persoonsgegevens.achternaam, waarde: achternaam }]);
  o.veldenRij([
    { label: t.persoonsgegevens.geboortedatum, waarde: geboortedatum },
    { label: t.persoonsgegevens.bsn, waarde: eenRegel(d.bsn ?? "") },
  ]);

  o.sectieKop(t.secties.indicatie);
  o.veldenRij([{ label: t.indicatie.zorgprofiel, waarde: eenRegel(d.zorgprofiel) }]);

  o.sectieKop(t.secties.redenKeuzePgb);
  o.vrijeTekst(t.redenKeuzePgb.vraag, d.redenKeuzePgb);

  o.sectieKop(t.secties.zorgInkopen);
  o.vrijeTekst(t.zorgInkopen.vraag, d.zorgInkopen);

  // Sections 5 and 6 move to the next page whole when they fit on one: rows A–F and their
  // Totaal are read together.
  const vraagOpmaak = { grootte: GROOTTE.label, kleur: KLEUR.zacht };
  const inkoop = inkoopRijen(eersteBlad);
  o.sectieKop(t.secties.inkoopZorg, o.alineaHoogte(t.inkoopZorg.vraag, vraagOpmaak, 4) + o.tabelHoogte(KOLOMMEN_INKOOP, inkoop));
  o.alinea(t.inkoopZorg.vraag, vraagOpmaak, 4);
  o.tabel(KOLOMMEN_INKOOP, inkoop);
  voettekst(o, t.inkoopZorg.voetnoot);
  o.y -= 6;

  const sommen =
    bladen.length > 1
      ? [
          somRij(t.bedragPerZorgverlener.subtotaalBlad(1), subtotaal(eersteBlad)),
          somRij(t.bedragPerZorgverlener.totaalAlleBladen(alleRijen.length, bladen.length), formatBedrag(plan.totaalPerJaar)),
        ]
      : [somRij(t.bedragPerZorgverlener.totaal, formatBedrag(plan.totaalPerJaar))];
  const bedragen = [...bedragRijen(eersteBlad, weken, maanden), ...sommen];
  o.sectieKop(
    t.secties.bedragPerZorgverlener,
    o.alineaHoogte(t.bedragPerZorgverlener.vraag, vraagOpmaak, 4) + o.tabelHoogte(KOLOMMEN_BEDRAG, bedragen),
  );
  o.alinea(t.bedragPerZorgverlener.vraag, vraagOpmaak, 4);
  o.tabel(KOLOMMEN_BEDRAG, bedragen);
  afrondingsNoot(o, eersteBlad);
  o.y -= 6;

  const inleiding = [
    t.ondertekening.opsturen,
    ...(d.zorgkantoor ? [t.ondertekening.zorgkantoor(eenRegel(d.zorgkantoor.naam), eenRegel(d.zorgkantoor.telefoon), eenRegel(d.zorgkantoor.website))] : []),
    ...(bladen.length > 1 ? [t.ondertekening.vervolgbladen(bladen.length)] : []),
  ];
  // AV-08: an empty list still gets one block, to be filled in and signed by hand.
  const ondertekenaars: BudgetplanOndertekenaar[] = d.ondertekenaars.length > 0 ? d.ondertekenaars : [{ naam: "", relatie: "", datum: null }];
  const voetnoten = [t.ondertekening.voetnootVertegenwoordiger, t.ondertekening.voetnootBudgethouder];
  const voetnotenHoogte = voetnoten.reduce((som, v) => som + o.alineaHoogte(v, { grootte: GROOTTE.klein }, 4), 0);
  const eersteOndertekenaar = ondertekenaars[0];
  // The heading stays with its text and the first signer (and the footnote, when there is one signer).
  o.sectieKop(
    t.secties.ondertekening,
    inleiding.reduce((som, a) => som + o.alineaHoogte(a), 4) +
      (eersteOndertekenaar === undefined ? 0 : o.ondertekenaarHoogte(eersteOndertekenaar)) +
      (ondertekenaars.length === 1 ? voetnotenHoogte : 0),
  );
  for (const alinea of inleiding) o.alinea(alinea);
  o.y -= 4;
  // The footnote explains the "*" of "Relatie tot budgethouder": it stays with the last signer.
  ondertekenaars.forEach((ondertekenaar, i) => o.ondertekenaar(ondertekenaar, i === ondertekenaars.length - 1 ? voetnotenHoogte : 0));
  for (const voetnoot of voetnoten) voettekst(o, voetnoot);
  digitaalOndertekend(o, d.digitaleHandtekeningen);

  // BP-06: the rows after F, six per vervolgblad; none is dropped.
  bladen.slice(1).forEach((blad, i) => {
    const nummer = i + 2;
    const eerste = (nummer - 1) * BUDGETPLAN_RIJEN_PER_BLAD + 1;
    o.nieuwePagina();
    o.tekst(t.vervolgblad(nummer), LINKS, o.y - GROOTTE.vervolgblad, { grootte: GROOTTE.vervolgblad, vet: true });
    o.y -= GROOTTE.vervolgblad + 8;
    o.alinea(t.vervolgbladUitleg(nummer, eerste, eerste + blad.length - 1, achternaam), { grootte: GROOTTE.label, kleur: KLEUR.zacht }, 10);
    const inkoopBlad = inkoopRijen(blad);
    o.sectieKop(t.vervolg(t.secties.inkoopZorg), o.tabelHoogte(KOLOMMEN_INKOOP, inkoopBlad));
    o.tabel(KOLOMMEN_INKOOP, inkoopBlad);
    o.y -= 6;
    const bedragenBlad = [...bedragRijen(blad, weken, maanden), somRij(t.bedragPerZorgverlener.subtotaalBlad(nummer), subtotaal(blad))];
    o.sectieKop(t.vervolg(t.secties.bedragPerZorgverlener), o.tabelHoogte(KOLOMMEN_BEDRAG, bedragenBlad));
    o.tabel(KOLOMMEN_BEDRAG, bedragenBlad);
    afrondingsNoot(o, blad);
  });

  const paginas = doc.getPages();
  paginas.forEach((pagina, i) => {
    const { gewoon } = letters;
    const nummer = t.pagina(i + 1, paginas.length);
    pagina.drawLine({ start: { x: LINKS, y: 44 }, end: { x: RECHTS, y: 44 }, thickness: 0.5, color: KLEUR.lijn });
    pagina.drawText(veiligeTekst(t.bron, gewoon), { x: LINKS, y: 32, size: GROOTTE.klein, font: gewoon, color: KLEUR.zacht });
    pagina.drawText(nummer, { x: RECHTS - gewoon.widthOfTextAtSize(nummer, GROOTTE.klein), y: 32, size: GROOTTE.klein, font: gewoon, color: KLEUR.zacht });
  });

  return doc.save();
}
