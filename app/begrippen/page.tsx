/**
 * The glossary: every term with an id, so a page can link to `/begrippen#<id>`; a list of the
 * terms at the top links to each (docs/decisions/031-burgerpaginas.md). In English each term stays
 * the Dutch word people meet in letters and forms, marked lang="nl", with an English explanation
 * (docs/decisions/032-talen.md, addendum 2026-12-05).
 */
import type { Metadata } from "next";
import { PaginaKop } from "@/components/pagina-kop";
import { begrippen as nl } from "@/content/begrippen";
import { begrippen as en } from "@/content/en/begrippen";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), nl, en).titel };
}

export default async function Begrippen() {
  const taal = await leesTaal();
  const t = inTaal(taal, nl, en);
  // The term is Dutch on an English page too (WCAG 3.1.2); on a Dutch page it needs no mark.
  const termTaal = taal === "nl" ? undefined : "nl";
  return (
    <article className="max-w-3xl">
      <PaginaKop titel={t.titel} />
      <p className="mb-6">{t.inleiding}</p>
      <nav aria-labelledby="begrippen-inhoud" className="mb-8">
        <h2 id="begrippen-inhoud" className="mt-0 mb-2 text-xl font-bold">
          {t.inhoudKop}
        </h2>
        <ul className="m-0 flex list-none flex-wrap gap-x-5 gap-y-1 p-0">
          {t.lijst.map((b) => (
            <li key={b.id}>
              <a href={`#${b.id}`} lang={termTaal}>
                {b.term.split(" (")[0]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {t.lijst.map((b) => (
        <div key={b.id} className="mb-6 border-l-4 border-merk pl-4">
          <h2 id={b.id} lang={termTaal} className="mt-0 mb-2 text-xl font-bold">
            {b.term}
          </h2>
          {b.uitleg.map((zin) => (
            <p key={zin} className="mb-2">
              {zin}
            </p>
          ))}
        </div>
      ))}
    </article>
  );
}
