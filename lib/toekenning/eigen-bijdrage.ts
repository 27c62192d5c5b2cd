/**
 * Stap 4, "De eigen bijdrage" (TK-03): whether this person pays one, from the age the draft
 * knows, and an optional estimate of the lage eigen bijdrage from an income typed into a GET form
 * (`schatLageEigenBijdrage`). The CAK decides; the page says so.
 */
import * as z from "zod";
import { veldnamen as veldnamenNl } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { toekenningPaginas as toekenningNl } from "@/content/wizard/toekenning";
import { toekenningPaginas as toekenningEn } from "@/content/en/wizard/toekenning";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { keuzeUit } from "@/lib/wizard/vragen/feiten";
import { perTaal, tekst } from "@/lib/wizard/vragen/velden";
import { formatBedrag, parseBedragNl } from "@/rules/geld";
import { parametersOp } from "@/rules/parameters";
import { reden } from "@/rules/redenen";
import { EIGEN_BIJDRAGE_VANAF_LEEFTIJD, eigenBijdrage, schatLageEigenBijdrage } from "@/rules/toekenning";
import type { Centen, IsoDatum, Reden } from "@/rules/types";
import { leesZoekformulier, type Zoekparameters } from "@/lib/wizard/zoek-hulp";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

/** The page's words in `taal` (docs/decisions/032-talen.md). */
const woorden = (taal: Taal) => inTaal(taal, toekenningNl, toekenningEn).eigenBijdrage;

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Age in whole years on `peildatum`: a year is counted on the birthday itself. Someone born on
 * 29 February turns a year older on 1 March in a year without it. `null` for a date that is not
 * jjjj-mm-dd or lies after the peildatum.
 */
export function leeftijdOp(geboortedatum: IsoDatum, peildatum: IsoDatum): number | null {
  const geboren = ISO_DATUM.exec(geboortedatum);
  const op = ISO_DATUM.exec(peildatum);
  if (geboren === null || op === null || geboortedatum > peildatum) return null;
  const jaren = Number(op[1]) - Number(geboren[1]);
  // mm-dd compares as text: "03-01" < "05-17".
  const nogNietJarig = `${op[2]}-${op[3]}` < `${geboren[2]}-${geboren[3]}`;
  return nogNietJarig ? jaren - 1 : jaren;
}

/** Where the age comes from: the budgetplan's geboortedatum, else stap 1's "jonger dan 18", else nowhere. */
export type LeeftijdBron =
  | { soort: "geboortedatum"; leeftijd: number }
  | { soort: "jongerDan18"; jonger: boolean }
  | { soort: "onbekend" };

export function leeftijdUit(a: Antwoorden, peildatum: IsoDatum): LeeftijdBron {
  const geboortedatum = a.persoonsgegevens?.geboortedatum;
  const leeftijd = geboortedatum === undefined ? null : leeftijdOp(geboortedatum, peildatum);
  if (leeftijd !== null) return { soort: "geboortedatum", leeftijd };
  if (a.jongerDan18 !== undefined) return { soort: "jongerDan18", jonger: a.jongerDan18 === "ja" };
  return { soort: "onbekend" };
}

/** The line, in `taal`, that says which age the page went by. */
export function leeftijdTekst(bron: LeeftijdBron, taal: Taal = STANDAARDTAAL): string {
  const t = woorden(taal);
  switch (bron.soort) {
    case "geboortedatum":
      return t.leeftijd.geboortedatum(bron.leeftijd);
    case "jongerDan18":
      return bron.jonger ? t.leeftijd.jonger : t.leeftijd.ouder;
    case "onbekend":
      return t.leeftijd.onbekend;
  }
}

/**
 * The age to hand the rules. "Jonger dan 18" stands for an age just under the limit, "18 of
 * ouder" for the limit itself; an unknown age shows what holds from the limit on (the page says so).
 */
function leeftijdVoorRegels(bron: LeeftijdBron): number {
  if (bron.soort === "geboortedatum") return bron.leeftijd;
  if (bron.soort === "jongerDan18" && bron.jonger) return EIGEN_BIJDRAGE_VANAF_LEEFTIJD - 1;
  return EIGEN_BIJDRAGE_VANAF_LEEFTIJD;
}

