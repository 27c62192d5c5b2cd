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
import { CODE_NEDERLAND, landVoorCode, type Land } from "./data/landen";
import { parametersOp, type BrochureParameters, type ParameterTabel } from "./parameters";
import { reden } from "./redenen";
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
  if (!land) return { uitkomst: "navragen", redenen: [reden("TK-06", "bl.onbekend-land", { land: s.land, maxWeken: max })] };
  const redenen: Reden[] = [];
  if (land.zwitserland) redenen.push(reden("TK-06", "bl.zwitserland", { maxWeken: max }));
  else if (land.eer) redenen.push(reden("TK-06", "bl.eer", { land: land.code, maxWeken: max }));
  else if (s.palliatiefTerminaal === true) redenen.push(reden("TK-06", "bl.palliatief-terminaal", { land: land.code, maxWeken: max }));
  else redenen.push(reden("TK-06", "bl.elders", { land: land.code, maxWeken: max }));

  if (!heeftBekendeDuur(s)) return { uitkomst: "navragen", redenen: [...redenen, reden("TK-06", "bl.duur-onbekend")] };
  if (s.weken <= max) return { uitkomst: "ja", redenen: [...redenen, reden("TK-06", "bl.binnen-maximum", { maxWeken: max })] };

  // An unanswered palliatief-terminaal question could still lift the limit to one year: not
  // known, so `navragen` (docs/decisions/004-onbekend-is-navragen.md).
  if (s.palliatiefTerminaal === undefined && max < p.maxWekenBuitenlandEer && s.weken <= p.maxWekenBuitenlandEer) {
    return { uitkomst: "navragen", redenen: [...redenen, reden("TK-06", "bl.palliatief-terminaal-vraag", { maxWeken: max, maxWekenPalliatief: p.maxWekenBuitenlandEer })] };
  }
  return { uitkomst: "nee", redenen: [...redenen, reden("TK-06", "bl.boven-maximum", { maxWeken: max })] };
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
  if (!isLangerDanMeldtermijn(s, p)) return geen([reden("TK-07", "bl.geen-verlaging-kort", { naWeken })]);

  const percentage = p.aanvaardbaarheidspercentages[land.code] ?? null;
  if (s.zorgverlenersBuitenNederlandseBelasting === false) return geen([reden("TK-07", "bl.geen-verlaging-nederlandse-zorgverleners")]);
  if (s.zorgverlenersBuitenNederlandseBelasting === undefined) {
    // Whether the pgb is lowered is not known, so neither is the percentage: `navragen`, not
    // "no lowering" (docs/decisions/004-onbekend-is-navragen.md).
    const mogelijk =
      percentage === null ? reden("TK-07", "bl.verlaging-mogelijk-percentage-onbekend", { land: land.code }) : reden("TK-07", "bl.verlaging-mogelijk", { land: land.code, percentage });
    return { uitkomst: "navragen", aanvaardbaarheidspercentage: null, redenen: [mogelijk] };
  }
  if (percentage === null) {
    return { uitkomst: "navragen", aanvaardbaarheidspercentage: null, redenen: [reden("TK-07", "bl.verlaging-percentage-onbekend", { land: land.code })] };
  }
  return { uitkomst: "ja", aanvaardbaarheidspercentage: percentage, redenen: [reden("TK-07", "bl.verlaging", { land: land.code, percentage })] };
}

/** TK-06: "De functie logeeropvang kunt u alleen binnen de Europese Unie inkopen" (EU, not EER). */
function logeeropvangRegel(land: Land | null): Uitkomst {
  if (!land) return { uitkomst: "navragen", redenen: [reden("TK-06", "bl.logeeropvang-onbekend-land")] };
  if (land.eu) return { uitkomst: "ja", redenen: [reden("TK-06", "bl.logeeropvang-binnen-eu", { land: land.code })] };
  return { uitkomst: "nee", redenen: [reden("TK-06", "bl.logeeropvang-buiten-eu", { land: land.code })] };
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
      redenen: [reden("TK-06", "bl.nederland")],
    };
  }
  const maximaleDuurWeken = maximaleDuur(land, s.palliatiefTerminaal === true, p);
  const duur = duurRegel(land, s, maximaleDuurWeken, p);
  const meldplicht = isLangerDanMeldtermijn(s, p);
  const melding = heeftBekendeDuur(s)
    ? [reden("TK-07", meldplicht ? "bl.meldplicht" : "bl.geen-meldplicht", { naWeken: p.meldplichtBuitenlandNaWeken })]
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
