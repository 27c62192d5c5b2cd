/**
 * English words for the reasons about declaraties and the verantwoordingsvrij bedrag (DE-01 …
 * DE-07), for the applicant: the Dutch `u` texts of content/redenen/declaratie.ts, with the same
 * facts. Amounts, dates and percentages keep the Dutch notation (content/redenen/gegevens.ts); the
 * labels of the PGB Portaal and the SVB's form stay as they are written there, in quotes.
 */
import { bedrag, datum, getal, procent } from "../gegevens";
import type { FamilieEn } from "./typen";

/** The verantwoordingsvrij bedrag, named with its Dutch term the first time a sentence uses it. */
const VVB = "the free amount (verantwoordingsvrij bedrag)";
const Vvb = "The free amount (verantwoordingsvrij bedrag)";
/** DE-05: the amount comes only from what care does not need. */
const ALLEEN_UIT_OVER = `${Vvb} can only come from the part of the budget that is not needed for care.`;

export const EN_DE = {
  "de.start-portaal": () =>
    "As soon as the zorgkantoor has approved your zorgovereenkomst and care description (zorgbeschrijving), you can claim for your care provider.",
  "de.start-svb": () =>
    "As soon as the zorgkantoor has approved your care description (zorgbeschrijving) and the SVB has processed your zorgovereenkomst, you can claim for your care provider.",
  "de.welke-route": () =>
    "How you claim is different for each zorgkantoor: through the PGB Portaal, or through Mijn PGB of the SVB. Your zorgkantoor can tell you how to claim.",
  "de.nog-niet-goedgekeurd": () =>
    "The zorgkantoor has not yet approved your zorgovereenkomst and care description (zorgbeschrijving). You cannot claim yet.",
  "de.goedkeuring-onbekend": () =>
    "We do not know whether the zorgkantoor has already approved your zorgovereenkomst and care description (zorgbeschrijving). Ask your zorgkantoor.",
  "de.nog-niet-verwerkt": () => "The SVB has not yet processed your zorgovereenkomst. You cannot claim yet.",
  "de.verwerking-onbekend": () => "We do not know whether the SVB has already processed your zorgovereenkomst. Ask the SVB.",

  "de.portaal": () =>
    "In the PGB Portaal, your care provider can enter a claim (declaratie) themselves. You get a message about it and you check the claim. A care provider can never send in a claim before you have checked it.",

  "de.svb": () =>
    "Through Mijn PGB of the SVB, you send in claims (declaraties) online. Paper claims are also possible, but they take longer. When the SVB has received a claim, it pays your care provider from your budget.",
  "de.termijn": (g) =>
    `Send a claim (declaratie) to the SVB within ${getal(g, "weken")} weeks after you received it. You received the claim on ${datum(g, "ontvangen")}. So send it no later than ${datum(g, "uiterlijk")}.`,
  "de.te-laat": (g) =>
    `The time to send the claim (declaratie) ended on ${datum(g, "uiterlijk")}. Send the claim to the SVB as soon as possible. Ask the SVB what this means for the payment.`,

  "de.vast-maandloon": () =>
    "You have agreed on a fixed monthly wage. Then you do not have to send in claims (declaraties). The SVB pays the agreed monthly wage every month.",
  "de.geen-vast-maandloon": () =>
    "You have not agreed on a fixed monthly wage. Then you claim for the care your care provider has given.",

  "de.vvb-geen-zorg": () => `You have not spent any of your pgb on care. Then you have no right to ${VVB}.`,
  "de.vvb-berekening": (g) => `${procent(g, "basispunten")} of your pgb of ${bedrag(g, "pgb")} is ${bedrag(g, "bedrag")}.`,
  "de.vvb-minimum": (g) => `${Vvb} is at least ${bedrag(g, "minimum")} a year, if your budget is large enough for it.`,
  "de.vvb-maximum": (g) => `${Vvb} is at most ${bedrag(g, "maximum")} a year.`,
  "de.vvb-pgb-onder-minimum": (g) =>
    `Your pgb of ${bedrag(g, "pgb")} is smaller than the minimum of ${bedrag(g, "minimum")}. ${Vvb} can never be more than your pgb. So it is also less than the minimum.`,
  "de.vvb-niets-over": () =>
    `${ALLEEN_UIT_OVER} After the costs of care, nothing is left of your pgb. Then you cannot ask for a free amount.`,
  "de.vvb-over-onder-minimum": (g) =>
    `${ALLEEN_UIT_OVER} After the costs of care, ${bedrag(g, "over")} is left of your pgb. That is less than the minimum of ${bedrag(g, "minimum")}. Then you can only ask for what is left. The zorgkantoor decides.`,
  "de.vvb-niet-meer-dan-over": (g) => `${ALLEEN_UIT_OVER} After the costs of care, ${bedrag(g, "over")} is left of your pgb.`,
  "de.vvb-voorwaarde": (g) =>
    `You can only ask for the amount if your budget allows it and you do not need all of it to buy suitable care. Is less left? Then you can only ask for what is left, even if that is less than ${bedrag(g, "minimum")}.`,
  "de.vvb-uitkomst": (g) =>
    `You can ask for ${bedrag(g, "bedrag")} as ${VVB}. It is for small costs, such as phone costs and stamps. You do not have to show what you spend it on.`,
  "de.vvb-opvragen": () =>
    "Does your zorgkantoor work with the PGB Portaal? Then choose 'Indienen declaratie' (send in a claim) and then 'het verantwoordingsvrije bedrag opvragen' (ask for the free amount). If not, use the SVB form 'Opvragen verantwoordingsvrij bedrag'.",
  "de.vvb-geen": () => `You cannot ask for ${VVB}.`,

  "de.budgetoverzicht": () =>
    "After the end of the year, the SVB sends a budget overview (budgetoverzicht) to the zorgkantoor and to you. It shows all the payments the SVB has made for you.",
  "de.vaststelling": () =>
    "After that, the zorgkantoor decides whether you have spent your pgb well. This is called the subsidievaststelling. The zorgkantoor will send you a message about it.",

  "de.salarisadministratie": () =>
    "The SVB does the payroll administration for you if you have to do it as an employer, or if you choose to let the SVB do it.",
  "de.ziekte": () =>
    "As an employer, you sometimes have to keep paying your care provider's wage when they are ill. The SVB arranges this. You can then use your pgb to pay a care provider who replaces them.",
  "de.verzekering": () =>
    "The SVB has taken out a liability insurance (WA-verzekering) and a legal expenses insurance for all budgethouders. You can use them if the care provider causes damage, or if you have an employment dispute with your care provider.",
} satisfies FamilieEn<"de">;
