/**
 * English words for rules/zorgprofiel.ts (IND-03, IND-05): reading and naming the zorgprofiel. From
 * the Dutch of content/redenen/zorgprofiel.ts, for the applicant. The zorgprofiel's description
 * stays as the indicatiebesluit writes it, in Dutch.
 */
import { tekst } from "../gegevens";
import type { FamilieEn } from "./typen";

export const EN_ZP = {
  "zp.leeg": () =>
    "You have not filled in a zorgprofiel yet. Your zorgprofiel is in the indicatiebesluit from the CIZ. For example: ZP 5 VV.",
  "zp.onbekend": () =>
    "We do not recognise this zorgprofiel. Look in the indicatiebesluit from the CIZ to see which zorgprofiel it states. For example: ZP 5 VV, ZP 3 VG, ZP 2 ZGaud or ZP SGLVG.",
  "zp.in-bijlage-4": (g) =>
    `Your zorgprofiel is ${tekst(g, "zorgprofiel")} (${tekst(g, "omschrijving")}). The zorgkantoor calls this a care intensity package (ZZP). This ZZP is in annex 4 of the brochure: the list of ZZPs that give access to the pgb.`,
  "zp.niet-in-bijlage-4": (g) =>
    `Your zorgprofiel is ${tekst(g, "zorgprofiel")}. The zorgkantoor calls this a care intensity package (ZZP). This ZZP is not in annex 4 of the brochure: the list of ZZPs that give access to the pgb.`,
} satisfies FamilieEn<"zp">;
