/**
 * The wizard's fields, one Field pattern for all (label → hint → error → input). No hooks and no
 * "use client": they render complete on the server, with the user's answers as defaults, so a
 * form without JavaScript shows them again. When JavaScript runs, the lead's client form passes
 * `invoerProps` (react-hook-form's `register`), spread onto the native inputs. A field with
 * `alleenBij` is drawn inside its radio group, under its option (components/onthul.tsx).
 */
import type { ReactNode } from "react";
import type { VeldDefinitie, VeldFouten, Waarden } from "@/lib/wizard/types";
import { useComponentWoorden } from "./component-woorden";
import { planBegrippen } from "@/lib/begrippen";
import { BegripTekst } from "./begrip-tekst";
import { KeuzeGroep, type KeuzeGroepProps } from "./keuzegroep";
import {
  alleWaarden,
  beschrijving,
  eenWaarde,
  FoutTekst,
  foutId,
  groepKlassen,
  Hint,
  hintId,
  type InvoerProps,
  veldId,
} from "./veld-onderdelen";

export type { InvoerProps } from "./veld-onderdelen";

type Soort<S extends VeldDefinitie["soort"]> = Extract<VeldDefinitie, { soort: S }>;

export interface VeldProps<V extends VeldDefinitie = VeldDefinitie> {
  veld: V;
  waarde?: string | string[] | undefined;
  fout?: string | undefined;
  invoerProps?: InvoerProps | undefined;
  /** The hint with its glossary terms linked (`Velden`); else `veld.hint` as it is. */
  hintInhoud?: ReactNode;
}

/** A group with `alsKop` shows `kop` (caption + question, from the page) as its legend's h1, and `naKop` right after the legend. */
export interface GroepProps<V extends VeldDefinitie> extends VeldProps<V> {
  kop?: ReactNode;
  naKop?: ReactNode;
}

export interface RadioGroepProps extends GroepProps<Soort<"radio">> {
  onthullingen?: KeuzeGroepProps["onthullingen"];
}

export function RadioGroep({ veld, waarde, fout, invoerProps, kop, naKop, onthullingen, hintInhoud }: RadioGroepProps) {
  return (
    <KeuzeGroep
      soort="radio"
      naam={veld.naam}
      label={veld.label}
      hint={veld.hint}
      hintInhoud={hintInhoud}
      opties={veld.opties}
      gekozen={alleWaarden(waarde)}
      fout={fout}
      alsKop={veld.alsKop}
      inline={veld.inline}
      invoerProps={invoerProps}
      kop={kop}
      onthullingen={onthullingen}
      naKop={naKop}
    />
  );
}

export function CheckboxGroep({ veld, waarde, fout, invoerProps, kop, naKop, hintInhoud }: GroepProps<Soort<"checkboxes">>) {
  return (
    <KeuzeGroep
      soort="checkbox"
      naam={veld.naam}
      label={veld.label}
      hint={veld.hint}
      hintInhoud={hintInhoud}
      opties={veld.opties}
      gekozen={alleWaarden(waarde)}
      fout={fout}
      alsKop={veld.alsKop}
      invoerProps={invoerProps}
      kop={kop}
      naKop={naKop}
    />
  );
}

// Full width on a phone; on wider screens the width hints at the expected answer (GOV.UK).
const BREEDTE = { kort: "max-w-[14ch]", midden: "max-w-[32ch]", vol: "" } as const;

const INVOER_RAND = "rounded-none border-2 bg-white px-2 text-inkt";

export function TekstVeld({ veld, waarde, fout, invoerProps, hintInhoud }: VeldProps<Soort<"tekst">>) {
  const { naam } = veld;
  return (
    <div className={groepKlassen(fout)}>
      <label htmlFor={veldId(naam)} className="mb-1 block font-bold">
        {veld.label}
      </label>
      {veld.hint && <Hint id={hintId(naam)}>{hintInhoud ?? veld.hint}</Hint>}
      {fout && <FoutTekst id={foutId(naam)}>{fout}</FoutTekst>}
      <input
        {...invoerProps?.(naam)}
        id={veldId(naam)}
        name={naam}
        type={veld.type ?? "text"}
        defaultValue={eenWaarde(waarde)}
        autoComplete={veld.autocomplete}
        inputMode={veld.inputMode}
        spellCheck={veld.inputMode === "numeric" || veld.type === "email" ? false : undefined}
        aria-describedby={beschrijving(veld.hint && hintId(naam), fout && foutId(naam))}
        aria-invalid={fout ? true : undefined}
        className={`block h-10 w-full ${BREEDTE[veld.breedte ?? "vol"]} ${INVOER_RAND} ${fout ? "border-fout" : "border-inkt"}`}
      />
    </div>
  );
}

