import type { Metadata } from "next";
import { TerugLink } from "@/components/knoppen";
import { LinkDoorgeven } from "@/components/link-doorgeven";
import { PaginaKop } from "@/components/pagina-kop";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { linkDoorgeven as linkDoorgevenEn } from "@/content/en/link-doorgeven";
import { linkDoorgeven as linkDoorgevenNl } from "@/content/link-doorgeven";
import { inTaal } from "@/content/vertaling";
import { formatToken } from "@/lib/drafts/drafts";
import { publiekAdres } from "@/lib/http/publiek-adres";
import { leesTaal } from "@/lib/taal";
import { formatDatumTijdstip } from "@/lib/wizard/datum";
import { OVERZICHT } from "@/lib/wizard/paden";
import { vereisSessie } from "@/lib/wizard/laad";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), aanvraagNl, aanvraagEn).bewaren.titel };
}

export default async function Bewaren() {
  const sessie = await vereisSessie();
  const link = await publiekAdres(`/hervat?sleutel=${formatToken(sessie.toegang)}`);
  const datum = formatDatumTijdstip(sessie.verlooptOp);
  const taal = await leesTaal();
  const aanvraag = inTaal(taal, aanvraagNl, aanvraagEn);
  // The mail is written in the page's language: whoever reads this page sends it to themselves.
  const linkDoorgeven = inTaal(taal, linkDoorgevenNl, linkDoorgevenEn);
  return (
    <>
      <TerugLink href={OVERZICHT}>{aanvraag.bewaren.terug}</TerugLink>
      <PaginaKop titel={aanvraag.bewaren.titel} />
      {aanvraag.bewaren.uitleg.map((alinea) => (
        <p key={alinea} className="mb-4">
          {alinea}
        </p>
      ))}
      <LinkDoorgeven
        id="hervat-link"
        label={aanvraag.bewaren.linkLabel}
        link={link}
        geldig={aanvraag.bewaren.verloopt(datum)}
        mail={{ onderwerp: linkDoorgeven.hervat.onderwerp, tekst: linkDoorgeven.hervat.tekst(link, datum) }}
        kopieer={aanvraag.bewaren.kopieer}
        gekopieerd={aanvraag.bewaren.gekopieerd}
        taal={taal}
      />
    </>
  );
}
