/**
 * /zorgkantoor/profielen: for zorgkantoor staff, every Wlz zorgprofiel against the leveringsvormen
 * and gewaarborgde hulp (lib/staf/profielen.ts: the API's answer for "thuis, verder niets
 * bekend"). A data table with a caption, column and row headers and one `<tbody>` per sector;
 * each cell shows its outcome as a word and holds its reasons in a native `<details>`, so they
 * open by keyboard and without JavaScript. A plain GET form filters by sector (`?sector=VV`), read
 * with lib/wizard/zoek-hulp.ts as on the other GET tool pages (docs/decisions/024-foutpaden.md).
 *
 * Eight columns do not fit 360 px: the table scrolls inside a focusable, named region (as
 * components/budgetplan-tabel.tsx does); the page itself never scrolls sideways. The zorgprofiel
 * column stays at the left while the outcomes scroll past (`position: sticky`, with a background;
 * `border-separate` because collapsed borders would not move with it), and so does each sector's
 * name. On a phone that column is 9 rem: long words are hyphenated (`hyphens: auto`, `lang="nl"`),
 * a line may break after a slash, and a word a browser cannot hyphenate is broken where it must
 * (docs/decisions/031-burgerpaginas.md).
 */
import { Fragment, type ReactElement, type ReactNode } from "react";
import type { Metadata } from "next";
import { Keuzelijst } from "@/components/keuzelijst";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { RedenenLijst } from "@/components/uitkomst";
import { ZORGKANTOOR } from "@/content/redenen";
import { profielenStaf as profielenEn, stafAlgemeen as algemeenEn } from "@/content/en/zorgkantoor-staf";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { profielenStaf as profielenNl, stafAlgemeen as algemeenNl } from "@/content/zorgkantoor-staf";
import { leesTaal } from "@/lib/taal";
import { vandaagInAmsterdam } from "@/lib/datum";
import { PROFIEL_KOLOMMEN, profielenMatrix, profielenZoekSchemaIn, SECTOREN, type MatrixCel } from "@/lib/staf/profielen";
import { foutVan, leesZoekformulier, zoekTitel, type Zoekparameters, type ZoekStaat } from "@/lib/wizard/zoek-hulp";
import type { Antwoord } from "@/rules/types";
import { formatZorgprofiel, type Sector } from "@/rules/zorgprofiel";

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

/** The outcome word's colour; its other looks are `.profiel-woord` (app/globals.css). */
const WOORD_KLASSEN: Record<Antwoord, string> = {
  ja: "profiel-woord profiel-woord-ja",
  nee: "profiel-woord profiel-woord-nee",
  navragen: "profiel-woord profiel-woord-navragen",
};

const KOP = "border-b-2 border-inkt px-2 py-2 text-left align-bottom font-bold";
/** The first column: stays at the left edge of the scroll region, above the cells passing under it. */
const VAST_LINKS = "sticky left-0 z-[1] bg-white";

/**
 * A line may break after a slash ("verzorging/verpleging", the longest word in Bijlage 4): the
 * browser never breaks there by itself, so that word alone set the sticky column's width.
 */
function metBreekpunten(tekst: string): ReactNode {
  return tekst.split("/").map((deel, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <>
          /<wbr />
        </>
      )}
      {deel}
    </Fragment>
  ));
}

/**
 * A cell's folded outcome: the word, and its reasons under it. Many cells have the same outcome
 * for the same reasons (329 cells, about 100 different ones), so the page makes each different
 * `<details>` once and puts that one element in every cell that has it. The HTML still holds it in
 * each cell, but React's payload for the browser holds it once and refers to it from the other
 * cells (docs/decisions/030-snelheid.md, addendum 2026-12-05).
 */
function uitleggen(taal: Taal, t: typeof profielenEn): (cel: MatrixCel) => ReactElement {
  const gemaakt = new Map<string, ReactElement>();
  return (cel) => {
    const sleutel = `${cel.uitkomst} ${JSON.stringify(cel.redenen)}`;
    let uitleg = gemaakt.get(sleutel);
    if (uitleg === undefined) {
      uitleg = (
        <details>
          <summary className={WOORD_KLASSEN[cel.uitkomst]}>
            {t.woord[cel.uitkomst]}
            <span className="sr-only">{t.waarom}</span>
          </summary>
          <div className="profiel-redenen">
            <RedenenLijst redenen={cel.redenen} publiek={ZORGKANTOOR} waarom="geen" taal={taal} />
          </div>
        </details>
      );
      gemaakt.set(sleutel, uitleg);
    }
    return uitleg;
  };
}

export default async function ProfielenPagina({ searchParams }: { searchParams: Promise<Zoekparameters> }) {
  const taal = await leesTaal();
  const t = inTaal(taal, profielenNl, profielenEn);
  const stafAlgemeen = inTaal(taal, algemeenNl, algemeenEn);
  const { staat, sector } = await keuzeVan(searchParams, taal);
  const matrix = profielenMatrix(vandaagInAmsterdam(), sector);
  const uitleg = uitleggen(taal, t);

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
        <table className="w-full min-w-[52rem] border-separate border-spacing-0 text-base">
          <caption className="mb-2 text-left text-xl font-bold">
            {sector === undefined ? t.bijschrift : t.bijschriftSector(t.sector[sector])}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={`${KOP} ${VAST_LINKS}`}>
                {t.kolomZorgprofiel}
              </th>
              {PROFIEL_KOLOMMEN.map((kolom) => (
                <th key={kolom} scope="col" className={KOP}>
                  {t.kolom[kolom]}
                </th>
              ))}
            </tr>
          </thead>
          {matrix.map((groep) => (
            <tbody key={groep.sector} data-sector={groep.sector}>
              <tr>
                <th scope="rowgroup" colSpan={PROFIEL_KOLOMMEN.length + 1} className="bg-vlak px-2 pt-4 pb-2 text-left text-lg font-bold">
                  {/* The cell spans the row; its text stays at the left edge while the row scrolls. */}
                  <span className="sticky left-2">{t.sector[groep.sector]}</span>
                </th>
              </tr>
              {groep.rijen.map(({ zorgprofiel, cellen }) => (
                <tr key={zorgprofiel.code}>
                  <th scope="row" className="profiel-cel profiel-rijkop">
                    <span className="block font-bold">{formatZorgprofiel(zorgprofiel)}</span>
                    {/* Bijlage 4's own Dutch description: marked, so an English page reads and hyphenates it as Dutch. */}
                    {zorgprofiel.omschrijving !== null && (
                      <span lang="nl" className="block text-grijs">
                        {metBreekpunten(zorgprofiel.omschrijving)}
                      </span>
                    )}
                    {!zorgprofiel.inBijlage4 && <span className="block text-grijs">{t.nietInBijlage4}</span>}
                  </th>
                  {cellen.map((cel) => (
                    <td key={cel.kolom} data-profiel={zorgprofiel.code} data-kolom={cel.kolom} data-uitkomst={cel.uitkomst} className="profiel-cel">
                      {uitleg(cel)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </article>
  );
}
