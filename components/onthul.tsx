/**
 * GOV.UK's conditional reveal: the fields that only apply to one option of a radio group, right
 * under that option. No script: CSS hides the block while its option is not checked
 * (`.onthul-optie` and `.onthul` in app/globals.css, with `:has()` on the radio's `:checked`),
 * so the page looks the same before, after and without its JavaScript, and the block opens as
 * soon as the option is chosen, without a page load. A block with an error in it stays open
 * while no option is chosen, so the error summary's links lead somewhere. A browser without
 * `:has()` shows every block, with a line saying when to fill it in (`.onthul-uitleg`).
 * No aria-expanded or aria-controls on the radio: GOV.UK dropped them, because screen readers
 * announced them inconsistently; the fields simply follow the chosen option in reading and Tab
 * order (docs/decisions/031-burgerpaginas.md).
 */
import type { ReactNode } from "react";
import { useComponentWoorden } from "./component-woorden";

export interface OnthulProps {
  id: string;
  /** The label of the option that shows the block ("Ja"). */
  optie: string;
  /** The block holds an error the server or the browser reported. */
  metFout: boolean;
  children: ReactNode;
}

/** The class of the option rows of a group with a revealed block: the CSS reads their `:checked`. */
export const ONTHUL_OPTIE = "onthul-optie";

export function Onthul({ id, optie, metFout, children }: OnthulProps) {
  const woorden = useComponentWoorden();
  return (
    <div
      id={id}
      data-fout={metFout ? "" : undefined}
      className="onthul mb-4 ml-[18px] border-l-4 border-lijn pl-[29px] [&>:last-child]:mb-0"
    >
      <p className="onthul-uitleg mb-4 text-grijs">{woorden.onthul.alleenBij(optie)}</p>
      {children}
    </div>
  );
}
