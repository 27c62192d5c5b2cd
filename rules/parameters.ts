/**
 * Chooses the yearly parameters in force on a date. The caller passes the date: rules read no
 * clock. Every lookup says where its value came from, or that it is unknown.
 *
 * The table is the built-in dated data unless the caller passes another: the server merges a
 * yearly file over it (lib/parameters, `PARAMETERS_BESTAND`, docs/decisions/025-opslag.md) and
 * passes the result in. rules/ reads no file itself.
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

/** Every dated list of parameters: the built-in data, or that with a yearly file merged over it. */
export interface ParameterTabel {
  maximumtarieven: readonly Maximumtarieven[];
  toeslagen: readonly Toeslagen[];
  eigenBijdrage: readonly EigenBijdrageParameters[];
  brochure: readonly BrochureParameters[];
}

export const INGEBOUWDE_PARAMETERS: ParameterTabel = {
  maximumtarieven: MAXIMUMTARIEVEN,
  toeslagen: TOESLAGEN,
  eigenBijdrage: EIGEN_BIJDRAGE,
  brochure: BROCHURE,
};

export function parametersOp(peildatum: IsoDatum, tabel: ParameterTabel = INGEBOUWDE_PARAMETERS): ParametersOpDatum {
  const eerste = tabel.brochure.reduce<BrochureParameters | undefined>((vroegste, b) => (vroegste === undefined || b.geldigVanaf < vroegste.geldigVanaf ? b : vroegste), undefined);
  if (!eerste) throw new Error("BROCHURE parameters are empty");
  return {
    peildatum,
    maximumtarieven: geldigOp(tabel.maximumtarieven, peildatum),
    toeslagen: geldigOp(tabel.toeslagen, peildatum),
    eigenBijdrage: geldigOp(tabel.eigenBijdrage, peildatum),
    brochure: geldigOp(tabel.brochure, peildatum) ?? eerste,
  };
}

/**
 * `extra` over `basis`, per list: an entry of `extra` replaces the entry of `basis` with the same
 * `geldigVanaf`, the others are added; each list in date order. A list `extra` does not name stays
 * `basis`'s own. Nothing is changed in place.
 */
export function voegParametersSamen(basis: ParameterTabel, extra: Partial<ParameterTabel>): ParameterTabel {
  const lijst = <T extends { geldigVanaf: IsoDatum }>(oud: readonly T[], nieuw: readonly T[] | undefined): readonly T[] => {
    if (nieuw === undefined) return oud;
    const vanaf = new Set(nieuw.map((item) => item.geldigVanaf));
    return [...oud.filter((item) => !vanaf.has(item.geldigVanaf)), ...nieuw].sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? -1 : a.geldigVanaf > b.geldigVanaf ? 1 : 0));
  };
  return {
    maximumtarieven: lijst(basis.maximumtarieven, extra.maximumtarieven),
    toeslagen: lijst(basis.toeslagen, extra.toeslagen),
    eigenBijdrage: lijst(basis.eigenBijdrage, extra.eigenBijdrage),
    brochure: lijst(basis.brochure, extra.brochure),
  };
}
