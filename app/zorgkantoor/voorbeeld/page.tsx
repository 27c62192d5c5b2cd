/**
 * /zorgkantoor/voorbeeld: every field of `POST /api/v1/beoordelingen` as one plain GET form, and
 * the API's complete answer below it. The query string is the situation, so a link
 * shows the same outcome again. Without JavaScript: submit → outcome. With JavaScript the outcome
 * follows the fields (live-formulier.tsx). The page asks the API's own handler (lib/voorbeeld).
 */
import type { Metadata } from "next";
import { cache, type ReactNode } from "react";
import { Keuzelijst } from "@/components/keuzelijst";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop } from "@/components/knoppen";
import { KopieerKnop } from "@/components/kopieer-knop";
import { Melding } from "@/components/melding";
import { MetNederlands } from "@/components/nederlands-deel";
import { RedenenLijst, UitkomstBlok } from "@/components/uitkomst";
import { ZORGKANTOOR } from "@/content/redenen";
import { TekstVeld } from "@/components/velden";
import { UitkomstWoord } from "@/components/component-woorden";
import { foutTitel } from "@/lib/fout-titel";
import { voorbeeldPagina as en } from "@/content/en/zorgkantoor-voorbeeld";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { voorbeeldPagina as nl } from "@/content/zorgkantoor-voorbeeld";
import { leesTaal } from "@/lib/taal";
import type { Antwoord } from "@/lib/beoordeling/antwoord";
import { API_PAD, beoordeelFormulier, type Uitslag } from "@/lib/voorbeeld/beoordeel";
import {
  BUITENLAND_VELD,
  formulierUitQuery,
  type Formulier,
  JA_NEE,
  OVEREENKOMSTEN,
  RELATIES,
  SOORTEN,
  VELD,
  WOONSITUATIES,
  ZORGVERLENER_RIJEN,
  zvVeld,
  type Zoekparameters,
} from "@/lib/voorbeeld/formulier";
import { LANDEN_BUITENLAND } from "@/rules/data/landen";
import { formatDatumNl } from "@/rules/datum";
import { formatBedrag, parseDecimaal } from "@/rules/geld";
import { LiveFormulier } from "./live-formulier";

const PAD = "/zorgkantoor/voorbeeld";

type Staat = { formulier: Formulier; uitslag: Uitslag | null };

/** Cached by the form's values, so the title and the page ask the API once per request. */
const beoordeel = cache((sleutel: string, taal: Taal) => beoordeelFormulier(JSON.parse(sleutel) as Formulier, undefined, taal));

async function staatVan(searchParams: Promise<Zoekparameters>, taal: Taal): Promise<Staat> {
  const formulier = formulierUitQuery(await searchParams);
  if (formulier === null) return { formulier: {}, uitslag: null };
  return { formulier, uitslag: await beoordeel(JSON.stringify(formulier), taal) };
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Zoekparameters> }): Promise<Metadata> {
  const taal = await leesTaal();
  const { uitslag } = await staatVan(searchParams, taal);
  return { title: foutTitel(woordenIn(taal).titel, uitslag?.soort === "fouten", taal) };
}

const KOP2 = "mt-0 mb-4 text-2xl font-bold";
const KOP3 = "mt-8 mb-3 text-xl font-bold";
const LEGEND = "mb-4 text-xl font-bold";
const RASTER = "grid gap-x-6 sm:grid-cols-2";

/** "1624.00" → "€ 1.624,00" */
const euro = (decimaal: string) => formatBedrag(parseDecimaal(decimaal) ?? 0);

/** The page's words in its language (docs/decisions/032-talen.md). */
const woordenIn = (taal: Taal) => inTaal(taal, nl, en);
/** What every part of the outcome gets: the page's language and words. */
interface InTaal {
  taal: Taal;
  t: typeof en;
}

function Groep({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="mb-8 border-0 p-0">
      <legend className={LEGEND}>{legend}</legend>
      {hint && <p className="mt-0 mb-4 text-grijs">{hint}</p>}
      {children}
    </fieldset>
  );
}

