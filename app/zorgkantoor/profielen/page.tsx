/**
 * /zorgkantoor/profielen: for zorgkantoor staff, every Wlz zorgprofiel against the leveringsvormen
 * and gewaarborgde hulp (lib/staf/profielen.ts: the API's answer for "thuis, verder niets
 * bekend"). A data table with a caption, column and row headers and one `<tbody>` per sector;
 * each cell shows its outcome as a word and holds its reasons in a native `<details>`, so they
 * open by keyboard and without JavaScript. A plain GET form filters by sector (`?sector=VV`), read
 * with lib/wizard/zoek-hulp.ts as on the other GET tool pages (docs/decisions/024-foutpaden.md).
 * The page makes every sentence; the table's markup is ./tabel.tsx, which gets it as data, each
 * different reason and cell once (docs/decisions/030-snelheid.md, addendum 2026-12-05).
 *
 * Eight columns do not fit 360 px: the table scrolls inside a focusable, named region (as
 * components/budgetplan-tabel.tsx does); the page itself never scrolls sideways. The zorgprofiel
 * column stays at the left while the outcomes scroll past (`position: sticky`, with a background;
 * `border-separate` because collapsed borders would not move with it), and so does each sector's
 * name. On a phone that column is 9 rem: long words are hyphenated (`hyphens: auto`, `lang="nl"`),
 * a line may break after a slash, and a word a browser cannot hyphenate is broken where it must
 * (docs/decisions/031-burgerpaginas.md).
 */
import type { Metadata } from "next";
import { Keuzelijst } from "@/components/keuzelijst";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { ZORGKANTOOR } from "@/content/redenen";
import { profielenStaf as profielenEn, stafAlgemeen as algemeenEn } from "@/content/en/zorgkantoor-staf";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { profielenStaf as profielenNl, stafAlgemeen as algemeenNl } from "@/content/zorgkantoor-staf";
import { leesTaal } from "@/lib/taal";
import { vandaagInAmsterdam } from "@/lib/datum";
import { PROFIEL_KOLOMMEN, profielenMatrix, profielenZoekSchemaIn, SECTOREN, type MatrixCel, type MatrixSector } from "@/lib/staf/profielen";
import { redenTekstIn } from "@/lib/wizard/vragen/reden-taal";
import { foutVan, leesZoekformulier, zoekTitel, type Zoekparameters, type ZoekStaat } from "@/lib/wizard/zoek-hulp";
import { formatZorgprofiel, type Sector } from "@/rules/zorgprofiel";
import { ProfielenTabel, type ProfielenTabelGegevens, type TabelReden, type TabelUitleg } from "./tabel";

const PAD = "/zorgkantoor/profielen";
const NAAM = "sector";

/** The chosen sector; none, an empty one or an error shows every sector. */
async function keuzeVan(searchParams: Promise<Zoekparameters>, taal: Taal): Promise<{ staat: ZoekStaat<{ sector?: Sector }>; sector?: Sector }> {
  const staat = leesZoekformulier(await searchParams, profielenZoekSchemaIn(taal));
  return staat.soort === "ok" && staat.data.sector !== undefined ? { staat, sector: staat.data.sector } : { staat };
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Zoekparameters> }): Promise<Metadata> {
  const taal = await leesTaal();
  const { staat } = await keuzeVan(searchParams, taal);
  return { title: zoekTitel(inTaal(taal, profielenNl, profielenEn).titel, staat, taal) };
}

/**
 * The table as data for ProfielenTabel (./tabel.tsx): every sentence made here, in the page's
 * language and for staff, each different reason and each different cell once.
 */
