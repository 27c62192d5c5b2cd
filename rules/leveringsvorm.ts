/**
 * LV-01 … LV-13: which leveringsvormen (Stap 2) are open for a zorgprofiel and a situation.
 * Where the brochure leaves the last word to the zorgkantoor the answer is `navragen`.
 */
import { reden } from "./redenen";
import type { Reden, Uitkomst } from "./types";
import { formatZorgprofiel, type Zorgprofiel } from "./zorgprofiel";

export type Woonsituatie = "thuis" | "wooninitiatief" | "instelling";

export interface LeveringsvormSituatie {
  zorgprofiel: Zorgprofiel;
  woonsituatie?: Woonsituatie;
  dagenInInstellingPer14Dagen?: number;
  dagbestedingVanInstelling?: boolean;
  /** Default true. */
  woontInNederland?: boolean;
  /** Default true. */
  vastWoonadres?: boolean;
  /** Default false. */
  failliet?: boolean;
  /** Default false. */
  wsnp?: boolean;
}

export interface Leveringsvormen {
  pgb: Uitkomst;
  vpt: Uitkomst;
  mpt: Uitkomst;
  pgbMetMpt: Uitkomst;
  verblijf: Uitkomst;
  deeltijdverblijf: Uitkomst;
}

/** LV-02 (Stap 2, 3): no pgb with these profiles. */
export const GEEN_PGB_ZORGPROFIELEN = ["9BVV", "1LVG", "2LVG", "3LVG", "4LVG", "5LVG", "SGLVG", "GGZ-B", "5GGZ-W"] as const;

/** LV-03 (Stap 2, 5): no deeltijdverblijf with these profiles; 5GGZ-W is not on this list. */
export const GEEN_DEELTIJDVERBLIJF_ZORGPROFIELEN = ["9BVV", "1LVG", "2LVG", "3LVG", "4LVG", "5LVG", "SGLVG", "GGZ-B"] as const;

/** LV-04: 7, 8 or 9 days per 14 in the instelling (also `deeltijdverblijfDagenPer14` in rules/data/parameters.ts). */
export const DEELTIJDVERBLIJF_DAGEN_PER_14 = [7, 8, 9] as const;

export const ZORGSOORTEN = [
  "verpleging",
  "persoonlijke-verzorging",
  "begeleiding",
  "wlz-behandeling",
  "vervoer-dagbesteding-of-dagbehandeling",
  "vervoer-dagbesteding",
  "maaltijden",
  "schoonmaken-woning",
  "huishoudelijke-hulp",
  "logeeropvang",
] as const;
export type Zorgsoort = (typeof ZORGSOORTEN)[number];

/** What each package holds, in the brochure's order; the labels are content's. */
export const PAKKETTEN = {
  // LV-07: one zorgaanbieder delivers it all, except the Wlz-behandeling.
  vpt: ["verpleging", "persoonlijke-verzorging", "begeleiding", "wlz-behandeling", "vervoer-dagbesteding-of-dagbehandeling", "maaltijden", "schoonmaken-woning", "logeeropvang"],
  // LV-08: all of these or parts of them, from several zorgaanbieders.
  mpt: ["verpleging", "persoonlijke-verzorging", "begeleiding", "wlz-behandeling", "vervoer-dagbesteding-of-dagbehandeling", "huishoudelijke-hulp", "logeeropvang"],
  // LV-10: never Wlz-behandeling.
  pgb: ["verpleging", "persoonlijke-verzorging", "begeleiding", "vervoer-dagbesteding", "huishoudelijke-hulp", "logeeropvang"],
} as const satisfies Record<"vpt" | "mpt" | "pgb", readonly Zorgsoort[]>;

function staatIn(lijst: readonly string[], z: Zorgprofiel): boolean {
  return lijst.includes(z.code);
}

function ja(redenen: Reden[]): Uitkomst {
  return { uitkomst: "ja", redenen };
}
function nee(redenen: Reden[]): Uitkomst {
  return { uitkomst: "nee", redenen };
}
function navragen(redenen: Reden[]): Uitkomst {
  return { uitkomst: "navragen", redenen };
}

