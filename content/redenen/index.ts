/**
 * The words of the rules' reasons (docs/decisions/028-redenen-als-gegevens.md). A rule returns a
 * reason as data (rules/redenen.ts); `redenTekst` turns it into a sentence for whoever reads it:
 * - `{ wie: "aanvrager" }`: the applicant, addressed as "u" (the texts of content/redenen/*.ts);
 * - `{ wie: "namens", naam }`: someone who fills in for a named applicant ("Riet wordt werkgever");
 * - `{ wie: "gewaarborgde-hulp", naam? }`: the gewaarborgde hulp, about the budgethouder;
 * - `{ wie: "zorgkantoor" }`: zorgkantoor staff, neutral ("de aanvrager").
 * B1 Dutch. The table below `satisfies Record<RedenCode, …>`, so a code without words fails the
 * typecheck. In English (`taal` "en", content/redenen/en/) every code has words for the applicant
 * and, in content/redenen/en/ander/, for every other reader: English third person needs its own
 * verb forms, so there is no word-by-word fallback (docs/decisions/032-talen.md, addendum
 * "reasons in English for every reader").
 */
import type { Reden, RedenCode } from "../../rules/redenen";
import { STANDAARDTAAL, type Taal } from "../taal";
import { derdePersoon, type Persoon } from "./derde-persoon";
import { persoonEn, REDEN_WOORDEN_EN, REDEN_WOORDEN_EN_ANDER, type AnderEn } from "./en";
import { REDEN_WOORDEN, type Woorden } from "./woorden";

export type Publiek =
  | { wie: "aanvrager" }
  | { wie: "namens"; naam: string }
  | { wie: "gewaarborgde-hulp"; naam?: string }
  | { wie: "zorgkantoor" };

export const AANVRAGER: Publiek = { wie: "aanvrager" };

/**
 * The reader of a draft's pages: the applicant, or someone who fills in for them
 * (lib/wizard/journey.ts `aanspreking`; without a name the applicant is "de aanvrager").
 */
export function publiekVoorAanspreking(aanspreking: { zelf: boolean; naam: string }): Publiek {
  return aanspreking.zelf ? AANVRAGER : { wie: "namens", naam: aanspreking.naam };
}
export const ZORGKANTOOR: Publiek = { wie: "zorgkantoor" };

/** The applicant as a third person, for every reader but the applicant; `null` for the applicant. */
export function persoonVoor(publiek: Publiek): Persoon | null {
  switch (publiek.wie) {
    case "aanvrager":
      return null;
    case "namens":
      return publiek.naam === "de aanvrager" ? { naam: publiek.naam, neutraal: true } : { naam: publiek.naam };
    case "gewaarborgde-hulp":
      return publiek.naam ? { naam: publiek.naam } : { naam: "de budgethouder", neutraal: true };
    case "zorgkantoor":
      return { naam: "de aanvrager", neutraal: true };
  }
}

export function redenTekst(reden: Reden, publiek: Publiek = AANVRAGER, taal: Taal = STANDAARDTAAL): string {
  if (taal === "en") {
    const persoonEngels = persoonEn(publiek);
    if (persoonEngels === null) return REDEN_WOORDEN_EN[reden.code](reden.gegevens);
    const anderEn: AnderEn = REDEN_WOORDEN_EN_ANDER[reden.code];
    return anderEn(reden.gegevens, persoonEngels, publiek);
  }
  const woorden: Woorden = REDEN_WOORDEN[reden.code];
  const persoon = persoonVoor(publiek);
  if (persoon === null) return woorden.u(reden.gegevens);
  if (woorden.ander) return woorden.ander(reden.gegevens, persoon, publiek);
  return uVormAlsDerdePersoon(woorden.u(reden.gegevens), persoon);
}

/** The fallback: the applicant's sentence, rewritten word by word to speak about `persoon`. */
export function uVormAlsDerdePersoon(tekst: string, persoon: Persoon): string {
  return derdePersoon(tekst, persoon);
}

/**
 * A sentence of content/ written for the applicant ("u"), for whoever reads: unchanged for the
 * applicant, otherwise about them by the same word-by-word fallback as a reason without words of
 * its own (the budgetplan's warnings, docs/decisions/028 addendum 2026-12-04).
 */
export function tekstVoor(tekst: string, publiek: Publiek = AANVRAGER): string {
  const persoon = persoonVoor(publiek);
  return persoon === null ? tekst : uVormAlsDerdePersoon(tekst, persoon);
}

export type { Persoon } from "./derde-persoon";
export type { RedenCode };

/** A reason with its words, as the API gives it: `tekst` for the applicant (Dutch unless asked), and all facts. */
export interface RedenMetTekst extends Reden {
  tekst: string;
}

/** Field order as the API has always given it: regel, tekst, bron; then code and gegevens. */
export function metTekst(reden: Reden, publiek: Publiek = AANVRAGER, taal: Taal = STANDAARDTAAL): RedenMetTekst {
  return { regel: reden.regel, tekst: redenTekst(reden, publiek, taal), bron: reden.bron, code: reden.code, gegevens: reden.gegevens };
}

function isReden(w: object): w is Reden {
  const o = w as Record<string, unknown>;
  return typeof o.regel === "string" && typeof o.bron === "string" && typeof o.code === "string" && typeof o.gegevens === "object";
}

/** Every reason anywhere in `waarde` (an answer of the rules) with its words; the rest unchanged. */
export function metTeksten(waarde: unknown, publiek: Publiek = AANVRAGER, taal: Taal = STANDAARDTAAL): unknown {
  if (Array.isArray(waarde)) return waarde.map((w) => metTeksten(w, publiek, taal));
  if (typeof waarde !== "object" || waarde === null) return waarde;
  if (isReden(waarde)) return metTekst(waarde, publiek, taal);
  return Object.fromEntries(Object.entries(waarde).map(([k, w]) => [k, metTeksten(w, publiek, taal)]));
}
