/**
 * Stap 5 on screen: one part of a zorgovereenkomst checklist (lib/zorgovereenkomst/checklist.ts)
 * and the zorgkantoor to ask (ZO-07). Server components; the reasons are shown, not folded, so
 * the page prints whole (a closed `<details>` prints nothing of its content).
 */
import type { ReactNode } from "react";
import { Melding } from "@/components/melding";
import { RedenenLijst } from "@/components/uitkomst";
import { tekstVoor, type Publiek } from "@/content/redenen";
import { zorgovereenkomstenTeksten as inhoudNl } from "@/content/wizard/zorgovereenkomsten";
import { zorgovereenkomstenTeksten as inhoudEn } from "@/content/en/wizard/zorgovereenkomsten";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { zorgkantoorWoorden, type ChecklistOnderdeel, type ChecklistZorgkantoor } from "@/lib/zorgovereenkomst/checklist";

/** "€ 1.624,00" stays on one line: the rules' texts use a plain space after the € (rules/geld.ts). */
function zonderAfbrekingNaEuro(tekst: string): string {
  return tekst.replaceAll("€ ", "€\u00a0");
}

/**
 * Points to tick off on paper: an empty box before each, for the eye only. Each point is the
 * applicant's ("uw zorgkantoor"), worded for who reads (docs/decisions/028).
 */
export function AfvinkLijst({ punten, publiek }: { punten: string[]; publiek: Publiek }) {
  return (
    <ul className="m-0 mb-6 list-none space-y-3 p-0">
      {punten.map((punt) => (
        <li key={punt} className="flex items-start gap-3">
          <span aria-hidden="true" className="mt-1 inline-block size-5 shrink-0 border-2 border-inkt bg-white" />
          <span data-voor-publiek>{zonderAfbrekingNaEuro(tekstVoor(punt, publiek))}</span>
        </li>
      ))}
    </ul>
  );
}

export interface OnderdeelBlokProps {
  onderdeel: ChecklistOnderdeel;
  /** Shown after the answer and its paragraphs (the zorgkantoor, the logeeropvang check). */
  children?: ReactNode;
  /** Shown after the reasons (the logeeropvang form). */
  na?: ReactNode;
  /** Who reads (docs/decisions/028): "u" for the applicant, the name for someone filling in for them. */
  publiek: Publiek;
  /** The page's language: its headings and reasons. */
  taal?: Taal;
}

/** The budgetplan's warning about this zorgverlener, as a Melding. */
function waarschuwing(w: NonNullable<ChecklistOnderdeel["waarschuwing"]>, publiek: Publiek) {
  return (
    <Melding soort="waarschuwing" titel={tekstVoor(w.titel, publiek)} niveau={3}>
      {w.tekst.map((alinea) => (
        <p key={alinea} className="mt-0 mb-4" data-waarschuwing-tekst>
          {zonderAfbrekingNaEuro(tekstVoor(alinea, publiek))}
        </p>
      ))}
    </Melding>
  );
}

/** One part: its heading, the answer for this zorgverlener, what to look out for, the points, why. */
export function OnderdeelBlok({ onderdeel: o, children, na, publiek, taal = STANDAARDTAAL }: OnderdeelBlokProps) {
  const kopId = `onderdeel-${o.sleutel}`;
  const t = inTaal(taal, inhoudNl, inhoudEn).checklist;
  return (
    <section id={o.sleutel} aria-labelledby={kopId} className="mb-12">
      <h2 id={kopId} className="mt-0 mb-4 text-2xl font-bold" data-voor-publiek>
        {tekstVoor(o.titel, publiek)}
      </h2>
      <p className="mb-4 font-bold">
        {zonderAfbrekingNaEuro(tekstVoor(o.antwoord, publiek))}
      </p>
      {o.alineas.map((alinea) => (
        <p key={alinea} className="mb-4">
          {zonderAfbrekingNaEuro(tekstVoor(alinea, publiek))}
        </p>
      ))}
      {o.waarschuwing !== undefined && waarschuwing(o.waarschuwing, publiek)}
      {children}
      {o.lijsten.map((lijst) => (
        <div key={lijst.kop ?? t.afvinkenKop}>
          <h3 className="mt-0 mb-3 text-xl font-bold">
            {lijst.kop ?? t.afvinkenKop}
          </h3>
          <AfvinkLijst punten={lijst.punten} publiek={publiek} />
        </div>
      ))}
      {o.redenen.length > 0 && (
        <>
          <h3 className="mt-0 mb-3 text-xl font-bold">{t.waaromKop}</h3>
          <RedenenLijst redenen={o.redenen} publiek={publiek} taal={taal} />
        </>
      )}
      {na}
    </section>
  );
}

/** ZO-07: whom to ask which route applies, with a phone link; or where to find the zorgkantoor. */
export function ZorgkantoorContact({
  zorgkantoor,
  publiek,
  taal = STANDAARDTAAL,
}: {
  zorgkantoor: ChecklistZorgkantoor | null;
  publiek: Publiek;
  /** The page's language. */
  taal?: Taal;
}) {
  // "Uw zorgkantoor" is the applicant's: "Riets zorgkantoor", "Riet's zorgkantoor" for someone who
  // fills in (docs/decisions/028; the English has words of its own, docs/decisions/032).
  const z = zorgkantoorWoorden(taal, publiek);
  const w = (tekst: string) => (taal === STANDAARDTAAL ? tekstVoor(tekst, publiek) : tekst);
  if (zorgkantoor === null) {
    return (
      <p className="mb-6">
        <span data-voor-publiek>{w(z.onbekend)}</span> <a href="/zorgkantoor">{w(z.zoekLink)}</a>
      </p>
    );
  }
  return (
    <div className="mb-6 border-l-4 border-merk pl-4">
      <p className="mb-3" data-voor-publiek>
        {w(z.vraagHet)}
      </p>
      <dl className="m-0 space-y-2 wrap-anywhere">
        <div>
          <dt className="font-bold">{w(z.naam)}</dt>
          <dd className="m-0">{zorgkantoor.naam}</dd>
        </div>
        <div>
          <dt className="font-bold">{z.telefoon}</dt>
          <dd className="m-0">
            <a href={`tel:${zorgkantoor.telefoonInternationaal}`}>{zorgkantoor.telefoon}</a>
          </dd>
        </div>
        <div>
          <dt className="font-bold">{z.website}</dt>
          <dd className="m-0">
            <a href={zorgkantoor.websiteUrl}>{zorgkantoor.website}</a>
          </dd>
        </div>
      </dl>
    </div>
  );
}
