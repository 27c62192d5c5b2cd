"use client";
/**
 * The search field of /zorgkantoor: a plain text input named `zoek` inside the page's GET form,
 * which JavaScript turns into an ARIA 1.2 combobox (downshift's `useCombobox`) with suggestions
 * from `GET /api/v1/zorgkantoren/suggesties`. The server render, and the first render in the
 * browser (hydration), is the plain input: without JavaScript that is all there is, and it works.
 *
 * Choosing a suggestion fills the field and submits the form; a place that shares its name with
 * another (Vianen, Hengelo) also sends `keuze` (its gemeentecode), so the page need not ask again.
 * Enter without a highlighted suggestion submits the form as typed, as it does without script.
 *
 * Never import the search rules or the postcode table here: the browser gets suggestions from the
 * API, never the table (a test in rules/ guards this). Only a type comes from the route.
 */
import { useCombobox } from "downshift";
import { type KeyboardEvent, useEffect, useState, useSyncExternalStore } from "react";
import type { SuggestieJson } from "@/lib/zorgkantoor/api";
import { zorgkantoorPagina as en } from "@/content/en/zorgkantoor";
import { inTaal } from "@/content/vertaling";
import { zorgkantoorPagina as nl } from "@/content/zorgkantoor";
import { useTaal } from "./taal";
import { beschrijving, FoutTekst, foutId, groepKlassen, Hint, hintId, veldId } from "./veld-onderdelen";

const NAAM = "zoek";
const LABEL_ID = `${NAAM}-label`;
const MENU_ID = `${NAAM}-suggesties`;
const VERTRAGING_MS = 150;
/** One letter fits too many places to help; a postcode has 4 digits. */
const MINIMAAL = 2;
const SUGGESTIES_URL = "/api/v1/zorgkantoren/suggesties";

const geenAbonnement = () => () => {};

/** What an option says, so two places of one name differ: "Vianen (gemeente Vijfheerenlanden)". */
function suggestieLabel(s: SuggestieJson, t: typeof en): string {
  const plaats = s.gemeente === null ? t.plaats.woonplaatsZonderGemeente(s.naam, s.regio) : t.plaats.woonplaats(s.naam, s.gemeente.naam);
  if (s.soort === "postcode") return t.plaats.postcode(s.postcode ?? "", plaats);
  return s.soort === "gemeente" ? t.plaats.gemeente(s.naam) : plaats;
}

/** What the field holds after choosing: the postcode for a postcode, else the name. */
const veldTekst = (s: SuggestieJson | null) => (s === null ? "" : s.soort === "postcode" ? (s.postcode ?? "") : s.naam);

const sleutel = (s: SuggestieJson) => `${s.soort}:${s.naam}:${s.gemeente?.code ?? s.regio}`;

/** The suggestions of the last answer, and the text they answer. */
interface Antwoord {
  voor: string;
  suggesties: SuggestieJson[];
}

export interface ZorgkantoorZoekveldProps {
  /** What was searched, shown again */
  waarde: string;
  fout?: string | undefined;
}

