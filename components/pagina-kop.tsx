/**
 * The page's h1: "Stap 2 van 6" as a caption above the question, both inside the h1 so the
 * heading reads as one ("Stap 2 van 6, Waar wilt u wonen?"). With `alsLegend` it sits inside a
 * fieldset's legend (GOV.UK "legend as page heading"), which provides the spacing.
 */
import { componenten } from "@/content/componenten";
import { componenten as componentenEn } from "@/content/en/componenten";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { DeelVan, StapVan } from "./component-woorden";
import { AANTAL_STAPPEN, stap as stapDefinitie, type StapDeel, type StapSlug } from "@/lib/wizard/stappen";
import { KopFocus } from "./kop-focus";

export interface PaginaKopProps {
  /** The step the page belongs to, by slug; the registry gives its number. */
  stap?: StapSlug;
  titel: string;
  alsLegend?: boolean;
  /**
   * "Pagina 4 van 12", a line right under the h1 (not in it: the heading and the title keep "Stap
   * n van 6"). In a legend it is left out: the form puts `<DeelRegel>` after the legend then, so
   * the group's name stays the question.
   */
  deel?: StapDeel | null;
}

/** For the document `<title>`: "Stap 2 van 6: Waar wilt u wonen?", in the page's language. */
export function stapTitel(stap: StapSlug | undefined, titel: string, taal: Taal = STANDAARDTAAL): string {
  return stap === undefined ? titel : `${inTaal(taal, componenten, componentenEn).stap.van(stapDefinitie(stap).nummer, AANTAL_STAPPEN)}: ${titel}`;
}

// Focused from script only (tabindex -1): no focus ring, as on GOV.UK, since it is not a control.
const KOP = "text-3xl leading-tight font-bold sm:text-4xl focus:outline-none focus-visible:shadow-none";

/** "Pagina 4 van 12" under the page's h1: plain text, read after the heading. */
export function DeelRegel({ deel, className = "mt-0 mb-6" }: { deel: StapDeel; className?: string }) {
  return (
    <p className={`${className} text-lg text-grijs`}>
      <DeelVan nummer={deel.nummer} aantal={deel.aantal} />
    </p>
  );
}

export function PaginaKop({ stap, titel, alsLegend = false, deel = null }: PaginaKopProps) {
  const metDeel = !alsLegend && deel !== null;
  const kop = (
    <KopFocus className={alsLegend ? `m-0 ${KOP}` : metDeel ? `mt-0 mb-1 ${KOP}` : `mt-0 mb-6 ${KOP}`}>
      {stap !== undefined && (
        <span className="mb-1 block text-xl font-normal text-grijs">
          <StapVan nummer={stapDefinitie(stap).nummer} aantal={AANTAL_STAPPEN} />
          <span className="sr-only">, </span>
        </span>
      )}
      {titel}
    </KopFocus>
  );
  return metDeel ? (
    <>
      {kop}
      <DeelRegel deel={deel} />
    </>
  ) : (
    kop
  );
}
