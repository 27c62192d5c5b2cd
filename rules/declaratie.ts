/**
 * Declaraties and the verantwoordingsvrij bedrag (Stap 6; DE-01..DE-07); the calendar arithmetic
 * is ./datum.ts. Dates are `jjjj-mm-dd` values passed in; no clock is read.
 */
import { deelOmlaag, zekerGeheel } from "./geld";
import { dagNummer, plusDagen } from "./datum";
import { parametersOp, type ParameterTabel } from "./parameters";
import { reden, type RedenCode } from "./redenen";
import type { Antwoord, Centen, IsoDatum, Reden, Uitkomst } from "./types";

// ---------------------------------------------------------------------------------------------
// DE-03: the four weeks to forward a declaratie to the SVB.

/**
 * DE-03: the last day to forward a declaratie received on `ontvangen`.
 * "Binnen vier weken nadat u de declaratie hebt ontvangen": the term starts the day after
 * receipt, so the last day is the same weekday four weeks later (day 28 after receipt).
 * The number of weeks is the brochure parameter on `peildatum` (default: the day of receipt).
 */
export function declaratieUiterlijk(ontvangen: IsoDatum, peildatum: IsoDatum = ontvangen, tabel?: ParameterTabel): IsoDatum {
  const weken = parametersOp(peildatum, tabel).brochure.declaratieTermijnWeken;
  return plusDagen(ontvangen, weken * 7);
}

/** DE-03 with its reasons: the last day, the days left on `peildatum` (negative when late). */
export function declaratieTermijn(
  ontvangen: IsoDatum,
  peildatum: IsoDatum,
  tabel?: ParameterTabel,
): { uiterlijk: IsoDatum; dagenOver: number; teLaat: boolean; redenen: Reden[] } {
  const uiterlijk = declaratieUiterlijk(ontvangen, peildatum, tabel);
  const dagenOver = dagNummer(uiterlijk) - dagNummer(peildatum);
  const weken = parametersOp(peildatum, tabel).brochure.declaratieTermijnWeken;
  const redenen = [reden("DE-03", "de.termijn", { weken, ontvangen, uiterlijk })];
  if (dagenOver < 0) redenen.push(reden("DE-03", "de.te-laat", { uiterlijk }));
  return { uiterlijk, dagenOver, teLaat: dagenOver < 0, redenen };
}

// ---------------------------------------------------------------------------------------------
// DE-05: the verantwoordingsvrij bedrag.

/**
 * DE-05: 1,5% of the pgb, at least € 250,- and at most € 1.250,- per year.
 * - 1,5% is rounded down to the cent: "1,5% opvragen" is a ceiling, so we never offer more.
 * - No care spending at all (`uitgavenAanZorg` = 0): 0 ("geen recht … als u geen uitgaven aan
 *   zorg vanuit uw pgb heeft gedaan").
 * - It never exceeds the pgb itself, and when `uitgavenAanZorg` is known, never what is left of
 *   the pgb after them ("indien het budget daartoe toereikend blijkt"); so it can fall below the
 *   € 250,- minimum, to 0. The reasons then say it is under the minimum and why
 *   (docs/decisions/027-vvb-ondergrens.md).
 */
export function verantwoordingsvrijBedrag(
  pgbJaarbedrag: Centen,
  opties: { uitgavenAanZorg?: Centen; peildatum: IsoDatum; tabel?: ParameterTabel },
): { bedrag: Centen; redenen: Reden[] } {
  zekerGeheel(pgbJaarbedrag, "pgbJaarbedrag");
  if (pgbJaarbedrag < 0) throw new RangeError("pgbJaarbedrag kan niet negatief zijn");
  const uitgaven = opties.uitgavenAanZorg;
  if (uitgaven !== undefined && (zekerGeheel(uitgaven, "uitgavenAanZorg") < 0)) throw new RangeError("uitgavenAanZorg kan niet negatief zijn");
  const { basispunten, minimum, maximum } = parametersOp(opties.peildatum, opties.tabel).brochure.verantwoordingsvrijBedrag;
  if (uitgaven === 0) return { bedrag: 0, redenen: [reden("DE-05", "de.vvb-geen-zorg")] };

  const procent = deelOmlaag(pgbJaarbedrag * basispunten, 10000);
  const redenen = [reden("DE-05", "de.vvb-berekening", { pgb: pgbJaarbedrag, basispunten, bedrag: procent })];
  let bedrag = procent;
  if (bedrag < minimum) {
    bedrag = minimum;
    redenen.push(reden("DE-05", "de.vvb-minimum", { minimum }));
  } else if (bedrag > maximum) {
    bedrag = maximum;
    redenen.push(reden("DE-05", "de.vvb-maximum", { maximum }));
  }
  // 1,5% never exceeds the pgb, so only the minimum can: the pgb is then under the minimum.
  if (bedrag > pgbJaarbedrag) {
    bedrag = pgbJaarbedrag;
    redenen.push(reden("DE-05", "de.vvb-pgb-onder-minimum", { pgb: pgbJaarbedrag, minimum }));
  }
  let nietsOver = false;
  if (uitgaven !== undefined) {
    const over = Math.max(0, pgbJaarbedrag - uitgaven);
    if (bedrag > over) {
      bedrag = over;
      nietsOver = over === 0;
      redenen.push(
        nietsOver
          ? reden("DE-05", "de.vvb-niets-over")
          : over < minimum
            ? reden("DE-05", "de.vvb-over-onder-minimum", { over, minimum })
            : reden("DE-05", "de.vvb-niet-meer-dan-over", { over }),
      );
    }
  } else {
    redenen.push(reden("DE-05", "de.vvb-voorwaarde", { minimum }));
  }
  if (bedrag > 0) redenen.push(reden("DE-05", "de.vvb-uitkomst", { bedrag }), reden("DE-05", "de.vvb-opvragen"));
  else if (!nietsOver) redenen.push(reden("DE-05", "de.vvb-geen"));
  return { bedrag, redenen };
}

