/**
 * Chooses the yearly parameters in force on a date. The caller passes the date: rules read no
 * clock. Every lookup says where its value came from, or that it is unknown.
 */
import {
  BROCHURE,
  EIGEN_BIJDRAGE,
  MAXIMUMTARIEVEN,
  TOESLAGEN,
  type BrochureParameters,
  type EigenBijdrageParameters,
  type Maximumtarieven,
  type Toeslagen,
} from "./data/parameters";
import type { IsoDatum } from "./types";

export type { BrochureParameters, EigenBijdrageParameters, Maximumtarieven, Toeslagen };

/** The entry whose `geldigVanaf` is the latest on or before `peildatum`, or `null` before the first. */
export function geldigOp<T extends { geldigVanaf: IsoDatum }>(reeks: readonly T[], peildatum: IsoDatum): T | null {
  let gevonden: T | null = null;
  for (const item of reeks) {
    // ISO dates compare correctly as strings.
    if (item.geldigVanaf <= peildatum && (gevonden === null || item.geldigVanaf > gevonden.geldigVanaf)) {
      gevonden = item;
    }
  }
  return gevonden;
}

export interface ParametersOpDatum {
  peildatum: IsoDatum;
  maximumtarieven: Maximumtarieven | null;
  toeslagen: Toeslagen | null;
  eigenBijdrage: EigenBijdrageParameters | null;
  /**
   * The brochure's figures. The brochure is the only source the project has for them, so its
   * set is also used for dates before its reference date (docs/decisions/003).
   */
  brochure: BrochureParameters;
}

export function parametersOp(peildatum: IsoDatum): ParametersOpDatum {
  const eerste = BROCHURE[0];
  if (!eerste) throw new Error("BROCHURE parameters are empty");
  return {
    peildatum,
    maximumtarieven: geldigOp(MAXIMUMTARIEVEN, peildatum),
    toeslagen: geldigOp(TOESLAGEN, peildatum),
    eigenBijdrage: geldigOp(EIGEN_BIJDRAGE, peildatum),
    brochure: geldigOp(BROCHURE, peildatum) ?? eerste,
  };
}
