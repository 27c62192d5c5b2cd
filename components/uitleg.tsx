/** Explanation blocks above a question's fields: a heading, paragraphs, a list, or folded material. */
import type { Uitleg } from "@/lib/wizard/types";
import { Uitklap } from "./uitklap";

export interface UitlegBlokkenProps {
  uitleg: Uitleg[];
  /** Heading level of the blocks' `kop`: 2 on the page, 3 inside a folded part. */
  niveau?: 2 | 3;
}

export function UitlegBlokken({ uitleg, niveau = 2 }: UitlegBlokkenProps) {
  const Kop = niveau === 2 ? "h2" : "h3";
  return (
    <>
      {uitleg.map((blok, index) => (
        <div key={`${index}-${blok.kop ?? ""}`} className="mb-6">
          {blok.kop && <Kop className={`mt-0 mb-3 font-bold ${niveau === 2 ? "text-2xl" : "text-xl"}`}>{blok.kop}</Kop>}
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
          {blok.uitklap && (
            <Uitklap samenvatting={blok.uitklap.samenvatting}>
              <UitlegBlokken uitleg={blok.uitklap.inhoud} niveau={3} />
            </Uitklap>
          )}
        </div>
      ))}
    </>
  );
}
