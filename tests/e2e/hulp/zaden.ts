/**
 * The drafts that the quick helpers leave behind (`snelNaStap1`, `doeStap2`, `snelNaarBudgetplan`,
 * `vulBudgetplanIn` and `controleerEnRondAf`), as seeds for tests whose subject starts after them
 * (hulp/zaaien.ts; docs/decisions/021-browsertests-snel-en-eerlijk.md). Each seed is built from
 * the one before, and tests that still click the way check that they leave exactly these drafts
 * behind (`verwachtDraft`), so a seed cannot drift from what the pages store:
 * - `NA_STAP_1`, `NA_STAP_2` and `bijBudgetplan()`: budgetplan.spec.ts, "acht zorgverleners";
 *   schermafbeeldingen.spec.ts, part 1, checks `NA_STAP_2` too;
 * - a gewaarborgde hulp as stored, the budgetplan as stored, signed by the gewaarborgde hulp, and
 *   stap 3 klaar: reizen.spec.ts, reis a part 2; signed by the budgethouder: reis d part 2.
 * `RIET` is stap 2 filled in for another reader, with stap 3's questions answered as reis d answers
 * them for Henk (whose journey checks them): the seed of the tests of filling in for someone else.
 */
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { PGB_VAARDIGHEDEN } from "@/rules/aanvraag";
import { STANDAARD_BUDGETPLAN_OPGESLAGEN } from "./budgetplan";
import { GEEN_WEIGERINGSGROND } from "./stappen";

/** `snelNaStap1(b, "5VV")`: for oneself, an indicatiebesluit for 5VV, stap 1 confirmed. */
export const NA_STAP_1 = { voorWie: "zelf", heeftIndicatie: "ja", zorgprofiel: "5VV", bevestigd: ["indicatie"] } satisfies Antwoorden;

/** Then `doeStap2(b, "thuis", "zelf")`: at home, a pgb; the outcome seen, stap 2 confirmed. */
export const NA_STAP_2 = { ...NA_STAP_1, woonwens: "thuis", regie: "zelf", gezien: ["uitkomst"], bevestigd: ["indicatie", "keuze"] } satisfies Antwoorden;

/** A family member fills in for mother Riet: steps 1 and 2 done, and the questions of step 3 that weigh in (none ticked, no gewaarborgde hulp). */
export const RIET = {
  ...NA_STAP_2,
  voorWie: "familie",
  naamAanvrager: "Riet",
  vaardigheden: [],
  heeftGewaarborgdeHulp: "nee",
  ...GEEN_WEIGERINGSGROND,
} satisfies Antwoorden;

/** The gewaarborgde hulp as `geefGewaarborgdeHulp` enters it (no telephone number). */
export type SeedHulp = { naam: string; relatie: string };

/**
 * `snelNaarBudgetplan(b, hulp)`: all ten vaardigheden ticked, a gewaarborgde hulp or none, and
 * "no" to the weigeringsgronden; the next page is the budgetplan's first.
 */
export function bijBudgetplan(hulp?: SeedHulp): Antwoorden {
  return {
    ...NA_STAP_2,
    vaardigheden: [...PGB_VAARDIGHEDEN],
    ...(hulp === undefined
      ? { heeftGewaarborgdeHulp: "nee" }
      : { heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { naam: hulp.naam, relatie: hulp.relatie, isWettelijkVertegenwoordiger: "nee" } }),
    ...GEEN_WEIGERINGSGROND,
  };
}

/**
 * Then `vulBudgetplanIn(b, standaardBudgetplan(...))` and `leesGesprek`: the standard budgetplan,
 * signed by the gewaarborgde hulp when there is one, else by the budgethouder `naam`; the
 * conversation page seen, stap 3 not yet confirmed. `plan` replaces parts of the budgetplan as
 * stored (other zorgverleners, an expected budget).
 */
export function naGesprek(opties: { hulp?: SeedHulp; naam?: string; plan?: Partial<Antwoorden> }): Antwoorden {
  const { hulp, naam = "Maria de Vries", plan = {} } = opties;
  return {
    ...bijBudgetplan(hulp),
    ...STANDAARD_BUDGETPLAN_OPGESLAGEN,
    budgetplanZorgprofiel: "5VV",
    ondertekening: [hulp === undefined ? { naam, relatie: "budgethouder" } : { naam: hulp.naam, relatie: hulp.relatie }],
    gezien: ["uitkomst", "zorgverleners", "gesprek"],
    ...plan,
  };
}

/** Then `controleerEnRondAf(b, "aanvraag")`: stap 3 klaar, steps 4 to 6 open. */
export function naStap3(opties: Parameters<typeof naGesprek>[0]): Antwoorden {
  return { ...naGesprek(opties), bevestigd: ["indicatie", "keuze", "aanvraag"] };
}
