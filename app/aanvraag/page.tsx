import type { Metadata } from "next";
import Link from "@/components/link";
import { BegripTekst } from "@/components/begrip-tekst";
import { KnopLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { TaakLijst, type Taak } from "@/components/taaklijst";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { delen as delenNl } from "@/content/delen";
import { delen as delenEn } from "@/content/en/delen";
import { voorbereiden as voorbereidenNl } from "@/content/voorbereiden";
import { voorbereiden as voorbereidenEn } from "@/content/en/voorbereiden";
import { heleTekst } from "@/lib/begrippen";
import { overzichtBegrippen } from "@/lib/begrippen-paginas";
import { handtekeningOverzicht } from "@/lib/delen/handtekeningen";
import { VERWIJDEREN } from "@/lib/burger-paden";
import { formatDatumTijdstip } from "@/lib/wizard/datum";
import { kanStapBeginnen, paginasVanStap, resultaatBeschikbaar, stapStatus } from "@/lib/wizard/journey";
import { BEWAREN, controlePad, DELEN, RESULTAAT, VERSTUREN, vraagPad } from "@/lib/wizard/paden";
import { formatDatumNl } from "@/rules/datum";
import { stap, STAPPEN } from "@/lib/wizard/stappen";
import { vereisSessie } from "@/lib/wizard/laad";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), aanvraagNl, aanvraagEn).overzicht.titel };
}

/** The sections below the task list: medium headings, so the page stays short on a phone. */
const KOP = "mt-6 mb-2 text-xl font-bold";

export default async function Overzicht() {
  const taal = await leesTaal();
  const aanvraag = inTaal(taal, aanvraagNl, aanvraagEn);
  const voorbereiden = inTaal(taal, voorbereidenNl, voorbereidenEn);
  const delen = inTaal(taal, delenNl, delenEn);
  const sessie = await vereisSessie();
  const a = sessie.antwoorden;
  const handtekeningen = handtekeningOverzicht(a, taal);
  const resultaat = resultaatBeschikbaar(a);
  const taken = STAPPEN.map(({ slug, nummer, soort, duur, klaarleggen, na }): Taak => {
    const status = stapStatus(slug, a);
    const eerste = paginasVanStap(slug, a)[0];
    // Klaar is not sent (docs/decisions/031-burgerpaginas.md): once stap 3 is klaar its row says
    // whether the person sent it, and leads to what is still to do.
    if (slug === "aanvraag" && status === "klaar") {
      const verstuurd = a.verstuurd === undefined ? null : formatDatumNl(a.verstuurd);
      return {
        nummer,
        titel: aanvraag.overzicht.stappen[slug],
        href: VERSTUREN,
        ...(verstuurd === null ? { status: "klaar-om-te-versturen" } : { status: "verstuurd", datum: verstuurd }),
      };
    }
    const href = status === "kan-nog-niet" ? null : status === "klaar" || eerste === undefined ? controlePad(slug) : vraagPad(slug, eerste);
    // Steps 4–6 happen after the aanvraag; their pages are tools for then. A step that cannot
    // start yet names the step it waits for (lib/wizard/stappen.ts).
    const wachtOp = na === null ? "" : aanvraag.overzicht.eerstStap(stap(na).nummer);
    const uitleg = soort === "hulpmiddel"
      ? status === "kan-nog-niet"
        ? wachtOp
        : aanvraag.overzicht.naDeAanvraag
      : status === "kan-nog-niet"
        ? slug === "aanvraag" && kanStapBeginnen("keuze", a) && a.bevestigd?.includes("keuze")
          ? aanvraag.overzicht.geenPgb
          : wachtOp
        : undefined;
    // How long and what to have at hand, for a step still to do (content/voorbereiden.ts); not
    // for stap 3 when the choice made has no pgb.
    const voorbereiding =
      status === "klaar" || uitleg === aanvraag.overzicht.geenPgb
        ? {}
        : {
            ...(duur && { duur: voorbereiden.duur(duur.minuten, duur.perZorgverlener) }),
            ...(klaarleggen.length > 0 && { nodig: klaarleggen.map((ding) => voorbereiden.klaarleggen[ding]) }),
          };
    return { nummer, titel: aanvraag.overzicht.stappen[slug], href, status, ...(uitleg && { uitleg }), ...voorbereiding };
  });

  return (
    <>
      <PaginaKop titel={aanvraag.overzicht.titel} />
      {/* Glossary terms linked at their first use, in the introduction only (lib/begrippen-paginas.ts).
          Before there is a result, the introduction says when it comes, in place of a section of its
          own: the page stays short on a phone (docs/decisions/031-burgerpaginas.md). */}
      {taal === "nl" ? (
        overzichtBegrippen().delen.inleiding.map((delen, i, alle) => (
          <p key={heleTekst(delen)} className="mb-4">
            <BegripTekst delen={delen} />
            {!resultaat && i === alle.length - 1 && ` ${aanvraag.overzicht.resultaatNogNiet}`}
          </p>
        ))
      ) : (
        // The glossary's terms and links are Dutch (lib/begrippen-paginas.ts): the English has none yet.
        <p className="mb-4">
          {aanvraag.overzicht.inleiding}
          {!resultaat && ` ${aanvraag.overzicht.resultaatNogNiet}`}
        </p>
      )}
      <TaakLijst taken={taken} taal={taal} />

      {resultaat && (
        <>
          <h2 className={KOP}>{aanvraag.overzicht.resultaatKop}</h2>
          <p>
            <Link href={RESULTAAT}>{aanvraag.overzicht.resultaatLink}</Link>
          </p>
        </>
      )}

      <h2 className={KOP}>{delen.overzicht.kop}</h2>
      <p className="mb-2">{delen.overzicht.uitleg}</p>
      {handtekeningen.length > 0 && <p className="mb-2">{delen.overzicht.status(handtekeningen.length)}</p>}
      {handtekeningen.some((h) => h.status === "vernieuwen") && <p className="mb-2 font-bold">{delen.overzicht.vernieuwen}</p>}
      <p>
        <Link href={DELEN}>{delen.overzicht.link}</Link>
      </p>

      <h2 className={KOP}>{aanvraag.overzicht.bewaarKop}</h2>
      <p className="mb-2">{aanvraag.overzicht.verlooptOp(formatDatumTijdstip(sessie.verlooptOp))}</p>
      <p className="mb-6">
        <Link href={BEWAREN}>{aanvraag.bewaren.knop}</Link>
      </p>

      <h2 className={KOP}>{aanvraag.verwijderen.kop}</h2>
      <p className="mb-4">{aanvraag.verwijderen.uitleg}</p>
      {/* A link: the page behind it says what is lost and asks first (docs/decisions/031-burgerpaginas.md). */}
      <KnopLink href={VERWIJDEREN} variant="waarschuwing">
        {aanvraag.verwijderen.knop}
      </KnopLink>
    </>
  );
}
