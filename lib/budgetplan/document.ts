/**
 * The budgetplan (Bijlage 3, BP-01) as plain data: what the PDF (lib/budgetplan/pdf.ts) and,
 * later, an HTML summary are made from. No sums here: those come from rules/budgetplan.ts.
 */
import { isGeldigeDatum } from "@/rules/datum";
import type { Honderdsten } from "@/rules/geld";
import type { Centen, IsoDatum } from "@/rules/types";
import { eigenWaarde } from "@/lib/eigen-sleutel";

/** BP-01 section 5 and 6: one row per zorgverlener. */
export interface BudgetplanZorgverlener {
  naam: string;
  plaats: string;
  /**
   * BP-04: as the user entered it, a KVK-nummer or a BSN. The PDF shows it in full: the plan goes
   * to the zorgkantoor, which needs the number to pay the zorgverlener.
   */
  kvkOfBsn: string;
  urenPerWeek: Honderdsten;
  uurtarief: Centen;
}

/** BP-01 section 7. */
export interface BudgetplanOndertekenaar {
  naam: string;
  /** "budgethouder", "gewaarborgde hulp", "wettelijk vertegenwoordiger (curator)", … */
  relatie: string;
  /** `null`: signed and dated by hand. */
  datum: IsoDatum | null;
}

/**
 * A digital signature (lib/delen/handtekeningen.ts), shown under the blocks of section 7. Only
 * text: the PDF states who confirmed the plan and when, and whether the plan changed since.
 */
export interface BudgetplanDigitaleHandtekening {
  /** "Budgethouder", "Gewaarborgde hulp", … */
  rolTekst: string;
  naam: string;
  /** "24-11-2026 om 16:30" (Europe/Amsterdam). */
  opTekst: string;
  /** `false`: the answers changed after signing, so this signature no longer covers the plan. */
  geldig: boolean;
  /** The AV-04 statements confirmed (the gewaarborgde hulp's); empty for the applicant. */
  verklaringen: string[];
  /** Signed by whoever held the gewaarborgde hulp's share link (docs/decisions/022-links-openen.md). */
  viaDeellink: boolean;
}

export interface BudgetplanDocument {
  achternaam: string;
  geboortedatum: IsoDatum | null;
  bsn: string | null;
  /** e.g. "ZP 5 VV – VV Beschermd wonen met intensieve dementiezorg" */
  zorgprofiel: string;
  redenKeuzePgb: string;
  zorgInkopen: string;
  zorgverleners: BudgetplanZorgverlener[];
  /**
   * AV-08: the wettelijk vertegenwoordiger and/or the gewaarborgde hulp, else the budgethouder.
   * Empty: the PDF leaves one blank block to fill in by hand.
   */
  ondertekenaars: BudgetplanOndertekenaar[];
  /** Digital signatures, applicant first; empty: the PDF shows no "Digitaal ondertekend" box. */
  digitaleHandtekeningen: BudgetplanDigitaleHandtekening[];
  zorgkantoor?: { naam: string; telefoon: string; website: string } | null;
  aangemaaktOp: IsoDatum;
}

/**
 * Letters that Unicode does not decompose into a base letter plus accent (so NFKD alone cannot
 * simplify them), and punctuation outside WinAnsi with an obvious equivalent.
 */
const VERVANGINGEN: Readonly<Record<string, string>> = {
  ł: "l", Ł: "L", đ: "d", Đ: "D", ı: "i", ħ: "h", Ħ: "H", ŧ: "t", Ŧ: "T", ŋ: "n", Ŋ: "N", ə: "e", Ə: "E",
  ß: "ss", æ: "ae", Æ: "AE", ø: "o", Ø: "O", œ: "oe", Œ: "OE", þ: "th", Þ: "TH", ð: "d", Ð: "D",
  "ʼ": "’", "ʻ": "‘", "‐": "-", "‑": "-", "‒": "-", "―": "—", "−": "-", "′": "'", "″": '"',
};

/**
 * One character that `past` rejects, as close as we can get: NFKD without its accents
 * ("ő" → "o", "ş" → "s", "ĳ" → "ij"), a fixed replacement ("ł" → "l"), or "?" when nothing
 * is close (Chinese, emoji). Invisible joiners and lone accents simply disappear.
 */
export function benaderTeken(teken: string, past: (teken: string) => boolean): string {
  const vast = eigenWaarde(VERVANGINGEN, teken);
  if (vast !== undefined && [...vast].every(past)) return vast;
  const delen = [...teken.normalize("NFKD").replace(/\p{M}/gu, "")];
  if (delen.length === 0 || /^[\p{Cc}\p{Cf}]$/u.test(teken)) return "";
  return delen.map((deel) => (past(deel) ? deel : (eigenWaarde(VERVANGINGEN, deel) ?? "?"))).join("");
}

/** "Özdemir-Şahin de Vries" → "ozdemir-sahin-de-vries": safe in a file name and an HTTP header. */
export function slug(tekst: string, maxLengte = 60): string {
  const ascii = [...tekst.normalize("NFC")].map((t) => benaderTeken(t, (d) => /^[A-Za-z0-9]$/.test(d))).join("");
  return ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLengte)
    .replace(/^-+|-+$/g, "");
}

/**
 * "budgetplan-<achternaam>-<jjjj-mm-dd>.pdf"; without a usable achternaam "budgetplan-<datum>.pdf".
 * Only [a-z0-9.-], so it needs no quoting in a Content-Disposition header.
 */
export function bestandsnaam(d: BudgetplanDocument): string {
  const datum = isGeldigeDatum(d.aangemaaktOp) ? d.aangemaaktOp : slug(d.aangemaaktOp, 10);
  const delen = ["budgetplan", slug(d.achternaam), datum].filter((deel) => deel !== "");
  return `${delen.join("-")}.pdf`;
}
