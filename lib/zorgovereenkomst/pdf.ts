/**
 * The checklist for one zorgovereenkomst (./checklist.ts) as an A4 PDF to print and tick off:
 * the zorgverlener's figures from the budgetplan, then per part the answer, what to look out for,
 * the points with an empty box each, and the rules behind it (rule ID and brochure section).
 * Real text in Helvetica, through the budgetplan PDF's `veiligeTekst` and `wrap`, so any name
 * prints (WinAnsi only) and the text can be searched and copied.
 */
import { PageSizes, rgb, type Color, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { componenten } from "@/content/componenten";
import { zorgovereenkomstenTeksten as inhoud } from "@/content/wizard/zorgovereenkomsten";
import { isGeldigeDatum, formatDatumNl } from "@/rules/datum";
import { slug } from "@/lib/budgetplan/document";
import { veiligeTekst, wrap } from "@/lib/budgetplan/pdf";
import { BOVEN, BREEDTE, LINKS, nieuwPdf, ONDER, PAGINA_HOOGTE, RECHTS } from "@/lib/pdf/document";
import type { ChecklistOnderdeel, ZorgovereenkomstChecklist } from "./checklist";

const t = inhoud.pdf;
const c = inhoud.checklist;

const VAKJE = 9;
const INSPRINGEN = VAKJE + 8;

const KLEUR = {
  tekst: rgb(0.1, 0.1, 0.1),
  zacht: rgb(0.36, 0.36, 0.36),
  lijn: rgb(0.6, 0.6, 0.6),
  band: rgb(0.89, 0.92, 0.95),
  let: rgb(0.48, 0.29, 0),
} as const;

const GROOTTE = { titel: 17, naam: 13, sectie: 11, tekst: 10, klein: 8 } as const;

interface Opties {
  grootte?: number;
  vet?: boolean;
  kleur?: Color;
  /** Extra indent from the left margin. */
  in?: number;
}

/** A cursor down the page that starts a new page when the next line will not fit. */
class Schrijver {
  private pagina: PDFPage;
  y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly gewoon: PDFFont,
    private readonly vet: PDFFont,
  ) {
    this.pagina = doc.addPage(PageSizes.A4);
    this.y = PAGINA_HOOGTE - BOVEN;
  }

  private font(vet: boolean): PDFFont {
    return vet ? this.vet : this.gewoon;
  }

  /** Starts a new page unless `hoogte` still fits above the footer. */
  ruimte(hoogte: number): void {
    if (this.y - hoogte >= ONDER) return;
    this.pagina = this.doc.addPage(PageSizes.A4);
    this.y = PAGINA_HOOGTE - BOVEN;
  }

  regels(tekst: string, { grootte = GROOTTE.tekst, vet = false, in: inspringen = 0 }: Opties = {}): string[] {
    return wrap(tekst, this.font(vet), grootte, BREEDTE - inspringen);
  }

  hoogte(tekst: string, opties: Opties = {}, na = 4): number {
    return this.regels(tekst, opties).length * (opties.grootte ?? GROOTTE.tekst) * 1.3 + na;
  }

  /** Wrapped text that flows onto the next page, line by line. */
  alinea(tekst: string, opties: Opties = {}, na = 4): void {
    const { grootte = GROOTTE.tekst, vet = false, kleur = KLEUR.tekst, in: inspringen = 0 } = opties;
    const afstand = grootte * 1.3;
    for (const regel of this.regels(tekst, opties)) {
      this.ruimte(afstand);
      this.y -= afstand;
      this.pagina.drawText(regel, { x: LINKS + inspringen, y: this.y + grootte * 0.25, size: grootte, font: this.font(vet), color: kleur });
    }
    this.y -= na;
  }

  /** A heading on a tinted band, kept with `houdBij` points of what follows. */
  sectieKop(tekst: string, houdBij: number): void {
    const regels = this.regels(tekst, { grootte: GROOTTE.sectie, vet: true, in: 12 });
    const hoogte = regels.length * GROOTTE.sectie * 1.3 + 8;
    this.ruimte(hoogte + 10 + houdBij);
    this.y -= 6;
    this.pagina.drawRectangle({ x: LINKS, y: this.y - hoogte, width: BREEDTE, height: hoogte, color: KLEUR.band });
    regels.forEach((regel, i) => {
      this.pagina.drawText(regel, { x: LINKS + 6, y: this.y - 4 - (i + 1) * GROOTTE.sectie * 1.3 + GROOTTE.sectie * 0.3, size: GROOTTE.sectie, font: this.vet, color: KLEUR.tekst });
    });
    this.y -= hoogte + 8;
  }

  /** A point to tick off: an empty box, the text beside it. The box and first line stay together. */
  punt(tekst: string): void {
    const grootte = GROOTTE.tekst;
    this.ruimte(grootte * 1.3 + 2);
    const boven = this.y;
    this.pagina.drawRectangle({ x: LINKS + 2, y: boven - grootte * 1.3 + 1, width: VAKJE, height: VAKJE, borderColor: KLEUR.tekst, borderWidth: 0.8 });
    this.alinea(tekst, { in: INSPRINGEN }, 5);
  }

  /** A label and its value on one row (the figures from the budgetplan). */
  gegeven(label: string, waarde: string): void {
    const labelBreedte = 150;
    const regels = wrap(waarde, this.gewoon, GROOTTE.tekst, BREEDTE - labelBreedte);
    const afstand = GROOTTE.tekst * 1.35;
    this.ruimte(Math.max(1, regels.length) * afstand);
    this.pagina.drawText(veiligeTekst(label, this.gewoon), { x: LINKS, y: this.y - afstand + 3, size: GROOTTE.tekst, font: this.gewoon, color: KLEUR.zacht });
    regels.forEach((regel, i) => {
      this.pagina.drawText(regel, { x: LINKS + labelBreedte, y: this.y - (i + 1) * afstand + 3, size: GROOTTE.tekst, font: this.gewoon, color: KLEUR.tekst });
    });
    this.y -= Math.max(1, regels.length) * afstand;
  }

  lijn(): void {
    this.pagina.drawLine({ start: { x: LINKS, y: this.y }, end: { x: RECHTS, y: this.y }, thickness: 0.5, color: KLEUR.lijn });
  }
}