// ---------------------------------------------------------------------------------------------
// DE-01, DE-02, DE-04, DE-06, DE-07: facts, as reasons.

export type DeclaratieRoute = "pgb-portaal" | "svb";

/** DE-01: when declaring can start, per route (unknown route: both, and ask the zorgkantoor). */
export function wanneerDeclareren(route?: DeclaratieRoute): Reden[] {
  if (route === "pgb-portaal") return [reden("DE-01", "de.start-portaal")];
  if (route === "svb") return [reden("DE-01", "de.start-svb")];
  return [reden("DE-01", "de.start-portaal"), reden("DE-01", "de.start-svb"), reden("DE-01", "de.welke-route")];
}

/**
 * DE-01 as an outcome: `ja` once the zorgkantoor approved (and, on the SVB route, the SVB
 * processed the zorgovereenkomst); `nee` when one of them is known not to have happened;
 * `navragen` when it is not known. Unknown route: the SVB step is asked as well.
 */
export function magDeclareren(stand: {
  route?: DeclaratieRoute;
  goedgekeurdDoorZorgkantoor?: boolean;
  verwerktDoorSvb?: boolean;
}): Uitkomst {
  const redenen = wanneerDeclareren(stand.route);
  const stappen: { klaar: boolean | undefined; nee: RedenCode; onbekend: RedenCode }[] = [
    { klaar: stand.goedgekeurdDoorZorgkantoor, nee: "de.nog-niet-goedgekeurd", onbekend: "de.goedkeuring-onbekend" },
  ];
  if (stand.route !== "pgb-portaal") stappen.push({ klaar: stand.verwerktDoorSvb, nee: "de.nog-niet-verwerkt", onbekend: "de.verwerking-onbekend" });
  let uitkomst: Antwoord = "ja";
  for (const stap of stappen) {
    if (stap.klaar === false) {
      uitkomst = "nee";
      redenen.push(reden("DE-01", stap.nee));
    } else if (stap.klaar === undefined) {
      if (uitkomst === "ja") uitkomst = "navragen";
      redenen.push(reden("DE-01", stap.onbekend));
    }
  }
  return { uitkomst, redenen };
}

/** DE-02 */
export function declarerenViaPortaal(): Reden[] {
  return [reden("DE-02", "de.portaal")];
}

/** DE-03 (the route itself; the term is `declaratieTermijn`). */
export function declarerenViaSvb(): Reden[] {
  return [reden("DE-03", "de.svb")];
}

/** DE-04: with a vast maandloon no declaraties are needed; the SVB pays monthly. */
export function declaratiesNodig(vastMaandloon: boolean): { nodig: boolean; redenen: Reden[] } {
  return vastMaandloon
    ? { nodig: false, redenen: [reden("DE-04", "de.vast-maandloon")] }
    : { nodig: true, redenen: [reden("DE-04", "de.geen-vast-maandloon")] };
}

/** DE-06 */
export function subsidievaststelling(): Reden[] {
  return [reden("DE-06", "de.budgetoverzicht"), reden("DE-06", "de.vaststelling")];
}

/** DE-07: `alleenSalarisadministratie` when only the payroll part applies (ZO-06 says it is withheld). */
export function takenSvb(opties: { alleenSalarisadministratie?: boolean } = {}): Reden[] {
  const salaris = reden("DE-07", "de.salarisadministratie");
  if (opties.alleenSalarisadministratie === true) return [salaris];
  return [salaris, reden("DE-07", "de.ziekte"), reden("DE-07", "de.verzekering")];
}
