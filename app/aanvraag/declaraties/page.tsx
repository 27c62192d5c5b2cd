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
import { aanvraag } from "@/content/aanvraag";
import { persoonVoor, tekstVoor, type Persoon } from "@/content/redenen";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { heleTekst } from "@/lib/begrippen";
import { declaratiesBegrippen } from "@/lib/begrippen-paginas";
import { BUDGET, TERMIJN, VERANTWOORDINGSVRIJ } from "@/lib/declaraties/paden";
import { OVERZICHT } from "@/lib/wizard/paden";
import { declarerenViaPortaal, declarerenViaSvb, declaratiesNodig, magDeclareren, subsidievaststelling, takenSvb } from "@/rules/declaratie";
import { GewijzigdMelding, StapAfronden } from "../stap-afronden";
import { BewaarLink } from "../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { aanspreking } from "@/lib/wizard/journey";
import { publiekVan } from "@/lib/wizard/publiek";

const TITEL = aanvraag.overzicht.stappen.declaraties;
const t = declaratiesTeksten.stap;

export const metadata: Metadata = { title: stapTitel("declaraties", TITEL) };

const KOP2 = "mt-10 mb-4 text-2xl font-bold";
const KOP3 = "mt-6 mb-3 text-xl font-bold";

/** The budget is the applicant's: its link and line name the person for someone filling in (docs/decisions/028). */
function hulpmiddelen(persoon: Persoon | null) {
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
  const wie = aanspreking(sessie.antwoorden);
  const persoon = persoonVoor(publiek);

  return (
    <>
      <TerugLink href={OVERZICHT}>{aanvraag.terugNaarOverzicht}</TerugLink>
      <GewijzigdMelding tonen={gewijzigd === "1"} />
      <PaginaKop stap="declaraties" titel={TITEL} />
      {/* Glossary terms linked at their first use in the introduction (lib/begrippen-paginas.ts). */}
      {declaratiesBegrippen(wie).delen.inleiding.map((delen) => (
        <p key={heleTekst(delen)} className="mb-8">
          <BegripTekst delen={delen} />
        </p>
      ))}

      {/* DE-01: nothing in the draft says whether the zorgkantoor approved yet, so the rule says what to ask. */}
      <UitkomstBlok titel={t.kunnenKop(wie)} uitkomst={magDeclareren({})} publiek={publiek} />

      <section aria-labelledby="kop-portaal">
        <h2 id="kop-portaal" className={KOP2}>
          {t.portaalKop}
        </h2>
        <RedenenLijst redenen={declarerenViaPortaal()} publiek={publiek} />
        <p className="mt-4">{t.portaalMeer}</p>
      </section>

      <section aria-labelledby="kop-svb">
        <h2 id="kop-svb" className={KOP2}>
          {t.svbKop}
        </h2>
        <RedenenLijst redenen={declarerenViaSvb()} publiek={publiek} />
        <p className="mt-4">
          <Link href={TERMIJN}>{t.svbTermijnLink}</Link>
        </p>
        <p data-voor-publiek>{t.bekijken(persoon)}</p>
      </section>

      <section aria-labelledby="kop-maandloon">
        <h2 id="kop-maandloon" className={KOP2}>
          {t.maandloonKop}
        </h2>
        <p data-voor-publiek>{t.maandloonVraag(persoon)}</p>
        <h3 className={KOP3}>{t.metMaandloon}</h3>
        <RedenenLijst redenen={declaratiesNodig(true).redenen} publiek={publiek} />
        <h3 className={KOP3}>{t.zonderMaandloon}</h3>
        <RedenenLijst redenen={declaratiesNodig(false).redenen} publiek={publiek} />
      </section>

      <section aria-labelledby="kop-hulpmiddelen">
        <h2 id="kop-hulpmiddelen" className={KOP2}>
          {t.hulpmiddelenKop}
        </h2>
        <p>{t.hulpmiddelenUitleg}</p>
        <ul className="m-0 list-none space-y-4 p-0">
          {hulpmiddelen(persoon).map((h) => (
            <li key={h.href} className="border-l-4 border-merk pl-4">
              <Link href={h.href} className="font-bold" {...(h.voorPubliek ? { "data-voor-publiek": "" } : {})}>
                {h.link}
              </Link>
              <p className="mt-1 mb-0" {...(h.voorPubliek ? { "data-voor-publiek": "" } : {})}>
                {h.uitleg}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kop-na-het-jaar">
        <h2 id="kop-na-het-jaar" className={KOP2}>
          {t.naHetJaarKop}
        </h2>
        <RedenenLijst redenen={subsidievaststelling()} publiek={publiek} />
      </section>

      <section aria-labelledby="kop-svb-taken">
        <h2 id="kop-svb-taken" className={KOP2}>
          {tekstVoor(t.svbTakenKop, publiek)}
        </h2>
        <RedenenLijst redenen={takenSvb()} publiek={publiek} />
        <p className="mt-4">{t.svbMeer}</p>
      </section>

      <h2 className={KOP2}>{t.klaarKop}</h2>
      <p>{t.klaarUitleg}</p>
      <StapAfronden stap="declaraties" versie={sessie.versie} />
      <BewaarLink metVelden={false} />
    </>
  );
}
