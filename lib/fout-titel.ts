/**
 * The document `<title>` of a page whose form came back with errors starts with "Fout:" ("Error:"
 * on an English page), so a screen reader hears it first (GOV.UK error summary pattern); the same
 * on every page with a form: from the server on the GET tool pages (lib/wizard/zoek-hulp.ts), in
 * the browser on the question pages (components/foutmelding-samenvatting.tsx).
 */
import { componenten } from "@/content/componenten";
import { componenten as componentenEn } from "@/content/en/componenten";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";

export function foutTitel(titel: string, fout: boolean, taal: Taal): string {
  return fout ? `${inTaal(taal, componenten, componentenEn).fout.voorvoegsel} ${titel}` : titel;
}

/** The title already says "Fout:" or "Error:" (the browser side leaves it as it is). */
export function heeftFoutTitel(titel: string): boolean {
  return [componenten, componentenEn].some((woorden) => titel.startsWith(`${woorden.fout.voorvoegsel} `));
}
