/**
 * GOV.UK task list: the 6 steps with their status. The status is text (a tag or plain words),
 * never colour alone, and each link is described by its status (and explanation) so a screen
 * reader user hears "Stap 2: …, Bezig" on the link itself. Short on a phone
 * (docs/decisions/031-burgerpaginas.md, addendum on the task list): the next step stands out with
 * its time in view; a step that cannot start yet is one compact row; elsewhere the time and what
 * to have at hand are folded.
 */
import type { ReactNode } from "react";
import Link from "@/components/link";
import type { TaakStatus } from "@/content/componenten";
import { StapKort, StatusWoord } from "./component-woorden";
import { voorbereiden as voorbereidenNl } from "@/content/voorbereiden";
import { voorbereiden as voorbereidenEn } from "@/content/en/voorbereiden";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { Uitklap } from "./uitklap";

export type { TaakStatus } from "@/content/componenten";

export interface Taak {
  nummer: number;
  titel: string;
  /** `null` when the step cannot be opened (yet): then the title is plain text. */
  href: string | null;
  status: TaakStatus;
  /** A line under the title, e.g. why the step cannot be started yet. */
  uitleg?: string;
  /** The day the status was reached, dd-mm-jjjj ("Verstuurd op 04-12-2026"). */
  datum?: string;
  /** How long the step takes ("Ongeveer 5 minuten."): in view and part of the link's description at the next step, folded elsewhere. */
  duur?: string;
  /** What to have at hand for the step, folded under "Wat heeft u nodig?". */
  nodig?: readonly string[];
}

export interface TaakLijstProps {
  taken: Taak[];
  /** The page's language, for the folds' headings (content/voorbereiden.ts); not given: Dutch. */
  taal?: Taal;
}

// GOV.UK shows a tag only for what still needs doing; "Klaar", "Verstuurd" and "Kan nog niet" are
// plain text. "Klaar om te versturen" still needs doing: the person sends it themselves.
const STATUS_KLASSEN: Record<TaakStatus, string> = {
  "niet-begonnen": "inline-block bg-merk/15 px-2 py-0.5 text-merk",
  bezig: "inline-block bg-let-op/15 px-2 py-0.5 text-let-op",
  klaar: "text-inkt",
  "kan-nog-niet": "text-grijs",
  "klaar-om-te-versturen": "inline-block bg-let-op/15 px-2 py-0.5 text-let-op",
  verstuurd: "text-inkt",
};

function Titel({ nummer, titel }: Pick<Taak, "nummer" | "titel">) {
  return (
    <>
      <span className="block text-base">
        <StapKort nummer={nummer} />
        <span className="sr-only">: </span>
      </span>
      {titel}
    </>
  );
}

/** Statuses of a step a person can do now: the first of these is the next step. */
const TE_DOEN: ReadonlySet<TaakStatus> = new Set(["niet-begonnen", "bezig", "klaar-om-te-versturen"]);

/** The status in words, with its date if it has one. */
function statusTekst(taak: Taak) {
  return <StatusWoord status={taak.status} {...(taak.datum !== undefined && { datum: taak.datum })} />;
}

/** What to have at hand, as a list. */
function NodigLijst({ nodig }: { nodig: readonly string[] }) {
  return (
    <ul className="m-0 list-disc space-y-1 pl-6">
      {nodig.map((ding) => (
        <li key={ding}>{ding}</li>
      ))}
    </ul>
  );
}

/**
 * Time and what to have at hand, folded (components/uitklap.tsx, native, so also without
 * JavaScript; open on paper). `relative z-[1]`: above a link's row-wide click area, so the
 * summary gets the click. The next step keeps its time in view (`duurInBeeld`): only its list folds.
 */