/** Every rule that forbids a pgb in this situation; empty when none does. */
function pgbVerboden(s: LeveringsvormSituatie): Reden[] {
  const verboden: Reden[] = [];
  if (staatIn(GEEN_PGB_ZORGPROFIELEN, s.zorgprofiel)) {
    verboden.push(reden("LV-02", "lv.geen-pgb-zorgprofiel", { zorgprofiel: formatZorgprofiel(s.zorgprofiel) }));
  }
  if (s.failliet === true) verboden.push(reden("AV-06", "lv.failliet"));
  if (s.wsnp === true) verboden.push(reden("AV-06", "lv.wsnp"));
  if (s.vastWoonadres === false) verboden.push(reden("AV-06", "lv.geen-vast-woonadres"));
  if (s.woontInNederland === false) verboden.push(reden("AV-07", "lv.buitenland"));
  if (s.woonsituatie === "instelling" && s.dagbestedingVanInstelling === true) {
    verboden.push(reden("LV-06", "lv.instelling-met-dagbesteding"));
  }
  return verboden;
}

/** LV-02, LV-06, LV-12, LV-13, AV-06, AV-07. */
export function pgbUitkomst(s: LeveringsvormSituatie): Uitkomst {
  const verboden = pgbVerboden(s);
  if (verboden.length > 0) return nee(verboden);

  // LV-13: a profile Bijlage 4 does not list, and LV-02 does not exclude, is never guessed.
  const buitenBijlage4 = s.zorgprofiel.inBijlage4
    ? []
    : [reden("LV-13", "lv.niet-in-bijlage-4", { zorgprofiel: formatZorgprofiel(s.zorgprofiel) })];

  switch (s.woonsituatie) {
    case "instelling":
      return navragen([
        reden("LV-06", s.dagbestedingVanInstelling === false ? "lv.instelling-zonder-dagbesteding" : "lv.instelling-dagbesteding-onbekend"),
        reden("LV-12", "lv.instelling-navragen"),
        ...buitenBijlage4,
      ]);
    case "thuis":
    case "wooninitiatief": {
      const woont = reden("LV-12", s.woonsituatie === "thuis" ? "lv.pgb-thuis" : "lv.pgb-wooninitiatief");
      return buitenBijlage4.length === 0 ? ja([woont]) : navragen(buitenBijlage4);
    }
    case undefined:
      return navragen([reden("LV-12", "lv.woonsituatie-onbekend"), ...buitenBijlage4]);
  }
}

/** LV-07, LV-09: whether vpt fits is the zorgkantoor's judgement. */
export function vptUitkomst(): Uitkomst {
  return navragen([reden("LV-09", "lv.zorgkantoor-beoordeelt"), reden("LV-07", "lv.vpt")]);
}

/** LV-08, LV-09: whether mpt fits is the zorgkantoor's judgement. */
export function mptUitkomst(): Uitkomst {
  return navragen([reden("LV-09", "lv.zorgkantoor-beoordeelt"), reden("LV-08", "lv.mpt")]);
}

/** LV-11: the combination stands or falls with the pgb; the mpt part is the zorgkantoor's call (LV-09). */
export function pgbMetMptUitkomst(s: LeveringsvormSituatie, pgb: Uitkomst = pgbUitkomst(s)): Uitkomst {
  if (pgb.uitkomst === "nee") return nee([...pgb.redenen, reden("LV-11", "lv.pgb-met-mpt-geen-pgb")]);
  const combinatie = [reden("LV-11", "lv.pgb-met-mpt"), reden("LV-09", "lv.zorgkantoor-beoordeelt")];
  return navragen(pgb.uitkomst === "navragen" ? [...combinatie, ...pgb.redenen] : combinatie);
}

/** LV-01, LV-06: every Wlz profile can get verblijf in a Wlz-instelling, arranged by the zorgkantoor. */
export function verblijfUitkomst(): Uitkomst {
  return ja([reden("LV-01", "lv.verblijf"), reden("LV-06", "lv.verblijf-wachtlijst")]);
}

