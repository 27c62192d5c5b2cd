/** Builders of test situations for `beoordeel`, shared by unit tests and the benchmark. */
import type { Situatie, ZorgverlenerInvoer } from "@/rules/beoordeel";
import { parseZorgprofiel } from "@/rules/zorgprofiel";

export function profiel(code: string) {
  const r = parseZorgprofiel(code);
  if (!r.ok) throw new Error(`testprofiel ${code} ongeldig`);
  return r.zorgprofiel;
}

export function zorgverlener(over: Partial<ZorgverlenerInvoer> = {}): ZorgverlenerInvoer {
  return { naam: "Moeder", urenPerWeek: 2500, uurtarief: 1500, soort: "persoon", relatie: "familie-1e-graad", overeenkomst: "opdracht", dagenPerWeek: 7, ...over };
}

export function situatie(over: Partial<Situatie> = {}): Situatie {
  return { zorgprofiel: profiel("5VV"), ...over };
}

/** A full situation: every field, six zorgverleners (the benchmark uses the same one). */
export function volledigeSituatie(): Situatie {
  return situatie({
    leeftijd: 67,
    woontInNederland: true,
    vastWoonadres: true,
    failliet: false,
    wsnp: false,
    gewaarborgdeHulp: true,
    woonsituatie: "thuis",
    dagenInInstellingPer14Dagen: 0,
    dagbestedingVanInstelling: false,
    zorgverleners: [
      zorgverlener(),
      zorgverlener({ naam: "Thuiszorg B.V.", soort: "instelling", relatie: "overig", kvkGeregistreerd: true, urenPerWeek: 600, uurtarief: 6500 }),
      zorgverlener({ naam: "Zzp'er Jan", soort: "zzp", relatie: "overig", kvkGeregistreerd: true, bigGeregistreerd: true, urenPerWeek: 800, uurtarief: 5500 }),
      zorgverlener({ naam: "Buurvrouw", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 4, urenPerWeek: 1600, uurtarief: 1800 }),
      zorgverlener({ naam: "Neef", relatie: "familie-2e-graad", urenPerWeek: 450, uurtarief: 1250 }),
      zorgverlener({ naam: "Vriendin", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 2, optingIn: true, urenPerWeek: 333, uurtarief: 2000 }),
    ],
    pgbJaarbedrag: 6_000_000,
    uitgavenAanZorg: 2_000_000,
    logeeropvangEtmalen: 20,
    buitenland: { land: "ES", weken: 8, zorgverlenersBuitenNederlandseBelasting: true, logeeropvang: true },
  });
}

