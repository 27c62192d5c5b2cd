/**
 * GOV.UK task list: the 6 steps with their status. The status is text (a tag or plain words),
 * never colour alone, and each link is described by its status (and explanation) so a screen
 * reader user hears "Stap 2: …, Bezig" on the link itself.
 */
import Link from "@/components/link";
import { componenten, type TaakStatus } from "@/content/componenten";
import { voorbereiden } from "@/content/voorbereiden";
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
  /** How long the step takes ("Ongeveer 5 minuten."): part of the link's description. */
  duur?: string;
  /** What to have at hand for the step, folded under "Wat heeft u nodig?". */
  nodig?: readonly string[];
}

export interface TaakLijstProps {
  taken: Taak[];
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
        {componenten.stap.kort(nummer)}
        <span className="sr-only">: </span>
      </span>
      {titel}
    </>
  );
}

export function TaakLijst({ taken }: TaakLijstProps) {
  return (
    <ol className="m-0 mb-8 list-none border-t border-lijn p-0">
      {taken.map((taak) => {
        const statusId = `taak-${taak.nummer}-status`;
        const uitlegId = `taak-${taak.nummer}-uitleg`;
        const duurId = `taak-${taak.nummer}-duur`;
        const beschrijving = [taak.uitleg && uitlegId, taak.duur && duurId, statusId].filter(Boolean).join(" ");
        const nodig = taak.nodig ?? [];
        return (
          <li
            key={taak.nummer}
            className="relative flex flex-col gap-2 border-b border-lijn py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6"
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
              {taak.duur && (
                <p id={duurId} className="mt-1 mb-0 text-base">
                  {taak.duur}
                </p>
              )}
              {nodig.length > 0 && (
                // Folded (components/uitklap.tsx, native, so also without JavaScript; open on
                // paper): the time stays in view, the list opens on request. `relative z-[1]`:
                // above the link's row-wide click area, so the summary gets the click.
                <div className="relative z-[1]">
                  <Uitklap samenvatting={voorbereiden.nodigKop} maat="klein">
                    <ul className="m-0 list-disc space-y-1 pl-6">
                      {nodig.map((ding) => (
                        <li key={ding}>{ding}</li>
                      ))}
                    </ul>
                  </Uitklap>
                </div>
              )}
            </div>
            <div id={statusId} className="shrink-0 sm:text-right">
              <span className={STATUS_KLASSEN[taak.status]}>
                {taak.datum === undefined ? componenten.status[taak.status] : componenten.statusOp(componenten.status[taak.status], taak.datum)}
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
