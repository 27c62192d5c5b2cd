"use client";
/**
 * The budgetplan's sum for one zorgverlener, as the paper form writes it (BP-02, BP-03):
 * "25 uur × € 15,00 × 4,33 = € 1.624,00 per maand" and "€ 1.624,00 × 12 = € 19.488,00 per jaar".
 * The server renders `begin` (the saved or posted values), so the figures are there without
 * JavaScript. With JavaScript it follows the enclosing form's `input` events and works the sum
 * out again with the same rules (lib/budgetplan/som.ts): no react-hook-form needed.
 */
import { useCallback, useId, useRef, useSyncExternalStore } from "react";
import { vraagFormulier as vraagFormulierEn } from "@/content/en/vraag-formulier";
import { inTaal } from "@/content/vertaling";
import { vraagFormulier } from "@/content/vraag-formulier";
import { useTaal } from "./taal";
import { somTekst, type SomTekst } from "@/lib/budgetplan/som";
import { veldId } from "./veld-onderdelen";


export interface LiveSomProps {
  /** The name of the hours field in the same form. */
  urenVeld: string;
  /** The name of the uurtarief field in the same form. */
  tariefVeld: string;
  /** The sum worked out on the server (`somTekst`), or `null` when there is nothing to sum yet. */
  begin: SomTekst | null;
}

/** The field's current text; `null` before the component is in a form (server, first render). */
function waardeVan(wortel: HTMLElement | null, naam: string): string | null {
  const formulier = wortel?.closest("form");
  if (!formulier) return null;
  const veld = formulier.elements.namedItem(naam);
  return veld instanceof HTMLInputElement ? veld.value : null;
}

const geenWaarde = () => null;

export function LiveSom({ urenVeld, tariefVeld, begin }: LiveSomProps) {
  const wortel = useRef<HTMLDivElement>(null);
  const kopId = useId();
  // Subscribed after mount (React runs it in an effect), removed on unmount.
  const abonneer = useCallback((gewijzigd: () => void) => {
    const formulier = wortel.current?.closest("form");
    if (!formulier) return () => {};
    formulier.addEventListener("input", gewijzigd);
    return () => formulier.removeEventListener("input", gewijzigd);
  }, []);
  const uren = useSyncExternalStore(abonneer, () => waardeVan(wortel.current, urenVeld), geenWaarde);
  const tarief = useSyncExternalStore(abonneer, () => waardeVan(wortel.current, tariefVeld), geenWaarde);
  const som = uren === null || tarief === null ? begin : somTekst(uren, tarief);
  // The words in the page's language (docs/decisions/032-talen.md); the figures the Dutch way in both.
  const t = inTaal(useTaal(), vraagFormulier, vraagFormulierEn).som;

  return (
    <div ref={wortel} data-live-som="" className="my-6 border-l-[5px] border-lijn py-2 pl-4">
      <h2 id={kopId} className="mt-0 mb-2 text-xl font-bold">
        {t.kop}
      </h2>
      <output aria-live="polite" aria-labelledby={kopId} htmlFor={`${veldId(urenVeld)} ${veldId(tariefVeld)}`} className="block">
        {som === null ? (
          <span className="block">{t.leeg}</span>
        ) : (
          <>
            <span className="block">
              {som.uren} {t.uur} × <Bedrag>{som.tarief}</Bedrag> × {som.weken} ={" "}
              <Bedrag data-per-maand={som.perMaand} vet>
                {som.perMaand}
              </Bedrag>{" "}
              {t.perMaand}
            </span>
            <span className="mt-1 block">
              <Bedrag>{som.perMaand}</Bedrag> × {som.maanden} ={" "}
              <Bedrag data-per-jaar={som.perJaar} vet>
                {som.perJaar}
              </Bedrag>{" "}
              {t.perJaar}
            </span>
            {som.perMaandOnafgerond !== null && (
              <span className="mt-2 block text-base text-grijs">{t.afgerond(som.perMaandOnafgerond)}</span>
            )}
            <span className="mt-1 block text-base text-grijs">{t.weken(som.weken)}</span>
          </>
        )}
      </output>
    </div>
  );
}

/** An amount that never breaks between "€" and the figure. */
function Bedrag({ children, vet = false, ...data }: { children: string; vet?: boolean; "data-per-maand"?: string; "data-per-jaar"?: string }) {
  return (
    <span {...data} className={`whitespace-nowrap${vet ? " font-bold" : ""}`}>
      {children}
    </span>
  );
}
