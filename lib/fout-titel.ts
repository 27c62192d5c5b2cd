/**
 * The document `<title>` of a page whose form came back with errors starts with "Fout:", so a
 * screen reader hears it first (GOV.UK error summary pattern); the same on every page with a form:
 * from the server on the GET tool pages (lib/wizard/zoek-hulp.ts), in the browser on the question
 * pages (components/foutmelding-samenvatting.tsx).
 */
import { componenten } from "@/content/componenten";

export function foutTitel(titel: string, fout: boolean): string {
  return fout ? `${componenten.fout.voorvoegsel} ${titel}` : titel;
}

/** The title already says "Fout:" (the browser side leaves it as it is). */
export function heeftFoutTitel(titel: string): boolean {
  return titel.startsWith(`${componenten.fout.voorvoegsel} `);
}
