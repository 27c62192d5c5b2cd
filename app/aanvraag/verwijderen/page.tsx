/**
 * "Verwijder mijn gegevens" asks first: what will be lost, a red button that deletes (a plain
 * form posting the existing server action, so it works without JavaScript and goes through the
 * same-origin check of every post, docs/decisions/020-beveiliging.md), and the way back. A GET of
 * this page deletes nothing (docs/decisions/031-burgerpaginas.md).
 */
import type { Metadata } from "next";
import Link from "@/components/link";
import { Knop, TerugLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { verwijderen as en } from "@/content/en/verwijderen";
import { inTaal } from "@/content/vertaling";
import { verwijderen as nl } from "@/content/verwijderen";
import { leesTaal } from "@/lib/taal";
import { budgetplanKlaar } from "@/lib/wizard/journey";
import { BUDGETPLAN_PDF, OVERZICHT } from "@/lib/wizard/paden";
import { verwijderGegevens } from "../acties";
import { vereisSessie } from "@/lib/wizard/laad";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), nl, en).titel };
}

export default async function Verwijderen() {
  const sessie = await vereisSessie();
  const t = inTaal(await leesTaal(), nl, en);
  return (
    <>
      <TerugLink href={OVERZICHT}>{t.terug}</TerugLink>
      <PaginaKop titel={t.titel} />
      <p className="mb-2">{t.inleiding}</p>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        {t.watWeg.map((punt) => (
          <li key={punt}>{punt}</li>
        ))}
      </ul>
      <p className="mb-6 font-bold">{t.nietTerug}</p>
      {budgetplanKlaar(sessie.antwoorden) && (
        <p className="mb-6">
          {t.eerstBewaren}{" "}
          <a href={BUDGETPLAN_PDF} download>
            {t.pdfLink}
          </a>
        </p>
      )}
      <form action={verwijderGegevens} className="flex flex-col gap-x-6 sm:flex-row sm:items-baseline">
        <Knop variant="waarschuwing">{t.knop}</Knop>
        <p className="m-0">
          <Link href={OVERZICHT}>{t.terug}</Link>
        </p>
      </form>
    </>
  );
}
