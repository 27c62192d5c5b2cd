/**
 * The English of content/wizard/toekenning.ts: stap 4, the toekenning. Dutch names (zorgkantoor,
 * toekenningsbeschikking, CAK, Wlz, mpt, wooninitiatief) stay and are explained once on the page
 * where they first show (docs/decisions/032-talen.md). Error messages never say "you" or a name.
 */
import type { toekenningPaginas as nl } from "@/content/wizard/toekenning";
import type { Vertaling } from "@/content/vertaling";
import type { Aanspreking } from "@/lib/wizard/types";

/** "you" when the applicant fills it in, else the applicant's name. */
const wie = (a: Aanspreking): string => (a.zelf ? "you" : a.naam);

export const toekenningPaginas: Vertaling<typeof nl> = {
  terugNaarStap: "Back to step 4",

  overzicht: {
    titel: "The zorgkantoor grants the pgb",
    inleiding: (a: Aanspreking): string[] => [
      a.zelf
        ? "Does the zorgkantoor (the care office of your region) approve your application? Then you get a letter: the toekenningsbeschikking (the decision to grant). It says how much your pgb (personal budget) is."
        : `Does the zorgkantoor (the care office of the region) approve the application of ${a.naam}? Then a letter comes: the toekenningsbeschikking (the decision to grant). It says how much the pgb (personal budget) is.`,
      a.zelf
        ? "The pages below explain what the beschikking means and what you need to know while the pgb runs. You do not have to fill in anything here for the application. On some pages you can check something for your own situation."
        : `The pages below explain what the beschikking means and what you need to know while the pgb runs. You do not have to fill in anything here for the application. On some pages you can check something for the situation of ${a.naam}.`,
    ],
    delenKop: "What you need to know",
    klaarKop: "Done with this step?",
    klaarTekst: "Have you read everything? Then finish the step. You can always open these pages again later.",
    afgerond: "You have finished this step. You can always read the pages below again.",
  },

  delen: {
    beschikking: {
      titel: "The toekenningsbeschikking",
      omschrijving: "What the letter says, how long the pgb runs and which extra amounts (toeslagen) there are.",
    },
    eigenBijdrage: {
      titel: "The eigen bijdrage",
      omschrijving: "The amount paid to the CAK. With an estimate of the amount.",
    },
    einde: {
      titel: "When does the pgb stop?",
      omschrijving: "When the pgb ends, and what may still be paid after that.",
    },
    buitenland: {
      titel: "Going abroad with a pgb",
      omschrijving: "How long care may be bought abroad, and what must be reported.",
    },
  },

  beschikking: {
    inleiding:
      "Does the zorgkantoor approve the application? Then the zorgkantoor officially sets the budget. This is called ‘toekennen’ (granting).",
    watKop: "What does the toekenningsbeschikking mean?",
    hoogteKop: "How much is the pgb?",
    zorgprofiel: (zorgprofiel: string): string => `Zorgprofiel from step 1: ${zorgprofiel}.`,
    wooninitiatief: {
      vraag: (a: Aanspreking): string => (a.zelf ? "Do you live in a wooninitiatief?" : `Does ${a.naam} live in a wooninitiatief?`),
      hint: "A wooninitiatief is a house or living group where several people with a pgb live together.",
      knop: "Show the extra amounts",
    },
  },

  eigenBijdrage: {
    inleiding: (a: Aanspreking): string =>
      a.zelf
        ? "The eigen bijdrage (own contribution) is money you pay yourself for the care from the Wlz (Long-term Care Act). You do not pay it to the zorgkantoor, but to the CAK. The CAK is the organisation that sets the eigen bijdrage."
        : `The eigen bijdrage (own contribution) is money ${a.naam} pays for the care from the Wlz (Long-term Care Act). This money does not go to the zorgkantoor, but to the CAK. The CAK is the organisation that sets the eigen bijdrage.`,
    betaaltKop: (a: Aanspreking): string => (a.zelf ? "Do you pay an eigen bijdrage?" : `Does ${a.naam} pay an eigen bijdrage?`),
    leeftijd: {
      geboortedatum: (leeftijd: number): string => `According to the date of birth in the budgetplan, the age is now ${leeftijd} years.`,
      jonger: "Step 1 says: younger than 18.",
      ouder: "Step 1 says: 18 or older.",
      onbekend: "We do not know the age. Below is what applies from the age of 18.",
    },
    mptKop: "Pgb and mpt together",
    mpt: "Do you use the modulair pakket thuis (mpt, care at home from a provider) as well as the pgb? Then the eigen bijdrage for the pgb does not go down. You then pay no eigen bijdrage for the mpt.",
    cak: {
      kop: "Questions? Contact the CAK",
      telefoonLabel: "Phone (free)",
      telefoon: "0800-0087",
      websiteLabel: "Website",
      website: "www.hetcak.nl",
      rekenprogramma: "The website of the CAK has a calculator (in Dutch). With it you can work out the eigen bijdrage yourself.",
    },
    schatting: {
      kop: "Estimate the eigen bijdrage",
      uitleg:
        "Would you like to know roughly how much it is? Fill in the income. You then get an estimate. The CAK sets the real amount.",
      opnieuwKop: "Try another income",
      label: (a: Aanspreking, peiljaar: number): string =>
        a.zelf ? `What was your verzamelinkomen (total taxable income) in ${peiljaar}?` : `What was the verzamelinkomen (total taxable income) of ${a.naam} in ${peiljaar}?`,
      hint: (peiljaar: number): string =>
        `The CAK uses the income of 2 years ago. The verzamelinkomen is on the income tax assessment (aanslag inkomstenbelasting) for ${peiljaar}. You also find it in Mijn Belastingdienst. Enter an amount in euros, for example 24.000.`,
      knop: "Calculate the estimate",
      uitkomstKop: "Estimate of the eigen bijdrage",
      perMaand: (bedrag: string): string => `About ${bedrag} a month`,
      isSchatting: "This is an estimate, not a decision. The real amount is in the letter from the CAK.",
      hoeKop: "How was this worked out?",
      geenBedragen: (jaar: string): string =>
        `We do not know the amounts of the eigen bijdrage for ${jaar}. So we cannot make an estimate. Use the calculator on www.hetcak.nl.`,
      fouten: {
        leeg: "Enter the income per year.",
        ongeldig: "Enter the income as an amount in euros, for example 24.000 or 24.000,50.",
        negatief: "The income cannot be lower than € 0. Is there no income? Then enter 0.",
        teHoog: (max: string): string => `The income cannot be higher than ${max} a year. Check the amount.`,
      },
    },
  },

  einde: {
    inleiding: (a: Aanspreking): string =>
      a.zelf
        ? "In some situations the pgb stops. After that you no longer get a pgb. Below is when that happens, and what you may still pay after that."
        : `In some situations the pgb stops. After that ${a.naam} no longer gets a pgb. Below is when that happens, and what may still be paid after that.`,
    grondenKop: "The pgb stops in these situations",
    metGewaarborgdeHulp:
      "There is a gewaarborgde hulp (the person who makes sure the pgb is used well). That is why the list also has 2 situations about the gewaarborgde hulp.",
    meldenKop: "Does something change?",
    naHetEindeKop: (a: Aanspreking): string => (a.zelf ? "What may you still pay after the end?" : "What may still be paid after the end?"),
    zorgkantoorKop: (a: Aanspreking): string => (a.zelf ? "Your zorgkantoor" : `The zorgkantoor of ${a.naam}`),
  },

  buitenland: {
    inleiding: (a: Aanspreking): string[] =>
      a.zelf
        ? [
            "Do you not live in the Netherlands? Then you cannot get a pgb.",
            "Are you going abroad for a while? Then you can sometimes keep buying care with the pgb. Fill in below where you are going and for how long. Then you see what applies.",
          ]
        : [
            `Does ${a.naam} not live in the Netherlands? Then ${a.naam} cannot get a pgb.`,
            `Is ${a.naam} going abroad for a while? Then care can sometimes still be bought with the pgb. Fill in below where ${a.naam} is going and for how long. Then you see what applies.`,
          ],
    formulierKop: (a: Aanspreking): string => (a.zelf ? "Your trip" : `The trip of ${a.naam}`),
    opnieuwKop: "Check another trip",
    knop: "Show what applies",
    land: {
      label: (a: Aanspreking): string => (a.zelf ? "Which country are you going to?" : `Which country is ${a.naam} going to?`),
      kies: "Choose a country",
    },
    weken: {
      label: (a: Aanspreking): string => (a.zelf ? "How many weeks will you be away?" : `How many weeks will ${a.naam} be away?`),
      hint: (min: number, max: number): string =>
        `Enter a whole number of weeks, from ${min} to ${max}. A month is about 4 weeks.`,
    },
    palliatief: {
      label: (a: Aanspreking): string => (a.zelf ? "Do you buy palliatief terminale zorg?" : `Does ${a.naam} buy palliatief terminale zorg?`),
      hint: "That is care in the last phase of life.",
    },
    belasting: {
      label: "Do the care providers fall under Dutch tax law?",
      hint: (a: Aanspreking): string =>
        `Care providers who live and work in the Netherlands usually do. A care provider ${wie(a)} hire${a.zelf ? "" : "s"} abroad usually does not.`,
      weetNiet: "I do not know",
    },
    logeeropvang: {
      label: (a: Aanspreking): string => (a.zelf ? "Do you want to buy logeeropvang abroad?" : `Does ${a.naam} want to buy logeeropvang abroad?`),
      hint: (a: Aanspreking): string =>
        a.zelf
          ? "With logeeropvang (short stay) you stay somewhere else for one or more days and nights. So your carer can rest for a while."
          : `With logeeropvang (short stay) ${a.naam} stays somewhere else for one or more days and nights. So the carer of ${a.naam} can rest for a while.`,
    },
    uitkomst: {
      kop: (land: string): string => `Buying care with the pgb in ${land}`,
      reisLabel: "The trip",
      reis: (land: string, weken: number): string => `${land}, ${weken} ${weken === 1 ? "week" : "weeks"}`,
      maxDuurLabel: "How long is allowed?",
      maxDuurJaar: (weken: number): string => `Up to 1 year (${weken} weeks)`,
      maxDuurWeken: (weken: number): string => `Up to ${weken} weeks`,
      meldenLabel: "Report to the zorgkantoor?",
      meldenJa: "Yes, you must",
      meldenNee: "No, you do not have to",
      verlagingLabel: "Does the pgb go down?",
      verlaging: (percentage: number): string => `Yes, to ${percentage}% for the whole period abroad`,
      zorgkantoorKop: (a: Aanspreking): string => (a.zelf ? "Your zorgkantoor" : `The zorgkantoor of ${a.naam}`),
    },
    fouten: {
      landLeeg: "Choose the country the trip goes to.",
      landOnbekend: "Choose a country from the list.",
      wekenLeeg: "Enter the number of weeks.",
      wekenGeenGetal: "Enter the number of weeks as a number, for example 8.",
      wekenGeheel: "Enter a whole number of weeks, for example 8.",
      wekenBereik: (min: number, max: number): string => `Enter a number of weeks from ${min} to ${max}.`,
      palliatiefLeeg: "Choose yes or no for palliatief terminale zorg.",
      belastingLeeg: "Choose yes, no or I do not know for the tax law.",
      logeeropvangLeeg: "Choose yes or no for logeeropvang.",
    },
  },
};
