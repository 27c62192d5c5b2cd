/**
 * English words for rules/buitenland.ts (TK-06, TK-07) for every reader but the applicant: the
 * applicant as a third person (../persoon.ts). A country by its English name (`landNaamEn`).
 */
import type { Gegevens } from "../../../../rules/redenen";
import { getal, hoofdletter, landNaamEn, tekst } from "../../gegevens";
import { naam, Naam, van, Van } from "../persoon";
import type { FamilieAnderEn } from "../typen";

const Land = (g: Gegevens): string => hoofdletter(landNaamEn(g));
const weken = (n: number): string => `${n} ${n === 1 ? "week" : "weeks"}`;

export const EN_BL_ANDER = {
  "bl.eer": (g, p) =>
    `${Land(g)} is part of the European Economic Area (EEA). There, ${naam(p)} may buy care with the pgb for up to 1 year (${weken(getal(g, "maxWeken"))}).`,
  "bl.zwitserland": (g, p) => `In Switzerland, ${naam(p)} may buy care with the pgb for up to 1 year (${weken(getal(g, "maxWeken"))}).`,
  "bl.elders": (g, p) =>
    `${Land(g)} is not part of the European Economic Area (EEA) and is not Switzerland. There, ${naam(p)} may buy care with the pgb for up to ${weken(getal(g, "maxWeken"))}.`,
  "bl.palliatief-terminaal": (g, p) =>
    `${Naam(p)} is buying palliative terminal care. Then ${naam(p)} may also buy care with the pgb in ${landNaamEn(g)} for up to 1 year (${weken(getal(g, "maxWeken"))}).`,
  "bl.palliatief-terminaal-vraag": (g, p) =>
    `${Van(p)} stay lasts longer than ${weken(getal(g, "maxWeken"))}. That is only allowed if ${naam(p)} buys palliative terminal care: then ${naam(p)} may buy care with the pgb for up to 1 year (${weken(getal(g, "maxWekenPalliatief"))}). We do not know if that is the case. Fill it in, or ask the zorgkantoor.`,
  "bl.binnen-maximum": (g, p) =>
    `${Van(p)} stay lasts no longer than ${weken(getal(g, "maxWeken"))}. ${Naam(p)} can buy care with the pgb for this period.`,
  "bl.boven-maximum": (g, p) =>
    `${Van(p)} stay lasts longer than ${weken(getal(g, "maxWeken"))}. For the weeks after that, ${naam(p)} cannot buy care with the pgb. Talk to the zorgkantoor.`,
  "bl.onbekend-land": (g, p) =>
    `We do not know the country with code "${tekst(g, "land")}". Ask the zorgkantoor how long ${naam(p)} may buy care there with the pgb. Outside the EEA and Switzerland, that is up to ${weken(getal(g, "maxWeken"))}.`,
  "bl.nederland": (_, p) => `The Netherlands is not abroad. Choose the country ${naam(p)} is going to.`,
  "bl.duur-onbekend": (_, p) =>
    `We do not know how long ${naam(p)} will stay abroad. Fill in the number of weeks. Or ask the zorgkantoor what applies to ${naam(p)}.`,
  "bl.meldplicht": (g, p) => `${Naam(p)} is going abroad for longer than ${weken(getal(g, "naWeken"))}. Tell the zorgkantoor.`,
  "bl.geen-meldplicht": (g, p) =>
    `${Naam(p)} is going abroad for no longer than ${weken(getal(g, "naWeken"))}. There is no need to tell the zorgkantoor.`,
  "bl.verlaging": (g, p) =>
    `${Van(p)} care providers do not fall under Dutch tax law. That is why the zorgkantoor lowers ${van(p)} pgb for the whole period abroad. For ${landNaamEn(g)}, the acceptability percentage is ${getal(g, "percentage")}%.`,
  "bl.verlaging-percentage-onbekend": (g, p) =>
    `${Van(p)} care providers do not fall under Dutch tax law. That is why the zorgkantoor lowers ${van(p)} pgb for the whole period abroad. The acceptability percentage for ${landNaamEn(g)} is not in the brochure. Ask the zorgkantoor. The zorgkantoor decides.`,
  "bl.verlaging-mogelijk": (g, p) =>
    `Do ${van(p)} care providers not fall under Dutch tax law? Then the zorgkantoor lowers ${van(p)} pgb for the whole period abroad. For ${landNaamEn(g)}, the acceptability percentage is ${getal(g, "percentage")}%. We do not know if this applies to ${naam(p)}. Ask the zorgkantoor.`,
  "bl.verlaging-mogelijk-percentage-onbekend": (_, p) =>
    `Do ${van(p)} care providers not fall under Dutch tax law? Then the zorgkantoor lowers ${van(p)} pgb for the whole period abroad. We do not know if this applies to ${naam(p)}. Ask the zorgkantoor. The zorgkantoor can also give the percentage for this country.`,
  "bl.geen-verlaging-kort": (g, p) =>
    `${Naam(p)} will be away for no longer than ${weken(getal(g, "naWeken"))}. So the zorgkantoor does not lower ${van(p)} pgb.`,
  "bl.geen-verlaging-nederlandse-zorgverleners": (_, p) =>
    `${Van(p)} care providers fall under Dutch tax law. So the zorgkantoor does not lower ${van(p)} pgb.`,
  "bl.logeeropvang-binnen-eu": (g, p) => `${Land(g)} is part of the European Union. There, ${naam(p)} may buy respite care with the pgb.`,
  "bl.logeeropvang-buiten-eu": (g, p) =>
    `${Naam(p)} can only buy respite care within the European Union. ${Land(g)} is not part of the European Union.`,
  "bl.logeeropvang-onbekend-land": (_, p) =>
    `${Naam(p)} can only buy respite care within the European Union. We do not know if this country is part of it. Ask the zorgkantoor.`,
} satisfies FamilieAnderEn<"bl">;
