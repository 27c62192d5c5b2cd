/**
 * What the gewaarborgde hulp's share link shows without giving away who they are
 * (docs/decisions/022-links-openen.md). Whoever holds that link signs by typing the gewaarborgde
 * hulp's name, so its page and its PDF leave out that name wherever it would appear (their answers
 * of stap 3, their block in deel 7, their signature, a zorgverlener or a signature of the same
 * name) and their phone number and e-mail address, which often spell it. Only what is shown
 * changes: whether a signature still holds is worked out on the real answers.
 */
import { handtekeningTekst as handtekeningTekstEn } from "@/content/en/handtekeningen";
import { handtekeningTekst as t } from "@/content/handtekeningen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { budgetplanDocument } from "@/lib/budgetplan/uit-antwoorden";
import type { BudgetplanDocument } from "@/lib/budgetplan/document";
import type { IsoDatum } from "@/rules/types";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { ondertekenBlokken } from "@/lib/wizard/vragen/ondertekening";
import { naamKlopt } from "./formulieren";
import type { HandtekeningRegel } from "./handtekeningen";

export const NAAM_VERBORGEN = t.naamVerborgen;

/** Whether a text is the gewaarborgde hulp's name, compared as the link's action compares it. */
const isGhNaam = (a: Antwoorden, tekst: string): boolean => naamKlopt(a, tekst);

/** The answers as the gewaarborgde hulp's link shows them: the same, without their name and contact details. */
export function zonderGhNaam(a: Antwoorden): Antwoorden {
  const gh = a.gewaarborgdeHulp;
  if (gh === undefined) return a;
  const verberg = (naam: string) => (isGhNaam(a, naam) ? NAAM_VERBORGEN : naam);
  // Deel 7: the blocks in the order AV-08 gives them; the gewaarborgde hulp's whatever was typed in it.
  const blokken = ondertekenBlokken(a).blokken;
  const handtekeningen = a.handtekeningen;
  return {
    ...a,
    gewaarborgdeHulp: {
      ...gh,
      naam: NAAM_VERBORGEN,
      ...(gh.telefoon !== undefined && { telefoon: NAAM_VERBORGEN }),
      ...(gh.email !== undefined && { email: NAAM_VERBORGEN }),
    },
    ...(a.naamAanvrager !== undefined && { naamAanvrager: verberg(a.naamAanvrager) }),
    ...(a.ondertekening !== undefined && {
      ondertekening: a.ondertekening.map((o, i) => {
        const rol = blokken[i]?.rol;
        return { ...o, naam: rol === "gewaarborgde-hulp" || rol === "beide" ? NAAM_VERBORGEN : verberg(o.naam) };
      }) as Antwoorden["ondertekening"],
    }),
    ...(a.zorgverleners !== undefined && { zorgverleners: a.zorgverleners.map((z) => ({ ...z, naam: verberg(z.naam) })) }),
    ...(handtekeningen !== undefined && {
      handtekeningen: {
        ...handtekeningen,
        ...(handtekeningen.aanvrager !== undefined && { aanvrager: { ...handtekeningen.aanvrager, naam: verberg(handtekeningen.aanvrager.naam) } }),
        ...(handtekeningen.gewaarborgdeHulp !== undefined && { gewaarborgdeHulp: { ...handtekeningen.gewaarborgdeHulp, naam: NAAM_VERBORGEN } }),
      },
    }),
  };
}

/** The signatures as the link shows them: their status from the real answers, the gewaarborgde hulp's name left out. */
export function regelsZonderGhNaam(a: Antwoorden, regels: HandtekeningRegel[], taal: Taal = STANDAARDTAAL): HandtekeningRegel[] {
  const verborgen = inTaal(taal, t, handtekeningTekstEn).naamVerborgen;
  return regels.map((r) => (r.rol === "gewaarborgde-hulp" || isGhNaam(a, r.naam) ? { ...r, naam: verborgen } : r));
}

/** The budgetplan PDF's contents for the gewaarborgde hulp's link. */
export function budgetplanZonderGhNaam(a: Antwoorden, vandaag: IsoDatum): BudgetplanDocument {
  const getoond = budgetplanDocument(zonderGhNaam(a), vandaag);
  // Both lists come from the same signatures in the same order; only the names differ.
  const echt = budgetplanDocument(a, vandaag).digitaleHandtekeningen;
  return { ...getoond, digitaleHandtekeningen: echt.map((h, i) => ({ ...h, naam: getoond.digitaleHandtekeningen[i]?.naam ?? NAAM_VERBORGEN })) };
}
