/**
 * IND-03 / IND-05: reading a zorgprofiel however a person writes it, and the universe of Wlz
 * profiles the wizard knows. Parsing is linear in the input: users paste arbitrary text.
 */
import { BIJLAGE_4, OMSCHRIJVINGEN_BUITEN_BIJLAGE_4 } from "./data/zorgprofielen";
import { reden } from "./redenen";
import type { Reden } from "./types";

export type Sector = "VV" | "VG" | "LG" | "ZGvis" | "ZGaud" | "GGZ-W" | "GGZ-B" | "LVG" | "SGLVG";

export interface Zorgprofiel {
  code: string;
  sector: Sector;
  niveau: string | null;
  omschrijving: string | null;
  inBijlage4: boolean;
}

export type ZorgprofielParse =
  | { ok: true; zorgprofiel: Zorgprofiel }
  | { ok: false; fout: "leeg" | "onbekend"; reden: Reden };

/** The levels each sector has in the Wlz; GGZ-B and SGLVG are single profiles without a level. */
const NIVEAUS: Readonly<Record<Sector, readonly string[]>> = {
  VV: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "9B", "10"],
  VG: ["1", "2", "3", "4", "5", "6", "7", "8"],
  LG: ["1", "2", "3", "4", "5", "6", "7"],
  ZGvis: ["1", "2", "3", "4", "5"],
  ZGaud: ["1", "2", "3", "4"],
  "GGZ-W": ["1", "2", "3", "4", "5"],
  "GGZ-B": [],
  LVG: ["1", "2", "3", "4", "5"],
  SGLVG: [],
};

const SECTOR_VOLGORDE: readonly Sector[] = ["VV", "VG", "LG", "ZGvis", "ZGaud", "GGZ-W", "GGZ-B", "LVG", "SGLVG"];

/**
 * The old ZZP codes 3B–7B GGZ all became the single profile GGZ-B (as in
 * bronnen/wlz_zorgprofielen_pgb.csv); other numbers with GGZ-B name nothing known.
 */
const OUDE_GGZ_B_NIVEAUS = { min: 3, max: 7 } as const;

/** SGLVG is also written "1SGLVG" (the CSV does); no other number names it. */
const SGLVG_NIVEAU = 1;

/** Longer than any spelling of a code with its prefixes: skip the work, it names nothing. */
const MAX_COMPACTE_LENGTE = 40;

/** Words people put before the code ("ZZP 5 VV", "ZP SGLVG", "zorgprofiel 5VV"), longest first. */
const VOORVOEGSELS = ["ZORGZWAARTEPAKKET", "ZORGPROFIEL", "ZZP", "ZP"] as const;

/** Sector as typed (after removing separators and upper-casing) → sector; "GGZ" only with a B. */
const SECTOR_SPELLINGEN: Readonly<Record<string, Sector | "GGZ">> = {
  VV: "VV",
  VG: "VG",
  LG: "LG",
  ZGVIS: "ZGvis",
  ZGAUD: "ZGaud",
  GGZW: "GGZ-W",
  GGZB: "GGZ-B",
  GGZ: "GGZ",
  LVG: "LVG",
  SGLVG: "SGLVG",
};

