/**
 * The catalogue of rule IDs of `docs/regels.md`, each with the brochure section (`bron`) a
 * person can look up (rules/regels.test.ts holds the two equal). IDs are stable: code, tests and reasons shown to users name them.
 */
import type { Reden } from "./types";

export const REGELS = {
  "IND-01": "Stap 1",
  "IND-02": "Stap 1",
  "IND-03": "Stap 1, Bijlage 4",
  "IND-04": "Stap 1",
  "IND-05": "Stap 1, Bijlage 4",
  "LV-01": "Stap 2; Vind uw zorgkantoor",
  "LV-02": "Stap 2, 3. Persoonsgebonden budget",
  "LV-03": "Stap 2, 5. Deeltijdverblijf",
  "LV-04": "Stap 2, 5. Deeltijdverblijf",
  "LV-05": "Stap 2, 5. Deeltijdverblijf",
  "LV-06": "Stap 2, 1. Verblijf",
  "LV-07": "Stap 2, vpt",
  "LV-08": "Stap 2, mpt",
  "LV-09": "Stap 2, 2. Zorg thuis",
  "LV-10": "Stap 2, 3; Stap 5, Bestedingsvrijheid",
  "LV-11": "Stap 2, 4. Combinatie",
  "LV-12": "Vind uw zorgkantoor; Stap 4, Hoogte van het pgb",
  "LV-13": "Bijlage 4",
  "AV-01": "Stap 3",
  "AV-02": "Stap 3, Gewaarborgde hulp",
  "AV-03": "Stap 3, Gewaarborgde hulp",
  "AV-04": "Stap 3, Gewaarborgde hulp",
  "AV-05": "Stap 3, Bewuste-keuzegesprek",
  "AV-06": "Stap 3, Pgb en schulden",
  "AV-07": "Stap 4, Pgb in het buitenland",
  "AV-08": "Bijlage 3, 7. Ondertekening",
  "BP-01": "Bijlage 3",
  "BP-02": "Bijlage 3, 6",
  "BP-03": "Bijlage 3, 6 (Voorbeeld)",
  "BP-04": "Bijlage 3, 5",
  "BP-05": "Openbare definitie van het BSN (elfproef)",
  "BP-06": "Bijlage 3, 5–6",
  "TK-01": "Stap 4",
  "TK-02": "Stap 4, Hoogte van het pgb",
  "TK-03": "Stap 4, Eigen bijdrage",
  "TK-04": "Stap 4, Beëindiging",
  "TK-05": "Stap 4, Beëindiging",
  "TK-06": "Stap 4, Pgb in het buitenland",
  "TK-07": "Stap 4, Pgb in het buitenland",
  "ZO-01": "Stap 5",
  "ZO-02": "Stap 5, Werkgever of opdrachtgever",
  "ZO-03": "Maximumtarieven",
  "ZO-04": "Maximumtarieven",
  "ZO-05": "Stap 5, Bestedingsvrijheid",
  "ZO-06": "Inhouden van loonbelasting",
  "ZO-07": "Stap 5, 5A, 5B",
  "ZO-08": "Stap 5",
  "DE-01": "Stap 6",
  "DE-02": "Stap 6, 6A",
  "DE-03": "Stap 6, 6B",
  "DE-04": "Stap 6, 6A, 6B",
  "DE-05": "Verantwoordingsvrij bedrag",
  "DE-06": "Subsidievaststelling",
  "DE-07": "Taken SVB",
  "ZK-01": "Vind uw zorgkantoor",
  "ZK-02": "Bijlage 2; Vind uw zorgkantoor",
} as const satisfies Record<string, string>;

export type RegelId = keyof typeof REGELS;

/** Builds a reason; the `bron` always comes from the catalogue, so it cannot drift per call site. */
export function reden(regel: RegelId, tekst: string): Reden {
  return { regel, tekst, bron: REGELS[regel] };
}
