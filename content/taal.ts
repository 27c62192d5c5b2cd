/**
 * The languages the words of content/ come in (docs/decisions/028-redenen-als-gegevens.md, addendum
 * 2026-12-05). Dutch is the default and the language of every page; English is, for now, only the
 * applicant's words of the reasons in the API.
 */
export const TALEN = ["nl", "en"] as const;
export type Taal = (typeof TALEN)[number];
export const STANDAARDTAAL: Taal = "nl";

export function isTaal(x: string): x is Taal {
  return (TALEN as readonly string[]).includes(x);
}
