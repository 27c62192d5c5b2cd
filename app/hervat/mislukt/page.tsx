import type { Metadata } from "next";
import { KnopLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { inTaal } from "@/content/vertaling";
import { isEigenSleutel } from "@/lib/eigen-sleutel";
import { leesTaal } from "@/lib/taal";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), aanvraagNl, aanvraagEn).hervat.titel };
}

export default async function HervatMislukt({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reden } = await searchParams;
  const aanvraag = inTaal(await leesTaal(), aanvraagNl, aanvraagEn);
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