// Character classes and bounded counts only, no nested quantifiers: linear time on any input.
const SCHEIDINGSTEKENS = /[\s\-\u2010-\u2015._:,;/\\'"]+/g;
const NIVEAU_ERVOOR = /^(\d{1,2})(B?)([A-Z]+)$/;
const NIVEAU_ERNA = /^([A-Z]+)(\d{1,2})(B?)$/;
const ALLEEN_SECTOR = /^([A-Z]+)$/;

function maakCode(sector: Sector, niveau: string | null): string {
  return `${niveau ?? ""}${sector}`;
}

function maakZorgprofiel(sector: Sector, niveau: string | null, bijlage4: ReadonlyMap<string, string>): Zorgprofiel {
  const code = maakCode(sector, niveau);
  const uitBijlage4 = bijlage4.get(code);
  return {
    code,
    sector,
    niveau,
    omschrijving: uitBijlage4 ?? OMSCHRIJVINGEN_BUITEN_BIJLAGE_4[code] ?? null,
    inBijlage4: uitBijlage4 !== undefined,
  };
}

function bouwAlleZorgprofielen(): Zorgprofiel[] {
  const bijlage4 = new Map(BIJLAGE_4.flatMap((sectie) => sectie.rijen.map((rij) => [rij.code, rij.omschrijving] as const)));
  const alle: Zorgprofiel[] = [];
  const overige: Zorgprofiel[] = [];
  for (const sector of SECTOR_VOLGORDE) {
    const niveaus = NIVEAUS[sector];
    for (const niveau of niveaus.length === 0 ? [null] : niveaus) {
      const zorgprofiel = maakZorgprofiel(sector, niveau, bijlage4);
      (zorgprofiel.inBijlage4 ? alle : overige).push(zorgprofiel);
    }
  }
  // Bijlage 4's own order first (later pages show its table), then the rest in sector order.
  const volgorde = [...bijlage4.keys()];
  alle.sort((a, b) => volgorde.indexOf(a.code) - volgorde.indexOf(b.code));
  return [...alle, ...overige];
}

/** Every Wlz profile the wizard knows: the 27 rows of Bijlage 4 in its order, then the others. */
export const ALLE_ZORGPROFIELEN: readonly Zorgprofiel[] = bouwAlleZorgprofielen();

const OP_CODE: ReadonlyMap<string, Zorgprofiel> = new Map(ALLE_ZORGPROFIELEN.map((z) => [z.code, z]));

/** The profile with this normalised code ("5VV", "GGZ-B"), or `null`. */
export function vindZorgprofiel(code: string): Zorgprofiel | null {
  return OP_CODE.get(code) ?? null;
}

function compact(invoer: string): string | null {
  let tekst = invoer.toUpperCase().replace(SCHEIDINGSTEKENS, "");
  if (tekst.length > MAX_COMPACTE_LENGTE) return null;
  let gevonden = true;
  while (gevonden) {
    gevonden = false;
    for (const voorvoegsel of VOORVOEGSELS) {
      if (tekst.startsWith(voorvoegsel) && tekst.length > voorvoegsel.length) {
        tekst = tekst.slice(voorvoegsel.length);
        gevonden = true;
      }
    }
  }
  return tekst;
}

function codeUit(sectorSpelling: string, cijfers: string | undefined, b: boolean): string | null {
  const sector = SECTOR_SPELLINGEN[sectorSpelling];
  if (sector === undefined) return null;
  const getal = cijfers === undefined ? null : Number.parseInt(cijfers, 10);
  if (sector === "GGZ" || sector === "GGZ-B") {
    // "3B GGZ", "GGZ 3B", "GGZ-B 3": old ZZP codes of the one profile GGZ-B. A bare "5 GGZ" could
    // be GGZ-W or GGZ-B: never guess which.
    if (getal === null) return sector === "GGZ-B" ? "GGZ-B" : null;
    const oudeCode = getal >= OUDE_GGZ_B_NIVEAUS.min && getal <= OUDE_GGZ_B_NIVEAUS.max;
    return oudeCode && (b || sector === "GGZ-B") ? "GGZ-B" : null;
  }
  if (sector === "SGLVG") return getal === null || (getal === SGLVG_NIVEAU && !b) ? "SGLVG" : null;
  if (getal === null) return null;
  return maakCode(sector, `${getal}${b ? "B" : ""}`);
}

function herken(invoer: string): Zorgprofiel | null {
  const tekst = compact(invoer);
  if (tekst === null) return null;
  const ervoor = NIVEAU_ERVOOR.exec(tekst);
  const erna = NIVEAU_ERNA.exec(tekst);
  const alleen = ALLEEN_SECTOR.exec(tekst);
  let code: string | null = null;
  if (ervoor?.[3] !== undefined) code = codeUit(ervoor[3], ervoor[1], ervoor[2] === "B");
  else if (erna?.[1] !== undefined) code = codeUit(erna[1], erna[2], erna[3] === "B");
  else if (alleen?.[1] !== undefined) code = codeUit(alleen[1], undefined, false);
  return code === null ? null : vindZorgprofiel(code);
}

/** IND-05: every spelling of a Wlz zorgprofiel to one profile; never throws. */
export function parseZorgprofiel(invoer: string): ZorgprofielParse {
  const tekst: unknown = invoer;
  if (typeof tekst !== "string" || tekst.trim() === "") {
    return { ok: false, fout: "leeg", reden: reden("IND-05", "zp.leeg") };
  }
  // "ZZP 5 VV (Beschermd wonen …)" or the CSV's "3bGGZ (GGZ-B)": the code comes before the bracket.
  const haakje = tekst.indexOf("(");
  const zorgprofiel = herken(tekst) ?? (haakje > 0 ? herken(tekst.slice(0, haakje)) : null);
  if (zorgprofiel === null) {
    return { ok: false, fout: "onbekend", reden: reden("IND-05", "zp.onbekend") };
  }
  return { ok: true, zorgprofiel };
}

/** The way the brochure writes a profile in running text: "ZP 5 VV", "ZP SGLVG". */
export function formatZorgprofiel(z: Zorgprofiel): string {
  return z.niveau === null ? `ZP ${z.sector}` : `ZP ${z.niveau} ${z.sector}`;
}

/** IND-03: what the profile is called at the zorgkantoor and whether Bijlage 4 lists it. */
export function uitlegZorgprofiel(z: Zorgprofiel): Reden[] {
  const zorgprofiel = formatZorgprofiel(z);
  return [
    z.inBijlage4 && z.omschrijving !== null
      ? reden("IND-03", "zp.in-bijlage-4", { zorgprofiel, omschrijving: z.omschrijving })
      : reden("IND-03", "zp.niet-in-bijlage-4", { zorgprofiel }),
  ];
}
