/**
 * The one entry point: a situation and a date in, the API's answer out (docs/api.md). It
 * only combines the rules of the other modules; it decides nothing of its own.
 */
import { beoordeelAanvraag, gewaarborgdeHulpVerplicht } from "./aanvraag";
import { beoordeelBuitenland, type BuitenlandSituatie } from "./buitenland";
import { berekenBudgetplan } from "./budgetplan";
import { verantwoordingsvrijBedrag } from "./declaratie";
import { formatDecimaal, type Honderdsten } from "./geld";
import { beoordeelLeveringsvormen, DEELTIJDVERBLIJF_DAGEN_PER_14, type Woonsituatie } from "./leveringsvorm";
import type { ParameterTabel } from "./parameters";
import { eigenBijdrage } from "./toekenning";
import type { Centen, IsoDatum, Reden } from "./types";
import { beoordeelZorgverlener, toetsLogeeropvang, type ZorgverlenerSituatie } from "./zorgovereenkomst";
import type { Zorgprofiel } from "./zorgprofiel";

export interface ZorgverlenerInvoer extends ZorgverlenerSituatie {
  naam: string;
  urenPerWeek: Honderdsten;
  uurtarief: Centen;
}

/** A situation as the API's schema delivers it: the zorgprofiel parsed, money in cents, hours in hundredths. */
export interface Situatie {
  zorgprofiel: Zorgprofiel;
  leeftijd?: number;
  woontInNederland?: boolean;
  vastWoonadres?: boolean;
  failliet?: boolean;
  wsnp?: boolean;
  gewaarborgdeHulp?: boolean;
  woonsituatie?: Woonsituatie;
  dagenInInstellingPer14Dagen?: number;
  dagbestedingVanInstelling?: boolean;
  zorgverleners?: ZorgverlenerInvoer[];
  pgbJaarbedrag?: Centen;
  uitgavenAanZorg?: Centen;
  logeeropvangEtmalen?: number;
  buitenland?: BuitenlandSituatie;
}

/**
 * `tabel`: the yearly parameters to use (default the built-in dated data); the server passes the
 * built-in data with its yearly file merged over it (lib/parameters).
 */
export function beoordeel(situatie: Situatie, peildatum: IsoDatum, tabel?: ParameterTabel) {
  const { zorgprofiel } = situatie;
  const leveringsvormen = beoordeelLeveringsvormen(situatie);
  const gewaarborgdeHulp = gewaarborgdeHulpVerplicht(zorgprofiel);
  const aanvraag = beoordeelAanvraag({ zorgprofiel, pgb: leveringsvormen.pgb, gewaarborgdeHulp: situatie.gewaarborgdeHulp });

  return {
    peildatum,
    zorgprofiel: {
      code: zorgprofiel.code,
      sector: zorgprofiel.sector,
      omschrijving: zorgprofiel.omschrijving,
      inBijlage4: zorgprofiel.inBijlage4,
    },
    leveringsvormen,
    gewaarborgdeHulp,
    aanvraag,
    ...(situatie.zorgverleners && { budgetplan: budgetplanAntwoord(situatie.zorgverleners, situatie.pgbJaarbedrag, peildatum, tabel) }),
    ...(situatie.pgbJaarbedrag !== undefined && vvbAntwoord(situatie.pgbJaarbedrag, situatie.uitgavenAanZorg, peildatum, tabel)),
    ...(situatie.logeeropvangEtmalen !== undefined && {
      logeeropvang: toetsLogeeropvang(situatie.logeeropvangEtmalen, {
        inDeeltijdverblijf: inDeeltijdverblijf(situatie.dagenInInstellingPer14Dagen),
        peildatum,
        tabel,
      }),
    }),
    ...(situatie.buitenland && { buitenland: beoordeelBuitenland(situatie.buitenland, peildatum, tabel) }),
    ...(situatie.leeftijd !== undefined && { eigenBijdrage: eigenBijdrage({ leeftijd: situatie.leeftijd }) }),
  };
}

export type Beoordeling = ReturnType<typeof beoordeel>;

function inDeeltijdverblijf(dagen: number | undefined): boolean {
  return dagen !== undefined && (DEELTIJDVERBLIJF_DAGEN_PER_14 as readonly number[]).includes(dagen);
}

function budgetplanAntwoord(zorgverleners: ZorgverlenerInvoer[], pgbJaarbedrag: Centen | undefined, peildatum: IsoDatum, tabel: ParameterTabel | undefined) {
  const plan = berekenBudgetplan(zorgverleners, { pgbJaarbedrag, peildatum, tabel });
  return {
    zorgverleners: zorgverleners.map((zorgverlener) => {
      const rij = beoordeelZorgverlener(zorgverlener, peildatum, tabel);
      return {
        ...rij,
        kostenPerMaand: formatDecimaal(rij.kostenPerMaand),
        kostenPerMaandOnafgerond: formatDecimaal(rij.kostenPerMaandOnafgerond),
        kostenPerJaar: formatDecimaal(rij.kostenPerJaar),
      };
    }),
    totaalPerJaar: formatDecimaal(plan.totaalPerJaar),
    ...(plan.binnenBudget !== undefined && { binnenBudget: plan.binnenBudget }),
    redenen: plan.redenen,
  };
}

function vvbAntwoord(
  pgbJaarbedrag: Centen,
  uitgavenAanZorg: Centen | undefined,
  peildatum: IsoDatum,
  tabel: ParameterTabel | undefined,
): { verantwoordingsvrijBedrag: string; verantwoordingsvrijBedragRedenen: Reden[] } {
  const vvb = verantwoordingsvrijBedrag(pgbJaarbedrag, { uitgavenAanZorg, peildatum, tabel });
  return { verantwoordingsvrijBedrag: formatDecimaal(vvb.bedrag), verantwoordingsvrijBedragRedenen: vvb.redenen };
}
