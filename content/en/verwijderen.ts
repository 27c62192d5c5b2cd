/** The English of content/verwijderen.ts: the page that asks before everything is deleted. */
import type { verwijderen as nl } from "@/content/verwijderen";
import type { Vertaling } from "@/content/vertaling";

export const verwijderen: Vertaling<typeof nl> = {
  titel: "Are you sure you want to delete everything?",
  inleiding: "If you go on, we delete straight away:",
  watWeg: [
    "all your answers, from all steps;",
    "the budgetplan (budget plan) and the signatures on it;",
    "your personal link to carry on later;",
    "all links you shared with others. Anyone with such a link can then no longer read your application.",
  ],
  nietTerug: "This cannot be undone. We cannot get your answers back either.",
  eerstBewaren: "Do you want to keep the budgetplan? Then download it first:",
  pdfLink: "Download the budgetplan (pdf)",
  knop: "Yes, delete all my data",
  terug: "No, back to my application",
  opnieuw: "Do you still want to apply for a pgb? Then you can start again below.",
};
