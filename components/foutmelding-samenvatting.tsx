"use client";
/**
 * GOV.UK error summary. Client only for focus: it takes focus when it appears and when its list
 * changes, and a link focuses its field with the label or legend in view (govuk-frontend's
 * behaviour; a bare fragment jump would hide the question above the input). Without JavaScript
 * the server HTML carries `autofocus` (React 19 SSR emits `autofocus=""`, a global HTML attribute
 * valid on a div) and the links are plain fragment links.
 */
import { type MouseEvent, useEffect, useRef } from "react";
import { useComponentWoorden } from "./component-woorden";
import { useTaal } from "./taal";
import { foutTitel, heeftFoutTitel } from "@/lib/fout-titel";

export interface FoutSamenvattingProps {
  fouten: { naam: string; tekst: string }[];
}

/** The page heading's focus script looks for this, and leaves focus to the summary. */
export const FOUT_SAMENVATTING_SELECTOR = "[data-fout-samenvatting]";

function legendOfLabel(invoer: HTMLElement): HTMLElement | null {
  const fieldset = invoer.closest("fieldset");
  const legend = fieldset?.querySelector("legend");
  const isKeuze = invoer instanceof HTMLInputElement && (invoer.type === "radio" || invoer.type === "checkbox");
  if (legend && isKeuze) return legend;
  if (legend) {
    // Like govuk-frontend: the legend when it and the input fit in half the screen together.
    const invoerRand = invoer.getBoundingClientRect();
    if (invoerRand.bottom - legend.getBoundingClientRect().top < window.innerHeight / 2) return legend;
  }
  return document.querySelector<HTMLElement>(`label[for="${CSS.escape(invoer.id)}"]`) ?? invoer.closest("label");
}

function naarVeld(event: MouseEvent<HTMLAnchorElement>) {
  const doel = document.getElementById(event.currentTarget.hash.slice(1));
  if (!doel) return;
  const kop = legendOfLabel(doel);
  if (!kop) return;
  event.preventDefault();
  kop.scrollIntoView();
  doel.focus({ preventScroll: true });
}

export function FoutSamenvatting({ fouten }: FoutSamenvattingProps) {
  const ref = useRef<HTMLDivElement>(null);
  const woorden = useComponentWoorden();
  const taal = useTaal();
  // Content, not array identity: a parent re-render must not pull focus away while typing.
  const inhoud = fouten.map((fout) => `${fout.naam}\u0000${fout.tekst}`).join("\u0001");

  useEffect(() => {
    if (inhoud !== "") ref.current?.focus();
  }, [inhoud]);
  // The title says "Fout:" first while there are errors, as the GET tool pages' titles do from
  // the server (lib/fout-titel.ts); here for forms whose errors come back in place.
  useEffect(() => {
    if (inhoud === "" || heeftFoutTitel(document.title)) return;
    const zonder = document.title;
    const met = foutTitel(zonder, true, taal);
    document.title = met;
    return () => {
      if (document.title === met) document.title = zonder;
    };
  }, [inhoud, taal]);

  if (fouten.length === 0) return null;

  return (
    <div
      ref={ref}
      tabIndex={-1}
      autoFocus
      data-fout-samenvatting=""
      className="mb-8 border-[5px] border-fout p-4 sm:p-5"
    >
      <div role="alert">
        <h2 className="mt-0 mb-4 text-2xl font-bold">
          {woorden.fout.samenvattingKop}
        </h2>
        <ul className="m-0 list-none space-y-2 p-0">
          {fouten.map((fout, index) => (
            <li key={`${fout.naam}-${index}`}>
              <a
                href={`#veld-${fout.naam}`}
                onClick={naarVeld}
                className="font-bold text-fout visited:text-fout focus-visible:text-inkt"
              >
                {fout.tekst}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
