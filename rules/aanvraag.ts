/** AV-01 … AV-08: the pgb aanvraag at the zorgkantoor (Stap 3, Bijlage 3). */
import type { RegelId } from "./regels";
import { reden } from "./redenen";
import type { Antwoord, Reden, Uitkomst } from "./types";
import { formatZorgprofiel, type Sector, type Zorgprofiel } from "./zorgprofiel";

/** AV-01: the ten points of Stap 3 "Taken, kennis en vaardigheden", in the brochure's order. */
export const PGB_VAARDIGHEDEN = [
  "overzicht-zorgvraag",
  "regels-kennen",
  "administratie",
  "communiceren",
  "zelfstandig-kiezen",
  "afspraken-vastleggen",
  "kwaliteit-beoordelen",
  "zorg-regelen-bij-afwezigheid",
  "zorgverleners-aansturen",
  "kennis-werkgeverschap",
] as const;
export type PgbVaardigheid = (typeof PGB_VAARDIGHEDEN)[number];

/**
 * AV-01 is a self-check: it helps, it never refuses. Points a person cannot do yet lead to
 * advice (gewaarborgde hulp, Per Saldo), and the zorgkantoor judges (AV-03).
 */
export function adviesVaardigheden(antwoorden: Partial<Record<PgbVaardigheid, boolean>>): {
  uitkomst: Antwoord;
  redenen: Reden[];
  ontbrekend: PgbVaardigheid[];
} {
  const ontbrekend = PGB_VAARDIGHEDEN.filter((v) => antwoorden[v] === undefined);
  const nietGekund = PGB_VAARDIGHEDEN.filter((v) => antwoorden[v] === false);
  const redenen: Reden[] = [];
  if (nietGekund.length > 0) {
    redenen.push(
      reden("AV-01", "av.vaardigheden-niet-alles", { aantal: nietGekund.length }),
      reden("AV-01", "av.per-saldo"),
      reden("AV-03", "av.zorgkantoor-kan-vragen"),
    );
  }
  if (ontbrekend.length > 0) redenen.push(reden("AV-01", "av.vaardigheden-onbeantwoord", { aantal: ontbrekend.length }));
  if (redenen.length > 0) return { uitkomst: "navragen", redenen, ontbrekend };
  return { uitkomst: "ja", redenen: [reden("AV-01", "av.vaardigheden-alles-ja")], ontbrekend };
}

/** AV-02: gewaarborgde hulp is mandatory for VV 4–7, VG 4–8 and GGZ-W 1–4 (8 VV is not). */
export const GEWAARBORGDE_HULP_VERPLICHT: Readonly<Partial<Record<Sector, { min: number; max: number }>>> = {
  VV: { min: 4, max: 7 },
  VG: { min: 4, max: 8 },
  "GGZ-W": { min: 1, max: 4 },
};

const ALLEEN_CIJFERS = /^\d{1,2}$/;

function isGewaarborgdeHulpVerplicht(z: Zorgprofiel): boolean {
  const bereik = GEWAARBORGDE_HULP_VERPLICHT[z.sector];
  // "9B" is not a number in VV 4–7; a profile without a level is in no range.
  if (bereik === undefined || z.niveau === null || !ALLEEN_CIJFERS.test(z.niveau)) return false;
  const niveau = Number.parseInt(z.niveau, 10);
  return niveau >= bereik.min && niveau <= bereik.max;
}

/** AV-02 / AV-03. */
export function gewaarborgdeHulpVerplicht(z: Zorgprofiel): { verplicht: boolean; redenen: Reden[] } {
  const naam = formatZorgprofiel(z);
  return isGewaarborgdeHulpVerplicht(z)
    ? { verplicht: true, redenen: [reden("AV-02", "av.hulp-verplicht", { zorgprofiel: naam })] }
    : { verplicht: false, redenen: [reden("AV-03", "av.hulp-niet-verplicht", { zorgprofiel: naam })] };
}

export interface AanvraagSituatie {
  zorgprofiel: Zorgprofiel;
  /** The pgb's outcome from rules/leveringsvorm.ts: it already holds LV-02, LV-06, AV-06, AV-07. */
  pgb: Uitkomst;
  gewaarborgdeHulp?: boolean;
}

/**
 * Can a pgb aanvraag succeed. `nee` when a rule stands in the way; `navragen` when something
 * it depends on is unknown; `ja` otherwise, while the zorgkantoor still decides (AV-05).
 */
