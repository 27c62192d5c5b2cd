/**
 * A text with its glossary terms linked (lib/begrippen.ts): the parts come from `planBegrippen`,
 * so which use is the first on the page is decided once, in reading order. A plain link, so it
 * works without JavaScript; underlined like every link, so not told by colour alone. It opens in
 * a new tab: on a question page, following it must not lose what is typed
 * (docs/decisions/031-burgerpaginas.md).
 */
import { componenten } from "@/content/componenten";
import { begripHref, type TekstDeel } from "@/lib/begrippen";

export function BegripTekst({ delen }: { delen: readonly TekstDeel[] }) {
  return (
    <>
      {delen.map((deel, i) =>
        deel.begrip === undefined ? (
          deel.tekst
        ) : (
          <a key={`${i}-${deel.begrip}`} href={begripHref(deel.begrip)} target="_blank" rel="noopener" data-begrip={deel.begrip}>
            {deel.tekst}
            <span className="sr-only"> {componenten.begrip.nieuwTabblad}</span>
          </a>
        ),
      )}
    </>
  );
}
