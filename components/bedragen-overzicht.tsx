/**
 * Budgetplan, deel 6: the sums per zorgverlener as the paper form writes them, the total, and the
 * warnings that help (ZO-02..ZO-06, and BP-02 above the expected pgb). Computed on the server by
 * rules/ via lib/budgetplan/overzicht.ts; the check page of stap 3 shows the same.
 */
import { BudgetplanTabel } from "@/components/budgetplan-tabel";
import { WaarschuwingenPerZorgverlener, WaarschuwingLijst } from "@/components/waarschuwingen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { budgetplanVragen as budgetplanVragenEn } from "@/content/en/wizard/budgetplan";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { budgetplanOverzicht } from "@/lib/budgetplan/overzicht";
import { vandaagInAmsterdam } from "@/lib/datum";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import type { Publiek } from "@/content/redenen";


/**
 * `publiek`: who reads the warnings (docs/decisions/028). Required: through a share link the reader
 * is never the applicant (lib/wizard/publiek.ts `publiekVanDeellink`).
 */
export function BedragenOverzicht({ antwoorden, publiek, taal = STANDAARDTAAL }: { antwoorden: Antwoorden; publiek: Publiek; taal?: Taal }) {
  const t = inTaal(taal, budgetplanVragen, budgetplanVragenEn).bedragen;
  // The warnings in the page's language, worded for this reader (docs/decisions/032-talen.md).
  const overzicht = budgetplanOverzicht(antwoorden, vandaagInAmsterdam(), taal, publiek);
  const metWaarschuwing = overzicht.zorgverleners.some((z) => z.waarschuwingen.length > 0);
  // With the year's maximum unknown the tarieven were not checked: "no problems with the uurtarieven"
  // would contradict the warning above it.
  const tarievenNietGetoetst = overzicht.waarschuwingen.some((w) => w.soort === "tarief-maximum-onbekend");
  return (
    <>
      <BudgetplanTabel overzicht={overzicht} kop={t.tabelKop} taal={taal} />
      <WaarschuwingLijst waarschuwingen={overzicht.waarschuwingen} publiek={publiek} taal={taal} />
      {metWaarschuwing ? <WaarschuwingenPerZorgverlener overzicht={overzicht} publiek={publiek} taal={taal} /> : <p className="mb-8">{tarievenNietGetoetst ? t.geenAndereWaarschuwingen : t.geenWaarschuwingen}</p>}
    </>
  );
}
