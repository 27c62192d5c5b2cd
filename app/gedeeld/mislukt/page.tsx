import type { Metadata } from "next";
import { KnopLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { delen as delenNl } from "@/content/delen";
import { delen as delenEn } from "@/content/en/delen";
import { inTaal } from "@/content/vertaling";
import { isEigenSleutel } from "@/lib/eigen-sleutel";
import { leesTaal } from "@/lib/taal";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), delenNl, delenEn).mislukt.titel };
}

/** Why a share link did not open: expired, revoked or gone, or not copied whole. */
export default async function GedeeldMislukt({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reden } = await searchParams;
  const delen = inTaal(await leesTaal(), delenNl, delenEn);
  const bekend = isEigenSleutel(delen.mislukt.redenen, reden) ? reden : "niet-gevonden";
  return (
    <>
      <PaginaKop titel={delen.mislukt.titel} />
      <p className="mb-6">{delen.mislukt.redenen[bekend]}</p>
      <KnopLink href="/" variant="secundair">
        {delen.mislukt.home}
      </KnopLink>
    </>
  );
}
