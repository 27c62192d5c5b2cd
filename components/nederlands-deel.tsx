/**
 * A sentence in the page's language that quotes Dutch: the quoted part (a cited source's title,
 * a description from Bijlage 4) gets `lang="nl"` (WCAG 3.1.2, docs/decisions/032-talen.md). On a
 * Dutch page, or when the sentence does not contain the part, the sentence as it is.
 */
import { Fragment } from "react";
import type { Taal } from "@/content/taal";

export function MetNederlands({ tekst, nederlands, taal }: { tekst: string; nederlands: string; taal: Taal }) {
  if (taal === "nl" || nederlands === "" || !tekst.includes(nederlands)) return tekst;
  return tekst.split(nederlands).map((deel, index) => (
    <Fragment key={index}>
      {index > 0 && <span lang="nl">{nederlands}</span>}
      {deel}
    </Fragment>
  ));
}
