/**
 * The small parts every field shares (one Field pattern: label → hint → error → input), and the
 * id scheme the error summary and aria-describedby depend on. No hooks: renders on the server.
 */
import type { ReactNode } from "react";
import { FoutVoorvoegsel } from "./component-woorden";

/** What the lead spreads onto native inputs: react-hook-form's `register(naam)` when JS runs. */
export type InvoerProps = (naam: string) => Record<string, unknown>;

/** The error summary links to `#veld-<naam>`: the input, or the first radio/checkbox. */
export const veldId = (naam: string) => `veld-${naam}`;
export const hintId = (naam: string) => `${naam}-hint`;
export const foutId = (naam: string) => `${naam}-fout`;

/** Only ids of parts that are on the page; an id pointing at nothing is an axe violation. */
export function beschrijving(...ids: (string | false | undefined)[]): string | undefined {
  const aanwezig = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return aanwezig.length > 0 ? aanwezig.join(" ") : undefined;
}

/** GOV.UK form group: spacing, and a red left border when the field has an error. */
export function groepKlassen(fout: string | undefined): string {
  return fout ? "mb-8 border-l-[5px] border-fout pl-[15px]" : "mb-8";
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="mb-3 text-grijs">
      {children}
    </div>
  );
}

/** Error text, with "Fout:" for screen readers so the error is not carried by colour alone. */
export function FoutTekst({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mb-3 font-bold text-fout">
      <span className="sr-only">
        <FoutVoorvoegsel />{" "}
      </span>
      {children}
    </p>
  );
}

/** The first value of a field that holds one; a checkbox group's array is not expected here. */
export function eenWaarde(waarde: string | string[] | undefined): string | undefined {
  return Array.isArray(waarde) ? waarde[0] : waarde;
}

export function alleWaarden(waarde: string | string[] | undefined): string[] {
  if (waarde === undefined) return [];
  return Array.isArray(waarde) ? waarde : [waarde];
}
