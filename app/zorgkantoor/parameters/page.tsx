/**
 * /zorgkantoor/parameters: for zorgkantoor staff, the yearly parameters the rules use on a date
 * (lib/staf/parameters.ts over rules/parameters.ts), with this server's yearly file when it has one. A plain GET form with one date field,
 * `?datum=dd-mm-jjjj`, today when empty; the parameters show on the same page. A value the
 * sources do not give reads "Niet bekend", with what to do, never a guessed number.
 */
import type { Metadata } from "next";
import { cache } from "react";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { foutTitel } from "@/lib/fout-titel";
import { TekstVeld } from "@/components/velden";
import { eenWaarde } from "@/components/veld-onderdelen";
import { parametersStaf as t, stafAlgemeen } from "@/content/zorgkantoor-staf";
import { vandaagInAmsterdam } from "@/lib/datum";
import { leesPeildatum, parameterOverzicht, type ParameterGroep } from "@/lib/staf/parameters";
import { formatDatumNl } from "@/rules/datum";
import type { IsoDatum } from "@/rules/types";

const PAD = "/zorgkantoor/parameters";
const NAAM = "datum";

type Zoekparameters = Promise<Record<string, string | string[] | undefined>>;

type Staat = { invoer: string; peildatum: IsoDatum; fout?: undefined } | { invoer: string; peildatum?: undefined; fout: string };

/** No `datum` (or an empty one from the form's first visit): today. Cached per request. */
const bepaal = cache((datum: string | undefined): Staat => {
  if (datum === undefined) {
    const vandaag = vandaagInAmsterdam();
    return { invoer: formatDatumNl(vandaag), peildatum: vandaag };
  }
  const gelezen = leesPeildatum(datum);
  return gelezen.ok ? { invoer: datum, peildatum: gelezen.peildatum } : { invoer: datum, fout: gelezen.fout };
});

async function staatVan(searchParams: Zoekparameters): Promise<Staat> {
  return bepaal(eenWaarde((await searchParams)[NAAM]));
}

export async function generateMetadata({ searchParams }: { searchParams: Zoekparameters }): Promise<Metadata> {
  const staat = await staatVan(searchParams);
  return { title: foutTitel(t.titel, staat.fout !== undefined) };
}

function Groep({ groep }: { groep: ParameterGroep }) {
  const kopId = `groep-${groep.sleutel}`;
  return (
    <section aria-labelledby={kopId} className="mb-10" data-groep={groep.sleutel}>
      <h3 id={kopId} className="mt-0 mb-2 text-xl font-bold">
        {groep.kop}
      </h3>
      {groep.geldigVanaf === null ? (
        <>
          <p className="mb-2 font-bold">{t.groepNietBekend}</p>
          <p>{t.nietBekendWatTeDoen}</p>
        </>
      ) : (
        <>
          <p className="mb-1">{t.geldigVanaf(formatDatumNl(groep.geldigVanaf))}</p>
          {groep.bron !== null && <p className="mb-3 text-grijs">{t.bron(groep.bron)}</p>}
          {groep.uitBestand !== null && <p className="mb-3">{t.uitBestand(groep.uitBestand)}</p>}
          {groep.sleutel === "brochure" && <p className="mb-3">{t.brochureUitleg}</p>}
          <dl className="m-0 border-t border-lijn">
            {groep.regels.map((regel) => (
              <div key={regel.label} className="border-b border-lijn py-3 sm:grid sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] sm:gap-x-5">
                <dt className="mb-1 font-bold sm:mb-0">{regel.label}</dt>
                <dd className="m-0 whitespace-pre-line" data-waarde={regel.waarde === null ? "onbekend" : "bekend"}>
                  {regel.waarde ?? (
                    <>
                      <strong>{t.nietBekend}</strong>
                      <span className="block text-base">{t.nietBekendWatTeDoen}</span>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

export default async function ParametersPagina({ searchParams }: { searchParams: Zoekparameters }) {
  const staat = await staatVan(searchParams);

  return (
    <article className="max-w-3xl">
      {staat.fout !== undefined && <FoutSamenvatting fouten={[{ naam: NAAM, tekst: staat.fout }]} />}
      <PaginaKop titel={t.titel} />
      <p>{t.inleiding}</p>
      <p className="mb-8 border-l-[5px] border-lijn pl-4">{stafAlgemeen.geenPersoonsgegevens}</p>

      <form method="get" action={PAD}>
        <TekstVeld
          veld={{ soort: "tekst", naam: NAAM, label: t.datumLabel, hint: t.datumHint, breedte: "kort" }}
          waarde={staat.invoer}
          fout={staat.fout}
        />
        <Knop>{t.knop}</Knop>
      </form>

      {staat.peildatum !== undefined && (
        <section aria-labelledby="uitkomst" className="mt-4">
          <h2 id="uitkomst" className="mt-0 mb-6 text-2xl font-bold">
            {t.uitkomstKop(formatDatumNl(staat.peildatum))}
          </h2>
          {parameterOverzicht(staat.peildatum).map((groep) => (
            <Groep key={groep.sleutel} groep={groep} />
          ))}
        </section>
      )}
    </article>
  );
}
