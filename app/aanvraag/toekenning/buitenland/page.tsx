/**
 * Stap 4, "Naar het buitenland met een pgb" (TK-06, TK-07): a plain GET form (works without
 * JavaScript, writes nothing to the draft) with the country, the number of weeks and three
 * questions; the outcome of `beoordeelBuitenland` shows on the same page, above the form, with
 * every reason and the zorgkantoor to report to. Errors: GOV.UK summary, the message at each
 * field, and what was typed stays.
 */
import { BegripTekst } from "@/components/begrip-tekst";
import { heleTekst } from "@/lib/begrippen";
import { buitenlandBegrippen, buitenlandUitkomstBegrippen } from "@/lib/begrippen-paginas";
import type { Metadata } from "next";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { SamenvattingLijst } from "@/components/samenvatting";
import { UitkomstBlok } from "@/components/uitkomst";
import { UitlegBlokken } from "@/components/uitleg";
import { RadioGroep, TekstVeld } from "@/components/velden";
import { toekenningPaginas as toekenningNl } from "@/content/wizard/toekenning";
import { toekenningPaginas as toekenningEn } from "@/content/en/wizard/toekenning";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { zorgkantoorUitleg } from "@/lib/wizard/vragen/zorgkantoor";
import { vandaagInAmsterdam } from "@/lib/datum";
import { belastingOpties, beoordeelReis, landNaamIn, landOpties, MAX_WEKEN, MIN_WEKEN, type BuitenlandStaat } from "@/lib/toekenning/buitenland";
import { TOEKENNING, toekenningDeelPad } from "@/lib/toekenning/paden";
import { foutVan, zoekTitel, type Zoekparameters } from "@/lib/wizard/zoek-hulp";
import { aanspreking } from "@/lib/wizard/journey";
import { publiekVan } from "@/lib/wizard/publiek";
import type { Publiek } from "@/content/redenen";
import { jaNeeOpties } from "@/lib/wizard/vragen/velden";
import { BewaarLink } from "../../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { Keuzelijst } from "@/components/keuzelijst";

const PAD = toekenningDeelPad("buitenland");

interface Props {
  searchParams: Promise<Zoekparameters>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const taal = await leesTaal();
  const staat = beoordeelReis(await searchParams, vandaagInAmsterdam(), taal);
  const titel = stapTitel("toekenning", inTaal(taal, toekenningNl, toekenningEn).delen.buitenland.titel, taal);
  return { title: zoekTitel(titel, staat, taal) };
}

function UitkomstDeel({
  land,
  uitkomst,
  feiten,
  publiek,
  begrippenEerder,
  taal,
}: Extract<BuitenlandStaat, { soort: "uitkomst" }> & { publiek: Publiek; begrippenEerder: readonly string[]; taal: Taal }) {
  const bl = inTaal(taal, toekenningNl, toekenningEn).buitenland;
  return (
    <div className="mb-10 border-4 border-merk p-4 sm:p-6">
      {/* TK-06: logeeropvang is part of the stay's own outcome and reasons (docs/decisions/009-buitenland.md), not a block of its own. */}
      <UitkomstBlok titel={bl.uitkomst.kop(landNaamIn(land, taal))} uitkomst={uitkomst} publiek={publiek} begrippenEerder={begrippenEerder} taal={taal} />
      <SamenvattingLijst rijen={feiten.map((feit) => ({ vraag: feit.label, antwoord: feit.waarde }))} />
    </div>
  );
}

export default async function BuitenlandPagina({ searchParams }: Props) {
  const sessie = await vereisStap("toekenning");
  const a = sessie.antwoorden;
  const taal = await leesTaal();
  const t = inTaal(taal, toekenningNl, toekenningEn);
  const bl = t.buitenland;
  const staat = beoordeelReis(await searchParams, vandaagInAmsterdam(), taal);
  const { waarden } = staat;
  const fout = (naam: string) => (staat.soort === "fout" ? foutVan(staat, naam) : undefined);
  const wie = aanspreking(a, taal);
  const zorgkantoor = staat.soort === "uitkomst" ? zorgkantoorUitleg(a, t.buitenland.uitkomst.zorgkantoorKop(wie), false, taal) : [];
  const publiek = publiekVan(a);
  // With an outcome: glossary terms linked at their first use in its reasons, then in the zorgkantoor's paragraphs (lib/begrippen-paginas.ts).
  const uitkomstBegrippen = staat.soort === "uitkomst" ? buitenlandUitkomstBegrippen(publiek, { redenen: staat.uitkomst.redenen, zorgkantoor }, taal) : null;

  return (
    <>
      <TerugLink href={TOEKENNING}>{t.terugNaarStap}</TerugLink>
      {staat.soort === "fout" && <FoutSamenvatting fouten={staat.fouten} />}
      <PaginaKop stap="toekenning" titel={t.delen.buitenland.titel} />
      {staat.soort === "uitkomst" ? (
        <>
          <UitkomstDeel {...staat} publiek={publiek} begrippenEerder={uitkomstBegrippen?.voor.redenen ?? []} taal={taal} />
          {zorgkantoor.length > 0 && <UitlegBlokken uitleg={zorgkantoor} begrippen={{ eerder: uitkomstBegrippen?.voor.zorgkantoor ?? [] }} />}
        </>
      ) : (
        // Glossary terms linked at their first use in the introduction (lib/begrippen-paginas.ts).
        buitenlandBegrippen(wie, taal).delen.inleiding.map((delen) => (
          <p key={heleTekst(delen)} className="mt-0 mb-4" data-voor-publiek>
            <BegripTekst delen={delen} />
          </p>
        ))
      )}

      <h2 className="mt-8 mb-6 text-2xl font-bold" data-voor-publiek>
        {staat.soort === "uitkomst" ? bl.opnieuwKop : bl.formulierKop(wie)}
      </h2>
      <form method="get" action={PAD}>
        <Keuzelijst
          naam="land"
          label={bl.land.label(wie)}
          leeg={bl.land.kies}
          opties={landOpties(taal)}
          waarde={(waarden.land ?? "").trim().toUpperCase()}
          fout={fout("land")}
        />
        <TekstVeld
          veld={{ soort: "tekst", naam: "weken", label: bl.weken.label(wie), hint: bl.weken.hint(MIN_WEKEN, MAX_WEKEN), breedte: "kort", inputMode: "numeric", autocomplete: "off" }}
          waarde={waarden.weken ?? ""}
          fout={fout("weken")}
        />
        <RadioGroep
          veld={{ soort: "radio", naam: "palliatief", label: bl.palliatief.label(wie), hint: bl.palliatief.hint, opties: jaNeeOpties(taal), inline: true }}
          waarde={waarden.palliatief ?? ""}
          fout={fout("palliatief")}
        />
        <RadioGroep
          veld={{ soort: "radio", naam: "belasting", label: bl.belasting.label, hint: bl.belasting.hint(wie), opties: belastingOpties(taal) }}
          waarde={waarden.belasting ?? ""}
          fout={fout("belasting")}
        />
        <RadioGroep
          veld={{ soort: "radio", naam: "logeeropvang", label: bl.logeeropvang.label(wie), hint: bl.logeeropvang.hint(wie), opties: jaNeeOpties(taal), inline: true }}
          waarde={waarden.logeeropvang ?? ""}
          fout={fout("logeeropvang")}
        />
        <Knop>{bl.knop}</Knop>
      </form>
      <BewaarLink metVelden={false} />
    </>
  );
}
