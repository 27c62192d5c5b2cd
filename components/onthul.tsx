"use client";
/**
 * GOV.UK's conditional reveal: the fields that only apply to one option of a radio group, right
 * under that option. The server renders them visible, so a page without JavaScript (or before its
 * script has run) shows and posts them as before. Once this runs, the block carries `hidden` while
 * its option is not chosen, and opens as soon as it is, without a page load. A block with an error
 * in it stays open while no option is chosen, so the error summary's links lead somewhere.
 * No aria-expanded or aria-controls on the radio: GOV.UK dropped them, because screen readers
 * announced them inconsistently; the fields simply follow the chosen option in reading and Tab
 * order (docs/decisions/031-burgerpaginas.md).
 */
import { useEffect, useRef, useState, type ReactNode } from "react";

export interface OnthulProps {
  id: string;
  /** The radio group's name and the option's value that shows the block. */
  veld: string;
  waarde: string;
  /** The block holds an error the server or the browser reported. */
  metFout: boolean;
  children: ReactNode;
}

/** The chosen value of the radio group `veld` in this form, or null when none is chosen. */
function gekozen(formulier: HTMLFormElement, veld: string): string | null {
  const waarde = new FormData(formulier).get(veld);
  return typeof waarde === "string" && waarde !== "" ? waarde : null;
}

export function Onthul({ id, veld, waarde, metFout, children }: OnthulProps) {
  const blok = useRef<HTMLDivElement>(null);
  // null until the script runs: the server's markup (everything visible) is what hydrates.
  const [open, zetOpen] = useState<boolean | null>(null);

  useEffect(() => {
    const formulier = blok.current?.closest("form");
    if (!formulier) return;
    const bepaal = (metFoutNu: boolean) => {
      const keuze = gekozen(formulier, veld);
      zetOpen(keuze === waarde || (keuze === null && metFoutNu));
    };
    // What the page shows now: also a choice made while the script was loading.
    bepaal(metFout);
    const bijWijziging = (gebeurtenis: Event) => {
      const doel = gebeurtenis.target;
      if (doel instanceof HTMLInputElement && doel.name === veld) bepaal(false);
    };
    formulier.addEventListener("change", bijWijziging);
    return () => formulier.removeEventListener("change", bijWijziging);
  }, [veld, waarde, metFout]);

  return (
    <div id={id} ref={blok} hidden={open === false} className="mb-4 ml-[18px] border-l-4 border-lijn pl-[29px] [&>:last-child]:mb-0">
      {children}
    </div>
  );
}
