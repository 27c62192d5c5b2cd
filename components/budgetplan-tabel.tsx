/**
 * Bijlage 3, 6 "Bedrag per zorgverlener" as on the paper form: uren × uurtarief × 4,33 = kosten
 * per maand, × 12 = kosten per jaar, and the Totaal (BP-02). Every figure comes from the rules;
 * this only places them. A real table with a caption and header cells, so a screen reader reads
 * each figure with its column and row.
 *
 * Seven columns do not fit 360 px. A data table may scroll sideways (WCAG 1.4.10 names it as an
 * exception), so the table scrolls inside a region that takes keyboard focus and has a name
 * (axe `scrollable-region-focusable`); the page itself never scrolls sideways. While it scrolls,
 * the names (the first column, with "Totaal") and the yearly amounts (the last column, with the
 * total) stay in view (`position: sticky`, with a background so the figures pass underneath).
 * `border-separate` with no spacing: collapsed borders belong to the table and would not move
 * with a sticky cell (docs/decisions/031-burgerpaginas.md).
 */
import { budgetplanOverzicht as inhoud } from "@/content/budgetplan-overzicht";
import { budgetplanOverzicht as inhoudEn } from "@/content/en/budgetplan-overzicht";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import type { BudgetplanOverzicht } from "@/lib/budgetplan/overzicht";
import { formatBreuk } from "@/rules/budgetplan";
import { formatBedrag, formatUren } from "@/rules/geld";
import type { Centen } from "@/rules/types";


export interface BudgetplanTabelProps {
  overzicht: BudgetplanOverzicht;
  /** The table's caption; defaults to the paper form's "Bedrag per zorgverlener". */
  kop?: string;
  /** The page's language (docs/decisions/032-talen.md); amounts stay "€ 1.624,00" in both. */
  taal?: Taal;
}

/** "€ 1.624,00" that never breaks after the € (formatBedrag leaves that to the UI). */
function bedrag(c: Centen): string {
  return formatBedrag(c).replace("€ ", "€\u00a0");
}

const KOP = "border-b-2 border-inkt px-2 py-2 align-bottom font-bold";
const GETAL = "px-2 py-2 text-right align-top tabular-nums";
const CEL = "border-b border-lijn";
/** The first column: stays at the left edge of the scroll region. */
const VAST_LINKS = "sticky left-0 z-[1] bg-white";
/** The last column (per year, and the total): stays at the right edge, with a line before it. */
const VAST_RECHTS = "sticky right-0 z-[1] bg-white shadow-[inset_1px_0_0_var(--color-lijn)]";

export function BudgetplanTabel({ overzicht, kop, taal = STANDAARDTAAL }: BudgetplanTabelProps) {
  const t = inTaal(taal, inhoud, inhoudEn).tabel;
  if (overzicht.zorgverleners.length === 0) return <p className="mb-8">{t.geenZorgverleners}</p>;
  const weken = formatBreuk(overzicht.wekenPerMaand);
  const maanden = String(overzicht.maandenPerJaar);
  return (
    <>
      {/* A phone shows each sum as one line of the paper form; the table needs about 700 px. */}
      <section aria-labelledby="budgetplan-som-kop" className="mb-8 sm:hidden">
        <h2 id="budgetplan-som-kop" className="mt-0 mb-2 text-xl font-bold">
          {kop ?? t.bijschrift}
        </h2>
        <ol className="m-0 list-none border-t border-lijn p-0">
          {overzicht.zorgverleners.map(({ zorgverlener, beoordeling }) => (
            <li key={zorgverlener.id} className="border-b border-lijn py-3">
              <p className="m-0 font-bold">{zorgverlener.naam}</p>
              <p className="m-0 tabular-nums">
                {t.somPerMaand(formatUren(zorgverlener.urenPerWeek), bedrag(zorgverlener.uurtarief), weken, bedrag(beoordeling.kostenPerMaand))}
              </p>
              {beoordeling.kostenPerMaandOnafgerond !== beoordeling.kostenPerMaand && (
                <p className="m-0 text-base text-grijs">{t.afgerond(bedrag(beoordeling.kostenPerMaandOnafgerond), bedrag(beoordeling.kostenPerMaand))}</p>
              )}
              <p className="m-0 tabular-nums">{t.somPerJaar(bedrag(beoordeling.kostenPerMaand), maanden, bedrag(beoordeling.kostenPerJaar))}</p>
            </li>
          ))}
        </ol>
        <p className="m-0 border-b-2 border-inkt py-3 text-xl font-bold tabular-nums">
          {t.totaal}: {bedrag(overzicht.totaalPerJaar)}
        </p>
      </section>
    <div role="region" aria-label={t.scrollgebied} tabIndex={0} className="mb-8 hidden max-w-full overflow-x-auto sm:block">
      <table className="w-full min-w-[44rem] border-separate border-spacing-0 text-base">
        <caption className="mb-2 text-left text-xl font-bold">{kop ?? t.bijschrift}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${KOP} ${VAST_LINKS} text-left`}>
              {t.kolomNaam}
            </th>
            <th scope="col" className={`${KOP} text-right`}>
              {t.kolomUren}
            </th>
            <th scope="col" className={`${KOP} text-right`}>
              {t.kolomUurtarief}
            </th>
            <th scope="col" className={`${KOP} text-right`}>
              {t.kolomWeken(weken)}
            </th>
            <th scope="col" className={`${KOP} text-right`}>
              {t.kolomPerMaand}
            </th>
            <th scope="col" className={`${KOP} text-right`}>
              {t.kolomMaanden(overzicht.maandenPerJaar)}
            </th>
            <th scope="col" className={`${KOP} ${VAST_RECHTS} text-right`}>
              {t.kolomPerJaar}
            </th>
          </tr>
        </thead>
        <tbody>
          {overzicht.zorgverleners.map(({ zorgverlener, beoordeling }) => {
            const onafgerond = beoordeling.kostenPerMaandOnafgerond;
            const afgerond = beoordeling.kostenPerMaand;
            return (
              <tr key={zorgverlener.id}>
                <th scope="row" className={`${CEL} ${VAST_LINKS} px-2 py-2 text-left align-top font-normal break-words`}>
                  {zorgverlener.naam}
                </th>
                <td className={`${CEL} ${GETAL}`}>{formatUren(zorgverlener.urenPerWeek)}</td>
                <td className={`${CEL} ${GETAL}`}>{bedrag(zorgverlener.uurtarief)}</td>
                <td className={`${CEL} ${GETAL}`}>{weken}</td>
                <td className={`${CEL} ${GETAL}`}>
                  {/* BP-03: the sum and the whole euros the plan uses, both shown when they differ. */}
                  {onafgerond === afgerond ? bedrag(afgerond) : t.afgerond(bedrag(onafgerond), bedrag(afgerond))}
                </td>
                <td className={`${CEL} ${GETAL}`}>{maanden}</td>
                <td className={`${CEL} ${GETAL} ${VAST_RECHTS}`}>{bedrag(beoordeling.kostenPerJaar)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            {/* "Totaal" in the first column only: a sticky cell as wide as six columns would slide over the total. */}
            <th scope="row" className={`border-t-2 border-inkt px-2 py-2 text-left font-bold ${VAST_LINKS}`}>
              {t.totaal}
            </th>
            <td colSpan={5} className="border-t-2 border-inkt" />
            <td className={`border-t-2 border-inkt font-bold ${GETAL} ${VAST_RECHTS}`}>{bedrag(overzicht.totaalPerJaar)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    </>
  );
}
