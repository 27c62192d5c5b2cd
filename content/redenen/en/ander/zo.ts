/**
 * English words for the zorgovereenkomst reasons (ZO-01 … ZO-08, LV-05) for every reader but the
 * applicant: the applicant as a third person (../persoon.ts).
 */
import type { Gegevens } from "../../../../rules/redenen";
import type { TariefSoort } from "../../../../rules/zorgovereenkomst";
import { bedrag, datum, getal, tekst, uitTabel } from "../../gegevens";
import { naam, Naam, van, Van, type PersoonEn } from "../persoon";
import type { FamilieAnderEn } from "../typen";
import { EN_ZO } from "../zo";

const TARIEF_SOORT: Readonly<Record<TariefSoort, string>> = {
  professioneel: "per hour for a professional care provider",
  "niet-professioneel": "per hour for a non-professional care provider",
  "begeleiding-groep": "per part of a day (dagdeel) for group support (begeleiding groep)",
};

type Wie = "instelling" | "zzp" | "familie";
const WIE: Readonly<Record<Wie, (p: PersoonEn) => string>> = {
  instelling: () => "a care institution",
  zzp: () => "a self-employed care provider (zzp'er)",
  familie: (p) => `${van(p)} partner or a family member`,
};

const dagen = (g: Gegevens): string => `${getal(g, "dagen")} ${getal(g, "dagen") === 1 ? "day" : "days"}`;

