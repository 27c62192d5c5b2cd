/**
 * The budgetplan (Bijlage 3, BP-01) as plain data: what the PDF (lib/budgetplan/pdf.ts) and,
 * later, an HTML summary are made from. No sums here: those come from rules/budgetplan.ts.
 */
import { isGeldigeDatum } from "@/rules/datum";
import type { Honderdsten } from "@/rules/geld";
import type { Centen, IsoDatum } from "@/rules/types";
import { slug } from "@/lib/pdf/tekst";

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
 * "budgetplan-<achternaam>-<jjjj-mm-dd>.pdf"; without a usable achternaam "budgetplan-<datum>.pdf".
 * Only [a-z0-9.-], so it needs no quoting in a Content-Disposition header.
 */
export function bestandsnaam(d: BudgetplanDocument): string {
  const datum = isGeldigeDatum(d.aangemaaktOp) ? d.aangemaaktOp : slug(d.aangemaaktOp, 10);
  const delen = ["budgetplan", slug(d.achternaam), datum].filter((deel) => deel !== "");
  return `${delen.join("-")}.pdf`;
}
