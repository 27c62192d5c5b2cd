/**
 * English words for rules/budgetplan.ts (BP-01 … BP-03, BP-06) and the budget of stap 6 (BP-02)
 * for every reader but the applicant: the applicant as a third person (../persoon.ts). The sums
 * speak to no one and are the applicant's words (../bp.ts).
 */
import { bedrag, getal } from "../../gegevens";
import { EN_BP } from "../bp";
import { naam, Naam, van } from "../persoon";
import type { FamilieAnderEn } from "../typen";

export const EN_BP_ANDER = {
  "bp.geen-zorgverleners": (_, p) => `No care providers have been filled in for ${naam(p)} yet. The total per year is € 0,00.`,
  "bp.totaal": (g, p) =>
    getal(g, "aantal") === 1
      ? `${Naam(p)} has 1 care provider. The total per year is ${bedrag(g, "totaal")}.`
      : `${Naam(p)} has ${getal(g, "aantal")} care providers. Together they cost ${bedrag(g, "totaal")} per year.`,
  "bp.binnen-budget": (g, p) => `The total of ${bedrag(g, "totaal")} fits within ${van(p)} pgb of ${bedrag(g, "pgb")} per year.`,
  "bp.buiten-budget": (g, p) =>
    `The total of ${bedrag(g, "totaal")} is more than ${van(p)} pgb of ${bedrag(g, "pgb")} per year. ${Naam(p)} is ${bedrag(g, "tekort")} short. Agree on fewer hours or a lower hourly rate, or talk to the zorgkantoor.`,
  "bp.som-per-maand": EN_BP["bp.som-per-maand"],
  "bp.afgerond": EN_BP["bp.afgerond"],
  "bp.som-per-jaar": EN_BP["bp.som-per-jaar"],
  "bp.extra-blad": (g, p) => {
    const extra = getal(g, "bladen") - 1;
    return `The form has room for 6 care providers (A to F). ${Naam(p)} has ${getal(g, "aantal")}. Use ${extra === 1 ? "an extra sheet" : `${extra} extra sheets`} for the other care providers.`;
  },
  "bp.onderdelen": (_, p) =>
    `The budgetplan has 7 parts: ${van(p)} personal details, ${van(p)} zorgprofiel, the reason for choosing a pgb, the care ${naam(p)} wants to buy, the care providers, the amount per care provider and the signatures.`,
  "bp.plan-kosten": (g, p) =>
    `According to ${van(p)} budgetplan, the care costs ${bedrag(g, "perMaand")} per month. That is ${bedrag(g, "perJaar")} per year.`,
} satisfies FamilieAnderEn<"bp">;
