/**
 * The lookup's GET form (app/zorgkantoor/page.tsx), read with lib/wizard/zoek-hulp.ts: what was
 * typed, at most MAX_ZOEKLENGTE characters, and the place picked from a list. The search itself
 * and its answers are rules/zorgkantoor-zoeken.ts and the page's. The error is in the page's
 * language (docs/decisions/032-talen.md).
 */
import * as z from "zod";
import { zorgkantoorPagina as en } from "@/content/en/zorgkantoor";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { zorgkantoorPagina } from "@/content/zorgkantoor";
import { MAX_ZOEKLENGTE } from "@/rules/zorgkantoor-zoeken";

export function zorgkantoorZoekSchemaIn(taal: Taal) {
  const t = inTaal(taal, zorgkantoorPagina, en);
  return z.object({
    zoek: z
      .string()
      .optional()
      .transform((zoek = "", ctx): string => {
        if (zoek.length <= MAX_ZOEKLENGTE) return zoek;
        ctx.addIssue({ code: "custom", message: t.fout.teLang(MAX_ZOEKLENGTE) });
        return z.NEVER;
      }),
    keuze: z.string().optional(),
  });
}

export const zorgkantoorZoekSchema = zorgkantoorZoekSchemaIn("nl");
