/**
 * Stap 6, the four weeks of DE-03 as a tool: a plain GET form with one date field; the outcome
 * (the last day, in Dutch, and whether it has passed) on the same page. No draft is written.
 */
import { BegripTekst } from "@/components/begrip-tekst";
import { heleTekst } from "@/lib/begrippen";
import { termijnBegrippen } from "@/lib/begrippen-paginas";
import type { Metadata } from "next";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { Uitklap } from "@/components/uitklap";
import { RedenenLijst } from "@/components/uitkomst";
import { persoonVoor, type Publiek } from "@/content/redenen";
import { TekstVeld } from "@/components/velden";
import { declaratiesTeksten as declaratiesNl } from "@/content/wizard/declaraties";
import { declaratiesTeksten as declaratiesEn } from "@/content/en/wizard/declaraties";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { DECLARATIES, TERMIJN } from "@/lib/declaraties/paden";
import { termijnSchema, termijnUitkomst, type TermijnUitkomst } from "@/lib/declaraties/termijn";
import { foutVan, leesZoekformulier, zoekTitel, type Zoekparameters, type ZoekStaat } from "@/lib/wizard/zoek-hulp";
import type { IsoDatum } from "@/rules/types";
import { vandaagInAmsterdam } from "@/lib/datum";
import { parametersOp } from "@/rules/parameters";
import { BewaarLink } from "../../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { jaarparameters } from "@/lib/parameters/jaarparameters";
import { publiekVan } from "@/lib/wizard/publiek";

const woorden = (taal: Taal) => inTaal(taal, declaratiesNl, declaratiesEn);

/** The query read with the form's schema; the title and the page read it the same way. */
async function staatVan(searchParams: Promise<Zoekparameters>, vandaag: IsoDatum, taal: Taal): Promise<ZoekStaat<{ ontvangen: IsoDatum }>> {
  return leesZoekformulier(await searchParams, termijnSchema(vandaag, taal));
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Zoekparameters> }): Promise<Metadata> {
  const taal = await leesTaal();
  const staat = await staatVan(searchParams, vandaagInAmsterdam(), taal);
  return { title: zoekTitel(stapTitel("declaraties", woorden(taal).termijn.titel, taal), staat, taal) };
}

const BLOK = "mb-10 border-4 p-4 sm:p-6";

function UitkomstBlok({ uitkomst, publiek, taal }: { uitkomst: TermijnUitkomst; publiek: Publiek; taal: Taal }) {
  const t = woorden(taal).termijn;
  return (
    <section aria-labelledby="uitkomst" className={`${BLOK} ${uitkomst.teLaat ? "border-fout" : "border-merk"}`}>
      <h2 id="uitkomst" className="mt-0 mb-4 text-2xl font-bold">
        {uitkomst.kop}
      </h2>
      <p className="mb-4 font-bold">{uitkomst.stand}</p>
      <Uitklap samenvatting={t.waaromKop}>
        <RedenenLijst redenen={uitkomst.redenen} publiek={publiek} waarom="geen" taal={taal} />
      </Uitklap>
    </section>
  );
}

export default async function TermijnPagina({ searchParams }: { searchParams: Promise<Zoekparameters> }) {
  const sessie = await vereisStap("declaraties");
  const vandaag = vandaagInAmsterdam();
  const taal = await leesTaal();
  const w = woorden(taal);
  const t = w.termijn;
  const staat = await staatVan(searchParams, vandaag, taal);
  const uitkomst = staat.soort === "ok" ? termijnUitkomst(staat.data.ontvangen, vandaag, taal) : null;
  const weken = parametersOp(vandaag, jaarparameters().tabel).brochure.declaratieTermijnWeken;

  return (
    <>
      <TerugLink href={DECLARATIES}>{w.terugNaarStap}</TerugLink>
      {staat.soort === "fout" && <FoutSamenvatting fouten={staat.fouten} />}
      <PaginaKop stap="declaraties" titel={t.titel} />
      {uitkomst !== null ? (
        <UitkomstBlok uitkomst={uitkomst} publiek={publiekVan(sessie.antwoorden)} taal={taal} />
      ) : (
        <>
          {/* Not data-voor-publiek: beside the sentence about the applicant's zorgverlener, the reader declares ("u").
              Glossary terms linked at their first use (lib/begrippen-paginas.ts). */}
          {termijnBegrippen(weken, persoonVoor(publiekVan(sessie.antwoorden)), taal).delen.inleiding.map((delen, i, alle) => (
            <p key={heleTekst(delen)} className={i === alle.length - 1 ? "mb-6" : "mb-4"}>
              <BegripTekst delen={delen} />
            </p>
          ))}
        </>
      )}
      {uitkomst !== null && <h2 className="mt-0 mb-4 text-2xl font-bold">{t.opnieuwKop}</h2>}
      <form method="get" action={TERMIJN} noValidate>
        <TekstVeld
          veld={{ soort: "tekst", naam: "ontvangen", label: t.label, hint: t.hint, breedte: "kort", autocomplete: "off" }}
          waarde={staat.waarden.ontvangen ?? ""}
          fout={foutVan(staat, "ontvangen")}
        />
        <Knop>{t.knop}</Knop>
      </form>
      <BewaarLink metVelden={false} />
    </>
  );
}
