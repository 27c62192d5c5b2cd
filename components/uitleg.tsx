/** Explanation blocks above a question's fields: a heading, paragraphs, a list, or folded material. */
import type { Uitleg } from "@/lib/wizard/types";
import { planBegrippen, zichtbareUitlegTeksten, type TekstDeel } from "@/lib/begrippen";
import { BegripTekst } from "./begrip-tekst";
import { Uitklap } from "./uitklap";

export interface UitlegBlokkenProps {
  uitleg: Uitleg[];
  /** Heading level of the blocks' `kop`: 2 on the page, 3 inside a folded part. */
  niveau?: 2 | 3;
  /**
   * Link the first use of each glossary term in the paragraphs and lists in sight (not in
   * headings, not in folded parts); `eerder`: terms already linked higher up the page.
   */
  begrippen?: { eerder?: readonly string[] };
}

/** The texts of the blocks that are in sight, in reading order: what `UitlegBlokken` links terms in (lib/begrippen.ts). */
export { zichtbareUitlegTeksten };

export function UitlegBlokken({ uitleg, niveau = 2, begrippen }: UitlegBlokkenProps) {
  const Kop = niveau === 2 ? "h2" : "h3";
  // Which use of a term is the first is decided here for all blocks at once, in reading order.
  const plan = begrippen === undefined ? null : planBegrippen(zichtbareUitlegTeksten(uitleg), begrippen.eerder);
  let volgnummer = 0;
  const tekst = (t: string) => {
    const delen: TekstDeel[] | undefined = plan?.delen[volgnummer++];
    return delen === undefined ? t : <BegripTekst delen={delen} />;
  };
  return (
    <>
      {uitleg.map((blok, index) => (
        <div key={`${index}-${blok.kop ?? ""}`} className="mb-6" lang={blok.taal}>
          {blok.kop && <Kop className={`mt-0 mb-3 font-bold ${niveau === 2 ? "text-2xl" : "text-xl"}`}>{blok.kop}</Kop>}
          {blok.alineas?.map((alinea, i) => (
            <p key={`${i}-${alinea}`} className="mt-0 mb-4">
              {tekst(alinea)}
            </p>
          ))}
          {blok.lijst && blok.lijst.length > 0 && (
            <ul className="mt-0 mb-4 list-disc space-y-1 pl-6">
              {blok.lijst.map((punt, i) => (
                <li key={`${i}-${punt}`}>{tekst(punt)}</li>
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
