"use client";
/**
 * A success banner whose heading takes focus, so a screen reader announces the message that a
 * page shows after a form action (a live region already filled when the page loads is not read
 * out). On a full page load the heading has the `autofocus` attribute, which the browser follows
 * without JavaScript too; after a client-side navigation an effect focuses it, and KopFocus
 * leaves the h1 alone when a banner like this is on the page (docs/decisions/031-burgerpaginas.md).
 * Looks like Melding's success banner.
 */
import { type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { MeldingWoord } from "./component-woorden";

/** For KopFocus: a page with this banner gives focus to the banner, not to its h1. */
export const MELDING_KOP_SELECTOR = "[data-melding-kop]";

const geenAbonnement = () => () => {};

export interface MeldingKopProps {
  /** The message itself, short: it is what is read out first. Defaults to "Gelukt". */
  titel?: string;
  /** Heading level: 2 on the page, 3 under a section's own h2. */
  niveau?: 2 | 3;
  children?: ReactNode;
}

export function MeldingKop({ titel, niveau = 2, children }: MeldingKopProps) {
  const Kop = niveau === 2 ? "h2" : "h3";
  const inBrowserGemaakt = useSyncExternalStore(geenAbonnement, () => true, () => false);
  const [naNavigatie] = useState(inBrowserGemaakt);
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (naNavigatie) ref.current?.focus();
  }, [naNavigatie]);

  return (
    <div role="status" data-melding-kop="" className="mb-8 border-[5px] border-goed">
      <div className="bg-goed px-4 pt-0.5 pb-1 text-white">
        <Kop ref={ref} tabIndex={-1} autoFocus className="m-0 text-base font-bold">
          {titel ?? <MeldingWoord soort="succes" />}
        </Kop>
      </div>
      {children !== undefined && <div className="bg-white px-4 py-4 [&>*:last-child]:mb-0">{children}</div>}
    </div>
  );
}
