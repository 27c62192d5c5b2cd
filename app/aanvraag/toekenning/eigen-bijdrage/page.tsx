/**
 * Stap 4, "De eigen bijdrage" (TK-03): whether this person pays one (their age from the draft),
 * what to know about it, the CAK as the authority, and an optional estimate of the lage eigen
 * bijdrage from an income typed into a plain GET form (nothing is stored). The estimate is only
 * offered to who pays one, for a year whose parameters are in our data.
 */
import { BegripTekst } from "@/components/begrip-tekst";
import { heleTekst, type TekstDeel } from "@/lib/begrippen";
import { eigenBijdrageBegrippen } from "@/lib/begrippen-paginas";
import type { Metadata } from "next";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { Uitklap } from "@/components/uitklap";
import { RedenenLijst } from "@/components/uitkomst";
import type { Publiek } from "@/content/redenen";
import { TekstVeld } from "@/components/velden";
import { formulier as formulierNl } from "@/content/wizard/algemeen";
import { formulier as formulierEn } from "@/content/en/wizard/algemeen";
import { toekenningPaginas as toekenningNl } from "@/content/wizard/toekenning";
import { toekenningPaginas as toekenningEn } from "@/content/en/wizard/toekenning";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { vandaagInAmsterdam } from "@/lib/datum";
import { eigenBijdrageVoor, INKOMEN_VELDEN, kanSchatten, leeftijdTekst, peiljaar, schattingVoor, type SchattingStaat } from "@/lib/toekenning/eigen-bijdrage";
import { TOEKENNING, toekenningDeelPad } from "@/lib/toekenning/paden";
import { zoekTitel, type Zoekparameters } from "@/lib/wizard/zoek-hulp";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { aanspreking } from "@/lib/wizard/journey";
import { formatBedrag } from "@/rules/geld";
import type { IsoDatum } from "@/rules/types";
import { BewaarLink } from "../../bewaar-link";
import { vereisSessie, vereisStap } from "@/lib/wizard/laad";
import { publiekVan } from "@/lib/wizard/publiek";

const PAD = toekenningDeelPad("eigen-bijdrage");
const [VELD] = INKOMEN_VELDEN;
const CAK_TELEFOON = "tel:+318000087";
const CAK_WEBSITE = "https://www.hetcak.nl";

interface Props {
  searchParams: Promise<Zoekparameters>;
}

/** The estimate's state: only for who pays an eigen bijdrage. */
function schatting(a: Antwoorden, params: Zoekparameters, peildatum: IsoDatum, taal: Taal): SchattingStaat {
  return eigenBijdrageVoor(a, peildatum).verschuldigd ? schattingVoor(params, peildatum, taal) : { soort: "start" };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sessie = await vereisSessie();
  const taal = await leesTaal();
  const staat = schatting(sessie.antwoorden, await searchParams, vandaagInAmsterdam(), taal);
  const titel = stapTitel("toekenning", inTaal(taal, toekenningNl, toekenningEn).delen.eigenBijdrage.titel, taal);
  return { title: zoekTitel(titel, staat, taal) };
}

const KOP2 = "mt-10 mb-4 text-2xl font-bold";

function SchattingBlok({
  perMaand,
  redenen,
  publiek,
  tekst,
  begrippenEerder,
  taal,
}: Extract<SchattingStaat, { soort: "schatting" }> & { publiek: Publiek; tekst: readonly TekstDeel[]; begrippenEerder: readonly string[]; taal: Taal }) {
  const s = inTaal(taal, toekenningNl, toekenningEn).eigenBijdrage.schatting;
  return (
    <section aria-labelledby="schatting" className="mb-8 border-4 border-merk p-4 sm:p-6">
      <h3 id="schatting" className="mt-0 mb-2 text-xl font-bold">
        {s.uitkomstKop}
      </h3>
      <p className="mt-0 mb-2 text-2xl font-bold">{s.perMaand(formatBedrag(perMaand))}</p>
      <p className="mt-0 mb-6">
        <BegripTekst delen={tekst} />
      </p>
      <h4 className="mt-0 mb-3 text-lg font-bold">{s.hoeKop}</h4>
      <RedenenLijst redenen={redenen} publiek={publiek} begrippenEerder={begrippenEerder} taal={taal} />
    </section>
  );
}

