/**
 * Radio and checkbox groups, GOV.UK style: a fieldset whose legend is the question (or the page's
 * h1), and large custom-drawn controls. The native input stays in the DOM, focusable and
 * clickable (transparent, over the drawn control), so keyboard, screen readers and forms without
 * JavaScript work as usual. Marks are drawn with borders, which survive Windows contrast themes.
 * Fields that only apply to one option sit right under it (`onthullingen`, components/onthul.tsx).
 */
import { Fragment, type ReactNode } from "react";
import type { Optie } from "@/lib/wizard/types";
import { Onthul, ONTHUL_OPTIE } from "./onthul";
import {
  beschrijving,
  FoutTekst,
  foutId,
  groepKlassen,
  Hint,
  hintId,
  type InvoerProps,
  veldId,
} from "./veld-onderdelen";

export interface KeuzeGroepProps {
  soort: "radio" | "checkbox";
  naam: string;
  label: string;
  hint?: string;
  /** The hint with its glossary terms linked (components/velden.tsx); else `hint` as it is. */
  hintInhoud?: ReactNode;
  opties: Optie[];
  gekozen: string[];
  fout?: string;
  alsKop?: boolean;
  inline?: boolean;
  invoerProps?: InvoerProps;
  kop?: ReactNode;
  /** Per option value: the fields shown under that option, and whether one of them has an error. */
  onthullingen?: Record<string, { inhoud: ReactNode; metFout: boolean }>;
  /** With `alsKop`: shown right after the legend, outside it ("Pagina 4 van 12"), so it is not part of the group's name. */
  naKop?: ReactNode;
}

// 44px hit area over a 40px control (WCAG 2.5.8 asks 24px; GOV.UK uses these sizes).
const INVOER = "peer absolute -left-0.5 -top-0.5 z-10 m-0 size-11 cursor-pointer opacity-0";

const LABEL_BASIS =
  "inline-block cursor-pointer touch-manipulation px-4 pt-2 pb-1.5 leading-tight " +
  "before:absolute before:left-0 before:top-0 before:size-10 before:border-2 before:border-current before:bg-white " +
  "after:absolute after:opacity-0 peer-checked:after:opacity-100 " +
  "peer-focus:before:border-4 peer-focus:before:shadow-[0_0_0_4px_var(--color-focus)] " +
  "peer-focus:before:outline-3 peer-focus:before:outline-offset-1 peer-focus:before:outline-transparent";

// The dot: a 10px border on a zero-size box, so it is drawn with the text colour.
const LABEL_RADIO =
  `${LABEL_BASIS} before:rounded-full ` +
  "after:left-2.5 after:top-2.5 after:size-0 after:rounded-full after:border-[10px] after:border-current";

// The tick: two borders of a rotated box.
const LABEL_CHECKBOX =
  `${LABEL_BASIS} ` +
  "after:left-[9px] after:top-[11px] after:h-3 after:w-[23px] after:-rotate-45 " +
  "after:border-0 after:border-b-[5px] after:border-l-[5px] after:border-current";

export function KeuzeGroep(props: KeuzeGroepProps) {
  const { soort, naam, label, hint, hintInhoud, opties, gekozen, fout, alsKop, inline, invoerProps, kop, onthullingen, naKop } = props;
  const extra = invoerProps?.(naam);
  // Revealed fields need the options stacked: under an inline option they would sit beside the next.
  const naastElkaar = inline === true && onthullingen === undefined;

  return (
    <div className={groepKlassen(fout)}>
      <fieldset aria-describedby={beschrijving(hint && hintId(naam), fout && foutId(naam))}>
        {alsKop ? (
          <legend className={naKop ? "mb-1 max-w-full" : "mb-4 max-w-full"}>
            {kop ?? <h1 className="m-0 text-3xl leading-tight font-bold sm:text-4xl">{label}</h1>}
          </legend>
        ) : (
          <legend className="mb-2 max-w-full font-bold">{label}</legend>
        )}
        {alsKop && naKop}
        {hint && <Hint id={hintId(naam)}>{hintInhoud ?? hint}</Hint>}
        {fout && <FoutTekst id={foutId(naam)}>{fout}</FoutTekst>}
        <div className={naastElkaar ? "flex flex-wrap gap-x-6" : undefined}>
          {opties.map((optie, index) => {
            const id = index === 0 ? veldId(naam) : `${veldId(naam)}-${index + 1}`;
            const optieHintId = `${id}-hint`;
            const onthulling = onthullingen?.[optie.waarde];
            return (
              <Fragment key={optie.waarde}>
                <div className={onthullingen === undefined ? "relative mb-3 min-h-10 pl-10" : `${ONTHUL_OPTIE} relative mb-3 min-h-10 pl-10`}>
                  <input
                    {...extra}
                    type={soort}
                    id={id}
                    name={naam}
                    value={optie.waarde}
                    defaultChecked={gekozen.includes(optie.waarde)}
                    aria-describedby={optie.hint ? optieHintId : undefined}
                    className={INVOER}
                  />
                  <label htmlFor={id} className={soort === "radio" ? LABEL_RADIO : LABEL_CHECKBOX}>
                    {optie.label}
                  </label>
                  {optie.hint && (
                    <div id={optieHintId} className="px-4 text-grijs">
                      {optie.hint}
                    </div>
                  )}
                </div>
                {onthulling && (
                  <Onthul id={`${id}-onthul`} optie={optie.label} metFout={onthulling.metFout}>
                    {onthulling.inhoud}
                  </Onthul>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
