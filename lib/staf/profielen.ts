/**
 * /zorgkantoor/profielen: every Wlz zorgprofiel against the leveringsvormen and gewaarborgde hulp,
 * for someone who lives at home and of whom nothing else is known. Each row is the answer of
 * `POST /api/v1/beoordelingen` for `{ zorgprofiel, woonsituatie: "thuis" }`: the request goes
 * through the API's own schema (`verzoekSchema`) into `beoordeel`, as lib/beoordeling/verwerk.ts
 * does, so the matrix cannot differ from the API.
 */
import * as z from "zod";
import { profielenStaf as en } from "@/content/en/zorgkantoor-staf";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { profielenStaf } from "@/content/zorgkantoor-staf";
import type { Verzoek } from "@/lib/beoordeling/verzoek";
import { verzoekSchema } from "@/lib/beoordeling/verzoek";
import { beoordeel, type Beoordeling } from "@/rules/beoordeel";
import type { Antwoord, IsoDatum, Reden } from "@/rules/types";
import { ALLE_ZORGPROFIELEN, type Sector, type Zorgprofiel } from "@/rules/zorgprofiel";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

/** The columns, named as the API names the outcomes (`leveringsvormen.<kolom>`, `gewaarborgdeHulp`). */
export const PROFIEL_KOLOMMEN = ["pgb", "vpt", "mpt", "pgbMetMpt", "verblijf", "deeltijdverblijf", "gewaarborgdeHulp"] as const;
export type ProfielKolom = (typeof PROFIEL_KOLOMMEN)[number];

/** The Wlz's order of sectors (as rules/zorgprofiel.ts builds the profiles). */
export const SECTOREN: readonly Sector[] = ["VV", "VG", "LG", "ZGvis", "ZGaud", "GGZ-W", "GGZ-B", "LVG", "SGLVG"];

export function isSector(waarde: string): waarde is Sector {
  return (SECTOREN as readonly string[]).includes(waarde);
}

/**
 * The page's GET form (app/zorgkantoor/profielen), read with lib/wizard/zoek-hulp.ts: `?sector=`,
 * empty for every sector; a sector the list does not have is the field's error, in the page's
 * language.
 */
export function profielenZoekSchemaIn(taal: Taal) {
  const t = inTaal(taal, profielenStaf, en);
  return z.object({
    sector: z.string().transform((waarde, ctx): Sector | undefined => {
      if (waarde === "") return undefined;
      if (isSector(waarde)) return waarde;
      ctx.addIssue({ code: "custom", message: t.fout.onbekendeSector });
      return z.NEVER;
    }),
  });
}

export const profielenZoekSchema = profielenZoekSchemaIn(STANDAARDTAAL);

export interface MatrixCel {
  kolom: ProfielKolom;
  /** For `gewaarborgdeHulp`: "ja" when it is verplicht, "nee" when not. */
  uitkomst: Antwoord;
  redenen: Reden[];
}

export interface MatrixRij {
  zorgprofiel: Zorgprofiel;
  cellen: MatrixCel[];
}

export interface MatrixSector {
  sector: Sector;
  rijen: MatrixRij[];
}

/** The API request a row answers: at home, nothing else known. */
export function profielVerzoek(code: string): Verzoek {
  return { zorgprofiel: code, woonsituatie: "thuis" };
}

/** The API's path: its schema, then `beoordeel` (lib/beoordeling/verwerk.ts). */
function beoordeelVerzoek(verzoek: Verzoek, vandaag: IsoDatum): Beoordeling {
  const { peildatum, ...situatie } = verzoekSchema.parse(verzoek);
  return beoordeel(situatie, peildatum ?? vandaag, jaarparameters().tabel);
}

export function cellenVan(beoordeling: Beoordeling): MatrixCel[] {
  return PROFIEL_KOLOMMEN.map((kolom) => {
    if (kolom === "gewaarborgdeHulp") {
      const { verplicht, redenen } = beoordeling.gewaarborgdeHulp;
      return { kolom, uitkomst: verplicht ? "ja" : "nee", redenen };
    }
    const { uitkomst, redenen } = beoordeling.leveringsvormen[kolom];
    return { kolom, uitkomst, redenen };
  });
}

/** Natural order within a sector: 1 … 9, 9B, 10. */
function niveauVolgorde(z: Zorgprofiel): number {
  if (z.niveau === null) return 0;
  const getal = Number.parseInt(z.niveau, 10);
  return getal * 2 + (z.niveau.endsWith("B") ? 1 : 0);
}

/**
 * Every profile, grouped by sector in the Wlz's order, each with its cells. `sector` keeps one
 * sector only. The leveringsvormen do not depend on the date; `vandaag` is the API's default.
 */
export function profielenMatrix(vandaag: IsoDatum, sector?: Sector): MatrixSector[] {
  return SECTOREN.filter((s) => sector === undefined || s === sector)
    .map((s) => ({
      sector: s,
      rijen: ALLE_ZORGPROFIELEN.filter((z) => z.sector === s)
        .toSorted((a, b) => niveauVolgorde(a) - niveauVolgorde(b))
        .map((zorgprofiel) => ({ zorgprofiel, cellen: cellenVan(beoordeelVerzoek(profielVerzoek(zorgprofiel.code), vandaag)) })),
    }))
    .filter((groep) => groep.rijen.length > 0);
}
