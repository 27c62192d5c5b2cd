/**
 * Stap 6, declaraties (brochure "Stap 6: U declareert uw kosten"): how declaring works on both
 * routes (DE-01..DE-04), the three tools, what happens after the year (DE-06) and what the SVB
 * does (DE-07). The step has no questions: "Klaar met deze stap" confirms it.
 */
import type { Metadata } from "next";
import Link from "@/components/link";
import { BegripTekst } from "@/components/begrip-tekst";
import { TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { RedenenLijst, UitkomstBlok } from "@/components/uitkomst";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { declaratiesTeksten as declaratiesEn } from "@/content/en/wizard/declaraties";
import { persoonVoor, tekstVoor, type Persoon } from "@/content/redenen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { declaratiesTeksten as declaratiesNl } from "@/content/wizard/declaraties";
import { leesTaal } from "@/lib/taal";
import { heleTekst, type TekstDeel } from "@/lib/begrippen";
import { declaratiesBegrippen, declaratiesRedenen } from "@/lib/begrippen-paginas";
import { BUDGET, TERMIJN, VERANTWOORDINGSVRIJ } from "@/lib/declaraties/paden";
import { OVERZICHT } from "@/lib/wizard/paden";
import { magDeclareren } from "@/rules/declaratie";
import { GewijzigdMelding, StapAfronden } from "../stap-afronden";
import { BewaarLink } from "../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { aanspreking } from "@/lib/wizard/journey";
import { publiekVan } from "@/lib/wizard/publiek";

/** The step's title, as the task list names it, in `taal`. */
const titelIn = (taal: Taal) => inTaal(taal, aanvraagNl, aanvraagEn).overzicht.stappen.declaraties;

export async function generateMetadata(): Promise<Metadata> {
  const taal = await leesTaal();
  return { title: stapTitel("declaraties", titelIn(taal), taal) };
}

const KOP2 = "mt-10 mb-4 text-2xl font-bold";
const KOP3 = "mt-6 mb-3 text-xl font-bold";

/** The budget is the applicant's: its link and line name the person for someone filling in (docs/decisions/028). */
function hulpmiddelen(persoon: Persoon | null, taal: Taal) {
  const t = inTaal(taal, declaratiesNl, declaratiesEn).stap;
  return [
    { href: TERMIJN, ...t.hulpmiddelen.termijn, voorPubliek: false },
    { href: VERANTWOORDINGSVRIJ, ...t.hulpmiddelen.verantwoordingsvrij, voorPubliek: false },
    { href: BUDGET, ...(persoon === null ? t.hulpmiddelen.budget : t.budgetHulpmiddelOver(persoon)), voorPubliek: true },
  ];
}

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function DeclaratiesPagina({ searchParams }: Props) {
  const sessie = await vereisStap("declaraties");
  const { gewijzigd } = await searchParams;
  const publiek = publiekVan(sessie.antwoorden);
  const taal = await leesTaal();
  const t = inTaal(taal, declaratiesNl, declaratiesEn).stap;
  const aanvraag = inTaal(taal, aanvraagNl, aanvraagEn);
  const TITEL = titelIn(taal);
  const wie = aanspreking(sessie.antwoorden, taal);
  const persoon = persoonVoor(publiek);
  const middelen = hulpmiddelen(persoon, taal);
  // Glossary terms linked at their first use in the running text in sight, in reading order
  // (lib/begrippen-paginas.ts); each reason list plans its own after what is linked above it.
  const begrippen = declaratiesBegrippen(wie, publiek, middelen.map((h) => h.uitleg), taal);
  const r = declaratiesRedenen();
  const b = begrippen.delen;
  const alinea = (delen: readonly TekstDeel[][], props: { className?: string; voorPubliek?: boolean } = {}) =>
    delen.map((d) => (
      <p key={heleTekst(d)} {...(props.className ? { className: props.className } : {})} {...(props.voorPubliek ? { "data-voor-publiek": "" } : {})}>
        <BegripTekst delen={d} />
      </p>
    ));

  return (
    <>
      <TerugLink href={OVERZICHT}>{aanvraag.terugNaarOverzicht}</TerugLink>
      <GewijzigdMelding tonen={gewijzigd === "1"} />
      <PaginaKop stap="declaraties" titel={TITEL} />
      {alinea(b.inleiding, { className: "mb-8" })}

      {/* DE-01: nothing in the draft says whether the zorgkantoor approved yet, so the rule says what to ask. */}
      <UitkomstBlok titel={t.kunnenKop(wie)} uitkomst={magDeclareren({})} publiek={publiek} begrippenEerder={begrippen.voor.kunnen} taal={taal} />

      <section aria-labelledby="kop-portaal">
        <h2 id="kop-portaal" className={KOP2}>
          {t.portaalKop}
        </h2>
        <RedenenLijst redenen={r.portaal} publiek={publiek} begrippenEerder={begrippen.voor.portaal} taal={taal} />
        {alinea(b.portaalMeer, { className: "mt-4" })}
      </section>

      <section aria-labelledby="kop-svb">
        <h2 id="kop-svb" className={KOP2}>
          {t.svbKop}
        </h2>
        <RedenenLijst redenen={r.svb} publiek={publiek} begrippenEerder={begrippen.voor.svb} taal={taal} />
        <p className="mt-4">
          <Link href={TERMIJN}>{t.svbTermijnLink}</Link>
        </p>
        {alinea(b.bekijken, { voorPubliek: true })}
      </section>

      <section aria-labelledby="kop-maandloon">
        <h2 id="kop-maandloon" className={KOP2}>
          {t.maandloonKop}
        </h2>
        {alinea(b.maandloon, { voorPubliek: true })}
        <h3 className={KOP3}>{t.metMaandloon}</h3>
        <RedenenLijst redenen={r.metMaandloon} publiek={publiek} begrippenEerder={begrippen.voor.metMaandloon} taal={taal} />
        <h3 className={KOP3}>{t.zonderMaandloon}</h3>
        <RedenenLijst redenen={r.zonderMaandloon} publiek={publiek} begrippenEerder={begrippen.voor.zonderMaandloon} taal={taal} />
      </section>

      <section aria-labelledby="kop-hulpmiddelen">
        <h2 id="kop-hulpmiddelen" className={KOP2}>
          {t.hulpmiddelenKop}
        </h2>
        {alinea(b.hulpmiddelenUitleg)}
        <ul className="m-0 list-none space-y-4 p-0">
          {middelen.map((h, i) => (
            <li key={h.href} className="border-l-4 border-merk pl-4">
              <Link href={h.href} className="font-bold" {...(h.voorPubliek ? { "data-voor-publiek": "" } : {})}>
                {h.link}
              </Link>
              <p className="mt-1 mb-0" {...(h.voorPubliek ? { "data-voor-publiek": "" } : {})}>
                <BegripTekst delen={b.hulpmiddelen[i] ?? []} />
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kop-na-het-jaar">
        <h2 id="kop-na-het-jaar" className={KOP2}>
          {t.naHetJaarKop}
        </h2>
        <RedenenLijst redenen={r.naHetJaar} publiek={publiek} begrippenEerder={begrippen.voor.naHetJaar} taal={taal} />
      </section>

      <section aria-labelledby="kop-svb-taken">
        <h2 id="kop-svb-taken" className={KOP2}>
          {taal === STANDAARDTAAL ? tekstVoor(t.svbTakenKop, publiek) : t.svbTakenKop}
        </h2>
        <RedenenLijst redenen={r.svbTaken} publiek={publiek} begrippenEerder={begrippen.voor.svbTaken} taal={taal} />
        {alinea(b.svbMeer, { className: "mt-4" })}
      </section>

      <h2 className={KOP2}>{t.klaarKop}</h2>
      {alinea(b.klaar)}
      <StapAfronden stap="declaraties" versie={sessie.versie} />
      <BewaarLink metVelden={false} />
    </>
  );
}
