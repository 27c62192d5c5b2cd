/**
 * Declaraties and the verantwoordingsvrij bedrag (Stap 6; DE-01..DE-07); the calendar arithmetic
 * is ./datum.ts. Dates are `jjjj-mm-dd` values passed in; no clock is read.
 */
import { declaratieTeksten as t } from "../content/redenen/declaratie";
import { deelOmlaag, formatBedrag, zekerGeheel } from "./geld";
import { dagNummer, formatDatumNl, plusDagen } from "./datum";
import { parametersOp, type ParameterTabel } from "./parameters";
import { vasteTekst } from "./redenen";
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
  const redenen = [vasteTekst("DE-03", t.termijn(weken, formatDatumNl(ontvangen), formatDatumNl(uiterlijk)))];
  if (dagenOver < 0) redenen.push(vasteTekst("DE-03", t.teLaat(formatDatumNl(uiterlijk))));
  return { uiterlijk, dagenOver, teLaat: dagenOver < 0, redenen };
}

// ---------------------------------------------------------------------------------------------
// DE-05: the verantwoordingsvrij bedrag.

/** 150 basispunten → "1,5%". */
export function formatBasispunten(bp: number): string {
  const heel = deelOmlaag(bp, 100);
  const rest = String(bp % 100).padStart(2, "0").replace(/0+$/, "");
  return rest === "" ? `${heel}%` : `${heel},${rest}%`;
}

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
  if (uitgaven === 0) return { bedrag: 0, redenen: [vasteTekst("DE-05", t.vvbGeenZorg)] };

  const procent = deelOmlaag(pgbJaarbedrag * basispunten, 10000);
  const redenen = [vasteTekst("DE-05", t.vvbBerekening(formatBedrag(pgbJaarbedrag), formatBasispunten(basispunten), formatBedrag(procent)))];
  let bedrag = procent;
  if (bedrag < minimum) {
    bedrag = minimum;
    redenen.push(vasteTekst("DE-05", t.vvbMinimum(formatBedrag(minimum))));
  } else if (bedrag > maximum) {
    bedrag = maximum;
    redenen.push(vasteTekst("DE-05", t.vvbMaximum(formatBedrag(maximum))));
  }
  // 1,5% never exceeds the pgb, so only the minimum can: the pgb is then under the minimum.
  if (bedrag > pgbJaarbedrag) {
    bedrag = pgbJaarbedrag;
    redenen.push(vasteTekst("DE-05", t.vvbPgbOnderMinimum(formatBedrag(pgbJaarbedrag), formatBedrag(minimum))));
  }
  let nietsOver = false;
  if (uitgaven !== undefined) {
    const over = Math.max(0, pgbJaarbedrag - uitgaven);
    if (bedrag > over) {
      bedrag = over;
      nietsOver = over === 0;
      const tekst = nietsOver
        ? t.vvbNietsOver
        : over < minimum
          ? t.vvbOverOnderMinimum(formatBedrag(over), formatBedrag(minimum))
          : t.vvbNietMeerDanOver(formatBedrag(over));
      redenen.push(vasteTekst("DE-05", tekst));
    }
  } else {
    redenen.push(vasteTekst("DE-05", t.vvbVoorwaarde(formatBedrag(minimum))));
  }
  if (bedrag > 0) redenen.push(vasteTekst("DE-05", t.vvbUitkomst(formatBedrag(bedrag))), vasteTekst("DE-05", t.vvbOpvragen));
  else if (!nietsOver) redenen.push(vasteTekst("DE-05", t.vvbGeen));
  return { bedrag, redenen };
}

// ---------------------------------------------------------------------------------------------
// DE-01, DE-02, DE-04, DE-06, DE-07: facts, as reasons.

export type DeclaratieRoute = "pgb-portaal" | "svb";

/** DE-01: when declaring can start, per route (unknown route: both, and ask the zorgkantoor). */
export function wanneerDeclareren(route?: DeclaratieRoute): Reden[] {
  if (route === "pgb-portaal") return [vasteTekst("DE-01", t.startPortaal)];
  if (route === "svb") return [vasteTekst("DE-01", t.startSvb)];
  return [vasteTekst("DE-01", t.startPortaal), vasteTekst("DE-01", t.startSvb), vasteTekst("DE-01", t.welkeRoute)];
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
  const stappen: { klaar: boolean | undefined; nee: string; onbekend: string }[] = [
    { klaar: stand.goedgekeurdDoorZorgkantoor, nee: t.nogNietGoedgekeurd, onbekend: t.goedkeuringOnbekend },
  ];
  if (stand.route !== "pgb-portaal") stappen.push({ klaar: stand.verwerktDoorSvb, nee: t.nogNietVerwerkt, onbekend: t.verwerkingOnbekend });
  let uitkomst: Antwoord = "ja";
  for (const stap of stappen) {
    if (stap.klaar === false) {
      uitkomst = "nee";
      redenen.push(vasteTekst("DE-01", stap.nee));
    } else if (stap.klaar === undefined) {
      if (uitkomst === "ja") uitkomst = "navragen";
      redenen.push(vasteTekst("DE-01", stap.onbekend));
    }
  }
  return { uitkomst, redenen };
}

/** DE-02 */
export function declarerenViaPortaal(): Reden[] {
  return [vasteTekst("DE-02", t.portaal)];
}

/** DE-03 (the route itself; the term is `declaratieTermijn`). */
export function declarerenViaSvb(): Reden[] {
  return [vasteTekst("DE-03", t.svb)];
}

/** DE-04: with a vast maandloon no declaraties are needed; the SVB pays monthly. */
export function declaratiesNodig(vastMaandloon: boolean): { nodig: boolean; redenen: Reden[] } {
  return vastMaandloon
    ? { nodig: false, redenen: [vasteTekst("DE-04", t.vastMaandloon)] }
    : { nodig: true, redenen: [vasteTekst("DE-04", t.geenVastMaandloon)] };
}

/** DE-06 */
export function subsidievaststelling(): Reden[] {
  return [vasteTekst("DE-06", t.budgetoverzicht), vasteTekst("DE-06", t.vaststelling)];
}

/** DE-07: `alleenSalarisadministratie` when only the payroll part applies (ZO-06 says it is withheld). */
export function takenSvb(opties: { alleenSalarisadministratie?: boolean } = {}): Reden[] {
  const salaris = vasteTekst("DE-07", t.salarisadministratie);
  if (opties.alleenSalarisadministratie === true) return [salaris];
  return [salaris, vasteTekst("DE-07", t.ziekte), vasteTekst("DE-07", t.verzekering)];
}
