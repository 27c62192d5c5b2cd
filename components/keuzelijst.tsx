/**
 * A native `<select>` in the wizard's Field pattern (label → hint → error → input), for a long
 * list such as every country: a radio group of 248 options would be far too long. Native, so it
 * works without JavaScript and with every screen reader; renders on the server.
 */
import { beschrijving, FoutTekst, foutId, groepKlassen, Hint, hintId, veldId } from "@/components/veld-onderdelen";
import type { Optie } from "@/lib/wizard/types";

export interface KeuzelijstProps {
  naam: string;
  label: string;
  hint?: string;
  /** The first option, with an empty value: "Kies een land". */
  leeg: string;
  opties: Optie[];
  waarde: string;
  fout?: string | undefined;
}

export function Keuzelijst({ naam, label, hint, leeg, opties, waarde, fout }: KeuzelijstProps) {
  return (
    <div className={groepKlassen(fout)}>
      <label htmlFor={veldId(naam)} className="mb-1 block font-bold">
        {label}
      </label>
      {hint && <Hint id={hintId(naam)}>{hint}</Hint>}
      {fout && <FoutTekst id={foutId(naam)}>{fout}</FoutTekst>}
      <select
        id={veldId(naam)}
        name={naam}
        defaultValue={opties.some((optie) => optie.waarde === waarde) ? waarde : ""}
        aria-describedby={beschrijving(hint && hintId(naam), fout && foutId(naam))}
        aria-invalid={fout ? true : undefined}
        className={`block h-10 w-full max-w-[32ch] rounded-none border-2 bg-white px-2 text-inkt ${fout ? "border-fout" : "border-inkt"}`}
      >
        <option value="">{leeg}</option>
        {opties.map((optie) => (
          <option key={optie.waarde} value={optie.waarde}>
            {optie.label}
          </option>
        ))}
      </select>
    </div>
  );
}
