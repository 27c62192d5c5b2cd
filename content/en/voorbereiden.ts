/** The English of content/voorbereiden.ts: how long a step takes and what to have at hand. */
import type { voorbereiden as nl } from "@/content/voorbereiden";
import type { Vertaling } from "@/content/vertaling";

const minuten = (aantal: number): string => (aantal === 1 ? "1 minute" : `${aantal} minutes`);

export const voorbereiden: Vertaling<typeof nl> = {
  duur: (aantal: number, perZorgverlener?: number): string =>
    perZorgverlener === undefined || perZorgverlener === 0
      ? `About ${minuten(aantal)}.`
      : `About ${minuten(aantal)}, and ${minuten(perZorgverlener)} per care provider.`,
  samen: (aantal: number, perZorgverlener: number): string =>
    perZorgverlener === 0
      ? `The first 3 steps take about ${minuten(aantal)} together.`
      : `The first 3 steps take about ${minuten(aantal)} together, and ${minuten(perZorgverlener)} per care provider.`,
  tussendoorStoppen: "You can stop in between and carry on later.",
  perStap: (nummer: number, duur: string): string => `Step ${nummer}: ${duur.charAt(0).toLowerCase()}${duur.slice(1)}`,
  nodigKop: "What do you need?",
  duurEnNodigKop: "Time and what you need",
  duurKop: "How long does it take?",
  klaarleggen: {
    indicatiebesluit: "The indicatiebesluit (assessment decision) from the CIZ, if you have it already. It states the zorgprofiel (care profile).",
    "woonwens-en-regie": "An idea of where the applicant wants to live and who arranges the care.",
    persoonsgegevens: "The date of birth and the citizen service number (BSN) of the applicant.",
    "gewaarborgde-hulp": "If there is a gewaarborgde hulp (guaranteed helper): their name, phone number and email address.",
    zorgverleners: "For each care provider: name, town, BSN or KVK number (Chamber of Commerce), how many days and hours a week, and the hourly rate.",
  },
};
