/** IND-01, IND-02, IND-04: does the Wlz fit, and what the indicatiebesluit means (Stap 1). */
import { reden, type RedenCode } from "./redenen";
import type { Antwoord, Reden } from "./types";

/** IND-02: the CIZ decides within six weeks of the aanvraag. */
export const CIZ_BESLISTERMIJN_WEKEN = 6;

export type Verwijzing = "wmo-loket" | "jeugdzorg-loket" | "huisarts";

export interface WlzVragen {
  permanentToezichtOf24UurZorgNabij?: boolean;
  jongerDan18?: boolean;
}

function verwijzingen(jongerDan18: boolean | undefined): { verwijzing: Verwijzing[]; code: RedenCode } {
  // IND-01 names the huisarts for everyone; the gemeente's loket depends on age (Wmo or Jeugdwet).
  if (jongerDan18 === true) return { verwijzing: ["jeugdzorg-loket", "huisarts"], code: "ind.verwijzing-jeugd" };
  if (jongerDan18 === false) return { verwijzing: ["wmo-loket", "huisarts"], code: "ind.verwijzing-volwassene" };
  return { verwijzing: ["wmo-loket", "jeugdzorg-loket", "huisarts"], code: "ind.verwijzing-leeftijd-onbekend" };
}

/**
 * IND-01 / IND-02: only the CIZ decides, so a fitting need is `navragen`, never `ja`.
 * Without the need the Wlz is `nee`, with where to go instead.
 */
export function wlzPastMogelijk(a: WlzVragen): { uitkomst: Antwoord; verwijzing: Verwijzing[]; redenen: Reden[] } {
  const ciz = reden("IND-02", "ind.ciz-beslist", { weken: CIZ_BESLISTERMIJN_WEKEN });
  switch (a.permanentToezichtOf24UurZorgNabij) {
    case false: {
      const { verwijzing, code } = verwijzingen(a.jongerDan18);
      return { uitkomst: "nee", verwijzing, redenen: [reden("IND-01", "ind.geen-wlz"), reden("IND-01", code)] };
    }
    case true:
      return { uitkomst: "navragen", verwijzing: [], redenen: [reden("IND-01", "ind.wlz-past-misschien"), ciz] };
    case undefined:
      return { uitkomst: "navragen", verwijzing: [], redenen: [reden("IND-01", "ind.wlz-onbekend"), ciz] };
  }
}

/** IND-04: what holds for an indicatiebesluit once it is there. */
export function indicatiebesluitFeiten(): Reden[] {
  return [reden("IND-04", "ind.geen-einddatum"), reden("IND-04", "ind.wijziging-melden"), reden("IND-04", "ind.intrekken")];
}