function tabelGegevens(matrix: MatrixSector[], taal: Taal, t: typeof profielenEn, sector: Sector | undefined): ProfielenTabelGegevens {
  const redenen: TabelReden[] = [];
  const redenNummers = new Map<string, number>();
  const uitleg: TabelUitleg[] = [];
  const uitlegNummers = new Map<string, number>();
  const nummer = <T,>(lijst: T[], nummers: Map<string, number>, waarde: T): number => {
    const sleutel = JSON.stringify(waarde);
    let n = nummers.get(sleutel);
    if (n === undefined) {
      n = lijst.push(waarde) - 1;
      nummers.set(sleutel, n);
    }
    return n;
  };
  const celNummer = (cel: MatrixCel): number =>
    nummer(uitleg, uitlegNummers, {
      uitkomst: cel.uitkomst,
      redenen: cel.redenen.map((reden) =>
        nummer(redenen, redenNummers, {
          code: reden.code,
          regel: reden.regel,
          bron: reden.bron,
          zin: redenTekstIn(reden, ZORGKANTOOR, taal),
          // As RedenenLijst's sentences (components/uitkomst.tsx): a cited Dutch source stays Dutch.
          nederlands: typeof reden.gegevens.bron === "string" ? reden.gegevens.bron : "",
        }),
      ),
    });
  return {
    taal,
    bijschrift: sector === undefined ? t.bijschrift : t.bijschriftSector(t.sector[sector]),
    kolomZorgprofiel: t.kolomZorgprofiel,
    kolommen: PROFIEL_KOLOMMEN.map((kolom) => ({ kolom, kop: t.kolom[kolom] })),
    woord: t.woord,
    waarom: t.waarom,
    nietInBijlage4: t.nietInBijlage4,
    redenen,
    uitleg,
    groepen: matrix.map((groep) => ({
      sector: groep.sector,
      naam: t.sector[groep.sector],
      rijen: groep.rijen.map(({ zorgprofiel, cellen }) => ({
        code: zorgprofiel.code,
        naam: formatZorgprofiel(zorgprofiel),
        omschrijving: zorgprofiel.omschrijving,
        inBijlage4: zorgprofiel.inBijlage4,
        cellen: cellen.map(celNummer),
      })),
    })),
  };
}

export default async function ProfielenPagina({ searchParams }: { searchParams: Promise<Zoekparameters> }) {
  const taal = await leesTaal();
  const t = inTaal(taal, profielenNl, profielenEn);
  const stafAlgemeen = inTaal(taal, algemeenNl, algemeenEn);
  const { staat, sector } = await keuzeVan(searchParams, taal);
  const matrix = profielenMatrix(vandaagInAmsterdam(), sector);

  return (
    <article>
      <div className="max-w-3xl">
        {staat.soort === "fout" && <FoutSamenvatting fouten={staat.fouten} />}
        <PaginaKop titel={t.titel} />
        <p>{t.inleiding}</p>
        <p>{t.situatie}</p>
        <p>{t.api}</p>
        <p className="mb-8 border-l-[5px] border-lijn pl-4">{stafAlgemeen.geenPersoonsgegevens}</p>

        <h2 className="mt-0 mb-3 text-2xl font-bold">{t.uitlegKop}</h2>
        <ul className="mb-4 list-disc space-y-1 pl-6">
          <li>{t.uitleg.ja}</li>
          <li>{t.uitleg.nee}</li>
          <li>{t.uitleg.navragen}</li>
        </ul>
        <p className="mb-8">{t.redenUitleg}</p>

        <form method="get" action={PAD} aria-labelledby="sector-filter-kop">
          <h2 id="sector-filter-kop" className="mt-0 mb-3 text-2xl font-bold">
            {t.filterKop}
          </h2>
          <Keuzelijst
            naam={NAAM}
            label={t.sectorLabel}
            hint={t.sectorHint}
            leeg={t.alleSectoren}
            opties={SECTOREN.map((s) => ({ waarde: s, label: t.sector[s] }))}
            waarde={sector ?? ""}
            fout={foutVan(staat, NAAM)}
          />
          <Knop>{t.knop}</Knop>
        </form>
      </div>

      {/*
        `relative`: the cells' visually hidden texts (position: absolute) stay inside the scroll area.
        `scroll-pl-*`: a cell reached by Tab is scrolled clear of the sticky first column.
      */}
      <div role="region" aria-label={t.scrollgebied} tabIndex={0} className="relative mb-8 max-w-full scroll-pl-40 overflow-x-auto sm:scroll-pl-56">
        <ProfielenTabel gegevens={tabelGegevens(matrix, taal, t, sector)} />
      </div>
    </article>
  );
}
