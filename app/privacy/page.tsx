/**
 * The privacy statement. The keeping time is the server's own setting (DRAFT_LOOPTIJD_DAGEN), so
 * the page is rendered per request and says what this server does (docs/decisions/031-burgerpaginas.md).
 */
import type { Metadata } from "next";
import Link from "@/components/link";
import { PaginaKop } from "@/components/pagina-kop";
import { Alineas, Lijst, Sectie } from "@/components/tekst-pagina";
import { privacy as en } from "@/content/en/privacy";
import { privacy as nl } from "@/content/privacy";
import { inTaal } from "@/content/vertaling";
import { CONTACT } from "@/lib/burger-paden";
import { env } from "@/lib/env";
import { leesTaal } from "@/lib/taal";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), nl, en).titel };
}

/** Per request: the keeping time is read from this server's environment, not the build's. */
export const dynamic = "force-dynamic";

export default async function Privacy() {
  const t = inTaal(await leesTaal(), nl, en);
  return (
    <article className="max-w-3xl">
      <PaginaKop titel={t.titel} />
      <p className="mb-8">{t.inleiding}</p>
      <Sectie id="wat" kop={t.watKop}>
        <Lijst punten={t.wat} />
      </Sectie>
      <Sectie id="niet" kop={t.nietKop}>
        <Lijst punten={t.niet} />
      </Sectie>
      <Sectie id="versleuteld" kop={t.versleuteldKop}>
        <Alineas tekst={t.versleuteld} />
      </Sectie>
      <Sectie id="wie" kop={t.wieKop}>
        <Lijst punten={t.wie} />
      </Sectie>
      <Sectie id="hoe-lang" kop={t.hoeLangKop}>
        <Alineas tekst={t.hoeLang(env().DRAFT_LOOPTIJD_DAGEN)} />
      </Sectie>
      <Sectie id="cookie" kop={t.cookieKop}>
        <Alineas tekst={t.cookie} />
      </Sectie>
      <Sectie id="adres" kop={t.adresKop}>
        <p className="mb-4">{t.adres}</p>
      </Sectie>
      <Sectie id="wissen" kop={t.wissenKop}>
        <Alineas tekst={t.wissen} />
      </Sectie>
      <Sectie id="kopie" kop={t.kopieKop}>
        <p className="mb-4">{t.kopie}</p>
      </Sectie>
      <Sectie id="vragen" kop={t.vragenKop}>
        <p className="mb-0">
          {t.vragen} <Link href={CONTACT}>{t.vragenLink}</Link>.
        </p>
      </Sectie>
    </article>
  );
}
