/** The English of content/wizard/documenten.ts: the papers to send with the pgb aanvraag (AV-08, Bijlage 3). */
import type { documentTeksten as nl } from "@/content/wizard/documenten";
import type { Vertaling } from "@/content/vertaling";

export const documentTeksten: Vertaling<typeof nl> = {
  aanvraagformulier: {
    titel: "The application form for a pgb",
    tekst: "You get this form from the zorgkantoor (care office) of your region. Annex 2 (bijlage 2) of the brochure has the phone number of your zorgkantoor.",
  },
  budgetplan: {
    titel: "The budgetplan (annex 3 of the brochure)",
    tekst: "The budgetplan (budget plan) says which care you want to buy, from whom, and what it costs. Send it with the application form.",
  },
  indicatiebesluit: {
    titel: "The zorgprofiel from the indicatiebesluit",
    tekst: (zorgprofiel: string): string =>
      `On the application form and in the budgetplan, enter the zorgprofiel: ${zorgprofiel}. It is in the indicatiebesluit of the CIZ, under ‘A Soort zorg’.`,
  },
  gewaarborgdeHulp: {
    titel: "The details of the gewaarborgde hulp",
    tekst: (naam: string, relatie: string): string =>
      `On the application form, write who the gewaarborgde hulp is: ${naam} (${relatie}). The zorgkantoor registers the gewaarborgde hulp.`,
  },
};
