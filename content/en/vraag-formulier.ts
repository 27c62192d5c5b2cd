/** The English of content/vraag-formulier.ts. */
import type { vraagFormulier as nl } from "@/content/vraag-formulier";
import type { Vertaling } from "@/content/vertaling";

export const vraagFormulier: Vertaling<typeof nl> = {
  gewijzigd: {
    titel: "Your answers were changed somewhere else",
    tekst: "Your application was changed in another window or on another device in the meantime. So we did not save this answer, and nothing is lost. Open the page again to see the newest answers. What you entered is still below.",
    herladen: "Open the newest version",
  },
  nietBewaard: {
    titel: "Your answers were not saved",
    tekst: "Something went wrong on our side while saving. Your answers were not saved, but what you entered is still below. Please try again in a few minutes.",
  },
  som: {
    kop: "What does this care provider cost?",
    leeg: "Enter hours and hourly rate, and we will work it out.",
    uur: "hours",
    perMaand: "per month",
    perJaar: "per year",
    weken: (weken: string): string => `${weken} is the average number of weeks in a month.`,
    afgerond: (precies: string): string => `Rounded to whole euros. Without rounding it is ${precies}.`,
  },
};
