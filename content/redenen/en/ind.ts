/**
 * English words for rules/indicatie.ts (IND-01, IND-02, IND-04): does the Wlz fit, where else to
 * go, the CIZ decides. From the Dutch of content/redenen/indicatie.ts, for the applicant.
 */
import { getal } from "../gegevens";
import { ciz } from "../indicatie";
import type { FamilieEn } from "./typen";

export const EN_IND = {
  "ind.geen-wlz": () =>
    "The Wlz is for people who always need supervision, or care that must be close by 24 hours a day. That is not the case for you. Do you still need care? Then you can go somewhere else.",
  "ind.verwijzing-volwassene": () => "Go to the Wmo desk of your municipality, or talk about your care needs with your GP.",
  "ind.verwijzing-jeugd": () => "Go to the youth care desk of your municipality, or talk about your care needs with your GP.",
  "ind.verwijzing-leeftijd-onbekend": () =>
    "Go to the Wmo desk or the youth care desk of your municipality (youth care is for people under 18). Or talk about your care needs with your GP.",
  "ind.wlz-past-misschien": () =>
    "You always need supervision, or care that must be close by 24 hours a day. Then the Wlz may suit you.",
  "ind.wlz-onbekend": () =>
    "The Wlz is for people who always need supervision, or care that must be close by 24 hours a day. We do not know yet whether that is the case for you.",
  "ind.ciz-beslist": (g) =>
    `Only the CIZ (Centrum indicatiestelling zorg) decides whether you get Wlz care. Apply for an assessment: call ${ciz.telefoon} or go to ${ciz.website}. The CIZ decides within ${getal(g, "weken")} weeks. You then get a letter: the indicatiebesluit. It states your zorgprofiel.`,
  "ind.geen-einddatum": () => "Your indicatiebesluit usually has no time limit. Then it has no end date.",
  "ind.wijziging-melden": () => "Does your situation change? Tell the CIZ. If needed, you get a new indicatiebesluit.",
  "ind.intrekken": () =>
    "The CIZ can withdraw the indicatiebesluit. This can happen if you gave wrong or incomplete information when you applied. Or if you no longer need the care.",
} satisfies FamilieEn<"ind">;
