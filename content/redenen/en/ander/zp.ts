/**
 * English words for rules/zorgprofiel.ts (IND-03, IND-05) for every reader but the applicant: the
 * applicant as a third person (../persoon.ts).
 */
import { tekst } from "../../gegevens";
import { van, Van } from "../persoon";
import type { FamilieAnderEn } from "../typen";

export const EN_ZP_ANDER = {
  "zp.leeg": (_, p) =>
    `No zorgprofiel has been filled in yet. ${Van(p)} zorgprofiel is in the indicatiebesluit from the CIZ. For example: ZP 5 VV.`,
  "zp.onbekend": (_, p) =>
    `We do not recognise this zorgprofiel. Look in ${van(p)} indicatiebesluit from the CIZ to see which zorgprofiel it states. For example: ZP 5 VV, ZP 3 VG, ZP 2 ZGaud or ZP SGLVG.`,
  "zp.in-bijlage-4": (g, p) =>
    `${Van(p)} zorgprofiel is ${tekst(g, "zorgprofiel")} (${tekst(g, "omschrijving")}). The zorgkantoor calls this a care intensity package (ZZP). This ZZP is in annex 4 of the brochure: the list of ZZPs that give access to the pgb.`,
  "zp.niet-in-bijlage-4": (g, p) =>
    `${Van(p)} zorgprofiel is ${tekst(g, "zorgprofiel")}. The zorgkantoor calls this a care intensity package (ZZP). This ZZP is not in annex 4 of the brochure: the list of ZZPs that give access to the pgb.`,
} satisfies FamilieAnderEn<"zp">;
