/**
 * English words for the zorgovereenkomst reasons (ZO-01 … ZO-08, LV-05), for the applicant: the
 * Dutch `u` texts of content/redenen/zorgovereenkomst.ts and the logeeropvang rule of
 * content/wizard/zorgovereenkomsten.ts, with the same facts. Amounts and dates keep the Dutch
 * notation (content/redenen/gegevens.ts).
 */
import type { Gegevens } from "../../../rules/redenen";
import type { TariefSoort } from "../../../rules/zorgovereenkomst";
import { bedrag, datum, getal, tekst, uitTabel } from "../gegevens";
import type { FamilieEn } from "./typen";

/** ZO-04: what a maximum rate is for, after the amount ("€ 24,44 per hour for …"). */
const TARIEF_SOORT: Readonly<Record<TariefSoort, string>> = {
  professioneel: "per hour for a professional care provider",
  "niet-professioneel": "per hour for a non-professional care provider",
  "begeleiding-groep": "per part of a day (dagdeel) for group support (begeleiding groep)",
};

/** ZO-02: who the care provider is when an overeenkomst van opdracht is assumed (rules/zorgovereenkomst.ts `overeenkomstVan`). */
type Wie = "instelling" | "zzp" | "familie";
const WIE: Readonly<Record<Wie, string>> = {
  instelling: "a care institution",
  zzp: "a self-employed care provider (zzp'er)",
  familie: "your partner or a family member",
};

/** "1 day", "4 days". */
const dagen = (g: Gegevens): string => `${getal(g, "dagen")} ${getal(g, "dagen") === 1 ? "day" : "days"}`;

