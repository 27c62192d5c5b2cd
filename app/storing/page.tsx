import type { Metadata } from "next";
import { KnopLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { aanvraag } from "@/content/aanvraag";
import { OVERZICHT } from "@/lib/wizard/paden";

export const metadata: Metadata = { title: aanvraag.storing.titel };

/**
 * Where a button's action (confirm a step, remove a zorgverlener, revoke a link, delete the data)
 * sends the person when the database failed. Reads nothing, so it shows while the database is
 * down (docs/decisions/025-opslag.md).
 */
export default function Storing() {
  return (
    <>
      <PaginaKop titel={aanvraag.storing.titel} />
      <p className="mb-6">{aanvraag.storing.tekst}</p>
      <KnopLink href={OVERZICHT}>{aanvraag.storing.terug}</KnopLink>
    </>
  );
}
