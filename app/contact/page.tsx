/**
 * Who runs the service, how to reach them, and the feedback link (`#reactie`). The address is a
 * placeholder until whoever runs the service fills in its own (docs/decisions/031-burgerpaginas.md).
 */
import type { Metadata } from "next";
import Link from "@/components/link";
import { PaginaKop } from "@/components/pagina-kop";
import { Alineas, Sectie } from "@/components/tekst-pagina";
import { contact as nl, CONTACT_ADRES } from "@/content/contact";
import { contact as en } from "@/content/en/contact";
import { inTaal } from "@/content/vertaling";
import { mailtoLink } from "@/lib/mailto";
import { leesTaal } from "@/lib/taal";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), nl, en).titel };
}

export default async function Contact() {
  const t = inTaal(await leesTaal(), nl, en);
  return (
    <article className="max-w-3xl">
      <PaginaKop titel={t.titel} />
      <Sectie id="wie" kop={t.wieKop}>
        <Alineas tekst={t.wie} />
      </Sectie>
      <Sectie id="mail" kop={t.mailKop}>
        <p className="mb-2">
          {t.mail} <a href={`mailto:${CONTACT_ADRES}`} className="break-all">{CONTACT_ADRES}</a>
        </p>
        <p className="mb-4 border-l-4 border-let-op pl-3">{t.plaatshouder}</p>
        <h3 className="mt-6 mb-2 text-xl font-bold">{t.nietSturenKop}</h3>
        <p className="mb-4">{t.nietSturen}</p>
      </Sectie>
      <Sectie id="zorgkantoor" kop={t.zorgkantoorKop}>
        <p className="mb-4">
          {t.zorgkantoor} <Link href="/zorgkantoor">{t.zorgkantoorLink}</Link>.
        </p>
      </Sectie>
      <Sectie id="reactie" kop={t.reactieKop}>
        <p className="mb-4">{t.reactie}</p>
        <p className="mb-0">
          <a href={mailtoLink({ aan: CONTACT_ADRES, onderwerp: t.reactieOnderwerp, tekst: "" })}>{t.reactieLink}</a>
        </p>
      </Sectie>
    </article>
  );
}
