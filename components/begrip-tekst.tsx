/**
 * A text with its glossary terms linked (lib/begrippen.ts): the parts come from `planBegrippen`,
 * so which use is the first on the page is decided once, in reading order. A plain link, so it
 * works without JavaScript; underlined like every link, so not told by colour alone. It opens in
 * a new tab: on a question page, following it must not lose what is typed
 * (docs/decisions/031-burgerpaginas.md). A screen reader hears that as the link's description
 * (BegripUitleg, once in the layout), after the term: inside the link's text it would break the
 * sentence it stands in.
 */
import { componenten } from "@/content/componenten";
import { begripHref, type TekstDeel } from "@/lib/begrippen";

const BEGRIP_UITLEG_ID = "begrip-uitleg";

/**
 * The description every glossary link points to; in the root layout, so on every page. The layout
 * hands it the words in the page's language (content/begrippen.ts `linkUitleg`), so this file,
 * which client forms import too, carries no other language's words.
 */
export function BegripUitleg({ tekst = componenten.begrip.nieuwTabblad }: { tekst?: string }) {
  return (
    <span id={BEGRIP_UITLEG_ID} hidden>
      {tekst}
    </span>
  );
}

export function BegripTekst({ delen }: { delen: readonly TekstDeel[] }) {
  return (
    <>
      {delen.map((deel, i) =>
        deel.begrip === undefined ? (
          deel.tekst
        ) : (
          <a key={`${i}-${deel.begrip}`} href={begripHref(deel.begrip)} target="_blank" rel="noopener" aria-describedby={BEGRIP_UITLEG_ID} data-begrip={deel.begrip}>
            {deel.tekst}
          </a>
        ),
      )}
    </>
  );
}
