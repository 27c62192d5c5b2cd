"use client";
/**
 * The page's h1, which takes focus after a client-side navigation so screen reader and keyboard
 * users start at the new question (Next.js leaves focus where it was). Not on a full page load:
 * there the browser starts at the top and the skip link stays first. Not when an error summary
 * is on the page either, or a success banner (MeldingKop): those take focus themselves.
 */
import { type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { FOUT_SAMENVATTING_SELECTOR } from "./foutmelding-samenvatting";
import { MELDING_KOP_SELECTOR } from "./melding-kop";

const geenAbonnement = () => () => {};

export function KopFocus({ className, children }: { className: string; children: ReactNode }) {
  // React uses the server snapshot (false) while hydrating a server-rendered page and the client
  // snapshot (true) for a component first mounted in the browser: a client-side navigation.
  const inBrowserGemaakt = useSyncExternalStore(geenAbonnement, () => true, () => false);
  const [naNavigatie] = useState(inBrowserGemaakt);
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!naNavigatie || document.querySelector(FOUT_SAMENVATTING_SELECTOR) || document.querySelector(MELDING_KOP_SELECTOR)) return;
    ref.current?.focus();
  }, [naNavigatie]);

  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
