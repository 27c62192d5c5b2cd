/**
 * What every family file of the words table shares (docs/decisions/028): the shape of a code's
 * words, the type that makes a family file list every code of its family, and the applicant's
 * name at a sentence start.
 */
import type { Gegevens, RedenCode } from "../../../rules/redenen";
import type { Persoon } from "../derde-persoon";
import type { Publiek } from "../index";

export interface Woorden {
  u: (g: Gegevens) => string;
  ander?: (g: Gegevens, persoon: Persoon, publiek: Publiek) => string;
}

/**
 * The words of one family, keyed by its codes (`av.` …): `satisfies Familie<"av">` fails the
 * typecheck on a code of the family without words, and on a code of another family.
 */
export type Familie<P extends string> = { readonly [K in Extract<RedenCode, `${P}.${string}`>]: Woorden };

/** The applicant by name, or the neutral term with a capital at a sentence start. */
export function Naam(p: Persoon): string {
  return p.neutraal ? p.naam.charAt(0).toUpperCase() + p.naam.slice(1) : p.naam;
}
