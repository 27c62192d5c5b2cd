/**
 * English words for rules/aanvraag.ts (AV-01 … AV-08): the self-check, the gewaarborgde hulp, the
 * zorgkantoor's part and who signs. From the Dutch of content/redenen/aanvraag.ts, for the applicant.
 */
import { perSaldo } from "../aanvraag";
import { getal, tekst } from "../gegevens";
import type { FamilieEn } from "./typen";

/** "1 point", "3 points". */
const aantal = (n: number, een: string, meer: string): string => `${n} ${n === 1 ? een : meer}`;

export const EN_AV = {
  "av.hulp-verplicht": (g) =>
    `With zorgprofiel ${tekst(g, "zorgprofiel")}, you must have a gewaarborgde hulp. This is someone who helps you with the care and the paperwork of the pgb.`,
  "av.hulp-niet-verplicht": (g) =>
    `With zorgprofiel ${tekst(g, "zorgprofiel")}, you do not have to have a gewaarborgde hulp. But the zorgkantoor can decide that you only get a pgb if someone helps you: a gewaarborgde hulp.`,
  "av.hulp-ontbreekt": (g) =>
    `With zorgprofiel ${tekst(g, "zorgprofiel")}, you must have a gewaarborgde hulp. You have no one who does this. Then your application for a pgb cannot succeed.`,
  "av.hulp-onbekend": (g) =>
    `With zorgprofiel ${tekst(g, "zorgprofiel")}, you must have a gewaarborgde hulp. Do you have someone who wants to do this? Without a gewaarborgde hulp, your application cannot succeed.`,
  "av.hulp-geschikt": () =>
    "The zorgkantoor checks whether your gewaarborgde hulp can manage the care and the paperwork of your pgb well. The zorgkantoor registers the gewaarborgde hulp.",
  "av.vaardigheden-alles-ja": () => "You said that you can do all of this. Arranging your own care with a pgb suits you.",
  "av.vaardigheden-niet-alles": (g) =>
    `You said that there ${getal(g, "aantal") === 1 ? "is" : "are"} ${aantal(getal(g, "aantal"), "point", "points")} you cannot do (yet). That does not have to be a problem. Someone can help you with the care and the paperwork of the pgb: a gewaarborgde hulp.`,
  "av.vaardigheden-onbeantwoord": (g) =>
    `You have not yet answered ${aantal(getal(g, "aantal"), "question", "questions")}. Answer all the questions to see if a pgb suits you.`,
  "av.per-saldo": () =>
    `Would you like advice? ${perSaldo.naam}, the association of budget holders, gives information, advice and courses. Call ${perSaldo.telefoon} or go to ${perSaldo.website}.`,
  "av.zorgkantoor-kan-vragen": () =>
    "The zorgkantoor also checks for itself whether you can manage a pgb. It can decide that you only get a pgb if someone helps you: a gewaarborgde hulp.",
  "av.geen-bezwaar": () => "No rule stands in the way of your application. The zorgkantoor decides on your application.",
  "av.keuzegesprek": () =>
    "The zorgkantoor invites you (and your gewaarborgde hulp, if you have one) to a meeting: the bewuste-keuzegesprek. If you do not take part, the zorgkantoor turns down your application.",
  "av.controle": () =>
    "The zorgkantoor checks whether you are bankrupt, are in debt restructuring (WSNP) or have no permanent home address. If so, it turns down the application.",
  "av.weigering-bewuste-keuzegesprek": () =>
    "The zorgkantoor invites you to a meeting: the bewuste-keuzegesprek. If you do not take part, the zorgkantoor turns down your application.",
  "av.weigering-failliet": () => "Have you been declared bankrupt? Then the zorgkantoor turns down your application.",
  "av.weigering-wsnp": () =>
    "Are you in debt restructuring under the Dutch Natural Persons Debt Restructuring Act (WSNP)? Then the zorgkantoor turns down your application.",
  "av.weigering-geen-vast-woonadres": () => "Do you have no permanent home address? Then the zorgkantoor turns down your application.",
  "av.weigering-niet-in-nederland": () => "Do you live outside the Netherlands? Then you cannot get a pgb.",
  "av.hulp-wie": () => "Your gewaarborgde hulp can be your legal representative. It can also be someone else.",
  "av.hulp-wijziging-melden": () => "Does no one help you any more, or will someone else help you? Tell the zorgkantoor.",
  "av.ondertekening-budgetplan": () => "Send the budgetplan to the zorgkantoor together with the application form.",
  "av.ondertekening-wettelijk-vertegenwoordiger": () =>
    "You have a legal representative (for example parents, an administrator, a mentor or a guardian). They sign the budgetplan.",
  "av.ondertekening-gewaarborgde-hulp": () => "You have a gewaarborgde hulp. They sign the budgetplan.",
  "av.ondertekening-budgethouder": () => "You have no legal representative and no gewaarborgde hulp. Then you sign the budgetplan yourself.",
  "av.ondertekening-misschien-ook": () => "Do you also have a legal representative or a gewaarborgde hulp? Then they sign too.",
  "av.ondertekening-onbekend": () =>
    "Do you have a legal representative (for example parents, an administrator, a mentor or a guardian) or a gewaarborgde hulp? Then they sign the budgetplan. If you do not, you sign it yourself.",
} satisfies FamilieEn<"av">;
