/**
 * The sum of one budgetplan row as the paper form writes it (BP-02, BP-03):
 * uren × uurtarief × 4,33 = per maand; per maand × 12 = per jaar. From the text as typed, with
 * the same rules the server uses, so the server can render it (JavaScript off) and the browser
 * can update it while the person types (components/live-som.tsx). Only figures: the words are in
 * content/wizard/zorgverlener.ts.
 */
import { formatBreuk, isGeldigAantalUren, isGeldigUurtarief, kostenPerJaar, kostenPerMaand } from "@/rules/budgetplan";
import { formatBedrag, formatUren, parseBedragNl, parseUren } from "@/rules/geld";

/** BP-02: the brochure's 4,33 weeks per month and 12 months per year. */
const WEKEN_PER_MAAND = { teller: 433, noemer: 100 } as const;
const MAANDEN_PER_JAAR = 12;

export interface SomTekst {
  /** "25" */
  uren: string;
  /** "€ 15,00" */
  tarief: string;
  /** "4,33" */
  weken: string;
  /** BP-03, rounded to whole euros: "€ 1.624,00". */
  perMaand: string;
  /** The exact figure to the cent when it differs from `perMaand` ("€ 1.623,75"), else `null`. */
  perMaandOnafgerond: string | null;
  /** 12 */
  maanden: number;
  /** "€ 19.488,00" */
  perJaar: string;
}

/**
 * The sum's figures, or `null` when the hours or the uurtarief are empty, unreadable, 0 or above
 * what the form accepts (then the form's own error message says what is wrong).
 */
export function somTekst(urenInvoer: string, tariefInvoer: string): SomTekst | null {
  const uren = parseUren(urenInvoer);
  const tarief = parseBedragNl(tariefInvoer);
  if (uren === null || tarief === null || uren === 0 || tarief === 0) return null;
  if (!isGeldigAantalUren(uren) || !isGeldigUurtarief(tarief)) return null;
  const maand = kostenPerMaand(uren, tarief, WEKEN_PER_MAAND);
  const jaar = kostenPerJaar(maand.afgerond, MAANDEN_PER_JAAR);
  return {
    uren: formatUren(uren),
    tarief: formatBedrag(tarief),
    weken: formatBreuk(WEKEN_PER_MAAND),
    perMaand: formatBedrag(maand.afgerond),
    perMaandOnafgerond: maand.onafgerond === maand.afgerond ? null : formatBedrag(maand.onafgerond),
    maanden: MAANDEN_PER_JAAR,
    perJaar: formatBedrag(jaar),
  };
}
