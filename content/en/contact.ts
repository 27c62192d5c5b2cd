/** The English of content/contact.ts: who runs the service, how to reach them, the feedback link. */
import type { contact as nl } from "@/content/contact";
import type { Vertaling } from "@/content/vertaling";

export const contact: Vertaling<typeof nl> = {
  titel: "Contact",
  wieKop: "Who makes this website?",
  wie: [
    "This website is a tool to apply for a pgb (personal budget) from the Wlz (the Long-term Care Act). The website does not belong to a zorgkantoor (the care office of your region), to the CIZ or to the SVB (Sociale Verzekeringsbank).",
    "The website does not decide anything. The zorgkantoor decides on your application.",
  ],
  plaatshouder: "Please note: this is still an example address. The person who runs the website fills in the real address here.",
  mailKop: "A question about this website",
  mail: "Email us at",
  nietSturenKop: "Never send us your link or your BSN",
  nietSturen:
    "We cannot see your application. It is made that way to protect your data. So do not send us a personal link, a BSN (citizen service number) or information about your health.",
  zorgkantoorKop: "A question about your pgb or your application",
  zorgkantoor: "Ask your zorgkantoor your questions about your pgb, your assessment or your application.",
  zorgkantoorLink: "Find your zorgkantoor",
  reactieKop: "Give your opinion",
  reactie:
    "What did you think of this website? Was something unclear, or did something not work? Your reaction helps us make the website better. Say which page it was.",
  reactieLink: "Send your reaction by email",
  reactieOnderwerp: "Reaction to Applying for a Wlz pgb",
};
