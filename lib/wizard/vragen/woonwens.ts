/**
 * Stap 2, the first question of *Vind uw zorgkantoor* (LV-01): where the person wants to live.
 * The days per 14 belong to deeltijdverblijf (LV-04) and are only asked for it; the field is
 * always on the page so the form works without JavaScript.
 */
import * as z from "zod";
import { veldnamen } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { keuzeVragen } from "@/content/wizard/keuze";
import { keuzeVragen as keuzeVragenEn } from "@/content/en/wizard/keuze";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { DEELTIJDVERBLIJF_DAGEN_PER_14, type Woonwens } from "@/rules/leveringsvorm";
import { WOONWENSEN, type Antwoorden } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { keuze, perTaal, tekst, zonder, zonderGezien } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, keuzeVragen, keuzeVragenEn).woonwens;


/** What the form takes; the rules say which of these are deeltijdverblijf (7, 8 or 9, LV-04). */
export const DAGEN_PER_14 = { min: 1, max: 14 } as const;

/** "7", "07", "7 dagen", "7 days". */
const DAGEN_INVOER = /^(\d{1,2})(?:\s*(?:dag(?:en)?|days?))?$/i;

const schemaIn = perTaal((taal) => {
  const t = woorden(taal);
  const velden = z.object({ woonwens: keuze(WOONWENSEN, t.leeg, taal), dagenPer14: tekst(inTaal(taal, veldnamen, veldnamenEn).dagenPer14, undefined, taal) });
  return velden.transform((w, ctx): { woonwens: Woonwens; dagenPer14?: number } => {
    if (w.woonwens !== "deeltijd") return { woonwens: w.woonwens };
    const fout = (message: string) => {
      ctx.addIssue({ code: "custom", message, path: ["dagenPer14"] });
      return z.NEVER;
    };
    if (w.dagenPer14 === "") return fout(t.dagenLeeg);
    const cijfers = DAGEN_INVOER.exec(w.dagenPer14)?.[1];
    if (cijfers === undefined) return fout(t.dagenGeenGetal);
    const dagen = Number.parseInt(cijfers, 10);
    if (dagen < DAGEN_PER_14.min || dagen > DAGEN_PER_14.max) return fout(t.dagenBereik(DAGEN_PER_14.min, DAGEN_PER_14.max));
    return { woonwens: "deeltijd", dagenPer14: dagen };
  });
});
const schema = schemaIn(STANDAARDTAAL);

/** "7, 8 of 9": the last joined with the language's "or". */
const deeltijdDagen = (taal: Taal = STANDAARDTAAL) =>
  `${DEELTIJDVERBLIJF_DAGEN_PER_14.slice(0, -1).join(", ")} ${taal === "en" ? "or" : "of"} ${DEELTIJDVERBLIJF_DAGEN_PER_14.at(-1)}`;

export const woonwensVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "woonwens",
  stap: "keuze",
  ingevuld: (a) => a.woonwens !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  velden: ({ aanspreking, taal }) => {
    const t = woorden(taal);
    return [
      {
        soort: "radio",
        naam: "woonwens",
        label: t.titel(aanspreking),
        alsKop: true,
        opties: [
          { waarde: "thuis", label: t.opties.thuis },
          { waarde: "instelling", label: t.opties.instelling, hint: t.hints.instelling },
          { waarde: "deeltijd", label: t.opties.deeltijd, hint: t.hints.deeltijd(deeltijdDagen(taal)) },
        ],
      },
      { soort: "tekst", naam: "dagenPer14", label: t.dagenLabel(aanspreking), hint: t.dagenHint, breedte: "kort", inputMode: "numeric", autocomplete: "off", maxLengte: 10 },
    ];
  },
  schema,
  schemaIn,
  waarden: (a) => ({ woonwens: a.woonwens ?? "", dagenPer14: a.woonwens === "deeltijd" && a.dagenPer14 !== undefined ? String(a.dagenPer14) : "" }),
  verwerk: (geldig, a): Antwoorden => {
    const zelfde = geldig.woonwens === a.woonwens && geldig.dagenPer14 === a.dagenPer14;
    // Another wish changes the uitkomst page (LV-01): it is read again before step 2 is done.
    const gezien = zelfde ? a.gezien : zonderGezien(a.gezien, "uitkomst");
    return {
      ...zonder(a, "dagenPer14", "gezien"),
      woonwens: geldig.woonwens,
      ...(geldig.dagenPer14 !== undefined && { dagenPer14: geldig.dagenPer14 }),
      ...(gezien !== undefined && { gezien }),
    };
  },
  samenvatting: ({ antwoorden, aanspreking, taal }) => {
    const t = woorden(taal);
    const { woonwens, dagenPer14 } = antwoorden;
    if (woonwens === undefined) return [];
    const antwoord = woonwens === "deeltijd" && dagenPer14 !== undefined ? t.deeltijdAntwoord(dagenPer14) : t.opties[woonwens];
    return [{ vraag: t.titel(aanspreking), antwoord }];
  },
};
