/** The English of content/ondertekenen.ts: who signs what, on paper and on this website. */
import type { ondertekenen as nl } from "@/content/ondertekenen";
import type { Vertaling } from "@/content/vertaling";
import type { Aanspreking } from "@/lib/wizard/types";

export const ondertekenen: Vertaling<typeof nl> = {
  kop: "Who signs what?",
  papierKop: "The budgetplan: signing by hand",
  papierUitleg: (a: Aanspreking): string =>
    `The budgetplan (budget plan) goes with ${a.zelf ? "your application" : `${a.naam}'s application`}. These people put their signature on it:`,
  papierRollen: {
    budgethouder: "The budgethouder (budget holder)",
    "gewaarborgde-hulp": "The gewaarborgde hulp",
    "wettelijk-vertegenwoordiger": "The wettelijk vertegenwoordiger (legal representative)",
    beide: "The gewaarborgde hulp, who is also the wettelijk vertegenwoordiger",
  },
  regel: (rol: string, wie: string): string => `${rol}: ${wie}`,
  u: "you",
  metDeHand: "Download the pdf and print it. Sign the budgetplan by hand. You can always do that.",
  digitaalKop: "On this website: a digital statement",
  digitaalUitleg:
    "On this website you can also state that everything is correct. You do that because you fill in the application. Is there a gewaarborgde hulp (the person who guarantees the care)? They state it too, with their own link.",
  geenOfficieel:
    "Please note: such a digital statement is not a qualified electronic signature. So it is not an official signature. The zorgkantoor sees on the pdf who made a statement and when. Do you only want to sign digitally? Then first ask your zorgkantoor whether that is possible.",
  uZelf: "You",
  gewaarborgdeHulp: "The gewaarborgde hulp",
  status: {
    nogNiet: "No digital statement yet",
    geldig: (tijdstip: string): string => `Digital statement made on ${tijdstip}`,
  },
  naarDelen: "Make a digital statement or send the gewaarborgde hulp a link",
  gh: {
    digitaalUitleg:
      "On this website you also state that everything is correct. You do that with the form on this page. The person who fills in the application states it too.",
    invuller: "The person who fills in the application",
    geenOfficieel:
      "Please note: such a digital statement is not a qualified electronic signature. So it is not an official signature. The zorgkantoor sees on the pdf who made a statement and when.",
  },
};
