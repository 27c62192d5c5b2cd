/**
 * A rule outcome with its reasons. The outcome is a word ("Mogelijk", "Niet mogelijk", "Het
 * zorgkantoor beslist"), never only a colour or an icon. Every reason names its rule and the
 * brochure section to read it in, in one style (`Bronvermelding`, components/redenen-opsomming.tsx),
 * folded under "Waarom?": in the page for staff and for the curious, out of the way of a person
 * reading on a phone (docs/decisions/028-redenen-als-gegevens.md). This website explains, the
 * zorgkantoor decides.
 */
import { AANVRAGER, type Publiek } from "@/content/redenen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { redenTekstIn } from "@/lib/wizard/vragen/reden-taal";
import { UitkomstWoord, WaaromWoord } from "./component-woorden";
import { Bronvermelding, RedenenOpsomming } from "./redenen-opsomming";
import type { Antwoord, Reden, Uitkomst } from "@/rules/types";
import { planBegrippen } from "@/lib/begrippen";
import { BegripTekst } from "./begrip-tekst";
import { MetNederlands } from "./nederlands-deel";
import { Uitklap } from "./uitklap";

const TAG_KLASSEN: Record<Antwoord, string> = {
  ja: "bg-goed/15 text-goed",
  nee: "bg-fout/10 text-fout",
  navragen: "bg-let-op/15 text-let-op",
};

/** Rule IDs in order of first mention, each once. */
export function regelIds(redenen: readonly Pick<Reden, "regel">[]): string[] {
  return [...new Set(redenen.map((r) => r.regel))];
}

/**
 * "Waarom? (regel AV-02)": the citations of one outcome behind a native disclosure; with
 * `metTekst`, the reasons in words too (where the page's own sentence already says what to do).
 */
export function Waarom({ redenen, publiek = AANVRAGER, metTekst = false, taal = STANDAARDTAAL }: { redenen: Reden[]; publiek?: Publiek; metTekst?: boolean; taal?: Taal }) {
  if (redenen.length === 0) return null;
  return (
    <Uitklap samenvatting={<WaaromWoord regels={regelIds(redenen)} />} maat="klein">
      <ul className={`m-0 list-none p-0 ${metTekst ? "space-y-3" : ""}`}>
        {redenen.map((reden, index) => (
          <li key={`${reden.regel}-${index}`}>
            {metTekst && (
              <p className="m-0" data-reden={reden.code}>
                <RedenZin reden={reden} publiek={publiek} taal={taal} />
              </p>
            )}
            <Bronvermelding reden={reden} />
          </li>
        ))}
      </ul>
    </Uitklap>
  );
}

/**
 * A reason as a sentence in the page's language; a Dutch source an English sentence cites stays
 * Dutch, marked `lang="nl"` (docs/decisions/032-talen.md).
 */
function RedenZin({ reden, publiek, taal }: { reden: Reden; publiek: Publiek; taal: Taal }) {
  const bron = typeof reden.gegevens.bron === "string" ? reden.gegevens.bron : "";
  return <MetNederlands tekst={redenTekstIn(reden, publiek, taal)} nederlands={bron} taal={taal} />;
}

/** A list of reasons. Every reason's sentence carries `data-reden` (its code), wherever it sits: tests find them all by it. */
export interface RedenenLijstProps {
  redenen: Reden[];
  /** Who reads this (docs/decisions/028): the applicant, someone for a named applicant, staff. */
  publiek?: Publiek;
  /**
   * What goes behind "Waarom?": the citations (the default: the reasons in words stay in sight),
   * everything (where a title or sentence of the page already gives the answer), or nothing, with
   * the citation under each reason, where the list is itself already behind a "Waarom?".
   */
  waarom?: "bronnen" | "alles" | "geen";
  /**
   * Link the first use of each glossary term in the reasons in sight, after the terms the page
   * linked above (lib/begrippen.ts); not given: no links.
   */
  begrippenEerder?: readonly string[];
  /**
   * The page's language (docs/decisions/032-talen.md); the reasons come in it, for every reader.
   * Not given: Dutch.
   */
  taal?: Taal;
}

export function RedenenLijst({ redenen, publiek = AANVRAGER, waarom = "bronnen", begrippenEerder, taal = STANDAARDTAAL }: RedenenLijstProps) {
  if (redenen.length === 0) return null;
  if (waarom === "alles") return <Waarom redenen={redenen} publiek={publiek} metTekst taal={taal} />;
  // Glossary terms are Dutch words: linked in Dutch sentences only.
  const plan = begrippenEerder === undefined || taal !== STANDAARDTAAL ? null : planBegrippen(redenen.map((reden) => redenTekstIn(reden, publiek, taal)), begrippenEerder);
  return (
    <div>
      <RedenenOpsomming
        redenen={redenen.map((reden, index) => ({
          code: reden.code,
          regel: reden.regel,
          zin: plan?.delen[index] ? <BegripTekst delen={plan.delen[index]} /> : <RedenZin reden={reden} publiek={publiek} taal={taal} />,
          ...(waarom === "geen" && { bron: reden }),
        }))}
      />
      {waarom === "bronnen" && <Waarom redenen={redenen} taal={taal} />}
    </div>
  );
}

/** The outcome in a word, with its colour: "Mogelijk", "Niet mogelijk", "Het zorgkantoor beslist". */
export function UitkomstLabel({ uitkomst }: { uitkomst: Antwoord }) {
  return (
    <p className="mt-0 mb-2">
      <span className={`inline-block px-2 py-0.5 font-bold ${TAG_KLASSEN[uitkomst]}`}><UitkomstWoord uitkomst={uitkomst} /></span>
    </p>
  );
}

export interface UitkomstBlokProps {
  titel: string;
  uitkomst: Uitkomst;
  kopNiveau?: 2 | 3;
  publiek?: Publiek;
  /** What of the reasons goes behind "Waarom?" (RedenenLijst). */
  waarom?: RedenenLijstProps["waarom"];
  /** Link glossary terms in the reasons after these (RedenenLijst). */
  begrippenEerder?: RedenenLijstProps["begrippenEerder"];
  taal?: Taal;
}

export function UitkomstBlok({ titel, uitkomst, kopNiveau = 2, publiek = AANVRAGER, waarom, begrippenEerder, taal }: UitkomstBlokProps) {
  const Kop = kopNiveau === 2 ? "h2" : "h3";
  return (
    <section className="mb-6">
      <Kop className={`mt-0 mb-2 font-bold ${kopNiveau === 2 ? "text-2xl" : "text-xl"}`}>{titel}</Kop>
      <UitkomstLabel uitkomst={uitkomst.uitkomst} />
      <RedenenLijst redenen={uitkomst.redenen} publiek={publiek} waarom={waarom} begrippenEerder={begrippenEerder} {...(taal !== undefined && { taal })} />
    </section>
  );
}