/** One part: heading, answer, `extra` (bold), warning, points, reasons. */
function schrijfOnderdeel(s: Schrijver, o: ChecklistOnderdeel, extra: string[]): void {
  s.sectieKop(o.titel, s.hoogte(o.antwoord, { vet: true }));
  s.alinea(o.antwoord, { vet: true }, 6);
  for (const alinea of o.alineas) s.alinea(alinea, {}, 6);
  for (const regel of extra) s.alinea(regel, { vet: true }, 6);
  if (o.waarschuwing !== undefined) {
    s.alinea(`${componenten.melding.waarschuwing}: ${o.waarschuwing.titel}`, { vet: true, kleur: KLEUR.let }, 3);
    for (const alinea of o.waarschuwing.tekst) s.alinea(alinea, {}, 6);
  }
  for (const lijst of o.lijsten) {
    if (lijst.kop !== undefined) s.alinea(lijst.kop, { vet: true }, 4);
    for (const punt of lijst.punten) s.punt(punt);
    s.y -= 2;
  }
  if (o.redenen.length > 0) {
    s.alinea(c.waaromKop, { grootte: GROOTTE.klein, vet: true, kleur: KLEUR.zacht }, 2);
    for (const r of o.redenen) {
      s.alinea(r.tekst, { grootte: GROOTTE.klein, kleur: KLEUR.zacht, in: 8 }, 1);
      s.alinea(`${componenten.reden.regel(r.regel)} · ${componenten.reden.bron(r.bron)}`, { grootte: GROOTTE.klein, kleur: KLEUR.zacht, in: 8 }, 4);
    }
  }
  s.y -= 4;
}

