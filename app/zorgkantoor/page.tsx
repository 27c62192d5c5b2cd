/**
 * /zorgkantoor: "Vind uw zorgkantoor" on its own (ZK-01, ZK-02). One field in a plain GET form,
 * so the page works without JavaScript; `?zoek=` shows the outcome on the same page. With
 * JavaScript the field gets suggestions (components/zorgkantoor-zoekveld.tsx).
 *
 * `?keuze=` (a gemeentecode, or a region code for a village of a split gemeente) picks one of
 * several places of the same name (Hengelo, Vianen): the choice links and the suggestions send it.
 */
import { BegripTekst } from "@/components/begrip-tekst";
import { heleTekst } from "@/lib/begrippen";
import { zorgkantoorUitkomstBegrippen, zorgkantoorZoekenBegrippen } from "@/lib/begrippen-paginas";
import type { Metadata } from "next";
import { cache, Fragment } from "react";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, knopKlassen } from "@/components/knoppen";
import { MetNederlands } from "@/components/nederlands-deel";
import { PaginaKop } from "@/components/pagina-kop";
import { leesZoekformulier, zoekTitel, type Zoekparameters } from "@/lib/wizard/zoek-hulp";
import { zorgkantoorZoekSchemaIn } from "@/lib/zorgkantoor/zoekformulier";
import { Uitklap } from "@/components/uitklap";
import { RedenenLijst } from "@/components/uitkomst";
import { veldId } from "@/components/veld-onderdelen";
import { ZorgkantoorZoekveld } from "@/components/zorgkantoor-zoekveld";
import { zorgkantoorPagina as en } from "@/content/en/zorgkantoor";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { zorgkantoorPagina as nl } from "@/content/zorgkantoor";
import { leesTaal } from "@/lib/taal";
import { PEILDATUM_GEMEENTEN } from "@/rules/data/gemeenten";
import { PEILJAAR_POSTCODES } from "@/rules/data/postcodes";
import { BRON_ZORGKANTOREN } from "@/rules/data/zorgkantoren";
import type { Reden } from "@/rules/types";
import type { Zorgkantoor } from "@/rules/zorgkantoor";
import { keuzeCode, zoekZorgkantoor, type Keuze, type ZoekUitkomst } from "@/rules/zorgkantoor-zoeken";

const PAD = "/zorgkantoor";
const JAAR_INDELING = PEILDATUM_GEMEENTEN.slice(0, 4);

/** The page's words in its language (docs/decisions/032-talen.md). */
type Woorden = ReturnType<typeof woordenIn>;
const woordenIn = (taal: Taal) => inTaal(taal, nl, en);

type Staat =
  | { soort: "start" }
  | { soort: "fout"; invoer: string; fout: string }
  | { soort: "zorgkantoor"; invoer: string; zorgkantoor: Zorgkantoor; redenen: Reden[]; viaPostcodes: boolean }
  | { soort: "postcode"; invoer: string; uitkomst: Extract<ZoekUitkomst, { soort: "postcode" }> }
  | { soort: "keuzes"; invoer: string; keuzes: Keuze[]; meer: boolean };

/** The page's state for a search; cached so the title and the page search once per request. */
const bepaal = cache((zoek: string, keuze: string | undefined, taal: Taal): Staat => {
  const t = woordenIn(taal);
  const uitkomst = zoekZorgkantoor(zoek, keuze);
  switch (uitkomst.soort) {
    case "leeg":
      return { soort: "fout", invoer: zoek, fout: t.fout.leeg };
    case "niets":
      return { soort: "fout", invoer: zoek, fout: t.fout.niets(uitkomst.invoer) };
    case "postcode-onbekend":
      return { soort: "fout", invoer: zoek, fout: t.fout.postcodeOnbekend(uitkomst.postcode) };
    case "gemeente":
    case "woonplaats":
      return {
        soort: "zorgkantoor",
        invoer: zoek,
        zorgkantoor: uitkomst.zorgkantoor,
        redenen: uitkomst.redenen,
        viaPostcodes: uitkomst.soort === "woonplaats",
      };
    case "postcode":
      return { soort: "postcode", invoer: zoek, uitkomst };
    case "keuzes":
      return { soort: "keuzes", invoer: zoek, keuzes: uitkomst.keuzes, meer: uitkomst.meer };
  }
});

async function staatVan(searchParams: Promise<Zoekparameters>, taal: Taal): Promise<Staat> {
  const gelezen = leesZoekformulier(await searchParams, zorgkantoorZoekSchemaIn(taal));
  if (gelezen.soort === "start") return { soort: "start" };
  if (gelezen.soort === "fout") return { soort: "fout", invoer: gelezen.waarden.zoek ?? "", fout: gelezen.fouten[0]?.tekst ?? woordenIn(taal).fout.leeg };
  return bepaal(gelezen.data.zoek, gelezen.data.keuze, taal);
}

