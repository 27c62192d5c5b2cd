/**
 * The yearly parameters this server uses: the built-in dated data of rules/data/parameters.ts,
 * with the file of `PARAMETERS_BESTAND` merged over it when that is set (an entry of the file
 * replaces the built-in one of the same `geldigVanaf`, or adds a date). Read once per process:
 * instrumentation.ts reads it at start, so a bad file stops the server before its first request;
 * a changed file needs a restart, not a rebuild (docs/decisions/025-opslag.md).
 */
import path from "node:path";
import { env } from "@/lib/env";
import { INGEBOUWDE_PARAMETERS, voegParametersSamen, type ParameterTabel } from "@/rules/parameters";
import { leesParameterBestand } from "./bestand";

export interface Jaarparameters {
  /** What the rules get (`beoordeel(…, tabel)`, `parametersOp(peildatum, tabel)`). */
  tabel: ParameterTabel;
  /** The file's name (not its folder) when an entry came from it, else null: for the staff page. */
  herkomst(entry: object | null | undefined): string | null;
}

/** Pure apart from reading `pad`: for tests, and for {@link jaarparameters}. */
export function laadJaarparameters(pad: string | undefined): Jaarparameters {
  if (pad === undefined) return { tabel: INGEBOUWDE_PARAMETERS, herkomst: () => null };
  const bestand = leesParameterBestand(pad);
  const uitBestand = new WeakSet<object>(Object.values(bestand).flat());
  const naam = path.basename(pad);
  return {
    tabel: voegParametersSamen(INGEBOUWDE_PARAMETERS, bestand),
    herkomst: (entry) => (entry != null && uitBestand.has(entry) ? naam : null),
  };
}

let geladen: Jaarparameters | undefined;

/** This process's parameters; throws ParameterBestandFout (at start, see above) for a bad file. */
export function jaarparameters(): Jaarparameters {
  geladen ??= laadJaarparameters(env().PARAMETERS_BESTAND);
  return geladen;
}
