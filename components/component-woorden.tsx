"use client";
/**
 * The shared components' words in the page's language (docs/decisions/032-talen.md, addendum on
 * questions). Client components take them with `useComponentWoorden()`. Components that render
 * on the server and in the browser alike (a button, the page heading, an error line) cannot read
 * a context on the server, so their few words are these small client parts: each reads the
 * language the root layout handed down, and no page has to pass it.
 */
import { componenten as nl, type TaakStatus } from "@/content/componenten";
import type { Antwoord } from "@/rules/types";
import { componenten as en } from "@/content/en/componenten";
import { inTaal } from "@/content/vertaling";
import { useTaal } from "./taal";

export function useComponentWoorden() {
  return inTaal(useTaal(), nl, en);
}

/** "Fout:" before an error message, for screen readers. */
export function FoutVoorvoegsel() {
  return <>{useComponentWoorden().fout.voorvoegsel}</>;
}

/** "Stap 2 van 6". */
export function StapVan({ nummer, aantal }: { nummer: number; aantal: number }) {
  return <>{useComponentWoorden().stap.van(nummer, aantal)}</>;
}

/** "Stap 2". */
export function StapKort({ nummer }: { nummer: number }) {
  return <>{useComponentWoorden().stap.kort(nummer)}</>;
}

/** "Pagina 4 van 12". */
export function DeelVan({ nummer, aantal }: { nummer: number; aantal: number }) {
  return <>{useComponentWoorden().stap.deel(nummer, aantal)}</>;
}

/** A button's default words: "Doorgaan", "Start nu", "Terug". */
export function KnopWoord({ knop }: { knop: "doorgaan" | "startNu" | "terug" }) {
  return <>{useComponentWoorden().knoppen[knop]}</>;
}

/** The words of "Bewaren en later verder" under a step page (app/aanvraag/bewaar-link.tsx). */
export function BewaarLinkWoord({ deel }: { deel: "knop" | "eerstKnop" }) {
  return <>{useComponentWoorden().bewaarLink[deel]}</>;
}

/** "Wijzig" in a summary list. */
export function WijzigWoord() {
  return <>{useComponentWoorden().samenvatting.wijzig}</>;
}

/** A task's status, with its date if it has one ("Verstuurd op 04-12-2026"). */
export function StatusWoord({ status, datum }: { status: TaakStatus; datum?: string }) {
  const w = useComponentWoorden();
  return <>{datum === undefined ? w.status[status] : w.statusOp(w.status[status], datum)}</>;
}

/** A banner's heading when the page gives none ("Belangrijk", "Gelukt", "Let op"). */
export function MeldingWoord({ soort }: { soort: "info" | "succes" | "waarschuwing" }) {
  return <>{useComponentWoorden().melding[soort]}</>;
}

/** "Mogelijk", "Niet mogelijk", "Het zorgkantoor beslist". */
export function UitkomstWoord({ uitkomst }: { uitkomst: Antwoord }) {
  return <>{useComponentWoorden().uitkomst[uitkomst]}</>;
}

/**
 * "Regel AV-02 · Bron: Stap 3, Gewaarborgde hulp": the source is a section of the Dutch
 * brochure, cited as it is, so marked Dutch on a page in another language.
 */
export function RegelEnBron({ regel, bron }: { regel: string; bron: string }) {
  const taal = useTaal();
  const w = inTaal(taal, nl, en);
  return (
    <>
      {w.reden.regel(regel)}
      {/* The dot is for the eye; a screen reader gets a comma instead of "middle dot". */}
      <span aria-hidden="true"> · </span>
      <span className="sr-only">, </span>
      {taal === "nl" ? (
        w.reden.bron(bron)
      ) : (
        <>
          {w.reden.bron("")}
          <span lang="nl">{bron}</span>
        </>
      )}
    </>
  );
}

/** "Waarom? (regel AV-02)". */
export function WaaromWoord({ regels }: { regels: readonly string[] }) {
  return <>{useComponentWoorden().reden.waarom(regels)}</>;
}
