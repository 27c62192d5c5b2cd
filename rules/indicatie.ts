/** IND-01, IND-02, IND-04: does the Wlz fit, and what the indicatiebesluit means (Stap 1). */
import { indicatieTeksten as t } from "../content/redenen/indicatie";
import { vasteTekst } from "./redenen";
import type { Antwoord, Reden } from "./types";

/** IND-02: the CIZ decides within six weeks of the aanvraag. */
export const CIZ_BESLISTERMIJN_WEKEN = 6;

export type Verwijzing = "wmo-loket" | "jeugdzorg-loket" | "huisarts";

export interface WlzVragen {
  permanentToezichtOf24UurZorgNabij?: boolean;
  jongerDan18?: boolean;
}

function verwijzingen(jongerDan18: boolean | undefined): { verwijzing: Verwijzing[]; tekst: string } {
  // IND-01 names the huisarts for everyone; the gemeente's loket depends on age (Wmo or Jeugdwet).
  if (jongerDan18 === true) return { verwijzing: ["jeugdzorg-loket", "huisarts"], tekst: t.verwijzingJeugd };
  if (jongerDan18 === false) return { verwijzing: ["wmo-loket", "huisarts"], tekst: t.verwijzingVolwassene };
  return { verwijzing: ["wmo-loket", "jeugdzorg-loket", "huisarts"], tekst: t.verwijzingLeeftijdOnbekend };
}

/**
 * IND-01 / IND-02: only the CIZ decides, so a fitting need is `navragen`, never `ja`.
 * Without the need the Wlz is `nee`, with where to go instead.
 */
export function wlzPastMogelijk(a: WlzVragen): { uitkomst: Antwoord; verwijzing: Verwijzing[]; redenen: Reden[] } {
  const ciz = vasteTekst("IND-02", t.cizBeslist(CIZ_BESLISTERMIJN_WEKEN));
  switch (a.permanentToezichtOf24UurZorgNabij) {
    case false: {
      const { verwijzing, tekst } = verwijzingen(a.jongerDan18);
      return { uitkomst: "nee", verwijzing, redenen: [vasteTekst("IND-01", t.geenWlz), vasteTekst("IND-01", tekst)] };
    }
    case true:
      return { uitkomst: "navragen", verwijzing: [], redenen: [vasteTekst("IND-01", t.wlzPastMisschien), ciz] };
    case undefined:
      return { uitkomst: "navragen", verwijzing: [], redenen: [vasteTekst("IND-01", t.wlzOnbekend), ciz] };
  }
}

/** IND-04: what holds for an indicatiebesluit once it is there. */
export function indicatiebesluitFeiten(): Reden[] {
  return [vasteTekst("IND-04", t.geenEinddatum), vasteTekst("IND-04", t.wijzigingMelden), vasteTekst("IND-04", t.intrekken)];
}
