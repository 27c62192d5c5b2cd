/**
 * A temporary stay abroad with a pgb (TK-06, TK-07; brochure Stap 4, Pgb in het buitenland).
 * Living abroad (AV-07) is decided elsewhere: this is only about a stay.
 *
 * Decisions (docs/decisions/009-buitenland.md):
 * - An answer that is not given (`palliatiefTerminaal`, `zorgverlenersBuitenNederlandseBelasting`)
 *   is not known, never "no" (docs/decisions/004-onbekend-is-navragen.md): where it would change
 *   the outcome, the outcome is `navragen` and a reason asks the question.
 * - Logeeropvang outside the EU is part of the stay's own outcome ("De functie logeeropvang kunt
 *   u alleen binnen de Europese Unie inkopen"): `uitkomst` and `redenen` say it, and the
 *   `logeeropvang` part repeats it on its own.
 * - For a country the list does not know, the maximum shown is the shorter one (13 weeks) and
 *   the outcome is `navragen`: the zorgkantoor knows which limit holds there.
 * - The brochure's "maximaal" includes the limit: 13 weeks outside the EER is allowed, 13,5 is not.
 */
import { buitenlandTeksten as t } from "../content/redenen/buitenland";
import { CODE_NEDERLAND, landVoorCode, type Land } from "./data/landen";
import { parametersOp, type BrochureParameters, type ParameterTabel } from "./parameters";
import { vasteTekst } from "./redenen";
import type { Antwoord, IsoDatum, Reden, Uitkomst } from "./types";

export interface BuitenlandSituatie {
  /** ISO 3166-1 alpha-2; "BQ" for Caribisch Nederland */
  land: string;
  /** Length of the stay; fractions allowed, must be > 0 */
  weken: number;
  palliatiefTerminaal?: boolean;
  zorgverlenersBuitenNederlandseBelasting?: boolean;
  logeeropvang?: boolean;
}

export interface BuitenlandUitkomst {
  uitkomst: Antwoord;
  maximaleDuurWeken: number;
  meldplicht: boolean;
  /** TK-07: the percentage the pgb is lowered to; `null` when no lowering applies or it is unknown. */
  aanvaardbaarheidspercentage: number | null;
  /** Only when logeeropvang is bought during the stay (TK-06). */
  logeeropvang?: Uitkomst;
  redenen: Reden[];
}

/** The strictest answer wins: a rule that forbids beats one that leaves it to the zorgkantoor. */
export function strengste(...antwoorden: Antwoord[]): Antwoord {
  if (antwoorden.includes("nee")) return "nee";
  if (antwoorden.includes("navragen")) return "navragen";
  return "ja";
}

interface Deeluitkomst {
  uitkomst: Antwoord;
  redenen: Reden[];
}

/** TK-06: one year within the EER and Zwitserland, or with palliatief terminale zorg; else 13 weeks. */
function maximaleDuur(land: Land | null, palliatiefTerminaal: boolean, p: BrochureParameters): number {
  if (land && (land.eer || land.zwitserland || palliatiefTerminaal)) return p.maxWekenBuitenlandEer;
  return p.maxWekenBuitenlandElders;
}

function duurRegel(land: Land | null, s: BuitenlandSituatie, max: number, p: BrochureParameters): Deeluitkomst {
  if (!land) return { uitkomst: "navragen", redenen: [vasteTekst("TK-06", t.onbekendLand(s.land, max))] };
  const redenen: Reden[] = [];
  if (land.zwitserland) redenen.push(vasteTekst("TK-06", t.zwitserland(max)));
  else if (land.eer) redenen.push(vasteTekst("TK-06", t.eer(land.naam, max)));
  else if (s.palliatiefTerminaal === true) redenen.push(vasteTekst("TK-06", t.palliatiefTerminaal(land.naam, max)));
  else redenen.push(vasteTekst("TK-06", t.elders(land.naam, max)));

  if (!heeftBekendeDuur(s)) return { uitkomst: "navragen", redenen: [...redenen, vasteTekst("TK-06", t.onbekendeDuur)] };
  if (s.weken <= max) return { uitkomst: "ja", redenen: [...redenen, vasteTekst("TK-06", t.binnenMaximum(max))] };

  // An unanswered palliatief-terminaal question could still lift the limit to one year: not
  // known, so `navragen` (docs/decisions/004-onbekend-is-navragen.md).
  if (s.palliatiefTerminaal === undefined && max < p.maxWekenBuitenlandEer && s.weken <= p.maxWekenBuitenlandEer) {
    return { uitkomst: "navragen", redenen: [...redenen, vasteTekst("TK-06", t.palliatiefTerminaalVraag(max, p.maxWekenBuitenlandEer))] };
  }
  return { uitkomst: "nee", redenen: [...redenen, vasteTekst("TK-06", t.bovenMaximum(max))] };
}

function heeftBekendeDuur(s: BuitenlandSituatie): boolean {
  return Number.isFinite(s.weken) && s.weken > 0;
}

