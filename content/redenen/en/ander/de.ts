/**
 * English words for the reasons about declaraties and the verantwoordingsvrij bedrag (DE-01 …
 * DE-07) for every reader but the applicant: the applicant as a third person (../persoon.ts).
 */
import { bedrag, datum, getal, procent } from "../../gegevens";
import { EN_DE } from "../de";
import { naam, Naam, van, Van } from "../persoon";
import type { FamilieAnderEn } from "../typen";

const VVB = "the free amount (verantwoordingsvrij bedrag)";
const Vvb = "The free amount (verantwoordingsvrij bedrag)";
const ALLEEN_UIT_OVER = `${Vvb} can only come from the part of the budget that is not needed for care.`;

export const EN_DE_ANDER = {
  "de.start-portaal": (_, p) =>
    `As soon as the zorgkantoor has approved ${van(p)} zorgovereenkomst and care description (zorgbeschrijving), ${naam(p)} can claim for the care provider.`,
  "de.start-svb": (_, p) =>
    `As soon as the zorgkantoor has approved ${van(p)} care description (zorgbeschrijving) and the SVB has processed the zorgovereenkomst, ${naam(p)} can claim for the care provider.`,
  "de.welke-route": (_, p) =>
    `How to claim is different for each zorgkantoor: through the PGB Portaal, or through Mijn PGB of the SVB. ${Van(p)} zorgkantoor can explain how to claim.`,
  "de.nog-niet-goedgekeurd": (_, p) =>
    `The zorgkantoor has not yet approved ${van(p)} zorgovereenkomst and care description (zorgbeschrijving). ${Naam(p)} cannot claim yet.`,
  "de.goedkeuring-onbekend": (_, p) =>
    `We do not know whether the zorgkantoor has already approved ${van(p)} zorgovereenkomst and care description (zorgbeschrijving). Ask the zorgkantoor.`,
  "de.nog-niet-verwerkt": (_, p) => `The SVB has not yet processed ${van(p)} zorgovereenkomst. ${Naam(p)} cannot claim yet.`,
  "de.verwerking-onbekend": (_, p) => `We do not know whether the SVB has already processed ${van(p)} zorgovereenkomst. Ask the SVB.`,
  "de.portaal": (_, p) =>
    `In the PGB Portaal, the care provider can enter a claim (declaratie) themselves. ${Naam(p)} gets a message about it and checks the claim. A care provider can never send in a claim before ${naam(p)} has checked it.`,
  "de.svb": (_, p) =>
    `Through Mijn PGB of the SVB, ${naam(p)} sends in claims (declaraties) online. Paper claims are also possible, but they take longer. When the SVB has received a claim, it pays the care provider from ${van(p)} budget.`,
  "de.termijn": (g, p) =>
    `Send a claim (declaratie) to the SVB within ${getal(g, "weken")} weeks after it came in. ${Naam(p)} received the claim on ${datum(g, "ontvangen")}. So send it no later than ${datum(g, "uiterlijk")}.`,
  "de.te-laat": EN_DE["de.te-laat"],
  "de.vast-maandloon": (_, p) =>
    `${Naam(p)} has agreed on a fixed monthly wage. Then there is no need to send in claims (declaraties). The SVB pays the agreed monthly wage every month.`,
  "de.geen-vast-maandloon": (_, p) =>
    `${Naam(p)} has not agreed on a fixed monthly wage. Then ${naam(p)} claims for the care the care provider has given.`,
  "de.vvb-geen-zorg": (_, p) => `${Naam(p)} has not spent any of the pgb on care. Then ${naam(p)} has no right to ${VVB}.`,
  "de.vvb-berekening": (g, p) => `${procent(g, "basispunten")} of ${van(p)} pgb of ${bedrag(g, "pgb")} is ${bedrag(g, "bedrag")}.`,
  "de.vvb-minimum": (g, p) => `${Vvb} is at least ${bedrag(g, "minimum")} a year, if ${van(p)} budget is large enough for it.`,
  "de.vvb-maximum": EN_DE["de.vvb-maximum"],
  "de.vvb-pgb-onder-minimum": (g, p) =>
    `${Van(p)} pgb of ${bedrag(g, "pgb")} is smaller than the minimum of ${bedrag(g, "minimum")}. ${Vvb} can never be more than the pgb. So it is also less than the minimum.`,
  "de.vvb-niets-over": (_, p) =>
    `${ALLEEN_UIT_OVER} After the costs of care, nothing is left of ${van(p)} pgb. Then ${naam(p)} cannot ask for a free amount.`,
  "de.vvb-over-onder-minimum": (g, p) =>
    `${ALLEEN_UIT_OVER} After the costs of care, ${bedrag(g, "over")} is left of ${van(p)} pgb. That is less than the minimum of ${bedrag(g, "minimum")}. Then ${naam(p)} can only ask for what is left. The zorgkantoor decides.`,
  "de.vvb-niet-meer-dan-over": (g, p) => `${ALLEEN_UIT_OVER} After the costs of care, ${bedrag(g, "over")} is left of ${van(p)} pgb.`,
  "de.vvb-voorwaarde": (g, p) =>
    `${Naam(p)} can only ask for the amount if the budget allows it and not all of it is needed to buy suitable care. Is less left? Then ${naam(p)} can only ask for what is left, even if that is less than ${bedrag(g, "minimum")}.`,
  "de.vvb-uitkomst": (g, p) =>
    `${Naam(p)} can ask for ${bedrag(g, "bedrag")} as ${VVB}. It is for small costs, such as phone costs and stamps. There is no need to show what it is spent on.`,
  "de.vvb-opvragen": (_, p) =>
    `Does ${van(p)} zorgkantoor work with the PGB Portaal? Then choose 'Indienen declaratie' (send in a claim) and then 'het verantwoordingsvrije bedrag opvragen' (ask for the free amount). If not, use the SVB form 'Opvragen verantwoordingsvrij bedrag'.`,
  "de.vvb-geen": (_, p) => `${Naam(p)} cannot ask for ${VVB}.`,
  "de.budgetoverzicht": (_, p) =>
    `After the end of the year, the SVB sends a budget overview (budgetoverzicht) to the zorgkantoor and to ${naam(p)}. It shows all the payments the SVB has made for ${naam(p)}.`,
  "de.vaststelling": (_, p) =>
    `After that, the zorgkantoor decides whether ${naam(p)} has spent the pgb well. This is called the subsidievaststelling. The zorgkantoor will send ${naam(p)} a message about it.`,
  "de.salarisadministratie": (_, p) =>
    `The SVB does the payroll administration for ${naam(p)} if ${naam(p)} has to do it as an employer, or chooses to let the SVB do it.`,
  "de.ziekte": (_, p) =>
    `As an employer, ${naam(p)} sometimes has to keep paying the care provider's wage when they are ill. The SVB arranges this. ${Naam(p)} can then use the pgb to pay a care provider who replaces them.`,
  "de.verzekering": (_, p) =>
    `The SVB has taken out a liability insurance (WA-verzekering) and a legal expenses insurance for all budgethouders. ${Naam(p)} can use them if the care provider causes damage, or if there is an employment dispute with the care provider.`,
} satisfies FamilieAnderEn<"de">;
