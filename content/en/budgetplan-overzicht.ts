/**
 * The English of content/budgetplan-overzicht.ts: the table of sums and the warnings beside it.
 * Amounts, hours and years arrive formatted the Dutch way ("€ 1.624,00", "7,5"), as on every page.
 */
import type { budgetplanOverzicht as nl } from "@/content/budgetplan-overzicht";
import type { Vertaling } from "@/content/vertaling";
import { componenten } from "./componenten";

export const budgetplanOverzicht: Vertaling<typeof nl> = {
  tabel: {
    bijschrift: "Amount per care provider",
    scrollgebied: "Table with the amount per care provider. Is the screen too narrow? Then scroll the table sideways.",
    kolomNaam: "Name",
    kolomUren: "Hours a week",
    kolomUurtarief: "Hourly rate",
    kolomWeken: (weken: string) => `× weeks per month (${weken})`,
    kolomPerMaand: "Cost per month",
    kolomMaanden: (maanden: number) => `× months (${maanden})`,
    kolomPerJaar: "Cost per year",
    totaal: "Total",
    somPerMaand: (uren: string, tarief: string, weken: string, perMaand: string) => `${uren} hours × ${tarief} × ${weken} = ${perMaand} per month`,
    somPerJaar: (perMaand: string, maanden: string, perJaar: string) => `${perMaand} × ${maanden} = ${perJaar} per year`,
    afgerond: (onafgerond: string, afgerond: string) => `${onafgerond}, rounded ${afgerond}`,
    geenZorgverleners: "You have not entered any care providers yet. That is why there is no amount yet.",
  },

  waarschuwingen: {
    perZorgverlener: (naam: string) => `Note about ${naam}`,
    waarom: componenten.reden.waarom,

    tariefBovenMaximum: {
      titel: "The hourly rate is higher than the maximum",
      tarief: (tarief: string, maximum: string, soort: string, jaar: string) =>
        `You want to pay ${tarief} an hour. The maximum rate ${soort} is ${maximum} an hour in ${jaar}.`,
      soortProfessioneel: "for a professional care provider",
      soortNietProfessioneel: "for a non-professional care provider",
      watDoenProfessioneel:
        "Paying more is only allowed with permission from the zorgkantoor. That is only possible for care for which the Dutch Healthcare Authority (NZa) has set a higher rate. Ask the zorgkantoor for permission, or agree on a lower hourly rate.",
      watDoenNietProfessioneel: "You may not pay more than the maximum rate. Agree on a lower hourly rate.",
    },
    tariefMaximumOnbekend: {
      titel: (jaar: string) => `We do not know the maximum rate for ${jaar} yet`,
      tekst: (jaar: string) =>
        `There is a maximum for the hourly rate. That maximum changes every year. We do not know the maximum rate for ${jaar} yet. That is why we do not check your hourly rate.`,
      watDoen:
        "Look on the website of your zorgkantoor. Search there for the vergoedingslijst (list of what is paid for) or the maximum rates. Is your hourly rate higher? Then talk to your zorgkantoor.",
    },
    tariefNavragen: {
      titel: "Check whether this hourly rate is allowed",
      tekst: (tarief: string) =>
        `You want to pay ${tarief} an hour. Whether that is allowed depends on whether the care provider is a professional. Ask your zorgkantoor.`,
    },
    werkgever: {
      titel: "You become an employer",
      aangenomen:
        "You do not know yet which agreement you will make. We assume an employment contract. That is usual when the care provider is not an organisation, not self-employed and not family. Do you know later? Then change it.",
      watBetekentHet:
        "With an employment contract you are an employer. Employment law then applies. For example, you keep paying wages when your care provider is ill. Your care provider builds up holiday days. And do you want to stop? Then a notice period applies.",
      hulp: "You are not on your own. The SVB (Sociale Verzekeringsbank, which pays out the pgb) does the payroll for you.",
    },
    loonbelasting: {
      titel: "Wage tax is deducted",
      tekst:
        "The SVB deducts wage tax and contributions. The SVB pays that money from your pgb to the Dutch Tax Administration (Belastingdienst). So your care provider gets less paid out: a net amount.",
      watDoen: "The hourly rate in your budgetplan is a gross rate. Keep that in mind when you agree on the hourly rate.",
    },
    bovenBudget: {
      titel: "Your plan costs more than your pgb",
      tekst: (totaal: string, pgb: string, verschil: string) =>
        `Your care providers cost ${totaal} a year together. You expect a pgb of ${pgb} a year. That is ${verschil} too little.`,
      watDoen: "Agree on fewer hours or a lower hourly rate. Or talk to your zorgkantoor.",
    },
  },
};