export function beoordeelAanvraag(s: AanvraagSituatie): Uitkomst {
  const naam = formatZorgprofiel(s.zorgprofiel);
  const verplicht = isGewaarborgdeHulpVerplicht(s.zorgprofiel);

  const bezwaren: Reden[] = s.pgb.uitkomst === "nee" ? [...s.pgb.redenen] : [];
  if (verplicht && s.gewaarborgdeHulp === false) bezwaren.push(reden("AV-02", "av.hulp-ontbreekt", { zorgprofiel: naam }));
  if (bezwaren.length > 0) return { uitkomst: "nee", redenen: bezwaren };

  const zorgkantoor = [reden("AV-05", "av.keuzegesprek"), reden("AV-06", "av.controle")];
  const open: Reden[] = [];
  if (verplicht && s.gewaarborgdeHulp === undefined) open.push(reden("AV-02", "av.hulp-onbekend", { zorgprofiel: naam }));
  if (s.pgb.uitkomst === "navragen") open.push(...s.pgb.redenen);
  if (open.length > 0) return { uitkomst: "navragen", redenen: [...open, ...zorgkantoor] };

  const hulp: Reden[] = [];
  if (!verplicht) hulp.push(reden("AV-03", "av.hulp-niet-verplicht", { zorgprofiel: naam }));
  if (s.gewaarborgdeHulp === true) hulp.push(reden("AV-04", "av.hulp-geschikt"));
  return { uitkomst: "ja", redenen: [reden("AV-05", "av.geen-bezwaar"), ...hulp, ...zorgkantoor] };
}

/** AV-05 … AV-07: the grounds on which the aanvraag is refused, as the wizard asks them. */
export const WEIGERINGSGRONDEN = ["bewuste-keuzegesprek", "failliet", "wsnp", "geen-vast-woonadres", "niet-in-nederland"] as const;
export type Weigeringsgrond = (typeof WEIGERINGSGRONDEN)[number];

const WEIGERINGSREGEL: Readonly<Record<Weigeringsgrond, RegelId>> = {
  "bewuste-keuzegesprek": "AV-05",
  failliet: "AV-06",
  wsnp: "AV-06",
  "geen-vast-woonadres": "AV-06",
  "niet-in-nederland": "AV-07",
};

/** The answer to each plain question that leads to refusal ("Heeft u een vast woonadres?" → nee). */
const AFWIJZING_BIJ_ANTWOORD: Readonly<Record<Weigeringsgrond, boolean>> = {
  "bewuste-keuzegesprek": false,
  failliet: true,
  wsnp: true,
  "geen-vast-woonadres": false,
  "niet-in-nederland": false,
};

export function weigeringsgronden(): { grond: Weigeringsgrond; afwijzingBijAntwoord: boolean; reden: Reden }[] {
  return WEIGERINGSGRONDEN.map((grond) => ({
    grond,
    afwijzingBijAntwoord: AFWIJZING_BIJ_ANTWOORD[grond],
    reden: reden(WEIGERINGSREGEL[grond], `av.weigering-${grond}` as const),
  }));
}

/** AV-04: who can be gewaarborgde hulp, the zorgkantoor judges and registers, changes are reported. */
export function gewaarborgdeHulpFeiten(): Reden[] {
  return [
    reden("AV-04", "av.hulp-wie"),
    reden("AV-04", "av.hulp-geschikt"),
    reden("AV-04", "av.hulp-wijziging-melden"),
  ];
}

export type Ondertekenaar = "wettelijk-vertegenwoordiger" | "gewaarborgde-hulp" | "budgethouder";

/**
 * AV-08 (Bijlage 3, 7): the wettelijk vertegenwoordiger and/or gewaarborgde hulp sign; only
 * without either does the budgethouder sign. While that is unknown nobody is named.
 */
export function ondertekenaars(s: { wettelijkVertegenwoordiger?: boolean; gewaarborgdeHulp?: boolean }): {
  wie: Ondertekenaar[];
  redenen: Reden[];
} {
  const wie: Ondertekenaar[] = [];
  const redenen: Reden[] = [reden("AV-08", "av.ondertekening-budgetplan")];
  if (s.wettelijkVertegenwoordiger === true) {
    wie.push("wettelijk-vertegenwoordiger");
    redenen.push(reden("AV-08", "av.ondertekening-wettelijk-vertegenwoordiger"));
  }
  if (s.gewaarborgdeHulp === true) {
    wie.push("gewaarborgde-hulp");
    redenen.push(reden("AV-08", "av.ondertekening-gewaarborgde-hulp"));
  }
  const onbekend = s.wettelijkVertegenwoordiger === undefined || s.gewaarborgdeHulp === undefined;
  if (wie.length > 0) {
    if (onbekend) redenen.push(reden("AV-08", "av.ondertekening-misschien-ook"));
  } else if (onbekend) {
    redenen.push(reden("AV-08", "av.ondertekening-onbekend"));
  } else {
    wie.push("budgethouder");
    redenen.push(reden("AV-08", "av.ondertekening-budgethouder"));
  }
  return { wie, redenen };
}
