/**
 * The building blocks of the plain information pages (privacy, accessibility, contact, glossary):
 * a section with an h2 and its paragraphs or a list (docs/decisions/031-burgerpaginas.md).
 */
import type { ReactNode } from "react";

export function Sectie({ id, kop, children }: { id: string; kop: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mt-0 mb-3 text-2xl font-bold">
        {kop}
      </h2>
      {children}
    </section>
  );
}

export function Alineas({ tekst }: { tekst: readonly string[] }) {
  return (
    <>
      {tekst.map((alinea) => (
        <p key={alinea} className="mb-4">
          {alinea}
        </p>
      ))}
    </>
  );
}

export function Lijst({ punten }: { punten: readonly string[] }) {
  return (
    <ul className="mb-4 list-disc space-y-2 pl-6">
      {punten.map((punt) => (
        <li key={punt}>{punt}</li>
      ))}
    </ul>
  );
}