export function ZorgkantoorZoekveld({ waarde, fout }: ZorgkantoorZoekveldProps) {
  const t = inTaal(useTaal(), nl, en);
  // false on the server and while hydrating, true after: the combobox exists only with script.
  const actief = useSyncExternalStore(geenAbonnement, () => true, () => false);
  const [antwoord, setAntwoord] = useState<Antwoord | null>(null);
  const [open, setOpen] = useState(false);
  const [keuze, setKeuze] = useState<string | null>(null);
  const [versturen, setVersturen] = useState(false);

  const suggesties = antwoord?.suggesties ?? [];
  const zichtbaar = actief && open && suggesties.length > 0;

  const { getLabelProps, getInputProps, getMenuProps, getItemProps, highlightedIndex, inputValue, setInputValue } =
    useCombobox<SuggestieJson>({
      items: suggesties,
      itemToString: veldTekst,
      itemToKey: (s) => (s === null ? null : sleutel(s)),
      inputId: veldId(NAAM),
      labelId: LABEL_ID,
      menuId: MENU_ID,
      getItemId: (index) => `${MENU_ID}-${index}`,
      initialInputValue: waarde,
      isOpen: zichtbaar,
      onIsOpenChange: ({ isOpen }) => setOpen(isOpen),
      onInputValueChange: ({ type, inputValue: nieuw }) => {
        if (type !== useCombobox.stateChangeTypes.InputChange) return;
        setKeuze(null);
        setVersturen(false);
        // Too short to search: old suggestions would no longer fit.
        if (nieuw.trim().length < MINIMAAL) setAntwoord(null);
      },
      onSelectedItemChange: ({ selectedItem }) => {
        if (selectedItem === null) return;
        setKeuze(selectedItem.soort !== "postcode" && selectedItem.gemeente !== null ? selectedItem.gemeente.code : null);
        setVersturen(true);
      },
      stateReducer: (state, { type, changes }) => {
        const { InputBlur, InputKeyDownEscape } = useCombobox.stateChangeTypes;
        // Leaving the field (Tab to the button, a tap elsewhere) never chooses, so never submits;
        // Escape closes the list but never wipes what someone typed.
        if (type === InputBlur || type === InputKeyDownEscape) {
          return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
        }
        return changes;
      },
    });

  const term = inputValue.trim();
  const zoeken = actief && term.length >= MINIMAAL;

  useEffect(() => {
    if (!zoeken) return;
    const afbreken = new AbortController();
    const wacht = setTimeout(async () => {
      try {
        const reactie = await fetch(`${SUGGESTIES_URL}?${new URLSearchParams({ zoek: term })}`, { signal: afbreken.signal });
        if (!reactie.ok) return;
        const body = (await reactie.json()) as { suggesties: SuggestieJson[] };
        setAntwoord({ voor: term, suggesties: body.suggesties });
      } catch {
        // Aborted, offline or a bad answer: no suggestions, and the form still works.
      }
    }, VERTRAGING_MS);
    return () => {
      clearTimeout(wacht);
      afbreken.abort();
    };
  }, [zoeken, term]);

  // Submit once React has put the chosen text (and keuze) into the DOM.
  useEffect(() => {
    if (!versturen) return;
    const invoer = document.getElementById(veldId(NAAM));
    if (invoer instanceof HTMLInputElement) invoer.form?.requestSubmit();
  }, [versturen]);

  function bijToets(event: KeyboardEvent<HTMLInputElement>) {
    // downshift keeps Enter whenever the list is open; with nothing highlighted it is the form's.
    if (event.key === "Enter" && highlightedIndex < 0) {
      (event.nativeEvent as KeyboardEvent["nativeEvent"] & { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
    }
    // Also while suggestions are still on their way: they must not open the list after Escape.
    if (event.key === "Escape") setOpen(false);
  }

  const omschrijving = beschrijving(hintId(NAAM), fout && foutId(NAAM));
  const gedeeld = {
    name: NAAM,
    type: "text",
    spellCheck: false,
    enterKeyHint: "search",
    "aria-describedby": omschrijving,
    "aria-invalid": fout ? true : undefined,
  } as const;
  const invoerProps = getInputProps(
    {
      ...gedeeld,
      ref: (element: HTMLInputElement | null) => {
        // Text typed before the script ran is in the DOM but not yet in downshift's state.
        if (element !== null && element.value !== inputValue) setInputValue(element.value);
      },
      onKeyDown: bijToets,
      // Suggestions that arrive after the field lost focus must not open the list.
      onBlur: () => setOpen(false),
    },
    { suppressRefError: true },
  );
  const menuProps = getMenuProps({}, { suppressRefError: true });
  const labelProps = getLabelProps();
  // Before the script runs: a plain, labelled text input, nothing of the combobox.
  const { ref, id, value, onChange } = invoerProps;
  const gewoon = { ...gedeeld, ref, id, value, onChange };

  const melding =
    zichtbaar || (zoeken && open && antwoord?.voor === term)
      ? suggesties.length === 0
        ? t.suggesties.geen
        : t.suggesties.aantal(suggesties.length)
      : "";

  return (
    <div className={groepKlassen(fout)}>
      <label {...labelProps} className="mb-1 block font-bold">
        {t.zoekLabel}
      </label>
      <Hint id={hintId(NAAM)}>{t.zoekHint}</Hint>
      {fout && <FoutTekst id={foutId(NAAM)}>{fout}</FoutTekst>}
      <div className="relative max-w-xl">
        <input
          {...(actief ? invoerProps : gewoon)}
          className={`block h-10 w-full rounded-none border-2 bg-white px-2 text-inkt ${fout ? "border-fout" : "border-inkt"}`}
        />
        {actief && (
          <ul
            {...menuProps}
            hidden={!zichtbaar}
            className="absolute inset-x-0 top-full z-10 m-0 max-h-[60vh] list-none overflow-y-auto border-2 border-t-0 border-inkt bg-white p-0 shadow-[0_4px_8px_rgb(0_0_0/0.25)]"
          >
            {suggesties.map((suggestie, index) => (
              <li
                key={sleutel(suggestie)}
                {...getItemProps({ item: suggestie, index })}
                className={`cursor-pointer border-b border-lijn px-2 py-2 last:border-b-0 ${
                  highlightedIndex === index ? "bg-merk text-white" : "bg-white text-inkt"
                }`}
              >
                {suggestieLabel(suggestie, t)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {keuze !== null && <input type="hidden" name="keuze" value={keuze} />}
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {melding}
      </div>
    </div>
  );
}
