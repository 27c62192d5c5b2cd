/**
 * Every address that is no page of this site, and every `notFound()`: 404, in the page's language
 * (Dutch or English, docs/decisions/032-talen.md), inside the site's header and footer, with the
 * way home (docs/decisions/024-foutpaden.md).
 */
import type { Metadata } from "next";
import { KnopLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { foutTeksten as en } from "@/content/en/fouten";
import { foutTeksten as nl } from "@/content/fouten";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), nl, en).nietGevonden.titel };
}

export default async function NietGevonden() {
  const foutTeksten = inTaal(await leesTaal(), nl, en);
  const t = foutTeksten.nietGevonden;
  return (
    <>
      <PaginaKop titel={t.titel} />
      <p className="mb-4">{t.tekst}</p>
      <p className="mb-6">{t.getypt}</p>
      <KnopLink href="/">{foutTeksten.home}</KnopLink>
    </>
  );
}
