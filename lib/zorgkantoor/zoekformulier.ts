/**
 * The lookup's GET form (app/zorgkantoor/page.tsx), read with lib/wizard/zoek-hulp.ts: what was
 * typed, at most MAX_ZOEKLENGTE characters, and the place picked from a list. The search itself
 * and its Dutch answers are rules/zorgkantoor-zoeken.ts and the page's.
 */
import * as z from "zod";
import { zorgkantoorPagina } from "@/content/zorgkantoor";
import { MAX_ZOEKLENGTE } from "@/rules/zorgkantoor-zoeken";

export const zorgkantoorZoekSchema = z.object({
  zoek: z
    .string()
    .optional()
    .transform((zoek = "", ctx): string => {
      if (zoek.length <= MAX_ZOEKLENGTE) return zoek;
      ctx.addIssue({ code: "custom", message: zorgkantoorPagina.fout.teLang(MAX_ZOEKLENGTE) });
      return z.NEVER;
    }),
  keuze: z.string().optional(),
});