export default async function EigenBijdragePagina({ searchParams }: Props) {
  const sessie = await vereisStap("toekenning");
  const a = sessie.antwoorden;
  const vandaag = vandaagInAmsterdam();
  const taal = await leesTaal();
  const t = inTaal(taal, toekenningNl, toekenningEn);
  const s = t.eigenBijdrage.schatting;
  const formulier = inTaal(taal, formulierNl, formulierEn);
  const wie = aanspreking(a, taal);
  const eb = eigenBijdrageVoor(a, vandaag);
  const staat = schatting(a, await searchParams, vandaag, taal);
  const fout = staat.soort === "fout" ? staat.fout : undefined;
  const publiek = publiekVan(a);
  const kan = kanSchatten(vandaag);
  // Glossary terms linked at their first use in the running text in sight, in reading order (lib/begrippen-paginas.ts).
  const begrippen = eigenBijdrageBegrippen(
    wie,
    publiek,
    {
      leeftijd: leeftijdTekst(eb.bron, taal),
      redenen: eb.redenen,
      schatting: eb.verschuldigd && kan && staat.soort === "schatting" ? staat.redenen : null,
      schatten: !eb.verschuldigd ? null : kan ? s.uitleg : s.geenBedragen(vandaag.slice(0, 4)),
    },
    taal,
  );
  const b = begrippen.delen;

  return (
    <>
      <TerugLink href={TOEKENNING}>{t.terugNaarStap}</TerugLink>
      {fout !== undefined && <FoutSamenvatting fouten={[{ naam: VELD, tekst: fout }]} />}
      <PaginaKop stap="toekenning" titel={t.delen.eigenBijdrage.titel} />
      {/* Glossary terms linked at their first use in the introduction (lib/begrippen-paginas.ts). */}
      {b.inleiding.map((delen) => (
        <p key={heleTekst(delen)} className="mt-0 mb-6" data-voor-publiek>
          <BegripTekst delen={delen} />
        </p>
      ))}

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t.eigenBijdrage.betaaltKop(wie)}</h2>
      <p className="mt-0 mb-2 text-xl font-bold">{eb.verschuldigd ? formulier.ja : formulier.nee}</p>
      <p className="mt-0 mb-4">
        <BegripTekst delen={b.leeftijd[0] ?? []} />
      </p>
      <RedenenLijst redenen={eb.redenen} publiek={publiek} begrippenEerder={begrippen.voor.redenen} taal={taal} />
      {eb.mptUitleg.length > 0 && (
        <div className="mt-6">
          <Uitklap samenvatting={t.eigenBijdrage.mptKop}>
            <RedenenLijst redenen={eb.mptUitleg} publiek={publiek} taal={taal} />
          </Uitklap>
        </div>
      )}

      {eb.verschuldigd && (
        <section aria-labelledby="schatten">
          <h2 id="schatten" className={KOP2}>
            {s.kop}
          </h2>
          {kan ? (
            <>
              {staat.soort === "schatting" && (
                <SchattingBlok {...staat} publiek={publiek} tekst={b.schatting[0] ?? []} begrippenEerder={begrippen.voor.schattingRedenen} taal={taal} />
              )}
              <p className="mt-0 mb-6">
                <BegripTekst delen={b.schatten[0] ?? []} />
              </p>
              <form method="get" action={`${PAD}#schatten`}>
                <TekstVeld
                  veld={{ soort: "tekst", naam: VELD, label: s.label(wie, peiljaar(vandaag)), hint: s.hint(peiljaar(vandaag)), breedte: "midden", autocomplete: "off" }}
                  waarde={staat.soort === "start" ? "" : staat.invoer}
                  fout={fout}
                />
                <Knop>{s.knop}</Knop>
              </form>
            </>
          ) : (
            <p className="mt-0 mb-6">
              <BegripTekst delen={b.schatten[0] ?? []} />
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="cak" className="mt-10 border-l-[5px] border-lijn pl-4">
        <h2 id="cak" className="mt-0 mb-4 text-2xl font-bold">
          {t.eigenBijdrage.cak.kop}
        </h2>
        <dl className="m-0 mb-4 space-y-3">
          <div>
            <dt className="font-bold">{t.eigenBijdrage.cak.telefoonLabel}</dt>
            <dd className="m-0">
              <a href={CAK_TELEFOON}>{t.eigenBijdrage.cak.telefoon}</a>
            </dd>
          </div>
          <div>
            <dt className="font-bold">{t.eigenBijdrage.cak.websiteLabel}</dt>
            <dd className="m-0">
              <a href={CAK_WEBSITE}>{t.eigenBijdrage.cak.website}</a>
            </dd>
          </div>
        </dl>
        <p className="mb-0">
          <BegripTekst delen={b.cak[0] ?? []} />
        </p>
      </section>
      <BewaarLink metVelden={false} />
    </>
  );
}
