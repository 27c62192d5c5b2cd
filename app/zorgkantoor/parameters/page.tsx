/**
 * /zorgkantoor/parameters: for zorgkantoor staff, the yearly parameters the rules use on a date
 * (lib/staf/parameters.ts over rules/parameters.ts), with this server's yearly file when it has one. A plain GET form with one date field,
 * `?datum=dd-mm-jjjj`, today without it; the parameters show on the same page. The query is read
 * with lib/wizard/zoek-hulp.ts, as on the other GET tool pages (docs/decisions/024-foutpaden.md).
 * A value the sources do not give reads "Niet bekend", with what to do, never a guessed number.
 */
import type { Metadata } from "next";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop } from "@/components/knoppen";
import { MetNederlands } from "@/components/nederlands-deel";
import { PaginaKop } from "@/components/pagina-kop";
import { TekstVeld } from "@/components/velden";
import { parametersStaf as parametersEn, stafAlgemeen as algemeenEn } from "@/content/en/zorgkantoor-staf";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { parametersStaf as parametersNl, stafAlgemeen as algemeenNl } from "@/content/zorgkantoor-staf";
import { leesTaal } from "@/lib/taal";
import { vandaagInAmsterdam } from "@/lib/datum";
import { parameterOverzicht, parametersZoekSchemaIn, type ParameterGroep } from "@/lib/staf/parameters";
import { foutVan, leesZoekformulier, zoekTitel, type Zoekparameters } from "@/lib/wizard/zoek-hulp";
import { formatDatumNl } from "@/rules/datum";
import type { IsoDatum } from "@/rules/types";

const PAD = "/zorgkantoor/parameters";
const NAAM = "datum";

type Staat =
  | { soort: "ok"; invoer: string; peildatum: IsoDatum }
  | { soort: "fout"; invoer: string; fouten: { naam: string; tekst: string }[]; fout: string | undefined };

/** No `datum`: today, filled in. Otherwise the date as typed, or its error. */
async function staatVan(searchParams: Promise<Zoekparameters>, taal: Taal): Promise<Staat> {
  const gelezen = leesZoekformulier(await searchParams, parametersZoekSchemaIn(taal));
  if (gelezen.soort === "start") {
    const vandaag = vandaagInAmsterdam();
    return { soort: "ok", invoer: formatDatumNl(vandaag), peildatum: vandaag };
  }
  const invoer = gelezen.waarden[NAAM] ?? "";
  if (gelezen.soort === "ok") return { soort: "ok", invoer, peildatum: gelezen.data.datum };
  return { soort: "fout", invoer, fouten: gelezen.fouten, fout: foutVan(gelezen, NAAM) };
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Zoekparameters> }): Promise<Metadata> {
  const taal = await leesTaal();
  return { title: zoekTitel(inTaal(taal, parametersNl, parametersEn).titel, await staatVan(searchParams, taal), taal) };
}

function Groep({ groep, t, taal }: { groep: ParameterGroep; t: typeof parametersEn; taal: Taal }) {
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
          {groep.bron !== null && (
            <p className="mb-3 text-grijs">
              <MetNederlands tekst={t.bron(groep.bron)} nederlands={groep.bron} taal={taal} />
            </p>
          )}
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

export default async function ParametersPagina({ searchParams }: { searchParams: Promise<Zoekparameters> }) {
  const taal = await leesTaal();
  const t = inTaal(taal, parametersNl, parametersEn);
  const stafAlgemeen = inTaal(taal, algemeenNl, algemeenEn);
  const staat = await staatVan(searchParams, taal);

  return (
    <article className="max-w-3xl">
      {staat.soort === "fout" && <FoutSamenvatting fouten={staat.fouten} />}
      <PaginaKop titel={t.titel} />
      <p>{t.inleiding}</p>
      <p className="mb-8 border-l-[5px] border-lijn pl-4">{stafAlgemeen.geenPersoonsgegevens}</p>

      <form method="get" action={PAD}>
        <TekstVeld
          veld={{ soort: "tekst", naam: NAAM, label: t.datumLabel, hint: t.datumHint, breedte: "kort" }}
          waarde={staat.invoer}
          fout={staat.soort === "fout" ? staat.fout : undefined}
        />
        <Knop>{t.knop}</Knop>
      </form>

      {staat.soort === "ok" && (
        <section aria-labelledby="uitkomst" className="mt-4">
          <h2 id="uitkomst" className="mt-0 mb-6 text-2xl font-bold">
            {t.uitkomstKop(formatDatumNl(staat.peildatum))}
          </h2>
          {parameterOverzicht(staat.peildatum, undefined, taal).map((groep) => (
            <Groep key={groep.sleutel} groep={groep} t={t} taal={taal} />
          ))}
        </section>
      )}
    </article>
  );
}
