/**
 * The English of content/wizard/declaraties.ts: stap 6, claims (declaraties). Dutch names (SVB,
 * Mijn PGB, PGB Portaal, zorgkantoor, budgetplan) stay and are explained once where they first
 * show (docs/decisions/032-talen.md). Amounts and dates keep the Dutch notation. "You" is whoever
 * does the pgb's administration, as the Dutch "u"; a `Persoon` is the applicant, by name or as
 * "the applicant".
 */
import type { Persoon } from "@/content/redenen/derde-persoon";
import type { declaratiesTeksten as nl } from "@/content/wizard/declaraties";
import type { Vertaling } from "@/content/vertaling";
import type { Aanspreking } from "@/lib/wizard/types";

const hoofdletter = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The applicant: their name, or "the applicant" where the Dutch has the term "de aanvrager". */
const naam = (persoon: Persoon): string => (persoon.neutraal ? "the applicant" : persoon.naam);

/** "Riet's", "the applicant's". */
const van = (persoon: Persoon): string => `${naam(persoon)}’s`;

export const declaratiesTeksten: Vertaling<typeof nl> = {
  weekdagen: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  maanden: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  terugNaarStap: "Back to step 6",

  fout: {
    budgetLeeg: "Enter the budget for this year.",
    budgetVorm: "Enter the budget in euros, for example 45.000 or 45.000,00.",
    budgetNegatief: "The budget cannot be negative. Enter the amount without a minus sign.",
    budgetNul: "Enter a budget higher than € 0.",
    budgetTeHoog: (max: string) => `Enter a budget of at most ${max} a year.`,
    maandVorm: (maand: string) => `For ${maand}, enter an amount in euros, for example 1.624,00. Or leave the box empty.`,
    maandNegatief: (maand: string) => `The amount for ${maand} cannot be negative. Enter it without a minus sign.`,
    maandTeHoog: (maand: string, max: string) => `The amount for ${maand} is too high. Enter at most ${max}.`,
  },

  stap: {
    inleiding: (a: Aanspreking): string =>
      a.zelf
        ? "Has the zorgkantoor (the care office of your region) granted your pgb? Then the SVB (Sociale Verzekeringsbank) pays your care providers from your budget. For this you send in declaraties (claims). A declaratie is a bill from your care provider for the care they gave. This page explains how it works."
        : `Has the zorgkantoor (the care office of the region) granted the pgb of ${a.naam}? Then the SVB (Sociale Verzekeringsbank) pays the care providers from the budget. For this, declaraties (claims) go to the SVB. A declaratie is a bill from a care provider for the care they gave. This page explains how it works.`,
    kunnenKop: (a: Aanspreking): string => (a.zelf ? "Can you claim yet?" : "Can claims be made yet?"),
    portaalKop: "Claiming through the PGB Portaal",
    portaalMeer:
      "More explanation and videos about claiming are on mijnpgb.nl (in Dutch), under ‘budgethouders en vertegenwoordigers’ and ‘declaraties en maandloon’.",
    svbKop: "Claiming through Mijn PGB of the SVB",
    svbTermijnLink: "Work out until when you can pass on a declaratie",
    bekijken: (persoon: Persoon | null): string =>
      persoon === null
        ? "In Mijn PGB you can always see your budget and the payments. You see what has been paid already, and how much budget you have left for the rest of the year."
        : `Mijn PGB always shows ${van(persoon)} budget and the payments. It shows what has been paid already, and how much budget ${naam(persoon)} has left for the rest of the year.`,
    maandloonKop: "A fixed monthly wage",
    maandloonVraag: (persoon: Persoon | null): string =>
      persoon === null
        ? "Have you agreed a fixed monthly wage (maandloon) with your care provider? That is the same amount every month."
        : `Has a fixed monthly wage (maandloon) been agreed with a care provider of ${naam(persoon)}? That is the same amount every month.`,
    metMaandloon: "With a fixed monthly wage",
    zonderMaandloon: "Without a fixed monthly wage",
    hulpmiddelenKop: "Work it out yourself",
    hulpmiddelenUitleg: "With these tools you work something out yourself. We do not keep what you fill in.",
    hulpmiddelen: {
      termijn: {
        link: "Until when can you pass on a declaratie?",
        uitleg: "For those who claim through Mijn PGB of the SVB, or on paper.",
      },
      verantwoordingsvrij: {
        link: "How much can you spend freely?",
        uitleg: "The verantwoordingsvrij bedrag: money for small expenses, such as stamps.",
      },
      budget: {
        link: "How much budget do you have left?",
        uitleg: "Fill in what you spend each month. Then you see if your budget lasts until 31 December.",
      },
    },
    budgetHulpmiddelOver: (persoon: Persoon) => ({
      link: `How much budget does ${naam(persoon)} have left?`,
      uitleg: `Fill in what was spent each month. Then you see if ${van(persoon)} budget lasts until 31 December.`,
    }),
    naHetJaarKop: "After the end of the year",
    svbTakenKop: "What does the SVB do for you?",
    svbMeer: "More information is on www.svb.nl (in Dutch). It also explains how to fill in a declaratie.",
    klaarKop: "Done with this step?",
    klaarUitleg: "Do you know how to claim? Then mark this step as done. You can always open this page again later.",
  },

  termijn: {
    titel: "Until when can you pass on a declaratie?",
    uitleg: (weken: number, persoon: Persoon | null) =>
      persoon === null
        ? `Do you claim through Mijn PGB of the SVB, or on paper? Then you pass on the declaratie of your care provider to the SVB within ${weken} weeks. Fill in the day you got the declaratie. Then we work out the last day.`
        : `Do you claim through Mijn PGB of the SVB, or on paper? Then the declaratie of a care provider of ${naam(persoon)} goes to the SVB within ${weken} weeks. Fill in the day you got the declaratie. Then we work out the last day.`,
    portaal: "Do you claim through the PGB Portaal? Then this time limit does not apply. You assess the declaratie in the portal.",
    label: "On which day did you get the declaratie?",
    hint: "For example 2-3-2026. First the day, then the month, then the year.",
    knop: "Work it out",
    fout: {
      leeg: "Enter the day you got the declaratie.",
      vorm: "Enter the date as day-month-year, for example 2-3-2026.",
      bestaatNiet: "This date does not exist. Check the day and the month.",
      toekomst: "This date is in the future. Enter the day you got the declaratie.",
    },
    uitkomstKop: (dag: string) => `Pass on the declaratie by ${dag} at the latest`,
    teLaatKop: (dag: string) => `The last day was ${dag}`,
    vandaag: "That is today.",
    morgen: "That is tomorrow.",
    nogDagen: (dagen: number) => `You have ${dagen} days left for this.`,
    teLaat: (dagen: number) => (dagen === 1 ? "That was yesterday." : `That was ${dagen} days ago.`),
    waaromKop: "Why this date?",
    opnieuwKop: "Work out another date",
  },

  verantwoordingsvrij: {
    titel: "How much can you spend freely?",
    uitleg: (persoon: Persoon | null): string[] =>
      persoon === null
        ? [
            "You may spend a small part of your pgb freely, on small expenses such as phone costs and stamps. This is called the verantwoordingsvrij bedrag (the amount you do not have to account for). You do not have to show what you spend it on.",
            "Fill in how much your pgb is this year. Then we work out how much you can ask for.",
          ]
        : [
            `A small part of the pgb of ${naam(persoon)} may be spent freely, on small expenses such as phone costs and stamps. This is called the verantwoordingsvrij bedrag (the amount you do not have to account for). There is no need to show what it is spent on.`,
            `Fill in how much the pgb of ${naam(persoon)} is this year. Then we work out how much can be asked for.`,
          ],
    budgetLabel: (persoon: Persoon | null): string =>
      persoon === null ? "How much is your pgb this year?" : `How much is the pgb of ${naam(persoon)} this year?`,
    budgetHint: "The amount per year, for example 45.000 or 45.000,00. It is in the toekenningsbeschikking (the decision to grant) of the zorgkantoor.",
    zorgLabel: (persoon: Persoon | null): string =>
      persoon === null ? "Have you paid for care from your pgb this year?" : `Has care been paid from the pgb of ${naam(persoon)} this year?`,
    zorgHint: "For example the wage of a care provider.",
    zorgOpties: { ja: "Yes", nee: "No" },
    zorgLeeg: "Choose if care was paid from the pgb this year.",
    knop: "Work it out",
    uitkomstKop: (bedrag: string) => `You can ask for ${bedrag}`,
    geenKop: "You cannot ask for a verantwoordingsvrij bedrag",
    waaromKop: "How did we work this out?",
    opnieuwKop: "Work it out again",
  },

  budget: {
    titel: "How much budget do you have left?",
    uitleg: (jaar: string) =>
      `Fill in your budget for ${jaar}, and what you spent each month. Leave a month empty if you do not know the amount yet. We work out how much is left, and what you expect to spend up to and including 31 December.`,
    bekijken: "You see the real payments in Mijn PGB of the SVB or in the PGB Portaal.",
    budgetLabel: (jaar: string) => `Your budget for ${jaar}`,
    budgetHint: "The amount per year, for example 45.000 or 45.000,00.",
    maandenKop: "What did you spend each month?",
    maandenHint: "For example 1.624,00. Leave a month empty if you do not know the amount yet.",
    knop: "Work it out",
    planUitleg: (perMaand: string) =>
      `No amounts yet? Then use the costs from your budgetplan: ${perMaand} a month. You can change the amounts afterwards.`,
    planKnop: "Use the amounts from the budgetplan",
    planGebruikt: (perMaand: string) =>
      `We filled in the costs from your budgetplan for each month: ${perMaand}. Change the amounts when you know more, and choose ‘Work it out’.`,

    uitkomstKop: (jaar: string) => `Your budget in ${jaar}`,
    rijen: {
      budget: "Budget for this year",
      ingevuld: (maanden: number) => (maanden === 1 ? "Spent in 1 month" : `Spent in ${maanden} months`),
      uitPlan: "Costs according to the budgetplan",
      planOver: "Left according to the budgetplan",
      planTekort: "Shortfall according to the budgetplan",
      over: "Still left",
      teVeel: "Spent more than the budget",
      gemiddeld: "Average a month",
      verwacht: (einde: string) => `Expected spending up to and including ${einde}`,
      verwachtOver: (einde: string) => `Expected left on ${einde}`,
      verwachtTekort: (einde: string) => `Expected shortfall on ${einde}`,
    },
    geenMaanden:
      "You have not filled in a month yet. Fill in the amounts of the months that have passed. Then we work out what you expect to spend up to and including 31 December.",
    tabel: {
      bijschrift: (jaar: string) => `Spending per month in ${jaar}`,
      maand: "Month",
      bedrag: "Amount",
      verwacht: (bedrag: string) => `Not filled in yet. Expected: ${bedrag}`,
      leeg: "Not filled in yet",
      uitleg: "The longer the bar, the higher the amount. An open bar is an expected amount: the average of the months you filled in.",
    },
    rekenwijzeKop: "How do we work it out?",
    rekenwijze:
      "We add up the amounts you filled in. For an empty month we use the average of the months filled in. So you see what you spend if it goes on like this.",
    redenen: {
      looptijd: (einde: string) => `Your pgb runs until ${einde} at the latest. That is why we count up to and including that day.`,
      plan: (perMaand: string, perJaar: string) => `According to your budgetplan the care costs ${perMaand} a month. That is ${perJaar} a year.`,
    },
    waarschuwing: {
      alOverTitel: "You have spent more than your budget",
      alOver: (besteed: string, teVeel: string, budget: string) =>
        `The months you filled in cost ${besteed} together. That is ${teVeel} more than your budget of ${budget}.`,
      verwachtOverTitel: "Your budget is probably not enough",
      verwachtOver: (verwacht: string, teVeel: string, budget: string) =>
        `If it goes on like this, you spend ${verwacht} up to and including 31 December. That is ${teVeel} more than your budget of ${budget}.`,
      planOverTitel: "Your budgetplan costs more than your budget",
      planOver: (verwacht: string, teVeel: string, budget: string) =>
        `According to your budgetplan the care costs ${verwacht} a year. That is ${teVeel} more than your budget of ${budget}.`,
      watDoen: "See if you can change the agreements with your care providers. Or contact your zorgkantoor and talk about what you can do.",
    },
    waarschuwingOver: (persoon: Persoon) => {
      const wie = naam(persoon);
      const zijn = van(persoon);
      return {
        alOverTitel: hoofdletter(`${wie} has spent more than the budget`),
        alOver: (besteed: string, teVeel: string, budget: string) =>
          `The months filled in cost ${besteed} together. That is ${teVeel} more than ${zijn} budget of ${budget}.`,
        verwachtOverTitel: hoofdletter(`${zijn} budget is probably not enough`),
        verwachtOver: (verwacht: string, teVeel: string, budget: string) =>
          `If it goes on like this, ${verwacht} is spent up to and including 31 December. That is ${teVeel} more than ${zijn} budget of ${budget}.`,
        planOverTitel: hoofdletter(`${zijn} budgetplan costs more than the budget`),
        planOver: (verwacht: string, teVeel: string, budget: string) =>
          `According to ${zijn} budgetplan the care costs ${verwacht} a year. That is ${teVeel} more than ${zijn} budget of ${budget}.`,
        watDoen: `See if the agreements with the care providers can change. Or contact the zorgkantoor of ${wie} and talk about what is possible.`,
      };
    },
    opnieuwKop: "Work it out again",
    over: (persoon: Persoon) => {
      const wie = naam(persoon);
      const zijn = van(persoon);
      return {
        titel: `How much budget does ${wie} have left?`,
        uitleg: (jaar: string) =>
          `Fill in ${zijn} budget for ${jaar}, and what was spent each month. Leave a month empty if you do not know the amount yet. We work out how much is left, and what ${wie} can expect to spend up to and including 31 December.`,
        budgetLabel: (jaar: string) => hoofdletter(`${zijn} budget for ${jaar}`),
        maandenKop: "What was spent each month?",
        planUitleg: (perMaand: string) =>
          `No amounts yet? Then use the costs from ${zijn} budgetplan: ${perMaand} a month. You can change the amounts afterwards.`,
        planGebruikt: (perMaand: string) =>
          `We filled in the costs from ${zijn} budgetplan for each month: ${perMaand}. Change the amounts when you know more, and choose ‘Work it out’.`,
        uitkomstKop: (jaar: string) => hoofdletter(`${zijn} budget in ${jaar}`),
        bekijken: `The real payments of ${wie} are in Mijn PGB of the SVB or in the PGB Portaal.`,
        geenMaanden: `No month has been filled in yet. Fill in the amounts of the months that have passed. Then we work out what ${wie} can expect to spend up to and including 31 December.`,
        rekenwijze: `We add up the amounts filled in. For an empty month we use the average of the months filled in. So you see what ${wie} spends if it goes on like this.`,
      };
    },
  },
};