export function TekstVak({ veld, waarde, fout, invoerProps, hintInhoud }: VeldProps<Soort<"tekstvak">>) {
  const woorden = useComponentWoorden();
  const { naam } = veld;
  // No maxlength attribute: it cuts pasted text off silently. The limit is stated and validated.
  const infoId = `${naam}-info`;
  return (
    <div className={groepKlassen(fout)}>
      <label htmlFor={veldId(naam)} className="mb-1 block font-bold">
        {veld.label}
      </label>
      {veld.hint && <Hint id={hintId(naam)}>{hintInhoud ?? veld.hint}</Hint>}
      {fout && <FoutTekst id={foutId(naam)}>{fout}</FoutTekst>}
      <textarea
        {...invoerProps?.(naam)}
        id={veldId(naam)}
        name={naam}
        rows={veld.rijen ?? 5}
        defaultValue={eenWaarde(waarde)}
        aria-describedby={beschrijving(
          veld.hint && hintId(naam),
          fout && foutId(naam),
          veld.maxLengte !== undefined && infoId,
        )}
        aria-invalid={fout ? true : undefined}
        className={`block w-full resize-y py-1 ${INVOER_RAND} ${fout ? "border-fout" : "border-inkt"}`}
      />
      {veld.maxLengte !== undefined && (
        <div id={infoId} className="mt-1 text-grijs">
          {woorden.maximaalTekens(veld.maxLengte)}
        </div>
      )}
    </div>
  );
}

export function Veld({ veld, kop, naKop, onthullingen, ...rest }: GroepProps<VeldDefinitie> & Pick<RadioGroepProps, "onthullingen">) {
  switch (veld.soort) {
    case "radio":
      return <RadioGroep veld={veld} kop={kop} naKop={naKop} onthullingen={onthullingen} {...rest} />;
    case "checkboxes":
      return <CheckboxGroep veld={veld} kop={kop} naKop={naKop} {...rest} />;
    case "tekst":
      return <TekstVeld veld={veld} {...rest} />;
    case "tekstvak":
      return <TekstVak veld={veld} {...rest} />;
  }
}

export interface VeldenProps {
  velden: VeldDefinitie[];
  waarden?: Waarden | undefined;
  fouten?: VeldFouten | undefined;
  invoerProps?: InvoerProps | undefined;
  /** Shown as the h1 inside the legend of the (one) group with `alsKop`. */
  kop?: ReactNode;
  /** Shown right after that legend. */
  naKop?: ReactNode;
  /**
   * Link the first use of each glossary term in the hints, after the terms the page already
   * linked above the fields (lib/begrippen.ts); not given: no links.
   */
  begrippenEerder?: readonly string[] | undefined;
}

/** Whether `veld` is placed under an option of another field on this page (`alleenBij`). */
function onderEenKeuze(veld: VeldDefinitie, velden: VeldDefinitie[]): boolean {
  const bij = veld.alleenBij;
  return bij !== undefined && velden.some((ander) => ander.soort === "radio" && ander.naam === bij.veld && ander.opties.some((o) => o.waarde === bij.waarde));
}

export function Velden({ velden, waarden, fouten, invoerProps, kop, naKop, begrippenEerder }: VeldenProps) {
  // The hints in the list's order, planned at once: a term is linked in the first hint that uses it.
  const metHint = velden.filter((veld) => veld.hint !== undefined && veld.hint !== "");
  const plan = begrippenEerder === undefined ? null : planBegrippen(metHint.map((veld) => veld.hint ?? ""), begrippenEerder);
  const hintInhoud = (veld: VeldDefinitie): ReactNode => {
    const delen = plan?.delen[metHint.indexOf(veld)];
    return delen === undefined ? undefined : <BegripTekst delen={delen} />;
  };
  const toon = (veld: VeldDefinitie, onthullingen?: RadioGroepProps["onthullingen"]) => (
    <Veld
      key={veld.naam}
      veld={veld}
      hintInhoud={hintInhoud(veld)}
      waarde={waarden?.[veld.naam]}
      fout={fouten?.[veld.naam]}
      invoerProps={invoerProps}
      kop={kop}
      naKop={naKop}
      onthullingen={onthullingen}
    />
  );
  // The list stays flat (the error summary, the schema and the values read it in this order);
  // a field with `alleenBij` is only drawn in its group, under its option.
  const onder = velden.filter((veld) => onderEenKeuze(veld, velden));
  return (
    <>
      {velden
        .filter((veld) => !onder.includes(veld))
        .map((veld) => {
          if (veld.soort !== "radio") return toon(veld);
          const onthullingen: NonNullable<RadioGroepProps["onthullingen"]> = {};
          for (const optie of veld.opties) {
            const daar = onder.filter((v) => v.alleenBij?.veld === veld.naam && v.alleenBij.waarde === optie.waarde);
            if (daar.length === 0) continue;
            onthullingen[optie.waarde] = { inhoud: daar.map((v) => toon(v)), metFout: daar.some((v) => fouten?.[v.naam] !== undefined) };
          }
          return toon(veld, Object.keys(onthullingen).length > 0 ? onthullingen : undefined);
        })}
    </>
  );
}