export interface EigenBijdrageVoorPersoon {
  bron: LeeftijdBron;
  verschuldigd: boolean;
  /** The chosen option of stap 2 has mpt beside the pgb (LV-11). */
  metMpt: boolean;
  redenen: Reden[];
  /** TK-03 about mpt, for who has no mpt now: shown folded, in case they add it later. */
  mptUitleg: Reden[];
}

/** TK-03 for the answers of the draft. */
export function eigenBijdrageVoor(a: Antwoorden, peildatum: IsoDatum): EigenBijdrageVoorPersoon {
  const bron = leeftijdUit(a, peildatum);
  const metMpt = keuzeUit(a)?.gekozen.includes("pgbMetMpt") === true;
  const { verschuldigd, redenen } = eigenBijdrage({ leeftijd: leeftijdVoorRegels(bron), metMpt });
  return { bron, verschuldigd, metMpt, redenen, mptUitleg: verschuldigd && !metMpt ? [reden("TK-03", "tk.eigen-bijdrage-mpt")] : [] };
}

// ── The estimate ─────────────────────────────────────────────────────────────────────────────

/** Ten million euros a year: far above the income at which the maximum is reached, so a typing slip. */
export const MAX_INKOMEN: Centen = 10_000_000_00;

export const INKOMEN_VELDEN = ["inkomen"] as const;

/** The estimate's schema in `taal`, built once per language: its messages in that language. */
export const inkomenSchemaIn = perTaal((taal: Taal) => {
  const f = woorden(taal).schatting.fouten;
  return z.object({
    inkomen: tekst(inTaal(taal, veldnamenNl, veldnamenEn).inkomen, undefined, taal).transform((invoer, ctx): Centen => {
      const melding = (message: string): Centen => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (invoer === "") return melding(f.leeg);
      if (/^(?:€\s*)?[-–−]/.test(invoer)) return melding(f.negatief);
      const bedrag = parseBedragNl(invoer);
      if (bedrag === null) return melding(f.ongeldig);
      if (bedrag > MAX_INKOMEN) return melding(f.teHoog(formatBedrag(MAX_INKOMEN)));
      return bedrag;
    }),
  });
});

/** The Dutch schema. */
export const inkomenSchema = inkomenSchemaIn(STANDAARDTAAL);

/** The year whose income the CAK counts: 2 calendar years before (peiljaar t-2, bronnen/wlz_eigen_bijdrage_laag_blz_2024-2026.csv). */
export function peiljaar(peildatum: IsoDatum): number {
  return Number(peildatum.slice(0, 4)) - 2;
}

/** Whether the parameters of the lage eigen bijdrage for the year of `peildatum` are in our data. */
export function kanSchatten(peildatum: IsoDatum): boolean {
  return parametersOp(peildatum, jaarparameters().tabel).eigenBijdrage !== null;
}

export type SchattingStaat =
  | { soort: "start" }
  | { soort: "fout"; invoer: string; fout: string }
  | { soort: "schatting"; invoer: string; perMaand: Centen; redenen: Reden[] };

/**
 * The estimate form's state for its query, read with lib/wizard/zoek-hulp.ts. Only asked when
 * `kanSchatten` (else it is `start`).
 */
export function schattingVoor(params: Zoekparameters, peildatum: IsoDatum, taal: Taal = STANDAARDTAAL): SchattingStaat {
  if (!kanSchatten(peildatum)) return { soort: "start" };
  const gelezen = leesZoekformulier(params, inkomenSchemaIn(taal));
  if (gelezen.soort === "start") return { soort: "start" };
  const invoer = gelezen.waarden.inkomen ?? "";
  if (gelezen.soort === "fout") return { soort: "fout", invoer, fout: gelezen.fouten[0]?.tekst ?? woorden(taal).schatting.fouten.ongeldig };
  const schatting = schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: gelezen.data.inkomen, peildatum }, jaarparameters().tabel);
  if (schatting === null) return { soort: "start" };
  return { soort: "schatting", invoer, ...schatting };
}
