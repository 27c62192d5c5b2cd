import type { Metadata } from "next";
import Link from "@/components/link";
import { startAanvraag } from "@/app/aanvraag/acties";
import { BegripTekst } from "@/components/begrip-tekst";
import { MeldingKop } from "@/components/melding-kop";
import { VraagFormulier } from "@/components/vraag-formulier";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { begrippen as begrippenNl } from "@/content/begrippen";
import { bronnen as bronnenNl } from "@/content/bronnen";
import { begrippen as begrippenEn } from "@/content/en/begrippen";
import { bronnen as bronnenEn } from "@/content/en/bronnen";
import { start as startEn } from "@/content/en/start";
import { verwijderen as verwijderenEn } from "@/content/en/verwijderen";
import { voorbereiden as voorbereidenEn } from "@/content/en/voorbereiden";
import { start as startNl } from "@/content/start";
import { verwijderen as verwijderenNl } from "@/content/verwijderen";
import { inTaal } from "@/content/vertaling";
import { voorbereiden as voorbereidenNl } from "@/content/voorbereiden";
import { heleTekst } from "@/lib/begrippen";
import { startBegrippen } from "@/lib/begrippen-paginas";
import { BEGRIPPEN } from "@/lib/burger-paden";
import { leesTaal } from "@/lib/taal";
import { OVERZICHT } from "@/lib/wizard/paden";
import { leesSessie } from "@/lib/wizard/sessie";
import { startVelden, startWaarden } from "@/lib/wizard/start";
import { duurVanDeAanvraag, stappenVanSoort } from "@/lib/wizard/stappen";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), startNl, startEn).titel };
}

export default async function StartPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { verwijderd } = await searchParams;
  const taal = await leesTaal();
  const start = inTaal(taal, startNl, startEn);
  const begrippen = inTaal(taal, begrippenNl, begrippenEn);
  const bronnen = inTaal(taal, bronnenNl, bronnenEn);
  const verwijderen = inTaal(taal, verwijderenNl, verwijderenEn);
  const voorbereiden = inTaal(taal, voorbereidenNl, voorbereidenEn);
  const sessie = await leesSessie();
  const antwoorden = sessie.status === "ok" ? sessie.antwoorden : {};
  const samen = duurVanDeAanvraag();
  // Glossary terms linked at their first use in the running text in sight, in reading order
  // (lib/begrippen.ts); not in headings, the form or the sources' titles.
  const plan = startBegrippen(taal);

  return (
    <article className="max-w-3xl">
      {verwijderd === "1" && sessie.status !== "ok" && (
        <MeldingKop titel={start.verwijderd}>
          <p>{verwijderen.opnieuw}</p>
        </MeldingKop>
      )}
      <h1 className="text-3xl font-bold mb-6 leading-tight sm:text-4xl">{start.titel}</h1>
      {plan.delen.inleiding.map((delen) => (
        <p key={heleTekst(delen)} className="mb-4">
          <BegripTekst delen={delen} />
        </p>
      ))}
      <p className="mb-4">
        <BegripTekst delen={plan.delen.woorden[0] ?? [{ tekst: begrippen.startTekst }]} /> <Link href={BEGRIPPEN}>{begrippen.startLinkTekst}</Link>.
      </p>

      <h2 className="text-2xl font-bold mt-8 mb-3">{start.watNodigKop}</h2>
      <ul className="list-disc pl-6 space-y-1 mb-4">
        {plan.delen.klaarleggen.map((delen) => (
          <li key={heleTekst(delen)}>
            <BegripTekst delen={delen} />
          </li>
        ))}
      </ul>
      <h2 className="text-2xl font-bold mt-8 mb-3">{start.hoeLangKop}</h2>
      <p className="mb-2">
        {voorbereiden.samen(samen.minuten, samen.perZorgverlener)} {voorbereiden.tussendoorStoppen}
      </p>
      <ul className="list-disc pl-6 space-y-1 mb-4">
        {stappenVanSoort("vragen").map(({ nummer, duur }) =>
          duur === undefined ? null : <li key={nummer}>{voorbereiden.perStap(nummer, voorbereiden.duur(duur.minuten, duur.perZorgverlener))}</li>,
        )}
      </ul>
      <h2 className="text-2xl font-bold mt-8 mb-3">{start.gegevensKop}</h2>
      <ul className="list-disc pl-6 space-y-1 mb-4">
        {plan.delen.gegevens.map((delen) => (
          <li key={heleTekst(delen)}>
            <BegripTekst delen={delen} />
          </li>
        ))}
      </ul>

      <section aria-labelledby="beginnen" className="my-10 border-4 border-merk p-4 sm:p-6">
        <h2 id="beginnen" className="text-2xl font-bold mt-0 mb-4">
          {start.beginKop}
        </h2>
        {sessie.status === "ok" && (
          <p className="mb-4">
            <Link href={OVERZICHT}>{inTaal(taal, aanvraagNl, aanvraagEn).terugNaarOverzicht}</Link>
          </p>
        )}
        <VraagFormulier
          actie={startAanvraag}
          schema="start"
          titel={start.voorWie.vraag}
          velden={startVelden(taal)}
          waarden={startWaarden(antwoorden)}
          verborgen={sessie.status === "ok" ? { versie: String(sessie.versie) } : {}}
          knop={start.voorWie.knop}
          zonderKop
        />
      </section>

      <h2 className="text-2xl font-bold mt-8 mb-4">{start.stappenKop}</h2>
      <ol className="list-none p-0 m-0 space-y-6">
        {start.stappen.map((stap, index) => (
          <li key={stap.titel} className="border-l-4 border-merk pl-4">
            <h3 className="text-xl font-bold m-0">
              <span className="block text-base font-normal text-grijs">{start.stapLabel(index + 1)}</span>
              {stap.titel}
            </h3>
            <p className="mt-1 mb-1">{plan.delen.stappen[index] ? <BegripTekst delen={plan.delen.stappen[index]} /> : stap.tekst}</p>
            <p className="text-base text-grijs m-0">{start.brochureDeel(stap.bron)}</p>
          </li>
        ))}
      </ol>

      <h2 className="text-2xl font-bold mt-10 mb-3">{start.bronKop}</h2>
      <p className="mb-3">
        <BegripTekst delen={plan.delen.bron[0] ?? [{ tekst: start.bronTekst }]} />
      </p>
      <ul className="list-disc pl-6 space-y-2">
        <li>
          {start.bronBrochure}: <cite lang="nl">{bronnen.brochure.titel}</cite>, {bronnen.brochure.uitgever} ({bronnen.brochure.datum}).
        </li>
        <li>
          {start.bronPagina}: <cite lang="nl">{bronnen.vindUwZorgkantoor.titel}</cite>, {bronnen.vindUwZorgkantoor.uitgever}.
        </li>
      </ul>

      <h2 className="text-2xl font-bold mt-10 mb-3">{start.ontwikkelaarsKop}</h2>
      <p>
        {start.ontwikkelaarsTekst} <a href="/api/v1/openapi.json">{start.ontwikkelaarsLink}</a>.
      </p>
    </article>
  );
}