/** A link that finds this place: by its name alone when that is enough, else with `keuze`. */
function zoekLink(naam: string, code: string): string {
  const uitkomst = zoekZorgkantoor(naam);
  const direct =
    (uitkomst.soort === "gemeente" && uitkomst.gemeente.code === code) ||
    (uitkomst.soort === "woonplaats" && (uitkomst.gemeente?.code ?? uitkomst.zorgkantoor.zkCode) === code);
  const query = new URLSearchParams(direct ? { zoek: naam } : { zoek: naam, keuze: code });
  return `${PAD}?${query}`;
}

function keuzeLabel(keuze: Keuze, t: Woorden): string {
  if (keuze.soort === "gemeente") return t.plaats.gemeente(keuze.naam);
  return keuze.gemeente === null
    ? t.plaats.woonplaatsZonderGemeente(keuze.naam, keuze.zorgkantoor.regio)
    : t.plaats.woonplaats(keuze.naam, keuze.gemeente.naam);
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Zoekparameters> }): Promise<Metadata> {
  const taal = await leesTaal();
  const staat = await staatVan(searchParams, taal);
  return { title: zoekTitel(woordenIn(taal).titel, staat, taal) };
}

const BLOK = "mb-10 border-4 border-merk p-4 sm:p-6";
const KOP2 = "mt-0 mb-4 text-2xl font-bold";
const KOP3 = "mt-6 mb-3 text-xl font-bold";

/** The outcome's sources, as the block lists them. */
function bronnen(viaPostcodes: boolean, t: Woorden): string[] {
  return [t.bronZorgkantoren(BRON_ZORGKANTOREN), t.bronGemeenten(JAAR_INDELING), ...(viaPostcodes ? [t.bronPostcodes(PEILJAAR_POSTCODES)] : [])];
}

/** What every block gets besides its state: the page's language and words. */
interface InTaal {
  taal: Taal;
  t: Woorden;
}

function ZorgkantoorBlok({ zorgkantoor: zk, redenen, viaPostcodes, taal, t }: Extract<Staat, { soort: "zorgkantoor" }> & InTaal) {
  // Glossary terms linked at their first use in the outcome's running text (lib/begrippen-paginas.ts).
  // The glossary is Dutch: an English page shows its words without links (docs/decisions/032-talen.md).
  const begrippen = taal === "nl" ? zorgkantoorUitkomstBegrippen({ alineas: [t.watIsHet], redenen, bronnen: bronnen(viaPostcodes, t) }) : null;
  return (
    <section aria-labelledby="uitkomst" className={BLOK}>
      <h2 id="uitkomst" className={KOP2}>
        {t.uitkomstKop(zk.regio)}
      </h2>
      <dl className="m-0 mb-4 space-y-3 wrap-anywhere">
        <div>
          <dt className="font-bold">{t.zorgkantoor}</dt>
          <dd className="m-0">{t.zorgkantoorNaam(zk.regio, zk.zorgverzekeraar)}</dd>
        </div>
        <div>
          <dt className="font-bold">{t.website}</dt>
          <dd className="m-0">
            <a href={zk.websiteUrl}>
              {/* On a narrow screen "www.zilverenkruis.nl/zorgkantoor" breaks after the slash */}
              {zk.website.split("/").map((deel, index) => (
                <Fragment key={deel}>
                  {index > 0 && (
                    <>
                      /<wbr />
                    </>
                  )}
                  {deel}
                </Fragment>
              ))}
            </a>
          </dd>
        </div>
        <div>
          <dt className="font-bold">{t.telefoon}</dt>
          <dd className="m-0">
            <a href={`tel:${zk.telefoonInternationaal}`}>{zk.telefoon}</a>
          </dd>
        </div>
      </dl>
      <p className="mb-0">
        {begrippen === null ? t.watIsHet : <BegripTekst delen={begrippen.delen.alineas[0] ?? []} />}
      </p>
      <h3 className={KOP3}>{t.waaromKop}</h3>
      <RedenenLijst redenen={redenen} begrippenEerder={begrippen?.voor.redenen} taal={taal} />
      <h3 className={KOP3}>{t.bronnenKop}</h3>
      <ul className="m-0 list-disc space-y-1 pl-6 text-base">
        {begrippen === null
          ? bronnen(viaPostcodes, t).map((bron) => (
              <li key={bron}>
                <MetNederlands tekst={bron} nederlands={BRON_ZORGKANTOREN} taal={taal} />
              </li>
            ))
          : begrippen.delen.bronnen.map((delen) => (
              <li key={heleTekst(delen)}>
                <BegripTekst delen={delen} />
              </li>
            ))}
      </ul>
    </section>
  );
}

