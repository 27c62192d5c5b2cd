/** Explanation blocks above a question's fields: an h2, paragraphs and a bulleted list. */
import type { Uitleg } from "@/lib/wizard/types";

export interface UitlegBlokkenProps {
  uitleg: Uitleg[];
}

export function UitlegBlokken({ uitleg }: UitlegBlokkenProps) {
  return (
    <>
      {uitleg.map((blok, index) => (
        <div key={`${index}-${blok.kop ?? ""}`} className="mb-6">
          {blok.kop && <h2 className="mt-0 mb-3 text-2xl font-bold">{blok.kop}</h2>}
          {blok.alineas?.map((alinea, i) => (
            <p key={`${i}-${alinea}`} className="mt-0 mb-4">
              {alinea}
            </p>
          ))}
          {blok.lijst && blok.lijst.length > 0 && (
            <ul className="mt-0 mb-4 list-disc space-y-1 pl-6">
              {blok.lijst.map((punt, i) => (
                <li key={`${i}-${punt}`}>{punt}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
