/**
 * English words for rules/leveringsvorm.ts (LV-01 … LV-13, AV-06, AV-07) and the pgb package of the
 * keuze and zorg-inkopen pages (LV-10): which leveringsvorm fits and why. From the Dutch of
 * content/redenen/leveringsvorm.ts and content/wizard, for the applicant.
 */
import { DEELTIJDVERBLIJF_DAGEN_PER_14 } from "../../../rules/leveringsvorm";
import { getal, tekst } from "../gegevens";
import type { FamilieEn } from "./typen";

/** LV-04: the days per 14 that are a part-time stay, as "7, 8 or 9". */
const TOEGESTANE_DAGEN = `${DEELTIJDVERBLIJF_DAGEN_PER_14.slice(0, -1).join(", ")} or ${DEELTIJDVERBLIJF_DAGEN_PER_14.at(-1)}`;

export const EN_LV = {
  "lv.geen-pgb-zorgprofiel": (g) =>
    `With zorgprofiel ${tekst(g, "zorgprofiel")}, a pgb is not possible. The zorgkantoor then arranges your care as zorg in natura (zin).`,
  "lv.pgb-thuis": () =>
    "You live at home. With your zorgprofiel, you can buy your care with a pgb. The zorgkantoor still decides on your application.",
  "lv.pgb-wooninitiatief": () =>
    "You live in a housing initiative. With your zorgprofiel, you can buy your care with a pgb. The zorgkantoor still decides on your application.",
  "lv.failliet": () => "You have been declared bankrupt. Then the zorgkantoor turns down an application for a pgb.",
  "lv.wsnp": () => "You are in debt restructuring (WSNP). Then the zorgkantoor turns down an application for a pgb.",
  "lv.geen-vast-woonadres": () => "You have no permanent home address. Then the zorgkantoor turns down an application for a pgb.",
  "lv.buitenland": () => "You do not live in the Netherlands. Then you cannot get a pgb.",
  "lv.instelling-met-dagbesteding": () =>
    "You live in a Wlz institution and you also get daytime activities there. The institution then gives you all your care. That is why you do not get a pgb.",
  "lv.instelling-zonder-dagbesteding": () =>
    "You live in a Wlz institution. The institution gives you the care you need. Do you not get daytime activities from the institution? Then in some institutions you can get a pgb for group support (daytime activities).",
  "lv.instelling-dagbesteding-onbekend": () =>
    "You live in a Wlz institution. The institution gives you the care you need. Do you not get daytime activities from the institution? Then in some institutions you can get a pgb for group support (daytime activities). Ask the institution whether you get daytime activities there.",
  "lv.instelling-navragen": () =>
    "If you live in an institution, a pgb is only for group support. And it is not possible in every institution. Ask the zorgkantoor what is possible.",
  "lv.woonsituatie-onbekend": () =>
    "Whether a pgb is possible depends on where you live. At home or in a housing initiative, it is possible. In a Wlz institution, it is usually not.",
  "lv.niet-in-bijlage-4": (g) =>
    `Zorgprofiel ${tekst(g, "zorgprofiel")} is not in the brochure's list of zorgprofielen that give access to the pgb. But a pgb is not ruled out either. Ask the zorgkantoor whether a pgb is possible for you.`,
  "lv.zorgkantoor-beoordeelt": () =>
    "The care provider talks with you about what is possible. After that, the zorgkantoor decides whether care at home is possible in your situation.",
  "lv.vpt": () =>
    "With a full package at home (vpt), you get almost all the care at home that you would get in an institution. One care provider gives all the care. Only Wlz treatment can also come from another care provider.",
  "lv.mpt": () =>
    "With a modular package at home (mpt), you get the care you need at home, or part of it. Several care providers can give the care.",
  "lv.pgb-met-mpt": () =>
    "You can combine a pgb with a modular package at home (mpt). You arrange part of the care yourself with the pgb. The zorgkantoor arranges the other part (zorg in natura).",
  "lv.pgb-met-mpt-geen-pgb": () => "A pgb combined with a modular package at home (mpt) is only possible if a pgb is possible.",
  "lv.verblijf": () =>
    "You can live in a Wlz institution, for example a nursing home or an institution for people with a disability. The zorgkantoor arranges this (zorg in natura). You may say which institution you prefer.",
  "lv.verblijf-wachtlijst": () =>
    "Sometimes there is a waiting list. Then the zorgkantoor looks for the best solution together with you. The institution then gives you all your care. You usually do not get a pgb as well.",
  "lv.geen-deeltijd-zorgprofiel": (g) => `With zorgprofiel ${tekst(g, "zorgprofiel")}, a part-time stay is not possible.`,
  "lv.deeltijd-buiten-bereik": (g) =>
    `You say ${getal(g, "dagen")} ${getal(g, "dagen") === 1 ? "day" : "days"} in every 14 days in the institution. A part-time stay is ${TOEGESTANE_DAGEN} days in every 14 days. More or fewer days is not a part-time stay.`,
  "lv.deeltijd-binnen-bereik": (g) => `You say ${getal(g, "dagen")} days in every 14 days in the institution. That fits a part-time stay.`,
  "lv.deeltijd-uitleg": () => `In a part-time stay, you live ${TOEGESTANE_DAGEN} days in every 14 days in an institution, and the rest at home.`,
  "lv.deeltijd-voorwaarden": () =>
    "The stay in the institution is always without treatment and always zorg in natura. The care at home can be zorg in natura or paid with a pgb. Next to a part-time stay, you cannot buy respite care.",
  "lv.deeltijd-voorwaarden-zonder-pgb": () =>
    "The stay in the institution is always without treatment and always zorg in natura. The care at home is then also zorg in natura. Next to a part-time stay, you cannot buy respite care.",
  "lv.deeltijd-zorgkantoor-beoordeelt": () =>
    "Ask your care provider or zorgkantoor about the options. The zorgkantoor decides whether a part-time stay is possible in your situation.",
  "lv.wens-thuis-zelf": () => "You want to keep living at home and arrange your care yourself. You do that with a personal budget (pgb).",
  "lv.wens-thuis-zorgkantoor": () =>
    "You want to keep living at home and let the zorgkantoor arrange your care. This is called zorg in natura (zin): a full package at home (vpt) or a modular package at home (mpt).",
  "lv.wens-thuis-allebei": () =>
    "You want to keep living at home. You arrange part of the care yourself, and the zorgkantoor arranges the other part. That is a pgb combined with a modular package at home (mpt).",
  "lv.wens-instelling-zorgkantoor": () =>
    "You want to live in an institution and let the zorgkantoor arrange your care. That is a stay in a Wlz institution (zorg in natura).",
  "lv.wens-instelling-zelf": () =>
    "You want to live in an institution and arrange your care yourself with a pgb. That is only possible in a few cases. Get good advice about what is possible.",
  "lv.wens-instelling-allebei": () =>
    "You want to live in an institution. The institution then gives the care (zorg in natura). Only for daytime activities can you sometimes arrange something yourself with a pgb. Get good advice about what is possible.",
  "lv.wens-deeltijd": () => "You want to live part of the time at home and part of the time in an institution. This is called a part-time stay.",
  "lv.deeltijd-zorg-thuis-zorgkantoor": () => "The zorgkantoor arranges the care at home (zorg in natura).",
  "lv.deeltijd-zorg-thuis-zelf": () =>
    "You can arrange the care at home yourself with a pgb. The zorgkantoor arranges the stay in the institution.",
  "lv.deeltijd-zorg-thuis-allebei": () =>
    "The care at home can be partly through the zorgkantoor and partly with a pgb. The zorgkantoor arranges the stay in the institution.",
  "lv.deeltijd-zorg-thuis-zonder-pgb": () =>
    "You want to arrange the care at home yourself, or part of it. That would need a pgb, but with your zorgprofiel a pgb is not possible. The zorgkantoor then arranges the care at home and the stay in the institution (zorg in natura).",
  "lv.pgb-geen-behandeling": () => "With a pgb, you can buy your own care. You cannot get a pgb for Wlz treatment.",
  "lv.geen-pgb-voor-behandeling": () =>
    "You cannot buy Wlz treatment with a pgb. For example, treatment by an elderly care physician, a physiotherapist or a psychologist under the Wlz. The zorgkantoor arranges that care.",
} satisfies FamilieEn<"lv">;
