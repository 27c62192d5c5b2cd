/**
 * English words for rules/indicatie.ts (IND-01, IND-02, IND-04) for every reader but the
 * applicant: the applicant as a third person (../persoon.ts).
 */
import { getal } from "../../gegevens";
import { ciz } from "../../indicatie";
import { naam, Naam, van, Van } from "../persoon";
import type { FamilieAnderEn } from "../typen";

export const EN_IND_ANDER = {
  "ind.geen-wlz": (_, p) =>
    `The Wlz is for people who always need supervision, or care that must be close by 24 hours a day. That is not the case for ${naam(p)}. Does ${naam(p)} still need care? Then there is somewhere else to go.`,
  "ind.verwijzing-volwassene": (_, p) => `Go to the Wmo desk of the municipality, or talk about ${van(p)} care needs with the GP.`,
  "ind.verwijzing-jeugd": (_, p) => `Go to the youth care desk of the municipality, or talk about ${van(p)} care needs with the GP.`,
  "ind.verwijzing-leeftijd-onbekend": (_, p) =>
    `Go to the Wmo desk or the youth care desk of the municipality (youth care is for people under 18). Or talk about ${van(p)} care needs with the GP.`,
  "ind.wlz-past-misschien": (_, p) =>
    `${Naam(p)} always needs supervision, or care that must be close by 24 hours a day. Then the Wlz may suit ${naam(p)}.`,
  "ind.wlz-onbekend": (_, p) =>
    `The Wlz is for people who always need supervision, or care that must be close by 24 hours a day. We do not know yet whether that is the case for ${naam(p)}.`,
  "ind.ciz-beslist": (g, p) =>
    `Only the CIZ (Centrum indicatiestelling zorg) decides whether ${naam(p)} gets Wlz care. Apply for an assessment: call ${ciz.telefoon} or go to ${ciz.website}. The CIZ decides within ${getal(g, "weken")} weeks. ${Naam(p)} then gets a letter: the indicatiebesluit. It states the zorgprofiel.`,
  "ind.geen-einddatum": (_, p) => `${Van(p)} indicatiebesluit usually has no time limit. Then it has no end date.`,
  "ind.wijziging-melden": (_, p) =>
    `Does ${van(p)} situation change? Tell the CIZ. If needed, ${naam(p)} gets a new indicatiebesluit.`,
  "ind.intrekken": (_, p) =>
    `The CIZ can withdraw the indicatiebesluit. This can happen if wrong or incomplete information was given in the application. Or if ${naam(p)} no longer needs the care.`,
} satisfies FamilieAnderEn<"ind">;
