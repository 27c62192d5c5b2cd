/**
 * A reason for the applicant as one line, with its rule and where to read it in the brochure,
 * in the page's language: "… (Regel LV-02, Bron: …)" or "… (Rule LV-02, Source: …)"
 * (docs/decisions/032-talen.md, addendum on questions). English reasons exist for the applicant.
 */
import { AANVRAGER } from "@/content/redenen";
import { metBronVoor } from "@/content/wizard/algemeen";
import { componenten as componentenEn } from "@/content/en/componenten";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import type { Reden } from "@/rules/types";
import { redenTekstIn } from "./reden-taal";

export function metBronIn(taal: Taal = STANDAARDTAAL): (r: Reden) => string {
  if (taal !== "en") return metBronVoor(AANVRAGER);
  return (r: Reden) => `${redenTekstIn(r, AANVRAGER, taal)} ${componentenEn.reden.inTekst(r.regel, r.bron)}`;
}
