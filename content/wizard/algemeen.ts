/**
 * Words every question page of the wizard shares: answers, buttons, error messages. Dutch, B1.
 * Error messages never say "u" or a name: one schema serves everyone, whoever fills it in.
 */
import type { Reden } from "@/rules/types";

export const formulier = {
  doorgaan: "Doorgaan",
  ja: "Ja",
  nee: "Nee",
  fouten: {
    kiesEen: "Kies een van de antwoorden.",
    teLang: (max: number): string => `Gebruik niet meer dan ${max} tekens.`,
    ongeldig: "Dit antwoord kunnen wij niet lezen. Vul het opnieuw in.",
  },
} as const;

/** How the applicant is named when someone else fills this in and gave no name. */
export const deAanvrager = "de aanvrager";

/** A reason as one line of text, with its rule and where to read it in the brochure. */
export function metBron(r: Reden): string {
  return `${r.tekst} (${r.regel}, brochure: ${r.bron})`;
}
