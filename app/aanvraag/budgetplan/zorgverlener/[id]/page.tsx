/**
 * Budgetplan, deel 5 and 6 for one zorgverlener: who it is (BP-04) and the hours and uurtarief
 * (BP-02), with the sum worked out as the person types (with JavaScript) or on the server.
 * `nieuw` adds one; an id changes that one.
 */
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TerugLink } from "@/components/knoppen";
import { Melding } from "@/components/melding";
import { stapTitel } from "@/components/pagina-kop";
import { UitlegBlokken } from "@/components/uitleg";
import { VraagFormulier } from "@/components/vraag-formulier";
import { leesTaal } from "@/lib/taal";
import { magBezoeken } from "@/lib/wizard/journey";
import { NIEUWE_ZORGVERLENER, padVan, ZORGVERLENERS } from "@/lib/wizard/paden";
import { deelVanStap } from "@/lib/wizard/stappen";
import { budgetplanUitleg, budgetplanWoorden } from "@/lib/wizard/vragen/budgetplan-uitleg";
import { zorgverlenerVelden, zorgverlenerWaarden } from "@/lib/wizard/vragen/zorgverlener";
import { BewaarLink } from "../../../bewaar-link";
import { vereisSessie } from "@/lib/wizard/laad";
import { bewaarZorgverlener } from "../../acties";

interface Params {
  params: Promise<{ id: string }>;
}

async function laad(id: string) {
  const sessie = await vereisSessie();
  const toegang = magBezoeken(sessie.antwoorden, "aanvraag", "zorgverleners");
  if (toegang !== true) redirect(padVan(toegang));
  const zorgverlener = id === NIEUWE_ZORGVERLENER ? undefined : sessie.antwoorden.zorgverleners?.find((z) => z.id === id);
  return { sessie, zorgverlener, bestaat: id === NIEUWE_ZORGVERLENER || zorgverlener !== undefined };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const { zorgverlener } = await laad(id);
  const taal = await leesTaal();
  const t = budgetplanWoorden(taal).zorgverlener;
  return { title: stapTitel("aanvraag", zorgverlener === undefined ? t.nieuwTitel : t.wijzigTitel(zorgverlener.naam), taal) };
}

export default async function ZorgverlenerPagina({ params }: Params) {
  const { id } = await params;
  const { sessie, zorgverlener, bestaat } = await laad(id);
  // The page's language (docs/decisions/032-talen.md): the form's words, and its schema by name in the browser.
  const taal = await leesTaal();
  const t = budgetplanWoorden(taal).zorgverlener;
  if (!bestaat) {
    return (
      <>
        <TerugLink href={ZORGVERLENERS}>{t.terug}</TerugLink>
        <Melding soort="waarschuwing">
          <p>{t.nietGevonden}</p>
        </Melding>
      </>
    );
  }
  const { zorgverleners } = budgetplanWoorden(taal);
  return (
    <>
      <TerugLink href={ZORGVERLENERS}>{t.terug}</TerugLink>
      <VraagFormulier
        actie={bewaarZorgverlener}
        schema="zorgverlener"
        stap="aanvraag"
        // A zorgverlener's own form belongs to the list's page: the same "Pagina n van m".
        deel={deelVanStap("aanvraag", "zorgverleners", sessie.antwoorden)}
        titel={zorgverlener === undefined ? t.nieuwTitel : t.wijzigTitel(zorgverlener.naam)}
        velden={zorgverlenerVelden(undefined, taal)}
        waarden={zorgverlenerWaarden(zorgverlener)}
        verborgen={{ id, versie: String(sessie.versie) }}
        knop={t.knop}
        som={{ urenVeld: "urenPerWeek", tariefVeld: "uurtarief" }}
      >
        <UitlegBlokken uitleg={budgetplanUitleg(5, zorgverleners.onderdeel, [zorgverleners.uitleg], false, taal)} />
      </VraagFormulier>
      <BewaarLink metVelden />
    </>
  );
}
