/**
 * English words for rules/buitenland.ts (TK-06, TK-07): a stay abroad. From the Dutch of
 * content/redenen/buitenland.ts, for the applicant. A country by its English name (`landNaamEn`).
 */
import { getal, hoofdletter, landNaamEn, tekst } from "../gegevens";
import type { Gegevens } from "../../../rules/redenen";
import type { FamilieEn } from "./typen";

/** The country at the start of a sentence: "The United States". */
const Land = (g: Gegevens): string => hoofdletter(landNaamEn(g));
const weken = (n: number): string => `${n} ${n === 1 ? "week" : "weeks"}`;

export const EN_BL = {
  "bl.eer": (g) =>
    `${Land(g)} is part of the European Economic Area (EEA). There, you may buy care with your pgb for up to 1 year (${weken(getal(g, "maxWeken"))}).`,
  "bl.zwitserland": (g) => `In Switzerland, you may buy care with your pgb for up to 1 year (${weken(getal(g, "maxWeken"))}).`,
  "bl.elders": (g) =>
    `${Land(g)} is not part of the European Economic Area (EEA) and is not Switzerland. There, you may buy care with your pgb for up to ${weken(getal(g, "maxWeken"))}.`,
  "bl.palliatief-terminaal": (g) =>
    `You are buying palliative terminal care. Then you may also buy care with your pgb in ${landNaamEn(g)} for up to 1 year (${weken(getal(g, "maxWeken"))}).`,
  "bl.palliatief-terminaal-vraag": (g) =>
    `Your stay lasts longer than ${weken(getal(g, "maxWeken"))}. That is only allowed if you buy palliative terminal care: then you may buy care with your pgb for up to 1 year (${weken(getal(g, "maxWekenPalliatief"))}). We do not know if that is the case. Fill it in, or ask your zorgkantoor.`,
  "bl.binnen-maximum": (g) => `Your stay lasts no longer than ${weken(getal(g, "maxWeken"))}. You can buy care with your pgb for this period.`,
  "bl.boven-maximum": (g) =>
    `Your stay lasts longer than ${weken(getal(g, "maxWeken"))}. For the weeks after that, you cannot buy care with your pgb. Talk to your zorgkantoor.`,
  "bl.onbekend-land": (g) =>
    `We do not know the country with code "${tekst(g, "land")}". Ask your zorgkantoor how long you may buy care there with your pgb. Outside the EEA and Switzerland, that is up to ${weken(getal(g, "maxWeken"))}.`,
  "bl.nederland": () => "The Netherlands is not abroad. Choose the country you are going to.",
  "bl.duur-onbekend": () =>
    "We do not know how long you will stay abroad. Fill in the number of weeks. Or ask your zorgkantoor what applies to you.",
  "bl.meldplicht": (g) => `You are going abroad for longer than ${weken(getal(g, "naWeken"))}. Tell your zorgkantoor.`,
  "bl.geen-meldplicht": (g) => `You are going abroad for no longer than ${weken(getal(g, "naWeken"))}. You do not have to tell your zorgkantoor.`,
  "bl.verlaging": (g) =>
    `Your care providers do not fall under Dutch tax law. That is why the zorgkantoor lowers your pgb for the whole period abroad. For ${landNaamEn(g)}, the acceptability percentage is ${getal(g, "percentage")}%.`,
  "bl.verlaging-percentage-onbekend": (g) =>
    `Your care providers do not fall under Dutch tax law. That is why the zorgkantoor lowers your pgb for the whole period abroad. The acceptability percentage for ${landNaamEn(g)} is not in the brochure. Ask your zorgkantoor. The zorgkantoor decides.`,
  "bl.verlaging-mogelijk": (g) =>
    `Do your care providers not fall under Dutch tax law? Then the zorgkantoor lowers your pgb for the whole period abroad. For ${landNaamEn(g)}, the acceptability percentage is ${getal(g, "percentage")}%. We do not know if this applies to you. Ask your zorgkantoor.`,
  "bl.verlaging-mogelijk-percentage-onbekend": () =>
    "Do your care providers not fall under Dutch tax law? Then the zorgkantoor lowers your pgb for the whole period abroad. We do not know if this applies to you. Ask your zorgkantoor. You can also ask your zorgkantoor for the percentage for this country.",
  "bl.geen-verlaging-kort": (g) => `You will be away for no longer than ${weken(getal(g, "naWeken"))}. So the zorgkantoor does not lower your pgb.`,
  "bl.geen-verlaging-nederlandse-zorgverleners": () => "Your care providers fall under Dutch tax law. So the zorgkantoor does not lower your pgb.",
  "bl.logeeropvang-binnen-eu": (g) => `${Land(g)} is part of the European Union. There, you may buy respite care with your pgb.`,
  "bl.logeeropvang-buiten-eu": (g) =>
    `You can only buy respite care within the European Union. ${Land(g)} is not part of the European Union.`,
  "bl.logeeropvang-onbekend-land": () =>
    "You can only buy respite care within the European Union. We do not know if this country is part of it. Ask your zorgkantoor.",
} satisfies FamilieEn<"bl">;
