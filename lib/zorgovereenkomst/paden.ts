/** The URLs of stap 5 (lib/wizard/paden.ts names the step page; these are its sub-pages). */
import { controlePad } from "@/lib/wizard/paden";

/** The step page: `/aanvraag/zorgovereenkomsten`. */
export const ZORGOVEREENKOMSTEN = controlePad("zorgovereenkomsten");

/** One zorgverlener's checklist. */
export const checklistPad = (id: string): string => `${ZORGOVEREENKOMSTEN}/${encodeURIComponent(id)}`;

/** Its PDF; with the etmalen logeeropvang the person checked (ZO-05), so the PDF shows them too. */
export const checklistPdfPad = (id: string, etmalen?: number): string =>
  `${checklistPad(id)}/pdf${etmalen === undefined ? "" : `?${new URLSearchParams({ etmalen: String(etmalen) })}`}`;
