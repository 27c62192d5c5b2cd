/** The accessibility statement (docs/decisions/031-burgerpaginas.md). */
import type { Metadata } from "next";
import Link from "@/components/link";
import { PaginaKop } from "@/components/pagina-kop";
import { Lijst, Sectie } from "@/components/tekst-pagina";
import { toegankelijkheid as en } from "@/content/en/toegankelijkheid";
import { toegankelijkheid as nl } from "@/content/toegankelijkheid";
import { inTaal } from "@/content/vertaling";
import { CONTACT } from "@/lib/burger-paden";
import { leesTaal } from "@/lib/taal";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), nl, en).titel };
}

/** The day the statement was last checked against the site; change it with the statement. */
const BIJGEWERKT = "04-12-2026";

export default async function Toegankelijkheid() {
  const t = inTaal(await leesTaal(), nl, en);
  return (
    <article className="max-w-3xl">
      <PaginaKop titel={t.titel} />
      <p className="mb-8">{t.inleiding}</p>
      <Sectie id="norm" kop={t.normKop}>
        <p className="mb-4">{t.norm}</p>
      </Sectie>
      <Sectie id="getest" kop={t.getestKop}>
        <Lijst punten={t.getest} />
      </Sectie>
      <Sectie id="grenzen" kop={t.grenzenKop}>
        <Lijst punten={t.grenzen} />
      </Sectie>
      <Sectie id="melden" kop={t.meldenKop}>
        <p className="mb-4">
          {t.melden} <Link href={CONTACT}>{t.meldenLink}</Link>.
        </p>
      </Sectie>
      <p className="mb-0 text-grijs">{t.datum(BIJGEWERKT)}</p>
    </article>
  );
}
