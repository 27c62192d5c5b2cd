/**
 * What the answers of steps 1 and 2 mean for the rules: the zorgprofiel, the situation and the
 * option chosen. The flow (journey.ts), the uitkomst page and the result all read them from
 * here, so they cannot disagree.
 */
import { ALLE_ZORGPROFIELEN, parseZorgprofiel, type Zorgprofiel, type ZorgprofielParse } from "@/rules/zorgprofiel";
import {
  beoordeelKeuze,
  type LeveringsvormKeuze,
  type LeveringsvormSituatie,
  type Woonsituatie,
  type Woonwens,
} from "@/rules/leveringsvorm";
import { indicatieVragen } from "@/content/wizard/indicatie";
import type { Antwoorden } from "../antwoorden";

function normaliseer(tekst: string): string {
  return tekst.toLowerCase().replace(/[\s.]+/g, " ").trim();
}

/** "VG Wonen met begeleiding en verzorging" → also "wonen met begeleiding en verzorging". */
function zonderSectorWoord(omschrijving: string): string {
  return omschrijving.slice(omschrijving.indexOf(" ") + 1);
}

/**
 * IND-05, and one step further: the indicatiebesluit shows the omschrijving under "A Soort zorg"
 * (Bijlage 3, 2), so a person may type that instead of a code. It counts only when exactly one
 * profile has it: "Wonen met begeleiding en verzorging" is both VG 3 and LG 4.
 */
export function vindOpOmschrijving(invoer: string): Zorgprofiel | null {
  const gezocht = normaliseer(invoer);
  if (gezocht === "") return null;
  const gevonden = ALLE_ZORGPROFIELEN.filter((z) => {
    if (z.omschrijving === null) return false;
    return normaliseer(z.omschrijving) === gezocht || normaliseer(zonderSectorWoord(z.omschrijving)) === gezocht;
  });
  return gevonden.length === 1 && gevonden[0] !== undefined ? gevonden[0] : null;
}

/** The zorgprofiel as typed, read with the rules (IND-05) or by its omschrijving. */
export function leesZorgprofiel(invoer: string): ZorgprofielParse {
  const parse = parseZorgprofiel(invoer);
  if (parse.ok) return parse;
  const opOmschrijving = vindOpOmschrijving(invoer);
  return opOmschrijving === null ? parse : { ok: true, zorgprofiel: opOmschrijving };
}

/** The applicant's zorgprofiel, only when they said they have an indicatiebesluit. */
export function zorgprofielUit(a: Antwoorden): Zorgprofiel | null {
  if (a.heeftIndicatie !== "ja" || a.zorgprofiel === undefined) return null;
  const parse = leesZorgprofiel(a.zorgprofiel);
  return parse.ok ? parse.zorgprofiel : null;
}

/** How the wizard shows a profile back: "5VV – VV Beschermd wonen met intensieve dementiezorg". */
export function zorgprofielWeergave(z: Zorgprofiel): string {
  return z.omschrijving === null ? z.code : indicatieVragen.zorgprofiel.rij(z.code, z.omschrijving);
}

/**
 * The rules' woonsituatie for the wish. Deeltijd counts as thuis: the pgb in deeltijdverblijf
 * is only for the care at home, the stay in the instelling is always zin (LV-05).
 */
export function woonsituatieUit(woonwens: Woonwens): Woonsituatie {
  return woonwens === "instelling" ? "instelling" : "thuis";
}

/** The situation of steps 1 and 2 only: step 3's answers must not decide whether step 3 opens. */
export function keuzeSituatie(a: Antwoorden): LeveringsvormSituatie | null {
  const zorgprofiel = zorgprofielUit(a);
  if (zorgprofiel === null) return null;
  return {
    zorgprofiel,
    ...(a.woonwens !== undefined && { woonsituatie: woonsituatieUit(a.woonwens) }),
    ...(a.woonwens === "deeltijd" && a.dagenPer14 !== undefined && { dagenInInstellingPer14Dagen: a.dagenPer14 }),
  };
}

/** LV-01 … LV-13 for the answers of steps 1 and 2; `null` until both are known. */
export function keuzeUit(a: Antwoorden): LeveringsvormKeuze | null {
  const situatie = keuzeSituatie(a);
  if (situatie === null || a.woonwens === undefined || a.regie === undefined) return null;
  return beoordeelKeuze(a.woonwens, a.regie, situatie);
}

