/**
 * The languages the words of content/ come in (docs/decisions/032-talen.md). Dutch is the
 * default. A Dutch module `content/x.ts` has its English in `content/en/x.ts`, typed against it
 * (content/vertaling.ts).
 */
export const TALEN = ["nl", "en"] as const;
export type Taal = (typeof TALEN)[number];
export const STANDAARDTAAL: Taal = "nl";

export function isTaal(x: string): x is Taal {
  return (TALEN as readonly string[]).includes(x);
}

/**
 * Each language's name in that language, as the language switch offers it: someone who cannot
 * read the page's language still recognises their own (WCAG 3.1.2 marks it with its `lang`).
 */
export const TAALNAAM: Record<Taal, string> = { nl: "Nederlands", en: "English" };
