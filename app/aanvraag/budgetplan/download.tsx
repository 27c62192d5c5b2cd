import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { budgetplanVragen as budgetplanVragenEn } from "@/content/en/wizard/budgetplan";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { BUDGETPLAN_PDF } from "@/lib/wizard/paden";

/**
 * "Download budgetplan (pdf)": a plain link to the route that builds it from the draft (the own one, or the shared one).
 * The words follow the page's language; the PDF itself is the Dutch form (docs/decisions/032-talen.md).
 */
export function BudgetplanDownload({ href = BUDGETPLAN_PDF, taal = STANDAARDTAAL }: { href?: string; taal?: Taal }) {
  const t = inTaal(taal, budgetplanVragen, budgetplanVragenEn).pdf;
  return (
    <section aria-labelledby="budgetplan-pdf" className="mb-8">
      <h2 id="budgetplan-pdf" className="mt-0 mb-3 text-2xl font-bold">
        {t.kop}
      </h2>
      <p className="mb-3">{t.tekst}</p>
      <p className="mb-3 text-xl font-bold">
        <a href={href} download hrefLang="nl">
          {t.link}
        </a>
      </p>
      <p className="mb-0 niet-printen">
        {t.printen}
      </p>
    </section>
  );
}
