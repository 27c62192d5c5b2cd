import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { BUDGETPLAN_PDF } from "@/lib/wizard/paden";

const t = budgetplanVragen.pdf;

/** "Download budgetplan (pdf)": a plain link to the route that builds it from the draft (the own one, or the shared one). */
export function BudgetplanDownload({ href = BUDGETPLAN_PDF }: { href?: string }) {
  return (
    <section aria-labelledby="budgetplan-pdf" className="mb-8">
      <h2 id="budgetplan-pdf" className="mt-0 mb-3 text-2xl font-bold">
        {t.kop}
      </h2>
      <p className="mb-3">{t.tekst}</p>
      <p className="mb-3 text-xl font-bold">
        <a href={href} download>
          {t.link}
        </a>
      </p>
      <p className="mb-0 niet-printen">
        {t.printen}
      </p>
    </section>
  );
}
