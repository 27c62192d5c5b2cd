/**
 * Bijlage 4 of the brochure ("Zorgzwaartepakket (ZZP) en zorgprofiel": the ZZPs that give access
 * to the pgb-Wlz) as data, in the brochure's order and with its group headings (IND-03).
 * The project's first rule catalogue said "29 profiles"; the brochure prints 27 rows, and the
 * brochure is the ground truth (docs/decisions/006-zorgprofielen.md, docs/regels.md IND-03).
 *
 * The omschrijvingen of Bijlage 4 are copied as printed. The brochure heading "Zintuigelijk
 * gehandicapt" is spelled "Zintuiglijk" here (a typo in the print, not a different group).
 */

export type Bijlage4Groep =
  | "Verpleging en verzorging"
  | "Verstandelijk gehandicapt"
  | "Lichamelijk gehandicapt"
  | "Zintuiglijk gehandicapt"
  | "Geestelijke gezondheidszorg";

export interface Bijlage4Rij {
  /** Normalised code (see rules/zorgprofiel.ts): digits then sector, e.g. "1GGZ-W". */
  code: string;
  omschrijving: string;
}

export interface Bijlage4Sectie {
  groep: Bijlage4Groep;
  rijen: readonly Bijlage4Rij[];
}

export const BIJLAGE_4: readonly Bijlage4Sectie[] = [
  {
    groep: "Verpleging en verzorging",
    rijen: [
      { code: "4VV", omschrijving: "VV Beschut wonen met intensieve begeleiding en uitgebreide verzorging" },
      { code: "5VV", omschrijving: "VV Beschermd wonen met intensieve dementiezorg" },
      { code: "6VV", omschrijving: "VV Beschermd wonen met intensieve verzorging en verpleging" },
      { code: "7VV", omschrijving: "VV Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op begeleiding" },
      { code: "8VV", omschrijving: "VV Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op verzorging/verpleging" },
    ],
  },
  {
    groep: "Verstandelijk gehandicapt",
    rijen: [
      { code: "3VG", omschrijving: "VG Wonen met begeleiding en verzorging" },
      { code: "4VG", omschrijving: "VG Wonen met begeleiding en intensieve verzorging" },
      { code: "5VG", omschrijving: "VG Wonen met intensieve begeleiding en intensieve verzorging" },
      { code: "6VG", omschrijving: "VG Wonen met intensieve begeleiding, verzorging en gedragsregulering" },
      { code: "7VG", omschrijving: "VG (Besloten) wonen met zeer intensieve begeleiding, verzorging en gedragsregulering" },
      { code: "8VG", omschrijving: "VG Wonen met begeleiding en volledige verzorging en verpleging" },
    ],
  },
  {
    groep: "Lichamelijk gehandicapt",
    rijen: [
      { code: "2LG", omschrijving: "LG Wonen met begeleiding en enige verzorging" },
      { code: "4LG", omschrijving: "LG Wonen met begeleiding en verzorging" },
      { code: "5LG", omschrijving: "LG Wonen met begeleiding en intensieve verzorging" },
      { code: "6LG", omschrijving: "LG Wonen met intensieve begeleiding en intensieve verzorging" },
      { code: "7LG", omschrijving: "LG Wonen met zeer intensieve begeleiding en zeer intensieve verzorging" },
    ],
  },
  {
    groep: "Zintuiglijk gehandicapt",
    rijen: [
      { code: "2ZGvis", omschrijving: "ZGvis Wonen met begeleiding en enige verzorging" },
      { code: "3ZGvis", omschrijving: "ZGvis Wonen met intensieve begeleiding en verzorging" },
      { code: "4ZGvis", omschrijving: "ZGvis Wonen met intensieve begeleiding en intensieve verzorging" },
      { code: "5ZGvis", omschrijving: "ZGvis Wonen met zeer intensieve begeleiding en zeer intensieve verzorging" },
      { code: "2ZGaud", omschrijving: "ZGaud Wonen met intensieve begeleiding en verzorging" },
      { code: "3ZGaud", omschrijving: "ZGaud Wonen met intensieve begeleiding en intensieve verzorging" },
      { code: "4ZGaud", omschrijving: "ZGaud Wonen met intensieve begeleiding en enige verzorging" },
    ],
  },
  {
    groep: "Geestelijke gezondheidszorg",
    rijen: [
      { code: "1GGZ-W", omschrijving: "GGZ Wonen met intensieve begeleiding" },
      { code: "2GGZ-W", omschrijving: "GGZ Wonen met intensieve begeleiding en verzorging" },
      { code: "3GGZ-W", omschrijving: "GGZ Wonen met intensieve begeleiding en gedragsregulering" },
      { code: "4GGZ-W", omschrijving: "GGZ Wonen met intensieve begeleiding en intensieve verpleging en verzorging" },
    ],
  },
];

/**
 * Omschrijvingen of Wlz profiles that Bijlage 4 does not list, worded as the brochure's Stap 2
 * lists them (LV-02, LV-03), with a sector prefix in Bijlage 4's style (prefixes as in
 * bronnen/wlz_zorgprofielen_pgb.csv). Profiles neither source describes (1–3, 9, 10 VV;
 * 1–2 VG; 1, 3 LG; 1 ZGvis; 1 ZGaud) have no omschrijving here rather than an invented one.
 */
export const OMSCHRIJVINGEN_BUITEN_BIJLAGE_4: Readonly<Record<string, string>> = {
  "9BVV": "VV Herstelgerichte behandeling met verpleging en verzorging",
  "1LVG": "LVG Wonen met enige behandeling en begeleiding",
  "2LVG": "LVG Wonen met behandeling en begeleiding",
  "3LVG": "LVG Wonen met intensieve behandeling en begeleiding, kleine groep",
  "4LVG": "LVG Wonen met zeer intensieve behandeling en begeleiding",
  "5LVG": "LVG Besloten wonen met zeer intensieve behandeling en begeleiding",
  SGLVG: "LVG Behandeling in een SGLVG behandelcentrum",
  "GGZ-B": "GGZ-B Voortgezet verblijf GGZ met behandeling",
  "5GGZ-W": "GGZ Beveiligd wonen vanwege extreme gedragsproblematiek met zeer intensieve begeleiding",
};