/** TK-07: "langer dan 6 weken" is strictly more than 6. */
function isLangerDanMeldtermijn(s: BuitenlandSituatie, p: BrochureParameters): boolean {
  return heeftBekendeDuur(s) && s.weken > p.meldplichtBuitenlandNaWeken;
}

interface Verlaging extends Deeluitkomst {
  aanvaardbaarheidspercentage: number | null;
}

/** TK-07: lowered to the country's percentage only after 6 weeks with zorgverleners outside Dutch tax law. */
function verlagingRegel(land: Land | null, s: BuitenlandSituatie, p: BrochureParameters): Verlaging {
  const geen = (redenen: Reden[]): Verlaging => ({ uitkomst: "ja", aanvaardbaarheidspercentage: null, redenen });
  if (!land || !heeftBekendeDuur(s)) return geen([]);
  const naWeken = p.meldplichtBuitenlandNaWeken;
  if (!isLangerDanMeldtermijn(s, p)) return geen([vasteTekst("TK-07", t.geenVerlagingKort(naWeken))]);

  const percentage = p.aanvaardbaarheidspercentages[land.code] ?? null;
  if (s.zorgverlenersBuitenNederlandseBelasting === false) return geen([vasteTekst("TK-07", t.geenVerlagingNederlandseZorgverleners)]);
  if (s.zorgverlenersBuitenNederlandseBelasting === undefined) {
    // Whether the pgb is lowered is not known, so neither is the percentage: `navragen`, not
    // "no lowering" (docs/decisions/004-onbekend-is-navragen.md).
    const tekst = percentage === null ? t.verlagingMogelijkPercentageOnbekend : t.verlagingMogelijk(land.naam, percentage);
    return { uitkomst: "navragen", aanvaardbaarheidspercentage: null, redenen: [vasteTekst("TK-07", tekst)] };
  }
  if (percentage === null) {
    return { uitkomst: "navragen", aanvaardbaarheidspercentage: null, redenen: [vasteTekst("TK-07", t.verlagingPercentageOnbekend(land.naam))] };
  }
  return { uitkomst: "ja", aanvaardbaarheidspercentage: percentage, redenen: [vasteTekst("TK-07", t.verlaging(land.naam, percentage))] };
}

/** TK-06: "De functie logeeropvang kunt u alleen binnen de Europese Unie inkopen" (EU, not EER). */
function logeeropvangRegel(land: Land | null): Uitkomst {
  if (!land) return { uitkomst: "navragen", redenen: [vasteTekst("TK-06", t.logeeropvangOnbekendLand)] };
  if (land.eu) return { uitkomst: "ja", redenen: [vasteTekst("TK-06", t.logeeropvangBinnenEu(land.naam))] };
  return { uitkomst: "nee", redenen: [vasteTekst("TK-06", t.logeeropvangBuitenEu(land.naam))] };
}

/** TK-06 and TK-07 for one planned stay abroad. Never throws: what it cannot place is `navragen`. */
export function beoordeelBuitenland(s: BuitenlandSituatie, peildatum: IsoDatum, tabel?: ParameterTabel): BuitenlandUitkomst {
  const p = parametersOp(peildatum, tabel).brochure;
  const land = landVoorCode(s.land);
  // Nederland is in the country list, but a stay there is no stay abroad.
  if (land?.code === CODE_NEDERLAND) {
    return {
      uitkomst: "navragen",
      maximaleDuurWeken: p.maxWekenBuitenlandElders,
      meldplicht: false,
      aanvaardbaarheidspercentage: null,
      redenen: [vasteTekst("TK-06", t.nederland)],
    };
  }
  const maximaleDuurWeken = maximaleDuur(land, s.palliatiefTerminaal === true, p);
  const duur = duurRegel(land, s, maximaleDuurWeken, p);
  const meldplicht = isLangerDanMeldtermijn(s, p);
  const melding = heeftBekendeDuur(s)
    ? [vasteTekst("TK-07", meldplicht ? t.meldplicht(p.meldplichtBuitenlandNaWeken) : t.geenMeldplicht(p.meldplichtBuitenlandNaWeken))]
    : [];
  const verlaging = verlagingRegel(land, s, p);
  // TK-06: logeeropvang is part of the care bought on this stay, so a "no" there is a "no" for
  // the stay as planned, with its reason among the stay's own.
  const logeeropvang = s.logeeropvang === true ? logeeropvangRegel(land) : null;

  return {
    uitkomst: strengste(duur.uitkomst, verlaging.uitkomst, ...(logeeropvang ? [logeeropvang.uitkomst] : [])),
    maximaleDuurWeken,
    meldplicht,
    aanvaardbaarheidspercentage: verlaging.aanvaardbaarheidspercentage,
    ...(logeeropvang ? { logeeropvang } : {}),
    redenen: [...duur.redenen, ...(logeeropvang?.redenen ?? []), ...melding, ...verlaging.redenen],
  };
}
