/**
 * The English of content/wizard/zorgovereenkomsten.ts: stap 5, agreements with care providers.
 * Dutch names (zorgovereenkomst, zorgbeschrijving, zorgkantoor, SVB, PGB Portaal) stay and are
 * explained once where they first show (docs/decisions/032-talen.md). The step page's words
 * (`overzicht`) are here; the checklist's three groups are content/en/zorgovereenkomst-checklist.ts's.
 */
import type { zorgovereenkomstenTeksten as nl } from "@/content/wizard/zorgovereenkomsten";
import type { Vertaling } from "@/content/vertaling";
import type { Aanspreking } from "@/lib/wizard/types";
import { checklist, pdf, zorgkantoor } from "../zorgovereenkomst-checklist";

export const zorgovereenkomstenTeksten: Vertaling<typeof nl> = {
  overzicht: {
    titel: "Making agreements with care providers",
    inleiding: (a: Aanspreking): string[] =>
      a.zelf
        ? [
            "Has the zorgkantoor (the care office of your region) granted your pgb? Then you make agreements with each care provider. You write these agreements down in a zorgovereenkomst (care agreement) and a zorgbeschrijving (care description).",
            "For each care provider in your budgetplan there is a checklist. It says what to look out for. You can print the checklist or download it as a pdf.",
          ]
        : [
            `Has the zorgkantoor (the care office of the region) granted the pgb of ${a.naam}? Then agreements are made with each care provider. These agreements are written down in a zorgovereenkomst (care agreement) and a zorgbeschrijving (care description).`,
            `For each care provider in the budgetplan of ${a.naam} there is a checklist. It says what to look out for. You can print the checklist or download it as a pdf.`,
          ],
    zorgverlenersKop: "The care providers",
    linkTekst: (naam: string): string => `Checklist for ${naam}`,
    geenZorgverleners: "The budgetplan has no care providers yet. First add the care providers to the budgetplan.",
    naarBudgetplan: "Go to the care providers in the budgetplan",
    afsprakenKop: "Zorgovereenkomst and zorgbeschrijving",
    aanleverenKop: "How do you hand them in to the zorgkantoor?",
    afgerond: "You have finished this step. You can still look at the checklists.",
    klaarKop: "Done with this step?",
    klaarUitleg: (a: Aanspreking): string =>
      a.zelf
        ? "Have you made a zorgovereenkomst and a zorgbeschrijving with all your care providers? Then finish this step."
        : `Has a zorgovereenkomst and a zorgbeschrijving been made with all care providers of ${a.naam}? Then finish this step.`,
  },

  // The checklist's words (screen and PDF) live in content/en/zorgovereenkomst-checklist.ts.
  zorgkantoor,
  checklist,
  pdf,
};
