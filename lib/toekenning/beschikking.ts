/**
 * Stap 4, "De toekenningsbeschikking" (TK-01, TK-02): what the beschikking means for the year of
 * today, and the toeslagen for this person. The zorgprofiel (its sector) comes from stap 1; the
 * draft does not know whether someone lives in a wooninitiatief, so the page asks it in a GET
 * form (nothing is stored). Who chose to live in an instelling is not asked.
 */
import * as z from "zod";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { zorgprofielUit } from "@/lib/wizard/vragen/feiten";
import { JA_NEE, optioneleKeuze, perTaal, type JaNee } from "@/lib/wizard/vragen/velden";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import type { Zorgprofiel } from "@/rules/zorgprofiel";
import { toekenningsfeiten, toeslagen, type ToeslagenUitkomst, type ToeslagSituatie } from "@/rules/toekenning";
import type { IsoDatum, Reden } from "@/rules/types";
import { leesZoekformulier, type Zoekparameters, type ZoekStaat } from "@/lib/wizard/zoek-hulp";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

export const WOONINITIATIEF_VELDEN = ["wooninitiatief"] as const;

/** The question's schema in `taal` (its one message, a forged value, in that language). */
export const wooninitiatiefSchemaIn = perTaal((taal: Taal) => z.object({ wooninitiatief: optioneleKeuze(JA_NEE, taal) }));

export const wooninitiatiefSchema = wooninitiatiefSchemaIn(STANDAARDTAAL);

/** A wooninitiatief is a way of living at home: only who chose an instelling is not asked. */
export function vraagtNaarWooninitiatief(a: Antwoorden): boolean {
  return a.woonwens !== "instelling";
}

/** The rules' woonsituatie: an instelling from stap 2, else the answer here (none: not known). */
export function woonsituatieVoor(a: Antwoorden, wooninitiatief: JaNee | undefined): ToeslagSituatie["woonsituatie"] {
  if (!vraagtNaarWooninitiatief(a)) return "instelling";
  if (wooninitiatief === "ja") return "wooninitiatief";
  if (wooninitiatief === "nee") return "thuis";
  return undefined;
}

export interface Beschikking {
  /** TK-01 for the year of the peildatum. */
  feiten: Reden[];
  /** TK-02. */
  toeslagen: ToeslagenUitkomst;
  zorgprofiel: Zorgprofiel | null;
  vraagWooninitiatief: boolean;
  /** The answer as given (to check the radio again), or nothing. */
  wooninitiatief: JaNee | undefined;
  /** The question's GET form as read (lib/wizard/zoek-hulp.ts): its errors and its title. */
  formulier: ZoekStaat<z.output<typeof wooninitiatiefSchema>>;
}

export function beschikkingVoor(a: Antwoorden, params: Zoekparameters, peildatum: IsoDatum, taal: Taal = STANDAARDTAAL): Beschikking {
  const formulier = leesZoekformulier(params, wooninitiatiefSchemaIn(taal));
  const wooninitiatief = formulier.soort === "ok" ? formulier.data.wooninitiatief : undefined;
  const zorgprofiel = zorgprofielUit(a);
  const woonsituatie = woonsituatieVoor(a, wooninitiatief);
  const situatie: ToeslagSituatie = {
    ...(woonsituatie !== undefined && { woonsituatie }),
    ...(zorgprofiel !== null && { sector: zorgprofiel.sector }),
  };
  return {
    feiten: toekenningsfeiten(peildatum),
    toeslagen: toeslagen(situatie, peildatum, jaarparameters().tabel),
    zorgprofiel,
    vraagWooninitiatief: vraagtNaarWooninitiatief(a),
    wooninitiatief,
    formulier,
  };
}
