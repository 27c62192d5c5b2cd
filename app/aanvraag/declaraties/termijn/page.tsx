/**
 * Stap 6, the four weeks of DE-03 as a tool: a plain GET form with one date field; the outcome
 * (the last day, in Dutch, and whether it has passed) on the same page. No draft is written.
 */
import type { Metadata } from "next";
import { cache } from "react";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { foutTitel } from "@/lib/fout-titel";
import { Uitklap } from "@/components/uitklap";
import { RedenenLijst } from "@/components/uitkomst";
import type { Publiek } from "@/content/redenen";
import { TekstVeld } from "@/components/velden";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { eersteWaarde } from "@/lib/declaraties/invoer";
import { DECLARATIES, TERMIJN } from "@/lib/declaraties/paden";
import { termijnSchema, termijnUitkomst, type TermijnUitkomst } from "@/lib/declaraties/termijn";
import { vandaagInAmsterdam } from "@/lib/datum";
import { parametersOp } from "@/rules/parameters";
import { BewaarLink } from "../../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { jaarparameters } from "@/lib/parameters/jaarparameters";
import { publiekVan } from "@/lib/wizard/publiek";

const t = declaratiesTeksten.termijn;

type Zoekparameters = Promise<Record<string, string | string[] | undefined>>;

type Staat =
  | { soort: "start" }
  | { soort: "fout"; invoer: string; fout: string }
  | { soort: "uitkomst"; invoer: string; uitkomst: TermijnUitkomst };

/** Cached: the title and the page read the same state once per request. */
const bepaal = cache((ontvangen: string | string[] | undefined, vandaag: string): Staat => {
  if (ontvangen === undefined) return { soort: "start" };
  const invoer = eersteWaarde(ontvangen);
  const gelezen = termijnSchema(vandaag).safeParse({ ontvangen });
  if (!gelezen.success) return { soort: "fout", invoer, fout: gelezen.error.issues[0]?.message ?? t.fout.vorm };
  return { soort: "uitkomst", invoer, uitkomst: termijnUitkomst(gelezen.data.ontvangen, vandaag) };
});

async function staatVan(searchParams: Zoekparameters): Promise<Staat> {
  return bepaal((await searchParams).ontvangen, vandaagInAmsterdam());
}

export async function generateMetadata({ searchParams }: { searchParams: Zoekparameters }): Promise<Metadata> {
  const staat = await staatVan(searchParams);
  const titel = stapTitel("declaraties", t.titel);
  return { title: foutTitel(titel, staat.soort === "fout") };
}

const BLOK = "mb-10 border-4 p-4 sm:p-6";

function UitkomstBlok({ uitkomst, publiek }: { uitkomst: TermijnUitkomst; publiek: Publiek }) {
  return (
    <section aria-labelledby="uitkomst" className={`${BLOK} ${uitkomst.teLaat ? "border-fout" : "border-merk"}`}>
      <h2 id="uitkomst" className="mt-0 mb-4 text-2xl font-bold">
        {uitkomst.kop}
      </h2>
      <p className="mb-4 font-bold">{uitkomst.stand}</p>
      <Uitklap samenvatting={t.waaromKop}>
        <RedenenLijst redenen={uitkomst.redenen} publiek={publiek} waarom="geen" />
      </Uitklap>
    </section>
  );
}

export default async function TermijnPagina({ searchParams }: { searchParams: Zoekparameters }) {
  const sessie = await vereisStap("declaraties");
  const vandaag = vandaagInAmsterdam();
  const staat = await staatVan(searchParams);
  const fout = staat.soort === "fout" ? staat.fout : undefined;
  const weken = parametersOp(vandaag, jaarparameters().tabel).brochure.declaratieTermijnWeken;

  return (
    <>
      <TerugLink href={DECLARATIES}>{declaratiesTeksten.terugNaarStap}</TerugLink>
      {fout !== undefined && <FoutSamenvatting fouten={[{ naam: "ontvangen", tekst: fout }]} />}
      <PaginaKop stap="declaraties" titel={t.titel} />
      {staat.soort === "uitkomst" ? (
        <UitkomstBlok uitkomst={staat.uitkomst} publiek={publiekVan(sessie.antwoorden)} />
      ) : (
        <>
          <p className="mb-4">{t.uitleg(weken)}</p>
          <p className="mb-6">{t.portaal}</p>
        </>
      )}
      {staat.soort === "uitkomst" && <h2 className="mt-0 mb-4 text-2xl font-bold">{t.opnieuwKop}</h2>}
      <form method="get" action={TERMIJN} noValidate>
        <TekstVeld
          veld={{ soort: "tekst", naam: "ontvangen", label: t.label, hint: t.hint, breedte: "kort", autocomplete: "off" }}
          waarde={staat.soort === "start" ? "" : staat.invoer}
          fout={fout}
        />
        <Knop>{t.knop}</Knop>
      </form>
      <BewaarLink />
    </>
  );
}
