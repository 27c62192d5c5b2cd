/**
 * Warnings beside the budgetplan (ZO-02, ZO-04, ZO-06, BP-02): each a "Let op" banner with what
 * it means and what to do, and the rules it rests on behind "Waarom?". They help; nothing here
 * stops a person from going on.
 */
import { budgetplanOverzicht as inhoud } from "@/content/budgetplan-overzicht";
import { budgetplanOverzicht as inhoudEn } from "@/content/en/budgetplan-overzicht";
import { AANVRAGER, tekstVoor, type Publiek } from "@/content/redenen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import type { BudgetplanOverzicht, Waarschuwing } from "@/lib/budgetplan/overzicht";
import { Melding } from "./melding";
import { RedenenLijst, regelIds } from "./uitkomst";
import { Uitklap } from "./uitklap";

const woorden = (taal: Taal) => inTaal(taal, inhoud, inhoudEn).waarschuwingen;

/** "€ 1.624,00" stays on one line: the rules' texts use a plain space after the € (rules/geld.ts). */
function zonderAfbrekingNaEuro(tekst: string): string {
  return tekst.replaceAll("€ ", "€\u00a0");
}

export interface WaarschuwingLijstProps {
  waarschuwingen: Waarschuwing[];
  niveau?: 2 | 3;
  /** Who reads (docs/decisions/028): "u" for the applicant, the name for someone filling in for them. */
  publiek?: Publiek;
  /**
   * The page's language. The caller builds the warnings in it for `publiek`
   * (lib/budgetplan/overzicht.ts): in English worded for every reader ("Riet becomes an employer"),
   * their reasons too (docs/decisions/032-talen.md).
   */
  taal?: Taal;
}

export function WaarschuwingLijst({ waarschuwingen, niveau, publiek = AANVRAGER, taal = STANDAARDTAAL }: WaarschuwingLijstProps) {
  return waarschuwingen.map((w) => (
    <Melding key={w.soort} soort="waarschuwing" titel={tekstVoor(w.titel, publiek)} niveau={niveau}>
      {w.tekst.map((alinea) => (
        <p key={alinea} className="mt-0 mb-4" data-waarschuwing-tekst>
          {zonderAfbrekingNaEuro(tekstVoor(alinea, publiek))}
        </p>
      ))}
      {w.redenen.length > 0 && (
        <Uitklap samenvatting={woorden(taal).waarom(regelIds(w.redenen))}>
          <RedenenLijst redenen={w.redenen} publiek={publiek} waarom="geen" taal={taal} />
        </Uitklap>
      )}
    </Melding>
  ));
}

export interface WaarschuwingenPerZorgverlenerProps {
  overzicht: BudgetplanOverzicht;
  publiek?: Publiek;
  taal?: Taal;
}

/** One section per zorgverlener that has warnings, headed by its name; nothing for the others. */
export function WaarschuwingenPerZorgverlener({ overzicht, publiek, taal = STANDAARDTAAL }: WaarschuwingenPerZorgverlenerProps) {
  return overzicht.zorgverleners
    .filter((rij) => rij.waarschuwingen.length > 0)
    .map(({ zorgverlener, waarschuwingen }) => (
      <section key={zorgverlener.id} className="mb-8">
        <h2 className="mt-0 mb-4 text-2xl font-bold">{woorden(taal).perZorgverlener(zorgverlener.naam)}</h2>
        <WaarschuwingLijst waarschuwingen={waarschuwingen} niveau={3} publiek={publiek} taal={taal} />
      </section>
    ));
}
