/**
 * A rule outcome with its reasons. The outcome is a word ("Mogelijk", "Niet mogelijk", "Het
 * zorgkantoor beslist"), never only a colour or an icon, and every reason names its rule and
 * the brochure section to read it in: this website explains, the zorgkantoor decides.
 */
import { componenten } from "@/content/componenten";
import { AANVRAGER, redenTekst, type Publiek } from "@/content/redenen";
import type { Antwoord, Reden, Uitkomst } from "@/rules/types";

const TAG_KLASSEN: Record<Antwoord, string> = {
  ja: "bg-goed/15 text-goed",
  nee: "bg-fout/10 text-fout",
  navragen: "bg-let-op/15 text-let-op",
};

export interface RedenenLijstProps {
  redenen: Reden[];
  /** Who reads this (docs/decisions/028): the applicant, someone for a named applicant, staff. */
  publiek?: Publiek;
}

export function RedenenLijst({ redenen, publiek = AANVRAGER }: RedenenLijstProps) {
  if (redenen.length === 0) return null;
  return (
    <ul className="m-0 list-none space-y-4 p-0">
      {redenen.map((reden, index) => (
        <li key={`${reden.regel}-${index}`} className="border-l-4 border-lijn pl-4">
          {/* data-reden: the code, so a test finds every reason's sentence on any page. */}
          <p className="m-0" data-reden={reden.code}>
            {redenTekst(reden, publiek)}
          </p>
          <p className="mt-1 mb-0 text-base text-grijs">
            {componenten.reden.regel(reden.regel)}
            {/* The dot is for the eye; a screen reader gets a comma instead of "middle dot". */}
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            {componenten.reden.bron(reden.bron)}
          </p>
        </li>
      ))}
    </ul>
  );
}

export interface UitkomstBlokProps {
  titel: string;
  uitkomst: Uitkomst;
  kopNiveau?: 2 | 3;
  publiek?: Publiek;
}

export function UitkomstBlok({ titel, uitkomst, kopNiveau = 2, publiek = AANVRAGER }: UitkomstBlokProps) {
  const Kop = kopNiveau === 2 ? "h2" : "h3";
  return (
    <section className="mb-8">
      <Kop className={`mt-0 mb-3 font-bold ${kopNiveau === 2 ? "text-2xl" : "text-xl"}`}>{titel}</Kop>
      <p className="mt-0 mb-4">
        <span className={`inline-block px-2 py-0.5 font-bold ${TAG_KLASSEN[uitkomst.uitkomst]}`}>
          {componenten.uitkomst[uitkomst.uitkomst]}
        </span>
      </p>
      <RedenenLijst redenen={uitkomst.redenen} publiek={publiek} />
    </section>
  );
}
