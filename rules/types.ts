/**
 * The shapes every rule returns. A rule never answers without its reasons: a person (or a
 * zorgkantoor employee) must be able to see which rule of docs/regels.md decided, and where in the
 * brochure to read it.
 */
import type { Reden } from "./redenen";

export type { Reden } from "./redenen";

/** Three-valued where the brochure leaves the last word to the zorgkantoor (docs/regels.md, Outcomes). */
export type Antwoord = "ja" | "nee" | "navragen";

export interface Uitkomst {
  uitkomst: Antwoord;
  redenen: Reden[];
}

/** A calendar date as `jjjj-mm-dd`. Rules take dates as values and never read a clock. */
export type IsoDatum = string;

/** Money in whole euro cents. Always an integer; never a binary fraction of a euro. */
export type Centen = number;
