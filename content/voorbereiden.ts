/**
 * How long a step takes and what to have at hand: the words. The numbers and which things a step
 * needs are in the step registry (lib/wizard/stappen.ts, docs/decisions/029-een-stappenregister.md).
 * Plain Dutch (B1); the page speaks to whoever fills it in, so "de aanvrager" where it is about
 * the person the pgb is for.
 */
import type { Klaarleggen } from "@/lib/wizard/stappen";

const minuten = (aantal: number): string => (aantal === 1 ? "1 minuut" : `${aantal} minuten`);

export const voorbereiden = {
  /** "Ongeveer 20 minuten, en 5 minuten per zorgverlener." */
  duur: (aantal: number, perZorgverlener?: number): string =>
    perZorgverlener === undefined || perZorgverlener === 0
      ? `Ongeveer ${minuten(aantal)}.`
      : `Ongeveer ${minuten(aantal)}, en ${minuten(perZorgverlener)} per zorgverlener.`,
  /** The start page: steps 1–3 together. */
  samen: (aantal: number, perZorgverlener: number): string =>
    perZorgverlener === 0
      ? `De eerste 3 stappen duren samen ongeveer ${minuten(aantal)}.`
      : `De eerste 3 stappen duren samen ongeveer ${minuten(aantal)}, en ${minuten(perZorgverlener)} per zorgverlener.`,
  tussendoorStoppen: "U kunt tussendoor stoppen en later verdergaan.",
  /** "Stap 3: ongeveer 20 minuten, ...", for the list on the start page. */
  perStap: (nummer: number, duur: string): string => `Stap ${nummer}: ${duur.charAt(0).toLowerCase()}${duur.slice(1)}`,
  /** Above the list in a row of the task list. */
  nodigKop: "Wat heeft u nodig?",
  /** The same, folded with the time, for a step that is not the next one. */
  duurEnNodigKop: "Tijd en wat u nodig heeft",
  duurKop: "Hoe lang duurt het?",
  klaarleggen: {
    indicatiebesluit: "Het indicatiebesluit van het CIZ, als u dat al heeft. Daarin staat het zorgprofiel.",
    "woonwens-en-regie": "Een idee van waar de aanvrager wil wonen en wie de zorg regelt.",
    persoonsgegevens: "De geboortedatum en het burgerservicenummer (BSN) van de aanvrager.",
    "gewaarborgde-hulp": "Als er een gewaarborgde hulp is: zijn of haar naam, telefoonnummer en e-mailadres.",
    zorgverleners: "Van iedere zorgverlener: naam, plaats, BSN of KVK-nummer, hoeveel dagen en uur per week, en het uurtarief.",
  } satisfies Record<Klaarleggen, string>,
} as const;