function isDeeltijdverblijfDagen(dagen: number): boolean {
  return (DEELTIJDVERBLIJF_DAGEN_PER_14 as readonly number[]).includes(dagen);
}

/**
 * LV-03, LV-04, LV-05. The care at home beside deeltijdverblijf "kan worden afgenomen via zorg in
 * natura of via een pgb" (Stap 2, 5), but only where a pgb is possible at all: with 5GGZ-W
 * deeltijdverblijf is allowed (LV-03) and a pgb is not (LV-02), so the reasons say zin only and
 * name the rule that forbids the pgb.
 */
export function deeltijdverblijfUitkomst(s: LeveringsvormSituatie): Uitkomst {
  const dagen = s.dagenInInstellingPer14Dagen;
  const verboden: Reden[] = [];
  if (staatIn(GEEN_DEELTIJDVERBLIJF_ZORGPROFIELEN, s.zorgprofiel)) {
    verboden.push(reden("LV-03", "lv.geen-deeltijd-zorgprofiel", { zorgprofiel: formatZorgprofiel(s.zorgprofiel) }));
  }
  if (dagen !== undefined && !isDeeltijdverblijfDagen(dagen)) {
    verboden.push(reden("LV-04", "lv.deeltijd-buiten-bereik", { dagen }));
  }
  if (verboden.length > 0) return nee(verboden);
  const geenPgb = pgbVerboden(s);
  return navragen([
    dagen === undefined ? reden("LV-04", "lv.deeltijd-uitleg") : reden("LV-04", "lv.deeltijd-binnen-bereik", { dagen }),
    ...geenPgb,
    reden("LV-05", geenPgb.length > 0 ? "lv.deeltijd-voorwaarden-zonder-pgb" : "lv.deeltijd-voorwaarden"),
    reden("LV-05", "lv.deeltijd-zorgkantoor-beoordeelt"),
  ]);
}

export function beoordeelLeveringsvormen(s: LeveringsvormSituatie): Leveringsvormen {
  const pgb = pgbUitkomst(s);
  return {
    pgb,
    vpt: vptUitkomst(),
    mpt: mptUitkomst(),
    pgbMetMpt: pgbMetMptUitkomst(s, pgb),
    verblijf: verblijfUitkomst(),
    deeltijdverblijf: deeltijdverblijfUitkomst(s),
  };
}

export type Woonwens = "thuis" | "instelling" | "deeltijd";
export type Regie = "zorgkantoor" | "zelf" | "allebei";
export type AfgeleideLeveringsvorm = "pgb" | "zin-thuis" | "pgb-met-mpt" | "verblijf" | "pgb-in-instelling" | "deeltijdverblijf";

/**
 * LV-01: the wizard asks where the person wants to live and who arranges the care, and derives
 * the option from the five combinations of *Vind uw zorgkantoor*, plus deeltijdverblijf (Stap 2, 5).
 * With the zorgprofiel known, a profile without pgb (LV-02) is not told it can arrange the care
 * at home with one.
 */
