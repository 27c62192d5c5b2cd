/**
 * GOV.UK summary list for check-your-answers: a `<dl>` of question, answer and a "Wijzig" link
 * whose accessible name includes the question ("Wijzig Waar wilt u wonen?"), since a screen
 * reader's list of links would otherwise show many identical "Wijzig" links.
 */
import Link from "@/components/link";
import { WijzigWoord } from "./component-woorden";

import type { SamenvattingLijstRij } from "@/lib/wizard/types";

export type { SamenvattingLijstRij };

export interface SamenvattingLijstProps {
  rijen: SamenvattingLijstRij[];
}

export function SamenvattingLijst({ rijen }: SamenvattingLijstProps) {
  return (
    <dl className="m-0 mb-8 border-t border-lijn">
      {rijen.map((rij, index) => (
        <div
          key={`${index}-${rij.vraag}`}
          className="border-b border-lijn py-3 sm:grid sm:grid-cols-[minmax(0,3fr)_minmax(0,4fr)_auto] sm:gap-x-5"
        >
          <dt className="mb-1 font-bold sm:mb-0">{rij.vraag}</dt>
          <dd className="m-0 whitespace-pre-line">{rij.antwoord}</dd>
          {rij.wijzigHref && (
            <dd className="niet-printen m-0 mt-2 sm:mt-0 sm:text-right">
              <Link href={rij.wijzigHref}>
                <WijzigWoord />
                <span className="sr-only"> {rij.vraag}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
