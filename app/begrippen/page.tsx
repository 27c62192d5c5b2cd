/**
 * The glossary: every term with an id, so a page can link to `/begrippen#<id>`; a list of the
 * terms at the top links to each (docs/decisions/031-burgerpaginas.md).
 */
import type { Metadata } from "next";
import { PaginaKop } from "@/components/pagina-kop";
import { begrippen as t } from "@/content/begrippen";

export const metadata: Metadata = { title: t.titel };

export default function Begrippen() {
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
              <a href={`#${b.id}`}>{b.term.split(" (")[0]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {t.lijst.map((b) => (
        <div key={b.id} className="mb-6 border-l-4 border-merk pl-4">
          <h2 id={b.id} className="mt-0 mb-2 text-xl font-bold">
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
