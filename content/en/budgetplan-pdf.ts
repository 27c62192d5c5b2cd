/**
 * The English page at the end of the budgetplan PDF (content/budgetplan-pdf.ts
 * `budgetplanUitleg`, docs/decisions/032-talen.md). The form itself stays Dutch: the zorgkantoor
 * expects it so. This page names its Dutch parts and says in plain English what they mean.
 */
import type { budgetplanUitleg as nl } from "../budgetplan-pdf";
import type { Vertaling } from "../vertaling";

export const budgetplanUitleg: Vertaling<typeof nl> = {
  kop: "About this budgetplan (in English)",
  inleiding:
    "This page explains the Dutch form on the pages before it. It is not part of the form: you do not need to send it to the zorgkantoor.",
  watKop: "What this form is",
  wat: "The budgetplan shows how you want to spend your pgb (personal budget): what care you buy, from whom, and what it costs. It is Bijlage 3 (appendix 3) of the brochure Zelf uw zorg inkopen in 6 stappen.",
  voorWieKop: "Who it is for",
  voorWie:
    "The zorgkantoor (the care office of your region) uses this budgetplan to decide on your application. That is why the form is in Dutch: it is the form the zorgkantoor knows.",
  zorgkantoor: (naam: string, telefoon: string, website: string) =>
    [`Your zorgkantoor: ${naam}`, telefoon === "" ? "" : `phone ${telefoon}`, website].filter((s) => s !== "").join(", ") + ".",
  sectiesKop: "What each section means",
  secties: {
    persoonsgegevens: "Your personal details: surname, date of birth and BSN (citizen service number).",
    indicatie: "Your zorgprofiel (care profile), as in the indicatiebesluit (decision) of the CIZ.",
    redenKeuzePgb: "Why you choose a pgb and not zorg in natura (care arranged by the zorgkantoor).",
    zorgInkopen: "The care you want to buy, in your own words.",
    inkoopZorg: "Your zorgverleners (care providers): name, town, and KVK number (an organisation) or BSN (a person).",
    bedragPerZorgverlener: (weken: string, maanden: string) =>
      `For each zorgverlener: hours a week × hourly rate × ${weken} weeks = costs a month; × ${maanden} months = costs a year. Totaal is all zorgverleners together.`,
    ondertekening:
      "Signatures. The budgethouder (the person the pgb is for) signs. Is there a wettelijk vertegenwoordiger (legal representative) or gewaarborgde hulp (a person who helps with the pgb)? Then that person signs.",
  },
  vervolgbladen: (bladen: number) =>
    `Vervolgblad (extra sheet): the form has room for 6 zorgverleners. The others are on ${bladen === 2 ? "1 extra sheet" : `${bladen - 1} extra sheets`}.`,
  totalenKop: "The amounts",
  zorgverleners: "Zorgverleners",
  perMaand: "Costs a month",
  perJaar: "Costs a year (Totaal)",
  verderKop: "What to do next",
  verder: [
    "Check the Dutch pages. Is everything right?",
    "At 7. Ondertekening, write the date and sign by hand (Handtekening).",
    "Send the budgetplan with the aanvraagformulier (application form) to the zorgkantoor.",
    "Keep a copy for yourself.",
  ],
  voet: "About this budgetplan: an explanation in English. It is not part of the form.",
  pagina: "Extra page",
};
