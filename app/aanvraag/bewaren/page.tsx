import type { Metadata } from "next";
import { TerugLink } from "@/components/knoppen";
import { KopieerKnop } from "@/components/kopieer-knop";
import { PaginaKop } from "@/components/pagina-kop";
import { aanvraag } from "@/content/aanvraag";
import { formatToken } from "@/lib/drafts/drafts";
import { publiekAdres } from "@/lib/http/publiek-adres";
import { formatDatumTijdstip } from "@/lib/wizard/datum";
import { OVERZICHT } from "@/lib/wizard/paden";
import { vereisSessie } from "@/lib/wizard/laad";

export const metadata: Metadata = { title: aanvraag.bewaren.titel };

export default async function Bewaren() {
  const sessie = await vereisSessie();
  const link = await publiekAdres(`/hervat?sleutel=${formatToken(sessie.toegang)}`);
  return (
    <>
      <TerugLink href={OVERZICHT}>{aanvraag.bewaren.terug}</TerugLink>
      <PaginaKop titel={aanvraag.bewaren.titel} />
      {aanvraag.bewaren.uitleg.map((alinea) => (
        <p key={alinea} className="mb-4">
          {alinea}
        </p>
      ))}
      <label htmlFor="hervat-link" className="block font-bold mb-1">
        {aanvraag.bewaren.linkLabel}
      </label>
      <p id="hervat-link-hint" className="text-grijs mb-2">
        {aanvraag.bewaren.verloopt(formatDatumTijdstip(sessie.verlooptOp))}
      </p>
      <textarea
        id="hervat-link"
        readOnly
        rows={3}
        aria-describedby="hervat-link-hint"
        className="block w-full border-2 border-inkt p-2 font-mono text-base break-all"
        defaultValue={link}
      />
      <KopieerKnop tekst={link} label={aanvraag.bewaren.kopieer} gelukt={aanvraag.bewaren.gekopieerd} />
    </>
  );
}