export const EN_ZO = {
  "zo.werkgever": () =>
    "You sign an arbeidsovereenkomst with the care provider. Then you are the employer and the care provider is your employee. You have to deal with employment law and the duties of an employer.",
  "zo.opdrachtgever": () =>
    "You sign an overeenkomst van opdracht with the care provider. Then you are the client and the care provider is the contractor.",
  "zo.aangenomen-opdracht": (g) =>
    `You have not said which agreement you will sign. With ${uitTabel(WIE, g, "wie")}, this is often an overeenkomst van opdracht. We assume that: then you are the client. Is that not right? Then fill in the kind of agreement.`,
  "zo.aangenomen-arbeid": () =>
    "You have not said which agreement you will sign. The care provider is not an institution, not self-employed (zzp'er) and (as far as we know) not family. So we assume an arbeidsovereenkomst: you are the employer. Is that not right? Then fill in the kind of agreement.",

  "zo.overeenkomst": () =>
    "You sign a zorgovereenkomst with each care provider. It says which care you agree on and what price you pay. You and your care provider both sign the zorgovereenkomst.",
  "zo.zorgbeschrijving": () =>
    "With each care provider you also write a care description (zorgbeschrijving). It says which care you need, which care the care provider gives and why that care is needed. You and your care provider both sign the care description.",
  "zo.akkoord": () =>
    "The zorgkantoor checks whether the care and the care provider may be paid from the pgb. You get approval from the zorgkantoor. Does the care or the care provider change? Then you make a new zorgovereenkomst and care description (zorgbeschrijving). The zorgkantoor must approve them again.",
  "zo.aangenomen-kvk": () =>
    "You have not said whether the care provider is registered with the Chamber of Commerce (KVK). A care institution or a self-employed care provider (zzp'er) is normally registered there. We assume that.",
  "zo.professioneel-instelling": () =>
    "The care provider is a care organisation that is registered with the Chamber of Commerce (KVK). That is a professional care provider.",
  "zo.professioneel-big": () =>
    "The care provider is in the BIG register and is not a member of your family. That is a professional care provider.",
  "zo.professioneel-zzp": () =>
    "The care provider is registered as a care provider with the Chamber of Commerce (KVK) and is not a member of your family. That is a professional care provider.",
  "zo.familie-niet-professioneel": () =>
    "The care provider is your partner or a family member. Then they are not a professional care provider, even if they are in the BIG register or registered with the Chamber of Commerce (KVK).",
  "zo.relatie-onbekend": () =>
    "You have not said whether the care provider is a member of your family. A family member is not a professional care provider. As long as we do not know, we count them as a non-professional care provider.",
  "zo.geen-registratie": () =>
    "The care provider is not a care institution. As far as we know, they are not in the BIG register and not registered as a care provider with the Chamber of Commerce (KVK). That is a non-professional care provider.",

  "zo.geen-uurtarief": () => "You have not filled in a rate yet. So we cannot check the maximum rate.",
  "zo.tarief-onbekend": (g) =>
    `We do not know the maximum rate for ${tekst(g, "jaar")}. Look on the website of your zorgkantoor. The maximum rate is there.`,
  "zo.binnen-maximum": (g) =>
    `The rate of ${bedrag(g, "tarief")} is not higher than the maximum rate of ${bedrag(g, "maximum")} ${uitTabel(TARIEF_SOORT, g, "soort")}. That maximum applies from ${datum(g, "vanaf")}.`,
  "zo.boven-maximum-professioneel": (g) =>
    `The rate of ${bedrag(g, "tarief")} is higher than the maximum rate of ${bedrag(g, "maximum")} per hour for a professional care provider. That maximum applies from ${datum(g, "vanaf")}. You may only pay more with permission from the zorgkantoor. This is only possible for care for which the Dutch Healthcare Authority (NZa) has set a higher rate. Ask the zorgkantoor for permission, or agree on a lower rate.`,
  "zo.boven-maximum": (g) =>
    `The rate of ${bedrag(g, "tarief")} is higher than the maximum rate of ${bedrag(g, "maximum")} ${uitTabel(TARIEF_SOORT, g, "soort")}. That maximum applies from ${datum(g, "vanaf")}. You may not pay your care provider more than the maximum rate.`,
  "zo.tussen-maxima": (g) =>
    `The rate of ${bedrag(g, "tarief")} is higher than the maximum rate for a non-professional care provider (${bedrag(g, "nietProfessioneel")} per hour). It is not higher than the maximum rate for a professional care provider (${bedrag(g, "professioneel")} per hour). Whether it is allowed depends on whether the care provider is professional. Fill in whether the care provider is a member of your family, or ask your zorgkantoor.`,
  "zo.tarief-jaarlijks": () => "The maximum rates change every year. You can find them on the website of your zorgkantoor.",

  "zo.logeer-binnen": (g) =>
    `You want to buy ${getal(g, "etmalen")} days and nights of respite care (logeeropvang) in ${tekst(g, "jaar")}. That is possible: the maximum is ${getal(g, "maximum")} days and nights per calendar year.`,
  "zo.logeer-boven": (g) =>
    `You want to buy ${getal(g, "etmalen")} days and nights of respite care (logeeropvang) in ${tekst(g, "jaar")}. That is too many. With a pgb you can buy at most ${getal(g, "maximum")} days and nights of respite care per calendar year.`,
  "zo.logeer-deeltijd": () =>
    "You choose a part-time stay in an institution (deeltijdverblijf). With a part-time stay, you cannot also buy respite care (logeeropvang).",
  "zo.logeer-geen-deeltijd": () =>
    "With a part-time stay in an institution (deeltijdverblijf), you cannot buy respite care (logeeropvang). You do not choose a part-time stay, so this is not a problem.",
  "zo.logeer-geen-maximumtarief": () => "There is no maximum rate for respite care (logeeropvang).",

  "zo.geen-loonbelasting-instelling": () =>
    "The care provider is an institution. You do not have to withhold wage tax. The care provider arranges the wage tax themselves.",
  "zo.geen-loonbelasting-familie": () =>
    "The care provider is your partner or a first-degree or second-degree family member. You do not have to withhold wage tax. The care provider arranges the wage tax themselves.",
  "zo.geen-loonbelasting-zzp": () =>
    "The care provider is self-employed (zzp'er). You do not have to withhold wage tax. The care provider arranges the wage tax themselves.",
  "zo.geen-loonbelasting-opdracht": () =>
    "You do not sign an arbeidsovereenkomst. Then you do not have to withhold wage tax. The care provider arranges the wage tax themselves.",
  "zo.loonbelasting-meer-dagen": (g) =>
    `The care provider works ${getal(g, "dagen")} days a week for you with an arbeidsovereenkomst. That is more than ${getal(g, "grens")} days. Then you are an employer and you must withhold wage tax and social insurance contributions.`,
  "zo.loonbelasting-opting-in": (g) =>
    `The care provider works ${dagen(g)} a week for you, not more than ${getal(g, "grens")}. But you have agreed together that you will still withhold wage tax (opting in). Then you must withhold wage tax and social insurance contributions.`,
  "zo.geen-loonbelasting-weinig-dagen": (g) =>
    `The care provider works ${dagen(g)} a week for you with an arbeidsovereenkomst. That is not more than ${getal(g, "grens")} days. You do not have to withhold wage tax, unless you agree together that you will (opting in).`,
  "zo.loonbelasting-dagen-onbekend": (g) =>
    `You have not said on how many days a week the care provider works for you. With an arbeidsovereenkomst of more than ${getal(g, "grens")} days a week, you must withhold wage tax. We assume that until you fill in the number of days.`,
  "zo.svb-beoordeelt": () => "When the SVB registers the zorgovereenkomst, it decides whether wage tax must be withheld.",

  "zo.portaal": () =>
    "Does your zorgkantoor work with the PGB Portaal? Then you make the zorgovereenkomst and the care description (zorgbeschrijving) in the PGB Portaal. You log in at www.mijnpgb.nl with your DigiD. Do you prefer paper? Then use a model zorgovereenkomst from www.mijnpgb.nl and send it to the zorgkantoor.",
  "zo.svb": () =>
    "Does your zorgkantoor not work with the PGB Portaal? Then use a model zorgovereenkomst from the SVB: www.svb.nl/pgb. You can also ask the SVB for one by phone: 030-264 82 00. You send the zorgovereenkomst and the care description (zorgbeschrijving) to the zorgkantoor. The zorgkantoor sends the zorgovereenkomst to the SVB. The SVB checks that the zorgovereenkomst follows employment law.",
  "zo.welke-route": () =>
    "How you hand in the zorgovereenkomst and the care description (zorgbeschrijving) is different for each zorgkantoor. Your zorgkantoor can tell you how it works.",

  "zo.kwaliteit": () => "The care you buy with your pgb must be of good and responsible quality.",

  "zo.logeer-maximum": (g) =>
    `With a pgb you can buy at most ${getal(g, "maximum")} days and nights of respite care (logeeropvang) per calendar year.`,
} satisfies FamilieEn<"zo">;