function Voorbereiding({ taak, duurInBeeld, taal }: { taak: Taak; duurInBeeld: boolean; taal: Taal }) {
  const voorbereiden = inTaal(taal, voorbereidenNl, voorbereidenEn);
  const nodig = taak.nodig ?? [];
  const duurId = `taak-${taak.nummer}-duur`;
  const duur = taak.duur && (
    <p id={duurId} className={duurInBeeld ? "mt-1 mb-0 text-base" : "mt-0 mb-2"}>
      {taak.duur}
    </p>
  );
  if (duurInBeeld || nodig.length === 0) {
    return (
      <>
        {duurInBeeld ? duur : taak.duur && <Gevouwen kop={voorbereiden.duurKop}>{duur}</Gevouwen>}
        {nodig.length > 0 && (
          <Gevouwen kop={voorbereiden.nodigKop}>
            <NodigLijst nodig={nodig} />
          </Gevouwen>
        )}
      </>
    );
  }
  return (
    <Gevouwen kop={taak.duur ? voorbereiden.duurEnNodigKop : voorbereiden.nodigKop}>
      {duur}
      <NodigLijst nodig={nodig} />
    </Gevouwen>
  );
}

function Gevouwen({ kop, children }: { kop: string; children: ReactNode }) {
  return (
    <div className="relative z-[1]">
      <Uitklap samenvatting={kop} maat="klein">
        {children}
      </Uitklap>
    </div>
  );
}

/**
 * A step that cannot start yet, in one compact row (docs/decisions/031-burgerpaginas.md): its
 * number and name, "Kan nog niet" and why in one short sentence; time and what to have at hand
 * folded. Nothing to click but the fold, so the next step stands out.
 */
function KanNogNietRij({ taak, taal }: { taak: Taak; taal: Taal }) {
  return (
    <li className="border-b border-lijn py-1.5 text-base leading-snug">
      <p className="m-0">
        <span>
          <StapKort nummer={taak.nummer} />
        </span>
        <span className="sr-only">:</span> <span className="font-bold">{taak.titel}</span>
      </p>
      <p className="m-0 text-grijs">
        <span id={`taak-${taak.nummer}-status`}>{statusTekst(taak)}</span>
        {taak.uitleg && (
          <>
            .{" "}
            <span id={`taak-${taak.nummer}-uitleg`}>{taak.uitleg}</span>
          </>
        )}
      </p>
      <Voorbereiding taak={taak} duurInBeeld={false} taal={taal} />
    </li>
  );
}

export function TaakLijst({ taken, taal = STANDAARDTAAL }: TaakLijstProps) {
  const volgende = taken.find((taak) => taak.href !== null && TE_DOEN.has(taak.status))?.nummer;
  return (
    <ol className="m-0 mb-6 list-none border-t border-lijn p-0">
      {taken.map((taak) => {
        if (taak.status === "kan-nog-niet") return <KanNogNietRij key={taak.nummer} taak={taak} taal={taal} />;
        const isVolgende = taak.nummer === volgende;
        const statusId = `taak-${taak.nummer}-status`;
        const uitlegId = `taak-${taak.nummer}-uitleg`;
        const duurId = `taak-${taak.nummer}-duur`;
        // The time is part of the link's description where it is in view: at the next step.
        const beschrijving = [taak.uitleg && uitlegId, isVolgende && taak.duur && duurId, statusId].filter(Boolean).join(" ");
        return (
          <li
            key={taak.nummer}
            className={
              "relative flex flex-col gap-2 border-b border-lijn py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6 " +
              // The next step stands out: a bar in the brand colour, its name larger.
              (isVolgende ? "border-l-[5px] border-l-merk pl-3 text-xl" : "")
            }
            {...(isVolgende ? { "data-volgende": "" } : {})}
          >
            <div>
              {taak.href === null ? (
                <span className="font-bold">
                  <Titel nummer={taak.nummer} titel={taak.titel} />
                </span>
              ) : (
                <Link
                  href={taak.href}
                  aria-describedby={beschrijving}
                  // The whole row is the click target (GOV.UK), the link text stays the name.
                  className="font-bold after:absolute after:inset-0"
                >
                  <Titel nummer={taak.nummer} titel={taak.titel} />
                </Link>
              )}
              {taak.uitleg && (
                <p id={uitlegId} className="mt-1 mb-0 text-base text-grijs">
                  {taak.uitleg}
                </p>
              )}
              <Voorbereiding taak={taak} duurInBeeld={isVolgende} taal={taal} />
            </div>
            <div id={statusId} className="shrink-0 text-base sm:text-right">
              <span className={STATUS_KLASSEN[taak.status]}>{statusTekst(taak)}</span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
