/**
 * Stap 5, "Afspraken maken met zorgverleners" (ZO-01..ZO-08): the step page. The budgetplan's
 * zorgverleners as links to their checklist, the zorgovereenkomst and zorgbeschrijving in short
 * (ZO-01, ZO-08), how to hand them in (ZO-07, with the zorgkantoor to ask), and "Klaar met deze
 * stap" (bevestigStap), as a check page does for steps 1–3. Nothing here writes the draft.
 */
import type { Metadata } from "next";
import Link from "@/components/link";
import { BegripTekst } from "@/components/begrip-tekst";
import { TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { RedenenLijst } from "@/components/uitkomst";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { zorgovereenkomstenTeksten as inhoudEn } from "@/content/en/wizard/zorgovereenkomsten";
import { tekstVoor } from "@/content/redenen";
import { STANDAARDTAAL } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { zorgovereenkomstenTeksten as inhoudNl } from "@/content/wizard/zorgovereenkomsten";
import { leesTaal } from "@/lib/taal";
import { heleTekst } from "@/lib/begrippen";
import { zorgovereenkomstenAfspraken, zorgovereenkomstenBegrippen } from "@/lib/begrippen-paginas";
import { vandaagInAmsterdam } from "@/lib/datum";
import { aanspreking, stapStatus } from "@/lib/wizard/journey";
import { OVERZICHT, ZORGVERLENERS } from "@/lib/wizard/paden";
import { aanleverenOnderdeel, alleChecklists, checklistZorgkantoor, type ZorgovereenkomstChecklist } from "@/lib/zorgovereenkomst/checklist";
import { checklistPad } from "@/lib/zorgovereenkomst/paden";
import { GewijzigdMelding, StapAfronden } from "../stap-afronden";
import { BewaarLink } from "../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { ZorgkantoorContact } from "./checklist-weergave";
import { publiekVan } from "@/lib/wizard/publiek";

export async function generateMetadata(): Promise<Metadata> {
  const taal = await leesTaal();
  return { title: stapTitel("zorgovereenkomsten", inTaal(taal, inhoudNl, inhoudEn).overzicht.titel, taal) };
}

/** The answers of ZO-02 and ZO-06 for one zorgverlener, as a line under its link. */
function kortVan(c: ZorgovereenkomstChecklist): string {
  return c.onderdelen
    .filter((o) => o.sleutel === "rol" || o.sleutel === "loonbelasting")
    .map((o) => o.antwoord)
    .join(" ");
}

export default async function ZorgovereenkomstenPagina({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sessie = await vereisStap("zorgovereenkomsten");
  const a = sessie.antwoorden;
  const publiek = publiekVan(a);
  const taal = await leesTaal();
  const inhoud = inTaal(taal, inhoudNl, inhoudEn);
  const t = inhoud.overzicht;
  const aanvraag = inTaal(taal, aanvraagNl, aanvraagEn);
  // `tekstVoor` rewrites Dutch "u" for someone filling in; the English is for every reader as it is.
  const w = (tekst: string) => (taal === STANDAARDTAAL ? tekstVoor(tekst, publiek) : tekst);
  const { gewijzigd } = await searchParams;
  const checklists = alleChecklists(a, vandaagInAmsterdam(), taal);
  const zorgkantoor = checklistZorgkantoor(a);
  const onderdeel = aanleverenOnderdeel(zorgkantoor);
  // Its answer is one fixed sentence of the checklist's words: the page's language has it.
  const aanleveren = { ...onderdeel, antwoord: inhoud.checklist.aanleveren.antwoord };
  // Glossary terms linked at their first use in the running text in sight, in reading order
  // (lib/begrippen-paginas.ts); the reason lists plan theirs after what is linked above them.
  const begrippen = zorgovereenkomstenBegrippen(aanspreking(a, taal), publiek, { zorgverleners: checklists.length, aanleveren }, taal);

  return (
    <>
      <TerugLink href={OVERZICHT}>{aanvraag.terugNaarOverzicht}</TerugLink>
      <GewijzigdMelding tonen={gewijzigd === "1"} />
      <PaginaKop stap="zorgovereenkomsten" titel={t.titel} />
      {begrippen.delen.inleiding.map((delen, i) => (
        // The first paragraph is about the applicant; the second tells the reader what to do.
        <p key={heleTekst(delen)} className="mt-0 mb-4" {...(i === 0 ? { "data-voor-publiek": "" } : {})}>
          <BegripTekst delen={delen} />
        </p>
      ))}
      {stapStatus("zorgovereenkomsten", a) === "klaar" && <p className="mt-0 mb-4 font-bold">{t.afgerond}</p>}

      <h2 className="mt-8 mb-4 text-2xl font-bold" data-voor-publiek>
        {w(t.zorgverlenersKop)}
      </h2>
      {checklists.length === 0 ? (
        <>
          {begrippen.delen.geenZorgverleners.map((delen) => (
            <p key={heleTekst(delen)} className="mt-0 mb-4">
              <BegripTekst delen={delen} />
            </p>
          ))}
          <p className="mt-0 mb-8">
            <Link href={ZORGVERLENERS}>{t.naarBudgetplan}</Link>
          </p>
        </>
      ) : (
        <ul className="m-0 mb-8 list-none border-t border-lijn p-0">
          {checklists.map((c) => (
            <li key={c.id} className="border-b border-lijn py-4">
              <p className="m-0 text-xl font-bold">
                <Link href={checklistPad(c.id)}>{t.linkTekst(c.naam)}</Link>
              </p>
              <p className="mt-1 mb-0" data-voor-publiek>
                {tekstVoor(kortVan(c), publiek)}
              </p>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="afspraken-kop" className="mb-8">
        <h2 id="afspraken-kop" className="mt-8 mb-4 text-2xl font-bold">
          {t.afsprakenKop}
        </h2>
        <RedenenLijst redenen={zorgovereenkomstenAfspraken()} publiek={publiek} begrippenEerder={begrippen.voor.afspraken} taal={taal} />
      </section>

      <section aria-labelledby="aanleveren-kop" className="mb-8">
        <h2 id="aanleveren-kop" className="mt-8 mb-4 text-2xl font-bold" data-voor-publiek>
          {w(t.aanleverenKop)}
        </h2>
        {begrippen.delen.aanleveren.map((delen) => (
          <p key={heleTekst(delen)} className="mb-4">
            <BegripTekst delen={delen} />
          </p>
        ))}
        <ZorgkantoorContact zorgkantoor={zorgkantoor} publiek={publiek} taal={taal} />
        <RedenenLijst redenen={aanleveren.redenen} publiek={publiek} begrippenEerder={begrippen.voor.aanleverenRedenen} taal={taal} />
      </section>

      <h2 className="mt-10 mb-4 text-2xl font-bold">{t.klaarKop}</h2>
      {begrippen.delen.klaar.map((delen) => (
        <p key={heleTekst(delen)} className="mt-0 mb-6" data-voor-publiek>
          <BegripTekst delen={delen} />
        </p>
      ))}
      <StapAfronden stap="zorgovereenkomsten" versie={sessie.versie} />
      <BewaarLink metVelden={false} />
    </>
  );
}
