/**
 * English words for rules/aanvraag.ts (AV-01 … AV-08) for every reader but the applicant: the
 * applicant as a third person (../persoon.ts), as the Dutch `ander` words of
 * content/redenen/woorden/av.ts.
 */
import { perSaldo } from "../../aanvraag";
import { getal, tekst } from "../../gegevens";
import { naam, Naam, van } from "../persoon";
import type { FamilieAnderEn } from "../typen";

/** "1 point", "3 points". */
const aantal = (n: number, een: string, meer: string): string => `${n} ${n === 1 ? een : meer}`;

export const EN_AV_ANDER = {
  "av.hulp-verplicht": (g, p) =>
    `With zorgprofiel ${tekst(g, "zorgprofiel")}, a gewaarborgde hulp is required. This is someone who helps ${naam(p)} with the care and the paperwork of the pgb.`,
  "av.hulp-niet-verplicht": (g, p) =>
    `With zorgprofiel ${tekst(g, "zorgprofiel")}, a gewaarborgde hulp is not required. But the zorgkantoor can decide that ${naam(p)} only gets a pgb if someone helps: a gewaarborgde hulp.`,
  "av.hulp-ontbreekt": (g, p) =>
    `With zorgprofiel ${tekst(g, "zorgprofiel")}, a gewaarborgde hulp is required. ${Naam(p)} has no one who does this. Then the application for a pgb cannot succeed.`,
  "av.hulp-onbekend": (g, p) =>
    `With zorgprofiel ${tekst(g, "zorgprofiel")}, a gewaarborgde hulp is required. Does ${naam(p)} have someone who wants to do this? Without a gewaarborgde hulp, the application cannot succeed.`,
  "av.hulp-geschikt": (_, p) =>
    `The zorgkantoor checks whether ${van(p)} gewaarborgde hulp can manage the care and the paperwork of the pgb well. The zorgkantoor registers the gewaarborgde hulp.`,
  "av.vaardigheden-alles-ja": (_, p) =>
    `According to the answers, ${naam(p)} can do all of this. Arranging their own care with a pgb suits ${naam(p)}.`,
  "av.vaardigheden-niet-alles": (g, p) =>
    `According to the answers, there ${getal(g, "aantal") === 1 ? "is" : "are"} ${aantal(getal(g, "aantal"), "point", "points")} ${naam(p)} cannot do (yet). That does not have to be a problem. Someone can help ${naam(p)} with the care and the paperwork of the pgb: a gewaarborgde hulp.`,
  "av.vaardigheden-onbeantwoord": (g, p) =>
    `${aantal(getal(g, "aantal"), "question has", "questions have")} not been answered yet. Answer all the questions to see if a pgb suits ${naam(p)}.`,
  "av.per-saldo": (_, p) =>
    `Would ${naam(p)} like advice? ${perSaldo.naam}, the association of budget holders, gives information, advice and courses. Call ${perSaldo.telefoon} or go to ${perSaldo.website}.`,
  "av.zorgkantoor-kan-vragen": (_, p) =>
    `The zorgkantoor also checks for itself whether ${naam(p)} can manage a pgb. It can decide that ${naam(p)} only gets a pgb if someone helps: a gewaarborgde hulp.`,
  "av.geen-bezwaar": (_, p) => `No rule stands in the way of ${van(p)} application. The zorgkantoor decides on the application.`,
  "av.keuzegesprek": (_, p) =>
    `The zorgkantoor invites ${naam(p)} (and the gewaarborgde hulp, if there is one) to a meeting: the bewuste-keuzegesprek. If ${naam(p)} does not take part, the zorgkantoor turns down the application.`,
  "av.controle": (_, p) =>
    `The zorgkantoor checks whether ${naam(p)} is bankrupt, is in debt restructuring (WSNP) or has no permanent home address. If so, it turns down the application.`,
  "av.weigering-bewuste-keuzegesprek": (_, p) =>
    `The zorgkantoor invites ${naam(p)} to a meeting: the bewuste-keuzegesprek. If ${naam(p)} does not take part, the zorgkantoor turns down the application.`,
  "av.weigering-failliet": (_, p) => `Has ${naam(p)} been declared bankrupt? Then the zorgkantoor turns down the application.`,
  "av.weigering-wsnp": (_, p) =>
    `Is ${naam(p)} in debt restructuring under the Dutch Natural Persons Debt Restructuring Act (WSNP)? Then the zorgkantoor turns down the application.`,
  "av.weigering-geen-vast-woonadres": (_, p) => `Does ${naam(p)} have no permanent home address? Then the zorgkantoor turns down the application.`,
  "av.weigering-niet-in-nederland": (_, p) => `Does ${naam(p)} live outside the Netherlands? Then ${naam(p)} cannot get a pgb.`,
  "av.hulp-wie": (_, p) => `The gewaarborgde hulp can be ${van(p)} legal representative. It can also be someone else.`,
  "av.hulp-wijziging-melden": (_, p) => `Does no one help ${naam(p)} any more, or will someone else help? Tell the zorgkantoor.`,
  "av.ondertekening-budgetplan": () => "Send the budgetplan to the zorgkantoor together with the application form.",
  "av.ondertekening-wettelijk-vertegenwoordiger": (_, p) =>
    `${Naam(p)} has a legal representative (for example parents, an administrator, a mentor or a guardian). They sign the budgetplan.`,
  "av.ondertekening-gewaarborgde-hulp": (_, p) => `${Naam(p)} has a gewaarborgde hulp. The gewaarborgde hulp signs the budgetplan.`,
  "av.ondertekening-budgethouder": (_, p) =>
    `${Naam(p)} has no legal representative and no gewaarborgde hulp. Then ${naam(p)} signs the budgetplan.`,
  "av.ondertekening-misschien-ook": (_, p) => `Does ${naam(p)} also have a legal representative or a gewaarborgde hulp? Then they sign too.`,
  "av.ondertekening-onbekend": (_, p) =>
    `Does ${naam(p)} have a legal representative (for example parents, an administrator, a mentor or a guardian) or a gewaarborgde hulp? Then they sign the budgetplan. If not, ${naam(p)} signs it.`,
} satisfies FamilieAnderEn<"av">;

