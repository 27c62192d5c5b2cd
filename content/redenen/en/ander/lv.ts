/**
 * English words for rules/leveringsvorm.ts (LV-01 … LV-13, AV-06, AV-07) and the pgb package
 * (LV-10) for every reader but the applicant: the applicant as a third person (../persoon.ts).
 */
import { DEELTIJDVERBLIJF_DAGEN_PER_14 } from "../../../../rules/leveringsvorm";
import { getal, tekst } from "../../gegevens";
import { EN_LV } from "../lv";
import { naam, Naam, van } from "../persoon";
import type { FamilieAnderEn } from "../typen";

const TOEGESTANE_DAGEN = `${DEELTIJDVERBLIJF_DAGEN_PER_14.slice(0, -1).join(", ")} or ${DEELTIJDVERBLIJF_DAGEN_PER_14.at(-1)}`;

export const EN_LV_ANDER = {
  "lv.geen-pgb-zorgprofiel": (g, p) =>
    `With zorgprofiel ${tekst(g, "zorgprofiel")}, a pgb is not possible. The zorgkantoor then arranges ${van(p)} care as zorg in natura (zin).`,
  "lv.pgb-thuis": (_, p) =>
    `${Naam(p)} lives at home. With this zorgprofiel, ${naam(p)} can buy the care with a pgb. The zorgkantoor still decides on the application.`,
  "lv.pgb-wooninitiatief": (_, p) =>
    `${Naam(p)} lives in a housing initiative. With this zorgprofiel, ${naam(p)} can buy the care with a pgb. The zorgkantoor still decides on the application.`,
  "lv.failliet": (_, p) => `${Naam(p)} has been declared bankrupt. Then the zorgkantoor turns down an application for a pgb.`,
  "lv.wsnp": (_, p) => `${Naam(p)} is in debt restructuring (WSNP). Then the zorgkantoor turns down an application for a pgb.`,
  "lv.geen-vast-woonadres": (_, p) => `${Naam(p)} has no permanent home address. Then the zorgkantoor turns down an application for a pgb.`,
  "lv.buitenland": (_, p) => `${Naam(p)} does not live in the Netherlands. Then ${naam(p)} cannot get a pgb.`,
  "lv.instelling-met-dagbesteding": (_, p) =>
    `${Naam(p)} lives in a Wlz institution and also gets daytime activities there. The institution then gives ${naam(p)} all the care. That is why ${naam(p)} does not get a pgb.`,
  "lv.instelling-zonder-dagbesteding": (_, p) =>
    `${Naam(p)} lives in a Wlz institution. The institution gives ${naam(p)} the care that is needed. Does ${naam(p)} not get daytime activities from the institution? Then in some institutions ${naam(p)} can get a pgb for group support (daytime activities).`,
  "lv.instelling-dagbesteding-onbekend": (_, p) =>
    `${Naam(p)} lives in a Wlz institution. The institution gives ${naam(p)} the care that is needed. Does ${naam(p)} not get daytime activities from the institution? Then in some institutions ${naam(p)} can get a pgb for group support (daytime activities). Ask the institution whether ${naam(p)} gets daytime activities there.`,
  "lv.instelling-navragen": (_, p) =>
    `If ${naam(p)} lives in an institution, a pgb is only for group support. And it is not possible in every institution. Ask the zorgkantoor what is possible.`,
  "lv.woonsituatie-onbekend": (_, p) =>
    `Whether a pgb is possible depends on where ${naam(p)} lives. At home or in a housing initiative, it is possible. In a Wlz institution, it is usually not.`,
  "lv.niet-in-bijlage-4": (g, p) =>
    `Zorgprofiel ${tekst(g, "zorgprofiel")} is not in the brochure's list of zorgprofielen that give access to the pgb. But a pgb is not ruled out either. Ask the zorgkantoor whether a pgb is possible for ${naam(p)}.`,
  "lv.zorgkantoor-beoordeelt": (_, p) =>
    `The care provider talks with ${naam(p)} about what is possible. After that, the zorgkantoor decides whether care at home is possible in ${van(p)} situation.`,
  "lv.vpt": (_, p) =>
    `With a full package at home (vpt), ${naam(p)} gets almost all the care at home that an institution would give. One care provider gives all the care. Only Wlz treatment can also come from another care provider.`,
  "lv.mpt": (_, p) =>
    `With a modular package at home (mpt), ${naam(p)} gets the care that is needed at home, or part of it. Several care providers can give the care.`,
  "lv.pgb-met-mpt": (_, p) =>
    `A pgb can be combined with a modular package at home (mpt). ${Naam(p)} arranges part of the care themselves with the pgb. The zorgkantoor arranges the other part (zorg in natura).`,
  "lv.pgb-met-mpt-geen-pgb": EN_LV["lv.pgb-met-mpt-geen-pgb"],
  "lv.verblijf": (_, p) =>
    `${Naam(p)} can live in a Wlz institution, for example a nursing home or an institution for people with a disability. The zorgkantoor arranges this (zorg in natura). ${Naam(p)} may say which institution they prefer.`,
  "lv.verblijf-wachtlijst": (_, p) =>
    `Sometimes there is a waiting list. Then the zorgkantoor looks for the best solution together with ${naam(p)}. The institution then gives ${naam(p)} all the care. Usually there is no pgb as well.`,
  "lv.geen-deeltijd-zorgprofiel": EN_LV["lv.geen-deeltijd-zorgprofiel"],
  "lv.deeltijd-buiten-bereik": (g, p) =>
    `${Naam(p)} would be ${getal(g, "dagen")} ${getal(g, "dagen") === 1 ? "day" : "days"} in every 14 days in the institution. A part-time stay is ${TOEGESTANE_DAGEN} days in every 14 days. More or fewer days is not a part-time stay.`,
  "lv.deeltijd-binnen-bereik": (g, p) => `${Naam(p)} would be ${getal(g, "dagen")} days in every 14 days in the institution. That fits a part-time stay.`,
  "lv.deeltijd-uitleg": (_, p) =>
    `In a part-time stay, ${naam(p)} lives ${TOEGESTANE_DAGEN} days in every 14 days in an institution, and the rest at home.`,
  "lv.deeltijd-voorwaarden": (_, p) =>
    `The stay in the institution is always without treatment and always zorg in natura. The care at home can be zorg in natura or paid with a pgb. Next to a part-time stay, ${naam(p)} cannot buy respite care.`,
  "lv.deeltijd-voorwaarden-zonder-pgb": (_, p) =>
    `The stay in the institution is always without treatment and always zorg in natura. The care at home is then also zorg in natura. Next to a part-time stay, ${naam(p)} cannot buy respite care.`,
  "lv.deeltijd-zorgkantoor-beoordeelt": (_, p) =>
    `Ask the care provider or the zorgkantoor about the options. The zorgkantoor decides whether a part-time stay is possible in ${van(p)} situation.`,
  "lv.wens-thuis-zelf": (_, p) =>
    `${Naam(p)} wants to keep living at home and arrange their own care. That is done with a personal budget (pgb).`,
  "lv.wens-thuis-zorgkantoor": (_, p) =>
    `${Naam(p)} wants to keep living at home and let the zorgkantoor arrange the care. This is called zorg in natura (zin): a full package at home (vpt) or a modular package at home (mpt).`,
  "lv.wens-thuis-allebei": (_, p) =>
    `${Naam(p)} wants to keep living at home. ${Naam(p)} arranges part of the care themselves, and the zorgkantoor arranges the other part. That is a pgb combined with a modular package at home (mpt).`,
  "lv.wens-instelling-zorgkantoor": (_, p) =>
    `${Naam(p)} wants to live in an institution and let the zorgkantoor arrange the care. That is a stay in a Wlz institution (zorg in natura).`,
  "lv.wens-instelling-zelf": (_, p) =>
    `${Naam(p)} wants to live in an institution and arrange their own care with a pgb. That is only possible in a few cases. Get good advice about what is possible.`,
  "lv.wens-instelling-allebei": (_, p) =>
    `${Naam(p)} wants to live in an institution. The institution then gives the care (zorg in natura). Only for daytime activities can ${naam(p)} sometimes arrange something with a pgb. Get good advice about what is possible.`,
  "lv.wens-deeltijd": (_, p) =>
    `${Naam(p)} wants to live part of the time at home and part of the time in an institution. This is called a part-time stay.`,
  "lv.deeltijd-zorg-thuis-zorgkantoor": EN_LV["lv.deeltijd-zorg-thuis-zorgkantoor"],
  "lv.deeltijd-zorg-thuis-zelf": (_, p) =>
    `${Naam(p)} can arrange the care at home themselves with a pgb. The zorgkantoor arranges the stay in the institution.`,
  "lv.deeltijd-zorg-thuis-allebei": EN_LV["lv.deeltijd-zorg-thuis-allebei"],
  "lv.deeltijd-zorg-thuis-zonder-pgb": (_, p) =>
    `${Naam(p)} wants to arrange the care at home themselves, or part of it. That would need a pgb, but with this zorgprofiel a pgb is not possible. The zorgkantoor then arranges the care at home and the stay in the institution (zorg in natura).`,
  "lv.pgb-geen-behandeling": (_, p) => `With a pgb, ${naam(p)} can buy their own care. There is no pgb for Wlz treatment.`,
  "lv.geen-pgb-voor-behandeling": (_, p) =>
    `${Naam(p)} cannot buy Wlz treatment with a pgb. For example, treatment by an elderly care physician, a physiotherapist or a psychologist under the Wlz. The zorgkantoor arranges that care.`,
} satisfies FamilieAnderEn<"lv">;
