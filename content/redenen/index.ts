/** The words of the rules' reasons (docs/decisions/028-redenen-als-gegevens.md). */
import type { Reden } from "../../rules/types";

export type Publiek = "u";

export function redenTekst(reden: Reden, _publiek: Publiek): string {
  return reden.tekst;
}