export const EN_ZO_ANDER = {
  "zo.werkgever": (_, p) =>
    `${Naam(p)} signs an arbeidsovereenkomst with the care provider. Then ${naam(p)} will become the employer and the care provider is ${van(p)} employee. ${Naam(p)} has to deal with employment law and the duties of an employer.`,
  "zo.opdrachtgever": (_, p) =>
    `${Naam(p)} signs an overeenkomst van opdracht with the care provider. Then ${naam(p)} is the client and the care provider is the contractor.`,
  "zo.aangenomen-opdracht": (g, p) => {
    const wie = tekst(g, "wie");
    if (!Object.hasOwn(WIE, wie)) throw new Error(`reden met onbekend gegeven wie: ${wie}`);
    return `It has not been said which agreement ${naam(p)} will sign. With ${WIE[wie as Wie](p)}, this is often an overeenkomst van opdracht. We assume that: then ${naam(p)} is the client. Is that not right? Then fill in the kind of agreement.`;
  },
  "zo.aangenomen-arbeid": (_, p) =>
    `It has not been said which agreement ${naam(p)} will sign. The care provider is not an institution, not self-employed (zzp'er) and (as far as we know) not family. So we assume an arbeidsovereenkomst: ${naam(p)} is the employer. Is that not right? Then fill in the kind of agreement.`,
  "zo.overeenkomst": (_, p) =>
    `${Naam(p)} signs a zorgovereenkomst with each care provider. It says which care is agreed and what price ${naam(p)} pays. ${Naam(p)} and the care provider both sign the zorgovereenkomst.`,
  "zo.zorgbeschrijving": (_, p) =>
    `With each care provider, ${naam(p)} also writes a care description (zorgbeschrijving). It says which care ${naam(p)} needs, which care the care provider gives and why that care is needed. ${Naam(p)} and the care provider both sign the care description.`,
  "zo.akkoord": (_, p) =>
    `The zorgkantoor checks whether the care and the care provider may be paid from the pgb. ${Naam(p)} gets approval from the zorgkantoor. Does the care or the care provider change? Then ${naam(p)} makes a new zorgovereenkomst and care description (zorgbeschrijving). The zorgkantoor must approve them again.`,
  "zo.aangenomen-kvk": (_, p) =>
    `It has not been said whether ${van(p)} care provider is registered with the Chamber of Commerce (KVK). A care institution or a self-employed care provider (zzp'er) is normally registered there. We assume that.`,
  "zo.professioneel-instelling": EN_ZO["zo.professioneel-instelling"],
  "zo.professioneel-big": (_, p) =>
    `The care provider is in the BIG register and is not a member of ${van(p)} family. That is a professional care provider.`,
  "zo.professioneel-zzp": (_, p) =>
    `The care provider is registered as a care provider with the Chamber of Commerce (KVK) and is not a member of ${van(p)} family. That is a professional care provider.`,
  "zo.familie-niet-professioneel": (_, p) =>
    `The care provider is ${van(p)} partner or a family member. Then they are not a professional care provider, even if they are in the BIG register or registered with the Chamber of Commerce (KVK).`,
  "zo.relatie-onbekend": (_, p) =>
    `It has not been said whether the care provider is a member of ${van(p)} family. A family member is not a professional care provider. As long as we do not know, we count them as a non-professional care provider.`,
  "zo.geen-registratie": EN_ZO["zo.geen-registratie"],
  "zo.geen-uurtarief": (_, p) => `No rate has been filled in yet for ${van(p)} care provider. So we cannot check the maximum rate.`,
  "zo.tarief-onbekend": (g, p) =>
    `We do not know the maximum rate for ${tekst(g, "jaar")}. Look on the website of ${van(p)} zorgkantoor. The maximum rate is there.`,
  "zo.binnen-maximum": EN_ZO["zo.binnen-maximum"],
  "zo.boven-maximum-professioneel": (g, p) =>
    `The rate of ${bedrag(g, "tarief")} is higher than the maximum rate of ${bedrag(g, "maximum")} per hour for a professional care provider. That maximum applies from ${datum(g, "vanaf")}. ${Naam(p)} may only pay more with permission from the zorgkantoor. This is only possible for care for which the Dutch Healthcare Authority (NZa) has set a higher rate. Ask the zorgkantoor for permission, or agree on a lower rate.`,
  "zo.boven-maximum": (g, p) =>
    `The rate of ${bedrag(g, "tarief")} is higher than the maximum rate of ${bedrag(g, "maximum")} ${uitTabel(TARIEF_SOORT, g, "soort")}. That maximum applies from ${datum(g, "vanaf")}. ${Naam(p)} may not pay the care provider more than the maximum rate.`,
  "zo.tussen-maxima": (g, p) =>
    `The rate of ${bedrag(g, "tarief")} is higher than the maximum rate for a non-professional care provider (${bedrag(g, "nietProfessioneel")} per hour). It is not higher than the maximum rate for a professional care provider (${bedrag(g, "professioneel")} per hour). Whether it is allowed depends on whether the care provider is professional. Fill in whether the care provider is a member of ${van(p)} family, or ask the zorgkantoor.`,
  "zo.tarief-jaarlijks": (_, p) => `The maximum rates change every year. They are on the website of ${van(p)} zorgkantoor.`,
  "zo.logeer-binnen": (g, p) =>
    `${Naam(p)} wants to buy ${getal(g, "etmalen")} days and nights of respite care (logeeropvang) in ${tekst(g, "jaar")}. That is possible: the maximum is ${getal(g, "maximum")} days and nights per calendar year.`,
  "zo.logeer-boven": (g, p) =>
    `${Naam(p)} wants to buy ${getal(g, "etmalen")} days and nights of respite care (logeeropvang) in ${tekst(g, "jaar")}. That is too many. With a pgb, ${naam(p)} can buy at most ${getal(g, "maximum")} days and nights of respite care per calendar year.`,
  "zo.logeer-deeltijd": (_, p) =>
    `${Naam(p)} chooses a part-time stay in an institution (deeltijdverblijf). With a part-time stay, ${naam(p)} cannot also buy respite care (logeeropvang).`,
  "zo.logeer-geen-deeltijd": (_, p) =>
    `With a part-time stay in an institution (deeltijdverblijf), respite care (logeeropvang) cannot be bought. ${Naam(p)} does not choose a part-time stay, so this is not a problem.`,
  "zo.logeer-geen-maximumtarief": EN_ZO["zo.logeer-geen-maximumtarief"],
  "zo.geen-loonbelasting-instelling": (_, p) =>
    `The care provider is an institution. ${Naam(p)} does not have to withhold wage tax. The care provider arranges the wage tax themselves.`,
  "zo.geen-loonbelasting-familie": (_, p) =>
    `The care provider is ${van(p)} partner or a first-degree or second-degree family member. ${Naam(p)} does not have to withhold wage tax. The care provider arranges the wage tax themselves.`,
  "zo.geen-loonbelasting-zzp": (_, p) =>
    `The care provider is self-employed (zzp'er). ${Naam(p)} does not have to withhold wage tax. The care provider arranges the wage tax themselves.`,
  "zo.geen-loonbelasting-opdracht": (_, p) =>
    `${Naam(p)} does not sign an arbeidsovereenkomst. Then ${naam(p)} does not have to withhold wage tax. The care provider arranges the wage tax themselves.`,
  "zo.loonbelasting-meer-dagen": (g, p) =>
    `The care provider works ${getal(g, "dagen")} days a week for ${naam(p)} with an arbeidsovereenkomst. That is more than ${getal(g, "grens")} days. Then ${naam(p)} is an employer and must withhold wage tax and social insurance contributions.`,
  "zo.loonbelasting-opting-in": (g, p) =>
    `The care provider works ${dagen(g)} a week for ${naam(p)}, not more than ${getal(g, "grens")}. But ${naam(p)} and the care provider have agreed that ${naam(p)} will still withhold wage tax (opting in). Then ${naam(p)} must withhold wage tax and social insurance contributions.`,
  "zo.geen-loonbelasting-weinig-dagen": (g, p) =>
    `The care provider works ${dagen(g)} a week for ${naam(p)} with an arbeidsovereenkomst. That is not more than ${getal(g, "grens")} days. ${Naam(p)} does not have to withhold wage tax, unless ${naam(p)} and the care provider agree that ${naam(p)} will (opting in).`,
  "zo.loonbelasting-dagen-onbekend": (g, p) =>
    `It has not been said on how many days a week the care provider works for ${naam(p)}. With an arbeidsovereenkomst of more than ${getal(g, "grens")} days a week, ${naam(p)} must withhold wage tax. We assume that until the number of days is filled in.`,
  "zo.svb-beoordeelt": EN_ZO["zo.svb-beoordeelt"],
  "zo.portaal": (_, p) =>
    `Does ${van(p)} zorgkantoor work with the PGB Portaal? Then ${naam(p)} makes the zorgovereenkomst and the care description (zorgbeschrijving) in the PGB Portaal. ${Naam(p)} logs in at www.mijnpgb.nl with DigiD. Paper instead? Then use a model zorgovereenkomst from www.mijnpgb.nl and send it to the zorgkantoor.`,
  "zo.svb": (_, p) =>
    `Does ${van(p)} zorgkantoor not work with the PGB Portaal? Then use a model zorgovereenkomst from the SVB: www.svb.nl/pgb. The SVB can also send one, on request by phone: 030-264 82 00. ${Naam(p)} sends the zorgovereenkomst and the care description (zorgbeschrijving) to the zorgkantoor. The zorgkantoor sends the zorgovereenkomst to the SVB. The SVB checks that the zorgovereenkomst follows employment law.`,
  "zo.welke-route": (_, p) =>
    `How to hand in the zorgovereenkomst and the care description (zorgbeschrijving) is different for each zorgkantoor. ${Van(p)} zorgkantoor can explain how it works.`,
  "zo.kwaliteit": (_, p) => `The care ${naam(p)} buys with the pgb must be of good and responsible quality.`,
  "zo.logeer-maximum": (g, p) =>
    `With a pgb, ${naam(p)} can buy at most ${getal(g, "maximum")} days and nights of respite care (logeeropvang) per calendar year.`,
} satisfies FamilieAnderEn<"zo">;
