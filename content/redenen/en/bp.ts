/**
 * English words for rules/budgetplan.ts (BP-01 … BP-03, BP-06) and the budget of stap 6 (BP-02):
 * the sums per zorgverlener, the total against the pgb and the form. From the Dutch of
 * content/redenen/budgetplan.ts and content/wizard/declaraties.ts, for the applicant. Amounts and
 * hours keep the Dutch notation (€ 1.624,00; 7,5), as on the budgetplan form.
 */
import { formatBreuk } from "../../../rules/budgetplan";
import { formatUren } from "../../../rules/geld";
import { bedrag, getal } from "../gegevens";
import type { FamilieEn } from "./typen";

export const EN_BP = {
  "bp.geen-zorgverleners": () => "You have not filled in any care providers yet. The total per year is € 0,00.",
  "bp.totaal": (g) =>
    getal(g, "aantal") === 1
      ? `You have 1 care provider. The total per year is ${bedrag(g, "totaal")}.`
      : `You have ${getal(g, "aantal")} care providers. Together they cost ${bedrag(g, "totaal")} per year.`,
  "bp.binnen-budget": (g) => `The total of ${bedrag(g, "totaal")} fits within your pgb of ${bedrag(g, "pgb")} per year.`,
  "bp.buiten-budget": (g) =>
    `The total of ${bedrag(g, "totaal")} is more than your pgb of ${bedrag(g, "pgb")} per year. You are ${bedrag(g, "tekort")} short. Agree on fewer hours or a lower hourly rate, or talk to your zorgkantoor.`,
  "bp.som-per-maand": (g) =>
    `${formatUren(getal(g, "urenPerWeek"))} hours per week × ${bedrag(g, "uurtarief")} per hour × ${formatBreuk({ teller: getal(g, "wekenTeller"), noemer: getal(g, "wekenNoemer") })} weeks per month = ${bedrag(g, "perMaand")} per month.`,
  "bp.afgerond": (g) =>
    `The sum comes to ${bedrag(g, "onafgerond")}. As in the example on the budgetplan, we round to whole euros: ${bedrag(g, "afgerond")} per month.`,
  "bp.som-per-jaar": (g) => `${bedrag(g, "perMaand")} per month × ${getal(g, "maanden")} months = ${bedrag(g, "perJaar")} per year.`,
  "bp.extra-blad": (g) => {
    const extra = getal(g, "bladen") - 1;
    return `The form has room for 6 care providers (A to F). You have ${getal(g, "aantal")}. Use ${extra === 1 ? "an extra sheet" : `${extra} extra sheets`} for the other care providers.`;
  },
  "bp.onderdelen": () =>
    "The budgetplan has 7 parts: your personal details, your zorgprofiel, the reason you choose a pgb, the care you want to buy, your care providers, the amount per care provider and the signatures.",
  "bp.plan-kosten": (g) => `According to your budgetplan, the care costs ${bedrag(g, "perMaand")} per month. That is ${bedrag(g, "perJaar")} per year.`,
} satisfies FamilieEn<"bp">;