function Formuliervelden({ formulier, fouten, t }: { formulier: Formulier; fouten: Map<string, string>; t: typeof en }) {
  const jaNeeOpties = JA_NEE.map((waarde) => ({ waarde, label: t[waarde] }));
  const tekst = (naam: string, veld: { label: string; hint?: string }, opties: { breedte?: "kort" | "midden"; numeriek?: boolean } = {}) => (
    <TekstVeld
      veld={{
        soort: "tekst",
        naam,
        label: veld.label,
        ...(veld.hint !== undefined && { hint: veld.hint }),
        breedte: opties.breedte ?? "midden",
        ...(opties.numeriek && { inputMode: "numeric" as const }),
        autocomplete: "off",
      }}
      waarde={formulier[naam] ?? ""}
      fout={fouten.get(naam)}
    />
  );
  const keuze = (naam: string, label: string, opties: { waarde: string; label: string }[] = jaNeeOpties) => (
    <Keuzelijst naam={naam} label={label} leeg={t.leeg} opties={opties} waarde={formulier[naam] ?? ""} fout={fouten.get(naam)} />
  );
  const opties = <K extends string>(waarden: readonly K[], labels: Record<K, string>) => waarden.map((waarde) => ({ waarde, label: labels[waarde] }));
  const v = t.velden;
  const b = BUITENLAND_VELD;

  return (
    <>
      <Groep legend={t.groepen.persoon}>
        {tekst(VELD.zorgprofiel, v.zorgprofiel)}
        <div className={RASTER}>
          {tekst(VELD.leeftijd, v.leeftijd, { breedte: "kort", numeriek: true })}
          {keuze(VELD.woontInNederland, v.woontInNederland.label)}
          {keuze(VELD.vastWoonadres, v.vastWoonadres.label)}
          {keuze(VELD.failliet, v.failliet.label)}
          {keuze(VELD.wsnp, v.wsnp.label)}
          {keuze(VELD.gewaarborgdeHulp, v.gewaarborgdeHulp.label)}
        </div>
      </Groep>
      <Groep legend={t.groepen.wonen}>
        <div className={RASTER}>
          {keuze(VELD.woonsituatie, v.woonsituatie.label, opties(WOONSITUATIES, t.opties.woonsituatie))}
          {tekst(VELD.dagenInInstellingPer14Dagen, v.dagenInInstellingPer14Dagen, { breedte: "kort", numeriek: true })}
          {keuze(VELD.dagbestedingVanInstelling, v.dagbestedingVanInstelling.label)}
        </div>
      </Groep>
      <Groep legend={t.groepen.zorgverleners} hint={t.groepen.zorgverlenersHint}>
        {Array.from({ length: ZORGVERLENER_RIJEN }, (_, i) => i + 1).map((rij) => (
          <fieldset key={rij} className="mb-6 border-l-4 border-lijn p-0 pl-4">
            <legend className="mb-4 text-lg font-bold">{t.groepen.zorgverlener(rij)}</legend>
            {tekst(zvVeld(rij, "naam"), v.naam)}
            <div className={RASTER}>
              {tekst(zvVeld(rij, "urenPerWeek"), v.urenPerWeek, { breedte: "kort" })}
              {tekst(zvVeld(rij, "uurtarief"), v.uurtarief, { breedte: "kort" })}
              {keuze(zvVeld(rij, "soort"), v.soort.label, opties(SOORTEN, t.opties.soort))}
              {keuze(zvVeld(rij, "relatie"), v.relatie.label, opties(RELATIES, t.opties.relatie))}
              {keuze(zvVeld(rij, "overeenkomst"), v.overeenkomst.label, opties(OVEREENKOMSTEN, t.opties.overeenkomst))}
              {tekst(zvVeld(rij, "dagenPerWeek"), v.dagenPerWeek, { breedte: "kort", numeriek: true })}
              {keuze(zvVeld(rij, "bigGeregistreerd"), v.bigGeregistreerd.label)}
              {keuze(zvVeld(rij, "kvkGeregistreerd"), v.kvkGeregistreerd.label)}
              {keuze(zvVeld(rij, "optingIn"), v.optingIn.label)}
            </div>
          </fieldset>
        ))}
      </Groep>
      <Groep legend={t.groepen.budget}>
        <div className={RASTER}>
          {tekst(VELD.pgbJaarbedrag, v.pgbJaarbedrag)}
          {tekst(VELD.uitgavenAanZorg, v.uitgavenAanZorg)}
          {tekst(VELD.logeeropvangEtmalen, v.logeeropvangEtmalen, { breedte: "kort", numeriek: true })}
        </div>
      </Groep>
      <Groep legend={t.groepen.buitenland} hint={t.groepen.buitenlandHint}>
        {keuze(b.land, v.land.label, LANDEN_BUITENLAND.map((land) => ({ waarde: land.code, label: land.naam })))}
        <div className={RASTER}>
          {tekst(b.weken, v.weken, { breedte: "kort", numeriek: true })}
          {keuze(b.palliatiefTerminaal, v.palliatiefTerminaal.label)}
          {keuze(b.zorgverlenersBuitenNederlandseBelasting, v.zorgverlenersBuitenNederlandseBelasting.label)}
          {keuze(b.logeeropvang, v.logeeropvangBuitenland.label)}
        </div>
      </Groep>
      <Groep legend={t.groepen.peildatum}>{tekst(VELD.peildatum, v.peildatum, { breedte: "kort" })}</Groep>
    </>
  );
}

