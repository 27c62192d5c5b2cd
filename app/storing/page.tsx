import type { Metadata } from "next";
import { KnopLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { foutTeksten as en } from "@/content/en/fouten";
import { foutTeksten as nl } from "@/content/fouten";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { OVERZICHT } from "@/lib/wizard/paden";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), nl, en).storing.titel };
}

/**
 * Where a button's action (confirm a step, remove a zorgverlener, revoke a link, delete the data)
 * sends the person when the database failed. Reads nothing but the language cookie, so it shows
 * while the database is down (docs/decisions/025-opslag.md).
 */
export default async function Storing() {
  const t = inTaal(await leesTaal(), nl, en).storing;
  return (
    <>
      <PaginaKop titel={t.titel} />
      <p className="mb-6">{t.tekst}</p>
      <KnopLink href={OVERZICHT}>{t.terug}</KnopLink>
    </>
  );
}
