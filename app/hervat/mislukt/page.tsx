import type { Metadata } from "next";
import { KnopLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { aanvraag } from "@/content/aanvraag";
import { isEigenSleutel } from "@/lib/eigen-sleutel";

export const metadata: Metadata = { title: aanvraag.hervat.titel };

export default async function HervatMislukt({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reden } = await searchParams;
  const bekend = isEigenSleutel(aanvraag.hervat.redenen, reden) ? reden : "niet-gevonden";
  return (
    <>
      <PaginaKop titel={aanvraag.hervat.titel} />
      <p className="mb-4">{aanvraag.hervat.redenen[bekend]}</p>
      <p className="mb-6">{aanvraag.hervat.opnieuw}</p>
      <KnopLink href="/">{aanvraag.hervat.startKnop}</KnopLink>
    </>
  );
}
