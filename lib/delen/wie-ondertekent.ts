/**
 * Who signs what, in one answer for the ondertekening page, the delen page and the page after
 * stap 3, so they can no longer say different things (docs/decisions/031-burgerpaginas.md):
 * - on paper, the budgetplan, by the people AV-08 names (the blocks of
 *   lib/wizard/vragen/ondertekening.ts, with the names typed there);
 * - on this site, a digital statement by whoever fills in the aanvraag and, through a share link,
 *   the gewaarborgde hulp (lib/delen/handtekeningen.ts), with its status.
 * Seen by whoever fills in (`invuller`, "u") or by the gewaarborgde hulp through their share link
 * (`gewaarborgde-hulp`: then they are "u", their name is never given, and whoever fills in is
 * named by role; docs/decisions/022-links-openen.md).
 */
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { deAanvrager } from "@/content/wizard/algemeen";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { aanspreking } from "@/lib/wizard/journey";
import { ondertekenBlokken, ondertekeningCompleet, type OndertekenRol } from "@/lib/wizard/vragen/ondertekening";
import type { Reden } from "@/rules/types";
import { eigenRol, ghViaLink, type HandtekeningRol } from "./formulieren";
import { handtekeningOverzicht, type HandtekeningRegel } from "./handtekeningen";
import { zonderGhNaam } from "./verbergen";

/** Who reads the panel: whoever fills in the aanvraag, or the gewaarborgde hulp through their link. */
export type Kijker = "invuller" | "gewaarborgde-hulp";

/** Who a line is about: the person at the screen, someone by name, or only a role (no name known yet). */
export type Wie = { soort: "u" } | { soort: "naam"; naam: string } | { soort: "rol" };

export interface PapierOndertekenaar {
  rol: OndertekenRol;
  wie: Wie;
}

export interface DigitaleOndertekenaar {
  rol: HandtekeningRol;
  wie: Wie;
  /** `null`: not signed digitally yet. */
  handtekening: HandtekeningRegel | null;
}

export interface WieOndertekent {
  papier: PapierOndertekenaar[];
  /** AV-08, as the ondertekening page gives it. */
  redenen: Reden[];
  digitaal: DigitaleOndertekenaar[];
}

/** The block of the person at the screen, by who fills in the aanvraag (voorWie). */
function isEigenBlok(rol: OndertekenRol, a: Antwoorden): boolean {
  switch (rol) {
    case "budgethouder":
      return a.voorWie === undefined || a.voorWie === "zelf";
    case "wettelijk-vertegenwoordiger":
      return a.voorWie === "wettelijk-vertegenwoordiger";
    case "gewaarborgde-hulp":
    case "beide":
      return a.voorWie === "gewaarborgde-hulp";
  }
}

const metNaam = (naam: string | undefined): Wie => (naam === undefined || naam.trim() === "" ? { soort: "rol" } : { soort: "naam", naam: naam.trim() });

/** The gewaarborgde hulp's own block in deel 7: alone, or together with the wettelijk vertegenwoordiger. */
const isGhBlok = (rol: OndertekenRol): boolean => rol === "gewaarborgde-hulp" || rol === "beide";

export function wieOndertekent(a: Antwoorden, kijker: Kijker = "invuller", taal: Taal = STANDAARDTAAL): WieOndertekent {
  const gh = kijker === "gewaarborgde-hulp";
  // Names from what the gewaarborgde hulp's link may show; the blocks and statuses from the real answers.
  const getoond = gh ? zonderGhNaam(a) : a;
  const { blokken, redenen } = ondertekenBlokken(a);
  const getypt = ondertekeningCompleet(a) ? getoond.ondertekening : undefined;
  const { naam: aanvrager } = aanspreking(getoond);
  const papier = blokken.map((blok, i): PapierOndertekenaar => {
    if (gh ? isGhBlok(blok.rol) : isEigenBlok(blok.rol, a)) return { rol: blok.rol, wie: { soort: "u" } };
    // The budgethouder is the applicant: named as whoever fills in named them (publiekVoorAanspreking).
    const naam = getypt?.[i]?.naam ?? (blok.rol === "budgethouder" && aanvrager !== deAanvrager ? aanvrager : blok.naam);
    return { rol: blok.rol, wie: metNaam(naam) };
  });

  const handtekeningen = handtekeningOverzicht(a, taal);
  const status = (rol: HandtekeningRol) => handtekeningen.find((h) => h.rol === rol) ?? null;
  const eigen = eigenRol(a);
  const digitaal: DigitaleOndertekenaar[] = [{ rol: eigen, wie: gh ? { soort: "rol" } : { soort: "u" }, handtekening: status(eigen) }];
  if (ghViaLink(a)) {
    digitaal.push({ rol: "gewaarborgde-hulp", wie: gh ? { soort: "u" } : metNaam(a.gewaarborgdeHulp?.naam), handtekening: status("gewaarborgde-hulp") });
  }
  return { papier, redenen, digitaal };
}