export function leidLeveringsvormAf(
  woonwens: Woonwens,
  regie: Regie,
  zorgprofiel?: Zorgprofiel,
): { leveringsvorm: AfgeleideLeveringsvorm; redenen: Reden[] } {
  if (woonwens === "deeltijd") {
    // Deeltijdverblijf is a *where*; the stay is always zin (LV-05), so the regie only decides
    // how the care at home is arranged.
    if (regie !== "zorgkantoor" && zorgprofiel !== undefined && staatIn(GEEN_PGB_ZORGPROFIELEN, zorgprofiel)) {
      return {
        leveringsvorm: "deeltijdverblijf",
        redenen: [
          reden("LV-01", "lv.wens-deeltijd"),
          reden("LV-05", "lv.deeltijd-zorg-thuis-zonder-pgb"),
          reden("LV-02", "lv.geen-pgb-zorgprofiel", { zorgprofiel: formatZorgprofiel(zorgprofiel) }),
        ],
      };
    }
    return {
      leveringsvorm: "deeltijdverblijf",
      redenen: [reden("LV-01", "lv.wens-deeltijd"), reden("LV-05", `lv.deeltijd-zorg-thuis-${regie}` as const)],
    };
  }
  if (woonwens === "thuis") {
    switch (regie) {
      case "zelf":
        return { leveringsvorm: "pgb", redenen: [reden("LV-01", "lv.wens-thuis-zelf")] };
      case "zorgkantoor":
        return { leveringsvorm: "zin-thuis", redenen: [reden("LV-01", "lv.wens-thuis-zorgkantoor"), reden("LV-09", "lv.zorgkantoor-beoordeelt")] };
      case "allebei":
        return { leveringsvorm: "pgb-met-mpt", redenen: [reden("LV-01", "lv.wens-thuis-allebei"), reden("LV-11", "lv.pgb-met-mpt")] };
    }
  }
  switch (regie) {
    case "zorgkantoor":
      return { leveringsvorm: "verblijf", redenen: [reden("LV-01", "lv.wens-instelling-zorgkantoor")] };
    case "zelf":
      return { leveringsvorm: "pgb-in-instelling", redenen: [reden("LV-01", "lv.wens-instelling-zelf"), reden("LV-12", "lv.instelling-navragen")] };
    case "allebei":
      // In an instelling the instelling gives the care (zin); the only part a person can arrange
      // with a pgb there is begeleiding groep (LV-06), which is combination 5 of the page.
      return { leveringsvorm: "pgb-in-instelling", redenen: [reden("LV-01", "lv.wens-instelling-allebei"), reden("LV-06", "lv.instelling-dagbesteding-onbekend")] };
  }
}

export type VormSleutel = keyof Leveringsvormen;

/**
 * LV-01: the forms of Stap 2 the derived option consists of. In deeltijdverblijf the regie decides
 * how the care at home is arranged (LV-05): zelf is a pgb, allebei a pgb with mpt (LV-11).
 */
export function gekozenVormen(leveringsvorm: AfgeleideLeveringsvorm, regie: Regie): VormSleutel[] {
  switch (leveringsvorm) {
    case "pgb":
    case "pgb-in-instelling":
      return ["pgb"];
    case "zin-thuis":
      return ["vpt", "mpt"];
    case "pgb-met-mpt":
      return ["pgbMetMpt"];
    case "verblijf":
      return ["verblijf"];
    case "deeltijdverblijf":
      return regie === "zelf" ? ["deeltijdverblijf", "pgb"] : regie === "allebei" ? ["deeltijdverblijf", "pgbMetMpt"] : ["deeltijdverblijf"];
  }
}

/** The option a person chose, and what the rules say about each form in it. */
export interface LeveringsvormKeuze {
  leveringsvorm: AfgeleideLeveringsvorm;
  redenen: Reden[];
  vormen: Leveringsvormen;
  gekozen: VormSleutel[];
  /** The chosen option has a pgb in it. */
  metPgb: boolean;
  /** Every chosen form is possible or to ask the zorgkantoor about; none is `nee`. */
  mogelijk: boolean;
}

/** LV-01 … LV-13 for the wish, the regie and the situation of the same person. */
export function beoordeelKeuze(woonwens: Woonwens, regie: Regie, situatie: LeveringsvormSituatie): LeveringsvormKeuze {
  const { leveringsvorm, redenen } = leidLeveringsvormAf(woonwens, regie, situatie.zorgprofiel);
  const vormen = beoordeelLeveringsvormen(situatie);
  const gekozen = gekozenVormen(leveringsvorm, regie);
  return {
    leveringsvorm,
    redenen,
    vormen,
    gekozen,
    metPgb: gekozen.includes("pgb") || gekozen.includes("pgbMetMpt"),
    mogelijk: gekozen.every((vorm) => vormen[vorm].uitkomst !== "nee"),
  };
}

/** Stap 3 (the pgb aanvraag) applies: the option has a pgb and no rule rules it out (LV-02, LV-05, LV-11). */
export function pgbAanvraagMogelijk(keuze: LeveringsvormKeuze): boolean {
  return keuze.metPgb && keuze.mogelijk;
}
