/**
 * Every address that is no page of this site, and every `notFound()`: 404, in Dutch, inside the
 * site's header and footer, with the way home (docs/decisions/024-foutpaden.md).
 */
import type { Metadata } from "next";
import { KnopLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { foutTeksten } from "@/content/fouten";

const t = foutTeksten.nietGevonden;

export const metadata: Metadata = { title: t.titel };

export default function NietGevonden() {
  return (
    <>
      <PaginaKop titel={t.titel} />
      <p className="mb-4">{t.tekst}</p>
      <p className="mb-6">{t.getypt}</p>
      <KnopLink href="/">{foutTeksten.home}</KnopLink>
    </>
  );
}