function PostcodeBlok({ uitkomst, taal, t }: Extract<Staat, { soort: "postcode" }> & InTaal) {
  const { gemeente, zorgkantoor, woonplaats, redenen } = uitkomst;
  // The reasons are folded: only the paragraph in sight links terms (lib/begrippen-paginas.ts).
  const tekst = gemeente === null ? t.postcodeGesplitst(woonplaats, zorgkantoor.regio) : t.postcodeVraag(gemeente.naam, zorgkantoor.regio);
  const [delen = []] = taal === "nl" ? zorgkantoorUitkomstBegrippen({ alineas: [tekst] }).delen.alineas : [];
  const alinea = taal === "nl" ? <BegripTekst delen={delen} /> : tekst;
  return (
    <section aria-labelledby="uitkomst" className={BLOK}>
      <h2 id="uitkomst" className={KOP2}>
        {gemeente === null ? t.postcodeGesplitstKop : t.postcodeKop}
      </h2>
      {gemeente === null ? (
        <>
          <p>{alinea}</p>
          <p>
            <a href={`#${veldId("zoek")}`}>{t.postcodeGesplitstVraag}</a>
          </p>
        </>
      ) : (
        <>
          <p className="mb-4 font-bold">{alinea}</p>
          <a href={zoekLink(gemeente.naam, gemeente.code)} className={knopKlassen()}>
            {t.postcodeJa(gemeente.naam)}
          </a>
          <p>
            <a href={`#${veldId("zoek")}`}>{t.postcodeNee}</a>
          </p>
        </>
      )}
      {/* Folded: the question comes first, and "Nee" leads to the field right below */}
      <div className="mt-6 [&>details]:mb-0">
        <Uitklap samenvatting={t.waaromKop}>
          <RedenenLijst redenen={redenen} waarom="geen" taal={taal} />
        </Uitklap>
      </div>
    </section>
  );
}

function KeuzesBlok({ invoer, keuzes, meer, t }: Extract<Staat, { soort: "keuzes" }> & InTaal) {
  return (
    <section aria-labelledby="uitkomst" className={BLOK}>
      <h2 id="uitkomst" className={KOP2}>
        {t.keuzesKop}
      </h2>
      <p>{t.keuzesTekst(invoer.trim())}</p>
      <ul className="m-0 list-disc space-y-2 pl-6">
        {keuzes.map((keuze) => (
          <li key={`${keuze.soort}:${keuze.naam}:${keuzeCode(keuze)}`}>
            <a href={zoekLink(keuze.naam, keuzeCode(keuze))}>{keuzeLabel(keuze, t)}</a>
          </li>
        ))}
      </ul>
      {meer && <p className="mt-4 mb-0">{t.keuzesMeer}</p>}
    </section>
  );
}

export default async function ZorgkantoorPagina({ searchParams }: { searchParams: Promise<Zoekparameters> }) {
  const taal = await leesTaal();
  const t = woordenIn(taal);
  const staat = await staatVan(searchParams, taal);
  const fout = staat.soort === "fout" ? staat.fout : undefined;
  const blok =
    staat.soort === "zorgkantoor" ? (
      <ZorgkantoorBlok {...staat} taal={taal} t={t} />
    ) : staat.soort === "postcode" ? (
      <PostcodeBlok {...staat} taal={taal} t={t} />
    ) : staat.soort === "keuzes" ? (
      <KeuzesBlok {...staat} taal={taal} t={t} />
    ) : null;

  return (
    <article className="max-w-3xl">
      {fout !== undefined && <FoutSamenvatting fouten={[{ naam: "zoek", tekst: fout }]} />}
      <PaginaKop titel={t.titel} />
      {/* Glossary terms linked at their first use in the introduction (lib/begrippen-paginas.ts). */}
      {blok ??
        (taal === "nl" ? (
          zorgkantoorZoekenBegrippen().delen.inleiding.map((delen) => (
            <p key={heleTekst(delen)} className="mb-6">
              <BegripTekst delen={delen} />
            </p>
          ))
        ) : (
          <p className="mb-6">{t.inleiding}</p>
        ))}
      {blok !== null && <h2 className={KOP2}>{t.opnieuwKop}</h2>}
      <form method="get" action={PAD} role="search">
        <ZorgkantoorZoekveld waarde={staat.soort === "start" ? "" : staat.invoer} fout={fout} />
        <Knop>{t.knop}</Knop>
      </form>
    </article>
  );
}
