/**
 * The small logeeropvang tool of stap 5 (ZO-05): "hoeveel etmalen logeeropvang?" as a plain GET
 * parameter, read with zod. A number the rule cannot take (not a whole number, below zero, more
 * etmalen than a year has) is a Dutch error at the field, never a thrown error; the typed text
 * is kept so the form can show it again.
 */
import * as z from "zod";
import { zorgovereenkomstenTeksten } from "@/content/wizard/zorgovereenkomsten";
import { zorgovereenkomstenTeksten as zorgovereenkomstenEn } from "@/content/en/wizard/zorgovereenkomsten";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { perTaal } from "@/lib/wizard/vragen/velden";

const f = zorgovereenkomstenTeksten.checklist.logeeropvang.fout;

/** A leap year's etmalen: more in one kalenderjaar is not a number anyone means. */
export const MAX_ETMALEN_IN_JAAR = 366;
/** Longer input is no number of etmalen; it is not parsed at all. */
const MAX_INVOER = 20;

/** The number's schema with its messages in `taal` (docs/decisions/032-talen.md). */
export const etmalenSchemaIn = perTaal((taal: Taal) => {
  const f = inTaal(taal, zorgovereenkomstenTeksten, zorgovereenkomstenEn).checklist.logeeropvang.fout;
  return (
    z
      .string()
      .trim()
      .min(1, f.leeg)
      .max(MAX_INVOER, f.geenGetal)
      .regex(/^[-−]?\s*\d+$/, f.geenGetal)
      // "+ 0" makes "-0" plain 0.
      .transform((tekst) => Number(tekst.replace(/[−\s]/g, (teken) => (teken === "−" ? "-" : ""))) + 0)
      // Digits only (the regex), so the number is whole; a huge one is simply too many.
      .pipe(z.number().min(0, f.negatief).max(MAX_ETMALEN_IN_JAAR, f.teVeel(MAX_ETMALEN_IN_JAAR)))
  );
});

export const etmalenSchema = etmalenSchemaIn(STANDAARDTAAL);

export type EtmalenInvoer =
  | { soort: "geen" }
  | { soort: "fout"; invoer: string; fout: string }
  | { soort: "ok"; invoer: string; etmalen: number };

/**
 * The checklist page's GET form (`?etmalen=`), read with lib/wizard/zoek-hulp.ts like the other
 * tool pages: absent is no question; present is checked, also when empty.
 */
export const etmalenFormulierIn = perTaal((taal: Taal) => z.object({ etmalen: etmalenSchemaIn(taal) }));

export const etmalenFormulier = etmalenFormulierIn(STANDAARDTAAL);

/**
 * `?etmalen=` for the checklist's PDF route (app/aanvraag/zorgovereenkomsten/[id]/pdf): a download
 * has no form to show an error in, so a number it cannot read is left out of the PDF.
 */
export function leesEtmalen(invoer: string | string[] | undefined): EtmalenInvoer {
  const tekst = Array.isArray(invoer) ? invoer[0] : invoer;
  if (tekst === undefined) return { soort: "geen" };
  const uit = etmalenSchema.safeParse(tekst);
  if (uit.success) return { soort: "ok", invoer: tekst, etmalen: uit.data };
  return { soort: "fout", invoer: tekst, fout: uit.error.issues[0]?.message ?? f.geenGetal };
}
