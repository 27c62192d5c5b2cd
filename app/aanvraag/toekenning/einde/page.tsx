/**
 * Stap 4, "Wanneer stopt het pgb?" (TK-04, TK-05): the end grounds for this person's situation
 * (with the two about the gewaarborgde hulp only when there is one), reporting changes, what may
 * still be paid after the end, and the zorgkantoor to report to.
 */
import type { Metadata } from "next";
import { BegripTekst } from "@/components/begrip-tekst";
import { heleTekst } from "@/lib/begrippen";
import { eindeBegrippen } from "@/lib/begrippen-paginas";
import { TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { RedenenLijst } from "@/components/uitkomst";
import { UitlegBlokken } from "@/components/uitleg";
import { toekenningPaginas as toekenningNl } from "@/content/wizard/toekenning";
import { toekenningPaginas as toekenningEn } from "@/content/en/wizard/toekenning";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { zorgkantoorUitleg } from "@/lib/wizard/vragen/zorgkantoor";
import { eindeVoor } from "@/lib/toekenning/einde";
import { TOEKENNING } from "@/lib/toekenning/paden";
import { BewaarLink } from "../../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { aanspreking } from "@/lib/wizard/journey";
import { publiekVan } from "@/lib/wizard/publiek";

export async function generateMetadata(): Promise<Metadata> {
  const taal = await leesTaal();
  return { title: stapTitel("toekenning", inTaal(taal, toekenningNl, toekenningEn).delen.einde.titel, taal) };
}

const KOP2 = "mt-10 mb-4 text-2xl font-bold";

export default async function EindePagina() {
  const sessie = await vereisStap("toekenning");
  const a = sessie.antwoorden;
  const taal = await leesTaal();
  const t = inTaal(taal, toekenningNl, toekenningEn);
  const wie = aanspreking(a, taal);
  const einde = eindeVoor(a);
  const publiek = publiekVan(a);
  const zorgkantoor = zorgkantoorUitleg(a, t.einde.zorgkantoorKop(wie), false, taal);
  // Glossary terms linked at their first use in the running text, in reading order (lib/begrippen-paginas.ts).
  const begrippen = eindeBegrippen(wie, publiek, { ...einde, zorgkantoor }, taal);

  return (
    <>
      <TerugLink href={TOEKENNING}>{t.terugNaarStap}</TerugLink>
      <PaginaKop stap="toekenning" titel={t.delen.einde.titel} />
      {begrippen.delen.inleiding.map((delen) => (
        <p key={heleTekst(delen)} className="mt-0 mb-4">
          <BegripTekst delen={delen} />
        </p>
      ))}

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t.einde.grondenKop}</h2>
      <RedenenLijst redenen={einde.gronden} publiek={publiek} begrippenEerder={begrippen.voor.gronden} taal={taal} />

      <h2 className={KOP2}>{t.einde.meldenKop}</h2>
      <RedenenLijst redenen={einde.melden} publiek={publiek} begrippenEerder={begrippen.voor.melden} taal={taal} />

      <h2 className={KOP2} data-voor-publiek>
        {t.einde.naHetEindeKop(wie)}
      </h2>
      <RedenenLijst redenen={einde.naHetEinde} publiek={publiek} begrippenEerder={begrippen.voor.naHetEinde} taal={taal} />

      {zorgkantoor.length > 0 && (
        <div className="mt-10">
          <UitlegBlokken uitleg={zorgkantoor} begrippen={{ eerder: begrippen.voor.zorgkantoor }} />
        </div>
      )}
      <BewaarLink metVelden={false} />
    </>
  );
}
