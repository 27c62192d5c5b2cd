/** The English of content/links-openen.ts: the pages a resume link and a share link open on. */
import type { linksOpenen as nl } from "@/content/links-openen";
import type { Vertaling } from "@/content/vertaling";

export const linksOpenen: Vertaling<typeof nl> = {
  hervat: {
    titel: "Open a saved application",
    welke: (datum: string, stap: number) => `You are opening an application made on ${datum}, up to step ${stap}.`,
    letOp: "Only open a link that you saved yourself. Anyone with the link can read everything you fill in. Did you get the link from someone else? Then do not open it.",
    openKnop: "Open this application",
    andere: {
      titel: "Please note: you already have another application open",
      welke: (datum: string, stap: number) => `You are opening another application, made on ${datum}, up to step ${stap}.`,
      huidig: (datum: string, stap: number, tot: string) =>
        `Your current application was made on ${datum} and is up to step ${stap}. That application is kept until ${tot}. But this browser will no longer open it if you open the other application.`,
      terugHalen:
        "Do you want to carry on with your current application later? Then you need the link from 'Save and continue later'. Do you not have that link yet? Then go back first and save the link.",
      wisselKnop: "Open the other application",
      terug: "Back to my current application",
    },
    zelfde: {
      tekst: "This is the application you already have open in this browser.",
      verder: "Continue with your application",
    },
  },
  gedeeld: {
    titel: "Open a shared application",
    inleiding: "Someone has shared an application for a pgb (personal budget) with you.",
    rollen: {
      meekijken: "With this link you can read the application. You cannot change anything.",
      "gewaarborgde-hulp":
        "With this link you can read the application and sign the budgetplan (budget plan) as gewaarborgde hulp (the person who guarantees the care).",
    },
    geldigTot: (datum: string) => `The link works until ${datum}.`,
    letOp: "Anyone with the link can read the application. Do not give the link to anyone else.",
    openKnop: "Open the shared application",
    andere: {
      titel: "Please note: you already have another shared application open",
      tekst:
        "Do you open this link? Then the other shared application closes in this browser. You can open it again with the link you got for it.",
      wisselKnop: "Open this shared application",
      terug: "Back to the shared application that is already open",
    },
    zelfde: {
      tekst: "You already have this shared application open in this browser.",
      verder: "Go to the shared application",
    },
  },
};
