import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { TerugLink } from "@/components/knoppen";
import { stapTitel } from "@/components/pagina-kop";
import { UitlegBlokken, zichtbareUitlegTeksten } from "@/components/uitleg";
import { planBegrippen } from "@/lib/begrippen";
import { VraagFormulier } from "@/components/vraag-formulier";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { aanspreking, magBezoeken } from "@/lib/wizard/journey";
import { OVERZICHT, padVan } from "@/lib/wizard/paden";
import { deelVanStap, zoekStap } from "@/lib/wizard/stappen";
import type { VraagContext } from "@/lib/wizard/types";
import { vraagVoor } from "@/lib/wizard/vragen";
import { beantwoord } from "../../acties";
import { BewaarLink } from "../../bewaar-link";
import { vereisSessie } from "@/lib/wizard/laad";
import { ControlePagina } from "./controle-pagina";
import { BedragenOverzicht } from "@/components/bedragen-overzicht";
import { OndertekenenPaneel } from "@/components/ondertekenen-paneel";
import { KeuzeOverzicht } from "./keuze-overzicht";
import { ZorgverlenersPagina } from "./zorgverleners-pagina";
import { publiekVan } from "@/lib/wizard/publiek";

interface Params {
  params: Promise<{ stap: string; pagina: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { stap, pagina } = await params;
  const stapSlug = zoekStap(stap)?.slug;
  if (stapSlug === undefined) return {};
  const taal = await leesTaal();
  if (pagina === "controleren") return { title: stapTitel(stapSlug, inTaal(taal, aanvraagNl, aanvraagEn).controleren.titel, taal) };
  const vraag = vraagVoor(pagina);
  const sessie = await vereisSessie();
  if (vraag === null) return {};
  return { title: stapTitel(stapSlug, vraag.titel({ antwoorden: sessie.antwoorden, aanspreking: aanspreking(sessie.antwoorden, taal), taal }), taal) };
}

export default async function VraagPagina({ params, searchParams }: Params) {
  const { stap, pagina } = await params;
  const { gewijzigd, opgeslagen, verwijderd, leeg, vol } = (await searchParams) ?? {};
  const stapSlug = zoekStap(stap)?.slug;
  if (stapSlug === undefined) notFound();
  const sessie = await vereisSessie();
  const a = sessie.antwoorden;
  // The page's language goes down to the question (docs/decisions/032-talen.md, addendum on questions).
  const taal = await leesTaal();
  const aanvraag = inTaal(taal, aanvraagNl, aanvraagEn);

  const toegang = magBezoeken(a, stapSlug, pagina === "controleren" ? "controleren" : pagina);
  if (toegang !== true) redirect(padVan(toegang));
  if (pagina === "controleren") return <ControlePagina stap={stapSlug} sessie={sessie} gewijzigd={gewijzigd === "1"} />;

  const vraag = vraagVoor(pagina);
  if (vraag === null || vraag.stap !== stapSlug) notFound();
  if (vraag.slug === "zorgverleners") {
    const melding = {
      ...(typeof opgeslagen === "string" && { opgeslagen }),
      verwijderd: verwijderd === "1",
      gewijzigd: gewijzigd === "1",
      leeg: leeg === "1",
      vol: vol === "1",
    };
    return <ZorgverlenersPagina sessie={sessie} melding={melding} taal={taal} />;
  }
  const ctx: VraagContext = { antwoorden: a, aanspreking: aanspreking(a, taal), taal };
  const uitleg = vraag.uitleg?.(ctx) ?? [];
  const rijk = vraag.slug === "uitkomst" && stapSlug === "keuze";
  const bedragen = vraag.slug === "bedragen";
  const velden = vraag.velden(ctx);
  // Glossary terms: linked at their first use, in the explanation and then in the hints
  // (lib/begrippen.ts). What the explanation links is worked out here, so the form's hints go on from there.
  const begrippenBoven = rijk ? [] : planBegrippen(zichtbareUitlegTeksten(uitleg)).gelinkt;

  return (
    <>
      <TerugLink href={OVERZICHT}>{aanvraag.terugNaarOverzicht}</TerugLink>
      <VraagFormulier
        actie={beantwoord}
        schema={vraag.slug}
        stap={stapSlug}
        deel={deelVanStap(stapSlug, vraag.slug, a)}
        titel={vraag.titel(ctx)}
        velden={velden}
        waarden={vraag.waarden(a)}
        verborgen={{ stap: stapSlug, vraag: vraag.slug, versie: String(sessie.versie) }}
        knop={vraag.knop}
        begrippenEerder={begrippenBoven}
      >
        {uitleg.length > 0 || rijk ? (
          <>
            {rijk && <KeuzeOverzicht antwoorden={a} taal={taal} />}
            {!rijk && <UitlegBlokken uitleg={uitleg} begrippen={{}} />}
            {bedragen && <BedragenOverzicht antwoorden={a} publiek={publiekVan(a)} taal={taal} />}
            {vraag.slug === "ondertekening" && <OndertekenenPaneel antwoorden={a} taal={taal} />}
          </>
        ) : undefined}
      </VraagFormulier>
      <BewaarLink metVelden={velden.length > 0} />
    </>
  );
}
