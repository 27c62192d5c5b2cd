/**
 * A new PDF as this service makes them: Dutch, with title and keywords for the zorgkantoor's
 * search, dated by the day it was made (not a clock, so the same answers give the same file),
 * and the two standard fonts every page uses.
 */
import { PageSizes, PDFDocument, StandardFonts, type PDFFont } from "pdf-lib";
import type { IsoDatum } from "@/rules/types";

/**
 * The page both PDFs (budgetplan, checklist) are laid out on: A4, 50 pt margins left and right;
 * content starts BOVEN below the top edge (the running head sits above it) and stays above
 * ONDER (the footer sits below it).
 */
export const [PAGINA_BREEDTE, PAGINA_HOOGTE] = PageSizes.A4;
export const LINKS = 50;
export const BREEDTE = PAGINA_BREEDTE - 2 * LINKS;
export const RECHTS = LINKS + BREEDTE;
export const BOVEN = 56;
export const ONDER = 62;

export interface PdfMetadata {
  titel: string;
  onderwerp: string;
  auteur: string;
  producent: string;
  trefwoorden: readonly string[];
}

export async function nieuwPdf(
  metadata: PdfMetadata,
  aangemaaktOp: IsoDatum,
  titel: string = metadata.titel,
  taal: "nl" | "en" = "nl",
): Promise<{ doc: PDFDocument; gewoon: PDFFont; vet: PDFFont }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(titel, { showInWindowTitleBar: true });
  doc.setSubject(metadata.onderwerp);
  doc.setAuthor(metadata.auteur);
  doc.setCreator(metadata.auteur);
  doc.setProducer(metadata.producent);
  doc.setKeywords([...metadata.trefwoorden]);
  // The document's language for screen readers: Dutch, or English for a checklist in English.
  doc.setLanguage(taal === "en" ? "en-GB" : "nl-NL");
  // Midday UTC is the same calendar day in the Netherlands: the date, not a clock, makes the file.
  const gemaakt = new Date(`${aangemaaktOp}T12:00:00Z`);
  doc.setCreationDate(gemaakt);
  doc.setModificationDate(gemaakt);
  return { doc, gewoon: await doc.embedFont(StandardFonts.Helvetica), vet: await doc.embedFont(StandardFonts.HelveticaBold) };
}
