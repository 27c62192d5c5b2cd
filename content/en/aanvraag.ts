/** The English of content/aanvraag.ts: the wizard's engine pages (overview, check, result, save, delete). */
import type { aanvraag as nl } from "@/content/aanvraag";
import type { Vertaling } from "@/content/vertaling";
import type { Antwoord } from "@/rules/types";
import { componenten } from "@/content/en/componenten";

/** "Persoonsgebonden budget (pgb)" inside a sentence: "persoonsgebonden budget (pgb)". */
const kleineLetter = (naam: string): string => naam.charAt(0).toLowerCase() + naam.slice(1);

export const aanvraag: Vertaling<typeof nl> = {
  overzicht: {
    titel: "Your application in 6 steps",
    inleiding: "Do the steps in order. Each step shows how far you are.",
    stappen: {
      indicatie: "Indicatie (care assessment) from the CIZ",
      keuze: "Choose: zorg in natura or pgb",
      aanvraag: "Apply for the pgb at the zorgkantoor",
      toekenning: "The zorgkantoor grants the pgb",
      zorgovereenkomsten: "Make agreements with care providers",
      declaraties: "Claim the costs",
    },
    naDeAanvraag: "For when the zorgkantoor has granted the pgb.",
    eerstStap: (nummer: number) => `Finish step ${nummer} first.`,
    geenPgb: "You only need this step if you choose a pgb and a pgb is possible.",
    resultaatKop: "Your result",
    resultaatLink: "See what is possible and what is still needed",
    resultaatNogNiet: "You see your result after step 1.",
    bewaarKop: "Stop and continue later",
    verlooptOp: (datum: string) => `We keep your answers until ${datum}. After that they are deleted.`,
  },
  stapAfronden: "Done with this step",
  bewaren: {
    knop: componenten.bewaarLink.knop,
    titel: "Save and continue later",
    uitleg: [
      "We save your answers every time you press the button under a question, such as ‘Continue’. With the link below you can continue later, also on another computer or phone.",
      "Did you fill in something on a page but not press the button yet? Then it is not saved. Go back first and press the button.",
      "Keep the link safe, for example in an email to yourself. Anyone with the link can read your answers. So do not share the link.",
    ],
    linkLabel: "Your personal link",
    kopieer: "Copy the link",
    gekopieerd: "The link has been copied.",
    verloopt: (datum: string) => `The link works until ${datum}.`,
    terug: "Back to your application",
  },
  verwijderen: {
    kop: "Delete your data",
    uitleg: "Do you want to stop? Then you can delete your answers. We first ask if you are sure.",
    knop: "Delete my data",
  },
  hervat: {
    titel: "This link does not work (any more)",
    redenen: {
      verlopen: "Your answers were deleted after the time we keep them. We do that to protect your data.",
      "niet-gevonden": "We find no answers for this link. Maybe they were deleted, or the link was not copied completely.",
      "sleutel-onjuist": "The link is not quite right. Copy the whole link and try again.",
      geen: "You do not have an application yet. Begin on the start page.",
    },
    opnieuw: "You can start again.",
    startKnop: "Start again",
  },
  controleren: {
    titel: "Check your answers",
    uitleg: "Is everything correct? Use ‘Change’ to change an answer.",
    knop: "This is correct, finish the step",
  },
  keuzeOverzicht: {
    keuzeKop: (wie: string | null): string => (wie === null ? "Your choice" : `The choice for ${wie}`),
    nietMogelijkTitel: (wie: string | null): string =>
      wie === null ? "What you chose is not possible with this zorgprofiel" : `What was chosen for ${wie} is not possible with this zorgprofiel`,
    vormenKop: (zorgprofiel: string) => `What is possible with zorgprofiel ${zorgprofiel}?`,
    uwKeuze: (wie: string | null): string => (wie === null ? "(your choice)" : "(chosen)"),
    pakkettenKop: "What is in vpt, mpt and pgb?",
    andereMogelijkheden: "See other options",
    antwoord: (wie: string | null, vorm: string, uitkomst: Antwoord): string => {
      const keuze = wie === null ? `You choose ${kleineLetter(vorm)}` : `For ${wie}, ${kleineLetter(vorm)} was chosen`;
      return uitkomst === "ja" ? `${keuze}: that is possible.` : uitkomst === "nee" ? `${keuze}: that is not possible.` : `${keuze}: the zorgkantoor decides if that is possible.`;
    },
  },
  resultaat: {
    titel: "Your result for steps 1 to 3",
    inleiding: "First you see the answer. Then what is needed and what is still missing. Under ‘Why?’ you find the rule. The zorgkantoor decides.",
    mogelijkKop: "What is possible",
    nodigKop: "What is needed",
    ontbreektKop: "What is still missing",
    nietMogelijkKop: "What is not possible",
    verwijzingKop: "Where can you go?",
    geregeld: "Arranged",
    nogNietGeregeld: "Not arranged yet",
    naarDeVraag: "Go to the question",
    wlzKop: "Does the Wlz fit you?",
    niets: "Nothing.",
    printen: "You can print this page or save it as a PDF.",
    papieren: (aantal: number) => `See the ${aantal} papers for the zorgkantoor`,
    andereMogelijkheden: "See other options",
  },
  terugNaarOverzicht: "Back to the overview",
};