function Budgetplan({ budgetplan, taal, t }: { budgetplan: NonNullable<Antwoord["budgetplan"]> } & InTaal) {
  const b = t.budgetplan;
  return (
    <section aria-labelledby="budgetplan-kop">
      <h3 id="budgetplan-kop" className={KOP3}>
        {t.budgetplanKop}
      </h3>
      <div role="region" aria-label={b.scrollgebied} tabIndex={0} className="mb-6 max-w-full overflow-x-auto">
        <table className="w-full border-collapse text-base">
          <caption className="mb-2 text-left font-bold">{b.bijschrift}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-inkt px-2 py-2 text-left">
                {b.naam}
              </th>
              <th scope="col" className="border-b-2 border-inkt px-2 py-2 text-right">
                {b.perMaand}
              </th>
              <th scope="col" className="border-b-2 border-inkt px-2 py-2 text-right">
                {b.perJaar}
              </th>
            </tr>
          </thead>
          <tbody>
            {budgetplan.zorgverleners.map((zv, index) => (
              <tr key={`${zv.naam}-${index}`}>
                <th scope="row" className="border-b border-lijn px-2 py-2 text-left font-normal break-words">
                  {zv.naam}
                </th>
                <td className="border-b border-lijn px-2 py-2 text-right whitespace-nowrap tabular-nums">{euro(zv.kostenPerMaand)}</td>
                <td className="border-b border-lijn px-2 py-2 text-right whitespace-nowrap tabular-nums">{euro(zv.kostenPerJaar)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2} className="border-t-2 border-inkt px-2 py-2 text-left font-bold">
                {b.totaal}
              </th>
              <td className="border-t-2 border-inkt px-2 py-2 text-right font-bold whitespace-nowrap tabular-nums">{euro(budgetplan.totaalPerJaar)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {budgetplan.binnenBudget !== undefined && <p>{budgetplan.binnenBudget ? b.binnenBudget : b.buitenBudget}</p>}
      <RedenenLijst redenen={budgetplan.redenen} publiek={ZORGKANTOOR} taal={taal} />
      {budgetplan.zorgverleners.map((zv, index) => (
        <section key={`${zv.naam}-${index}`} className="mt-6 border-l-4 border-merk pl-4">
          <h4 className="mt-0 mb-2 text-lg font-bold">{t.zorgverlenerKop(zv.naam)}</h4>
          <ul className="mt-0 mb-4 list-disc pl-6">
            <li>{zv.rol === "werkgever" ? t.zorgverlener.rolWerkgever : t.zorgverlener.rolOpdrachtgever}</li>
            <li>{zv.professioneel ? t.zorgverlener.professioneel : t.zorgverlener.nietProfessioneel}</li>
            <li>{zv.loonbelastingInhouden ? t.zorgverlener.loonbelastingJa : t.zorgverlener.loonbelastingNee}</li>
          </ul>
          <RedenenLijst redenen={zv.redenen} publiek={ZORGKANTOOR} taal={taal} />
          <p className="mt-4 mb-2 font-bold">{t.zorgverlener.maximumtariefKop}</p>
          <UitkomstRegel uitkomst={zv.maximumtarief} taal={taal} />
        </section>
      ))}
    </section>
  );
}

/** An outcome under a heading the caller gives: the word, then the reasons. */
function UitkomstRegel({ uitkomst, taal }: { uitkomst: Antwoord["aanvraag"]; taal: Taal }) {
  return (
    <>
      <p className="mt-0 mb-3 font-bold"><UitkomstWoord uitkomst={uitkomst.uitkomst} /></p>
      <RedenenLijst redenen={uitkomst.redenen} publiek={ZORGKANTOOR} taal={taal} />
    </>
  );
}

function Uitkomst({ antwoord, verzoek, json, taal, t }: { antwoord: Antwoord; verzoek: unknown; json: string } & InTaal) {
  const lv = antwoord.leveringsvormen;
  return (
    <>
      <h3 className={KOP3}>{t.zorgprofielKop}</h3>
      <p className="mb-2">
        <MetNederlands tekst={t.zorgprofiel(antwoord.zorgprofiel.code, antwoord.zorgprofiel.omschrijving)} nederlands={antwoord.zorgprofiel.omschrijving ?? ""} taal={taal} />
      </p>
      {!antwoord.zorgprofiel.inBijlage4 && <p className="mb-2">{t.nietInBijlage4}</p>}
      <p className="text-grijs">{t.peildatum(formatDatumNl(antwoord.peildatum))}</p>

      <h3 className={KOP3}>{t.leveringsvormenKop}</h3>
      {(Object.keys(t.leveringsvormen) as (keyof typeof t.leveringsvormen)[]).map((vorm) => (
        <div key={vorm} className="[&_h4]:text-lg">
          <UitkomstBlokH4 titel={t.leveringsvormen[vorm]} uitkomst={lv[vorm]} taal={taal} />
        </div>
      ))}

      <h3 className={KOP3}>{t.gewaarborgdeHulpKop}</h3>
      <p className="font-bold">{antwoord.gewaarborgdeHulp.verplicht ? t.gewaarborgdeHulpVerplicht : t.gewaarborgdeHulpNietVerplicht}</p>
      <RedenenLijst redenen={antwoord.gewaarborgdeHulp.redenen} publiek={ZORGKANTOOR} taal={taal} />

      <UitkomstBlok titel={t.aanvraagKop} uitkomst={antwoord.aanvraag} kopNiveau={3} publiek={ZORGKANTOOR} taal={taal} />

      {antwoord.budgetplan && <Budgetplan budgetplan={antwoord.budgetplan} taal={taal} t={t} />}

      {antwoord.verantwoordingsvrijBedrag !== undefined && (
        <>
          <h3 className={KOP3}>{t.vvbKop}</h3>
          <p className="font-bold">{t.vvb(euro(antwoord.verantwoordingsvrijBedrag))}</p>
          <RedenenLijst redenen={antwoord.verantwoordingsvrijBedragRedenen ?? []} publiek={ZORGKANTOOR} taal={taal} />
        </>
      )}

      {antwoord.logeeropvang && <UitkomstBlok titel={t.logeeropvangKop} uitkomst={antwoord.logeeropvang} kopNiveau={3} publiek={ZORGKANTOOR} taal={taal} />}

      {antwoord.buitenland && (
        <>
          <h3 className={KOP3}>{t.buitenlandKop}</h3>
          <p className="mb-3 font-bold"><UitkomstWoord uitkomst={antwoord.buitenland.uitkomst} /></p>
          <ul className="mt-0 mb-4 list-disc pl-6">
            <li>{t.buitenland.maximaleDuur(antwoord.buitenland.maximaleDuurWeken)}</li>
            <li>{antwoord.buitenland.meldplicht ? t.buitenland.meldplichtJa : t.buitenland.meldplichtNee}</li>
            {antwoord.buitenland.aanvaardbaarheidspercentage !== null && (
              <li>{t.buitenland.percentage(antwoord.buitenland.aanvaardbaarheidspercentage)}</li>
            )}
          </ul>
          <RedenenLijst redenen={antwoord.buitenland.redenen} publiek={ZORGKANTOOR} taal={taal} />
          {antwoord.buitenland.logeeropvang && (
            <>
              <p className="mt-4 mb-2 font-bold">{t.buitenland.logeeropvangKop}</p>
              <UitkomstRegel uitkomst={antwoord.buitenland.logeeropvang} taal={taal} />
            </>
          )}
        </>
      )}

      {antwoord.eigenBijdrage && (
        <>
          <h3 className={KOP3}>{t.eigenBijdrageKop}</h3>
          <p className="font-bold">{antwoord.eigenBijdrage.verschuldigd ? t.eigenBijdrageJa : t.eigenBijdrageNee}</p>
          <RedenenLijst redenen={antwoord.eigenBijdrage.redenen} publiek={ZORGKANTOOR} taal={taal} />
        </>
      )}

      <h3 className={KOP3}>{t.verzoekKop}</h3>
      <Json id="verzoek-json" tekst={JSON.stringify(verzoek, null, 2)} label={t.verzoekKop} taal={taal} />
      <h3 className={KOP3}>{t.jsonKop}</h3>
      <p>{t.jsonUitleg(`POST ${API_PAD}`)}</p>
      <Json id="antwoord-json" tekst={json} label={t.jsonKop} taal={taal} />
      <KopieerKnop tekst={json} label={t.kopieer} gelukt={t.gekopieerd} />
    </>
  );
}

/** UitkomstBlok one level deeper, under the h3 "Leveringsvormen". */
function UitkomstBlokH4({ titel, uitkomst, taal }: { titel: string; uitkomst: Antwoord["aanvraag"]; taal: Taal }) {
  return (
    <section className="mb-6">
      <h4 className="mt-0 mb-2 text-lg font-bold">{titel}</h4>
      <UitkomstRegel uitkomst={uitkomst} taal={taal} />
    </section>
  );
}

/**
 * JSON that scrolls sideways inside a focusable, named region; the page itself never does. The
 * API's names and texts are Dutch: an English page marks them so (docs/decisions/032-talen.md).
 */
function Json({ id, tekst, label, taal }: { id: string; tekst: string; label: string; taal: Taal }) {
  return (
    <pre id={id} role="region" aria-label={label} tabIndex={0} lang={taal === "en" ? "nl" : undefined} className="mb-4 max-h-[32rem] max-w-full overflow-auto border-2 border-lijn bg-vlak p-3 text-sm">
      {tekst}
    </pre>
  );
}

export default async function VoorbeeldPagina({ searchParams }: { searchParams: Promise<Zoekparameters> }) {
  const taal = await leesTaal();
  const t = woordenIn(taal);
  const { formulier, uitslag } = await staatVan(searchParams, taal);
  // Changes with every situation, so the live form knows the server answered (live-formulier.tsx).
  const situatie = JSON.stringify(await searchParams);
  const fouten = uitslag?.soort === "fouten" ? uitslag.fouten : [];
  const foutPerVeld = new Map(fouten.map((fout) => [fout.naam, fout.tekst]));

  return (
    <article className="max-w-3xl">
      <FoutSamenvatting fouten={fouten} />
      <h1 className="mt-0 mb-6 text-3xl leading-tight font-bold sm:text-4xl">{t.titel}</h1>
      <p>{t.inleiding}</p>
      <Melding soort="info">
        <p>{t.privacy}</p>
      </Melding>
      <p className="mb-6">
        <a href="#uitkomst">{t.naarUitkomst}</a>
      </p>
      <LiveFormulier actie={PAD} melding={uitslag?.soort === "antwoord" ? t.bijgewerkt : ""} situatie={situatie} naar={{ href: "#uitkomst", tekst: t.naarUitkomst }}>
        <Formuliervelden formulier={formulier} fouten={foutPerVeld} t={t} />
        <Knop>{t.knop}</Knop>
        {/* With JavaScript the outcome below changes as fields change: this link and the one above the form lead there (docs/decisions/031-burgerpaginas.md). */}
        <p className="mt-0 mb-8">
          <a href="#uitkomst">{t.naarUitkomst}</a>
        </p>
      </LiveFormulier>

      <section aria-labelledby="uitkomst" className="mb-10 border-4 border-merk p-4 sm:p-6">
        <h2 id="uitkomst" tabIndex={-1} className={KOP2}>
          {t.uitkomstKop}
        </h2>
        {uitslag === null ? (
          <p className="mb-0">{t.geenSituatie}</p>
        ) : uitslag.soort === "fouten" ? (
          <>
            <p>{t.fout.geenUitkomst}</p>
            {uitslag.json !== null && (
              <>
                <h3 className={KOP3}>{t.jsonKop}</h3>
                <Json id="antwoord-json" tekst={uitslag.json} label={t.jsonKop} taal={taal} />
              </>
            )}
          </>
        ) : (
          <>
            <p>{t.link}</p>
            <Uitkomst antwoord={uitslag.antwoord} verzoek={uitslag.verzoek} json={uitslag.json} taal={taal} t={t} />
          </>
        )}
      </section>
    </article>
  );
}