/**
 * The checklist as a PDF (A4). Throws only on a programming error: an `aangemaaktOp` that is
 * no date.
 */
export async function maakChecklistPdf(checklist: ZorgovereenkomstChecklist): Promise<Uint8Array> {
  if (!isGeldigeDatum(checklist.aangemaaktOp)) throw new RangeError(`aangemaaktOp moet een datum jjjj-mm-dd zijn, niet "${checklist.aangemaaktOp}"`);
  const { doc, gewoon, vet } = await nieuwPdf(t.metadata, checklist.aangemaaktOp, `${t.metadata.titel} – ${checklist.naam}`);
  const s = new Schrijver(doc, gewoon, vet);

  s.alinea(t.kop, { grootte: GROOTTE.titel, vet: true }, 2);
  s.alinea(c.titel(checklist.naam), { grootte: GROOTTE.naam, vet: true }, 4);
  s.alinea(t.gemaakt(formatDatumNl(checklist.aangemaaktOp)), { grootte: GROOTTE.klein, kleur: KLEUR.zacht }, 2);
  s.alinea(t.helpt, { grootte: GROOTTE.klein, kleur: KLEUR.zacht }, 8);

  s.sectieKop(c.gegevensKop, 40);
  for (const { label, waarde } of checklist.gegevens) s.gegeven(label, waarde);
  s.y -= 6;

  const zk = checklist.zorgkantoor;
  const logeer = checklist.logeeropvang;
  for (const o of checklist.onderdelen) {
    const extra =
      o.sleutel === "aanleveren" && zk !== null
        ? [inhoud.zorgkantoor.regel(zk.naam, zk.telefoon, zk.website)]
        : o.sleutel === "logeeropvang" && logeer !== null
          ? [`${c.logeeropvang.uitkomstKop(logeer.etmalen)}: ${componenten.uitkomst[logeer.uitkomst.uitkomst]}`]
          : [];
    schrijfOnderdeel(s, o, extra);
  }

  const paginas = doc.getPages();
  const voet = veiligeTekst(t.voet(checklist.naam.replace(/\s+/g, " ").trim()), gewoon);
  const bron = veiligeTekst(t.bron, gewoon);
  paginas.forEach((pagina, i) => {
    const nummer = t.pagina(i + 1, paginas.length);
    pagina.drawLine({ start: { x: LINKS, y: 44 }, end: { x: RECHTS, y: 44 }, thickness: 0.5, color: KLEUR.lijn });
    const voetRegel = wrap(voet, gewoon, GROOTTE.klein, BREEDTE - 80)[0] ?? "";
    pagina.drawText(voetRegel, { x: LINKS, y: 32, size: GROOTTE.klein, font: gewoon, color: KLEUR.zacht });
    pagina.drawText(nummer, { x: RECHTS - gewoon.widthOfTextAtSize(nummer, GROOTTE.klein), y: 32, size: GROOTTE.klein, font: gewoon, color: KLEUR.zacht });
    const bronRegel = wrap(bron, gewoon, 6.5, BREEDTE)[0] ?? "";
    pagina.drawText(bronRegel, { x: LINKS, y: 22, size: 6.5, font: gewoon, color: KLEUR.zacht });
  });

  return doc.save();
}

/**
 * "zorgovereenkomst-checklist-<naam>-<jjjj-mm-dd>.pdf", the name slugged as the budgetplan's
 * file name is; without a usable name "zorgovereenkomst-checklist-<datum>.pdf". Only
 * [a-z0-9.-], so it needs no quoting in a Content-Disposition header.
 */
export function checklistBestandsnaam(checklist: Pick<ZorgovereenkomstChecklist, "naam" | "aangemaaktOp">): string {
  const datum = isGeldigeDatum(checklist.aangemaaktOp) ? checklist.aangemaaktOp : slug(checklist.aangemaaktOp, 10);
  const delen = ["zorgovereenkomst-checklist", slug(checklist.naam), datum].filter((deel) => deel !== "");
  return `${delen.join("-")}.pdf`;
}
