/**
 * The English of content/wizard/budgetplan.ts: stap 3, the budgetplan (Bijlage 3 of the
 * brochure). The budgetplan itself, the PDF, stays the Dutch form the zorgkantoor expects
 * (docs/decisions/032-talen.md); these are the words of the pages that fill it in.
 */
import type { budgetplanVragen as nl } from "@/content/wizard/budgetplan";
import type { Vertaling } from "@/content/vertaling";
import type { Aanspreking } from "@/lib/wizard/types";

const van = (a: Aanspreking, u: string): string => (a.zelf ? u : a.naam);

export const budgetplanVragen: Vertaling<typeof nl> = {
  onderdeel: (nummer: number, titel: string): string => `Budgetplan, part ${nummer} of 7: ${titel}`,
  inleiding:
    "The budgetplan (budget plan) shows the zorgkantoor (care office) which care is needed, from whom you buy it and what it costs. The budgetplan is annex 3 of the brochure. You send it with the application form. The budgetplan itself is a Dutch form: you fill it in here in English; the PDF is the Dutch form, with one page in English at the end that explains it.",

  persoonsgegevens: {
    onderdeel: "My personal details",
    titel: (a: Aanspreking): string => (a.zelf ? "Your personal details" : `The personal details of ${a.naam}`),
    uitleg: (a: Aanspreking): string =>
      `Enter the details of ${a.zelf ? "yourself, the person the pgb is for" : `${a.naam}, the person the pgb is for`}. This way the zorgkantoor links the budgetplan to the right application form.`,
    achternaamLabel: "Last name",
    achternaamLeeg: "Enter the last name.",
    geboortedatumLabel: "Date of birth",
    geboortedatumHint: "For example 15-03-1948. Day, month and year.",
    geboortedatumLeeg: "Enter the date of birth.",
    geboortedatumFout: "Enter the date of birth as day-month-year, for example 15-03-1948.",
    geboortedatumToekomst: "The date of birth cannot be in the future.",
    geboortedatumTeOud: "Enter a date of birth after 1900.",
    bsnLabel: "Citizen service number (BSN)",
    bsnHint: "The BSN (burgerservicenummer) has 9 digits. You find it on the passport, the identity card or the driving licence.",
    bsnLeeg: "Enter the BSN.",
    bsnFout: "This BSN is not right. Check the number. A BSN has 9 digits.",
  },

  zorgprofiel: {
    onderdeel: "My indicatie (care assessment)",
    titel: "The zorgprofiel in the budgetplan",
    uitleg:
      "The zorgprofiel (care profile) is in the indicatiebesluit of the CIZ, under ‘A Soort zorg’. We copied it from step 1. Is it wrong? Then change it here.",
    anders: (stap1: string): string =>
      `In step 1 you entered ${stap1}. The budgetplan uses what is here. Change step 1 too if that is wrong.`,
  },

  reden: {
    onderdeel: "Reason for choosing a pgb",
    titel: (a: Aanspreking): string => (a.zelf ? "Why do you choose a pgb?" : `Why does ${a.naam} choose a pgb?`),
    uitleg: (a: Aanspreking): string =>
      `Write why ${a.zelf ? "you choose" : `${a.naam} chooses`} a pgb and not zorg in natura (care arranged by the zorgkantoor). A few sentences are enough. What you write goes into the budgetplan as you write it.`,
    voorbeeldenKop: "Examples",
    voorbeelden: [
      "I want to choose who helps me. My daughter knows me and my habits.",
      "I want to decide when I get care, also at weekends and in the evening.",
      "I want the same people around me. Changing carers make me restless.",
    ],
    label: "Reason for choosing a pgb",
    leeg: "Write why you choose a pgb.",
  },

  zorg: {
    onderdeel: "The care I want to buy",
    titel: (a: Aanspreking): string => (a.zelf ? "Which care do you want to buy?" : `Which care does ${a.naam} want to buy?`),
    uitleg:
      "Describe briefly which care is needed and must be bought. Use examples. For example: washing and dressing, insulin injections or doing the shopping together.",
    magKop: "What may you buy with a pgb?",
    mag: "With a pgb you may buy this care:",
    nietMag:
      "You cannot buy Wlz treatment (behandeling) with a pgb. For example treatment by an elderly care physician, a physiotherapist or a psychologist under the Wlz. The zorgkantoor arranges that care.",
    vergoedingslijst:
      "Exactly which care is allowed is in the vergoedingslijst (list of what is paid for). You find it on the website of your zorgkantoor.",
    label: "The care to be bought",
    hint: "For each kind of care, write what needs to be done and how often.",
    leeg: "Describe which care you want to buy.",
  },

  zorgverleners: {
    onderdeel: "Buying care",
    titel: (a: Aanspreking): string => (a.zelf ? "From whom do you want to buy care?" : `From whom does ${a.naam} want to buy care?`),
    uitleg:
      "Add each zorgverlener (care provider): an organisation, a self-employed person (zzp’er) or a person, such as a family member or neighbour. For each care provider you also enter the hours and the hourly rate.",
    meerDanZes: (aantal: number): string =>
      `The paper form has room for 6 care providers. You have ${aantal}. The PDF puts the rest on an extra sheet. Nothing is lost.`,
    leegKop: "No care providers yet",
    leeg: "You have not added a care provider yet. Add at least one.",
    lijstKop: (aantal: number): string => (aantal === 1 ? "You have added 1 care provider" : `You have added ${aantal} care providers`),
    rijen: {
      plaats: "Town",
      soort: "Kind",
      nummerKvk: "KVK number",
      nummerBsn: "BSN",
      urenEnTarief: "Hours and hourly rate",
    },
    urenEnTarief: (uren: string, tarief: string): string => `${uren} hours a week, ${tarief} an hour`,
    wijzig: "Change",
    verwijder: "Remove",
    welke: (naam: string): string => ` ${naam}`,
    toevoegen: "Add a care provider",
    nogEen: "Add another care provider",
    leegFout: "Add at least one care provider.",
    verwijderd: "The care provider has been removed from the budgetplan.",
    opgeslagen: (naam: string): string => `${naam} is in the budgetplan.`,
    maximum: (max: number): string => `You cannot add more than ${max} care providers.`,
    samenvatting: (letter: string, blad: number): string => (blad === 1 ? `Care provider ${letter}` : `Care provider ${letter} (sheet ${blad})`),
  },

  zorgverlener: {
    nieuwTitel: "Add a care provider",
    wijzigTitel: (naam: string): string => `Change ${naam}`,
    knop: "Save care provider",
    terug: "Back to the care providers",
    nietGevonden: "This care provider is not (or no longer) in the budgetplan. Perhaps it was removed in another tab.",
  },

  bedragen: {
    onderdeel: "Amount per care provider",
    titel: "What does the care cost per year?",
    uitleg:
      "A month has 4,33 weeks on average. For each care provider we calculate: hours a week × hourly rate × 4,33 = cost per month. Cost per month × 12 = cost per year. The cost per year of all care providers together: that is the budget you need per year. Numbers are written the Dutch way, with a comma: 4,33 and €\u00a01.624,00.",
    tabelKop: "The sum per care provider",
    geenWaarschuwingen: "We see no problems with the hourly rates and agreements.",
    geenAndereWaarschuwingen: "Apart from that, we see no problems with the agreements.",
    budgetLabel: "Expected pgb per year (optional)",
    budgetHint:
      "Do you already know how much pgb you will get per year? Enter the amount, for example 45.000 or 45.000,00 (the Dutch way). Then you see if the budgetplan fits. Do you not know? Then leave it empty.",
    budgetFout: "Enter the amount in euros, the Dutch way, for example 45.000 or 45.000,00.",
    budgetRij: "Pgb per year (expected)",
    budgetOnbekend: "Not filled in",
    totaalRij: "Total per year",
  },

  ondertekening: {
    onderdeel: "Signing",
    titel: "Who signs the budgetplan?",
    uitleg: (a: Aanspreking): string =>
      `The budgetplan must be signed. Who does that depends on who helps ${van(a, "you")}. Below is who must sign.`,
    rollen: {
      budgethouder: "The budget holder",
      "gewaarborgde-hulp": "The gewaarborgde hulp",
      "wettelijk-vertegenwoordiger": "The legal representative",
      beide: "The gewaarborgde hulp, who is also the legal representative",
    },
    // The prefilled relatie is stored and goes into the Dutch budgetplan (the PDF), and a form's
    // values carry no language: it stays the Dutch word on an English page too.
    relatieStandaard: {
      budgethouder: "budgethouder",
      "wettelijk-vertegenwoordiger": "wettelijk vertegenwoordiger",
    },
    naamLabel: (rol: string): string => `Name (${rol.replace(/^The /, "the ")})`,
    relatieLabel: "Relationship to the budget holder",
    relatieHint: "For example: daughter, mentor, curator or budget holder.",
    datumLabel: "Date of signing (optional)",
    datumHint: "For example 24-11-2026. Leave empty if you write the date by hand when signing.",
    naamLeeg: "Enter the name of who signs.",
    relatieLeeg: "Enter the relationship to the budget holder.",
    datumFout: "Enter the date as day-month-year, for example 24-11-2026.",
    rij: (rol: string): string => `Signing: ${rol.replace(/^The /, "the ")}`,
    zonderDatum: "date by hand",
  },

  pdf: {
    kop: "The budgetplan as a PDF",
    tekst: "Download the filled-in budgetplan. It is the Dutch form the zorgkantoor expects, with one page in English at the end that explains it. Print it, sign it and send it with the application form.",
    link: "Download budgetplan (PDF, the Dutch form)",
    printen: "You can also print this page.",
  },
};
