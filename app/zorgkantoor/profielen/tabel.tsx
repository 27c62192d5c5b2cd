"use client";
/**
 * The profielen table itself (app/zorgkantoor/profielen/page.tsx says what it shows and how it
 * fits a phone). A client component for one reason: size. The server sends it the table as data,
 * each different reason and each different cell once (329 cells, about 100 different ones, 87
 * different reasons), and this renders the same markup from that on the server and in the
 * browser. As server markup, React's inline payload repeated the whole table's markup beside the
 * HTML (docs/decisions/030-snelheid.md, addendum 2026-12-05). Nothing here is interactive: the
 * reasons open in a native `<details>`, with or without JavaScript.
 */
import { Fragment, type ReactNode } from "react";
import { MetNederlands } from "@/components/nederlands-deel";
import { RedenenOpsomming } from "@/components/redenen-opsomming";
import type { Taal } from "@/content/taal";
import type { Antwoord, Reden } from "@/rules/types";

/** A reason, with its sentence already in the page's language. */
export interface TabelReden extends Pick<Reden, "code" | "regel" | "bron"> {
  zin: string;
  /** A Dutch source the sentence quotes, marked `lang="nl"` on a page in another language ("" if none). */
  nederlands: string;
}

/** A cell's outcome with its reasons (indexes into `redenen`); many cells share one. */
export interface TabelUitleg {
  uitkomst: Antwoord;
  redenen: number[];
}

export interface TabelRij {
  code: string;
  /** "ZP 5 VV". */
  naam: string;
  /** Bijlage 4's Dutch description, if it has one. */
  omschrijving: string | null;
  inBijlage4: boolean;
  /** Per column, in the order of `kolommen`: an index into `uitleg`. */
  cellen: number[];
}

export interface ProfielenTabelGegevens {
  taal: Taal;
  bijschrift: string;
  kolomZorgprofiel: string;
  kolommen: { kolom: string; kop: string }[];
  /** The outcome as a word, and the hidden ", waarom?" after it. */
  woord: Record<Antwoord, string>;
  waarom: string;
  nietInBijlage4: string;
  redenen: TabelReden[];
  uitleg: TabelUitleg[];
  groepen: { sector: string; naam: string; rijen: TabelRij[] }[];
}

/** The outcome word's colour; its other looks are `.profiel-woord` (app/globals.css). */
const WOORD_KLASSEN: Record<Antwoord, string> = {
  ja: "profiel-woord profiel-ja",
  nee: "profiel-woord profiel-nee",
  navragen: "profiel-woord profiel-navragen",
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

/** An entry the server numbered; a number outside the list is a bug in page.tsx. */
function nummer<T>(lijst: readonly T[], n: number): T {
  const waarde = lijst[n];
  if (waarde === undefined) throw new Error(`Geen nummer ${n} in de tabelgegevens`);
  return waarde;
}

export function ProfielenTabel({ gegevens: g }: { gegevens: ProfielenTabelGegevens }) {
  return (
    <table className="w-full min-w-[52rem] border-separate border-spacing-0 text-base">
      <caption className="mb-2 text-left text-xl font-bold">{g.bijschrift}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${KOP} ${VAST_LINKS}`}>
            {g.kolomZorgprofiel}
          </th>
          {g.kolommen.map(({ kolom, kop }) => (
            <th key={kolom} scope="col" className={KOP}>
              {kop}
            </th>
          ))}
        </tr>
      </thead>
      {g.groepen.map((groep) => (
        <tbody key={groep.sector} data-sector={groep.sector}>
          <tr>
            <th scope="rowgroup" colSpan={g.kolommen.length + 1} className="bg-vlak px-2 pt-4 pb-2 text-left text-lg font-bold">
              {/* The cell spans the row; its text stays at the left edge while the row scrolls. */}
              <span className="sticky left-2">{groep.naam}</span>
            </th>
          </tr>
          {groep.rijen.map((rij) => (
            <tr key={rij.code}>
              <th scope="row" className="profiel-cel profiel-rijkop">
                <span className="block font-bold">{rij.naam}</span>
                {/* Bijlage 4's own Dutch description: marked, so an English page reads and hyphenates it as Dutch. */}
                {rij.omschrijving !== null && (
                  <span lang="nl" className="block text-grijs">
                    {metBreekpunten(rij.omschrijving)}
                  </span>
                )}
                {!rij.inBijlage4 && <span className="block text-grijs">{g.nietInBijlage4}</span>}
              </th>
              {rij.cellen.map((n, i) => {
                const { uitkomst, redenen } = nummer(g.uitleg, n);
                const { kolom } = nummer(g.kolommen, i);
                return (
                  <td key={kolom} data-profiel={rij.code} data-kolom={kolom} data-uitkomst={uitkomst} className="profiel-cel">
                    <details>
                      <summary className={WOORD_KLASSEN[uitkomst]}>
                        {g.woord[uitkomst]}
                        <span className="sr-only">{g.waarom}</span>
                      </summary>
                      <div className="profiel-redenen">
                        {/* As RedenenLijst with waarom="geen" (components/uitkomst.tsx): each sentence with its citation under it. */}
                        {redenen.length > 0 && (
                          <RedenenOpsomming
                            redenen={redenen.map((r) => {
                              const reden = nummer(g.redenen, r);
                              return { code: reden.code, regel: reden.regel, zin: <MetNederlands tekst={reden.zin} nederlands={reden.nederlands} taal={g.taal} />, bron: reden };
                            })}
                          />
                        )}
                      </div>
                    </details>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
