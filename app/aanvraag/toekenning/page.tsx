/**
 * Stap 4, "Het zorgkantoor kent het pgb toe" (TK-01..TK-07): the step page. Its four parts are
 * pages to read, two with a small GET tool; nothing here is a question of the draft. "Klaar met
 * deze stap" confirms the step (bevestigStap), as a check page does for steps 1–3.
 */
import type { Metadata } from "next";
import Link from "@/components/link";
import { BegripTekst } from "@/components/begrip-tekst";
import { TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { toekenningPaginas as toekenningEn } from "@/content/en/wizard/toekenning";
import { tekstVoor } from "@/content/redenen";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { toekenningPaginas as toekenningNl } from "@/content/wizard/toekenning";
import { leesTaal } from "@/lib/taal";
import { heleTekst } from "@/lib/begrippen";
import { toekenningBegrippen } from "@/lib/begrippen-paginas";
import { toekenningDeelPad, type ToekenningDeel } from "@/lib/toekenning/paden";
import { aanspreking, stapStatus } from "@/lib/wizard/journey";
import { OVERZICHT } from "@/lib/wizard/paden";
import { GewijzigdMelding, StapAfronden } from "../stap-afronden";
import { BewaarLink } from "../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { publiekVan } from "@/lib/wizard/publiek";

export async function generateMetadata(): Promise<Metadata> {
  const taal = await leesTaal();
  return { title: stapTitel("toekenning", inTaal(taal, toekenningNl, toekenningEn).overzicht.titel, taal) };
}

/** The four parts of the step, in their order, in `taal`. */
const delenIn = (taal: Taal): readonly { deel: ToekenningDeel; tekst: { titel: string; omschrijving: string } }[] => {
  const t = inTaal(taal, toekenningNl, toekenningEn);
  return [
    { deel: "beschikking", tekst: t.delen.beschikking },
    { deel: "eigen-bijdrage", tekst: t.delen.eigenBijdrage },
    { deel: "einde", tekst: t.delen.einde },
    { deel: "buitenland", tekst: t.delen.buitenland },
  ];
};

export default async function ToekenningPagina({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sessie = await vereisStap("toekenning");
  const a = sessie.antwoorden;
  const { gewijzigd } = await searchParams;
  const publiek = publiekVan(a);
  const taal = await leesTaal();
  const t = inTaal(taal, toekenningNl, toekenningEn);
  const aanvraag = inTaal(taal, aanvraagNl, aanvraagEn);
  const DELEN = delenIn(taal);
  // Glossary terms linked at their first use in the running text in sight: the introduction, each
  // part's line, the line above the button (lib/begrippen-paginas.ts). In English the lines are
  // the English words for every reader: `tekstVoor` rewrites Dutch "u" only.
  const delen = DELEN.map(({ tekst }) => (taal === "nl" ? tekstVoor(tekst.omschrijving, publiek) : tekst.omschrijving));
  const begrippen = toekenningBegrippen(aanspreking(a, taal), delen, taal).delen;

  return (
    <>
      <TerugLink href={OVERZICHT}>{aanvraag.terugNaarOverzicht}</TerugLink>
      <GewijzigdMelding tonen={gewijzigd === "1"} />
      <PaginaKop stap="toekenning" titel={t.overzicht.titel} />
      {begrippen.inleiding.map((delen) => (
        <p key={heleTekst(delen)} className="mt-0 mb-4">
          <BegripTekst delen={delen} />
        </p>
      ))}
      {stapStatus("toekenning", a) === "klaar" && <p className="mt-0 mb-4 font-bold">{t.overzicht.afgerond}</p>}

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t.overzicht.delenKop}</h2>
      <ul className="m-0 mb-8 list-none border-t border-lijn p-0">
        {DELEN.map(({ deel, tekst }, i) => (
          <li key={deel} className="border-b border-lijn py-4">
            <p className="m-0 text-xl font-bold">
              <Link href={toekenningDeelPad(deel)}>{tekst.titel}</Link>
            </p>
            <p className="mt-1 mb-0" data-voor-publiek>
              <BegripTekst delen={begrippen.delen[i] ?? []} />
            </p>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t.overzicht.klaarKop}</h2>
      {begrippen.klaar.map((delen) => (
        <p key={heleTekst(delen)} className="mt-0 mb-6">
          <BegripTekst delen={delen} />
        </p>
      ))}
      <StapAfronden stap="toekenning" versie={sessie.versie} />
      <BewaarLink metVelden={false} />
    </>
  );
}
