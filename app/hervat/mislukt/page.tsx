import type { Metadata } from "next";
import { KnopLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { aanvraag } from "@/content/aanvraag";

export const metadata: Metadata = { title: aanvraag.hervat.titel };

type Reden = keyof typeof aanvraag.hervat.redenen;

export default async function HervatMislukt({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reden } = await searchParams;
  const bekend = typeof reden === "string" && reden in aanvraag.hervat.redenen ? (reden as Reden) : "niet-gevonden";
  return (
    <>
      <PaginaKop titel={aanvraag.hervat.titel} />
      <p className="mb-4">{aanvraag.hervat.redenen[bekend]}</p>
      <p className="mb-6">{aanvraag.hervat.opnieuw}</p>
      <KnopLink href="/">{aanvraag.hervat.startKnop}</KnopLink>
    </>
  );
}
