"use client";
/**
 * With JavaScript the outcome follows the form: 300 ms after a change the form's values become the
 * URL (`router.replace`), and the server renders the page for that situation. The URL stays the
 * situation, so it can still be shared. Without JavaScript this is a plain GET form.
 *
 * Should a new query mount the page anew, this keeps what the old form knew in a module variable:
 * the field with focus, its caret, and anything typed while the server answered, and the new form
 * takes them back, so focus stays where the user is. Next 16 renders the same form again with new
 * props instead; `situatie` tells it the answer arrived. A change made before the script ran (a
 * slow connection) is sent as soon as it runs.
 *
 * After an update a bar at the bottom of the screen says so and holds "Naar de uitkomst": the
 * outcome is far below the field on a phone, and a keyboard or screen reader user reaches it from
 * there in one step. While the bar shows, the page keeps room for it when scrolling a field into
 * view, so it never covers the field with focus (WCAG 2.4.11; docs/decisions/031-burgerpaginas.md).
 */
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useRef, useState } from "react";

interface Stand {
  /** The query this form sent to the URL. */
  verstuurd: string;
  /** The form's values at the last change. */
  query: string;
  actief: { naam: string; start: number | null; eind: number | null } | null;
  scrollY: number;
}

let stand: Stand | null = null;
/** The bar stays once shown: the next page would otherwise draw it away and back (a flicker). */
let balkGetoond = false;
/** The query of the last update this form sent, until the server's answer for it is drawn. */
let gewacht: string | null = null;

const VERTRAGING_MS = 300;

function queryVan(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [naam, waarde] of new FormData(form)) {
    if (typeof waarde === "string" && waarde.trim() !== "") query.append(naam, waarde);
  }
  return query.toString();
}

/** The URL's query in the same spelling as `queryVan`. */
function huidigeQuery(): string {
  return new URLSearchParams(window.location.search).toString();
}

function actiefVeld(form: HTMLFormElement): Stand["actief"] {
  const el = document.activeElement;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement) || !form.contains(el) || el.name === "") return null;
  const tekst = el instanceof HTMLInputElement;
  return { naam: el.name, start: tekst ? el.selectionStart : null, eind: tekst ? el.selectionEnd : null };
}

/**
 * Whether a field differs from what the server drew: changed before this script ran (typed while
 * the page was still loading), when no input or change event reached it.
 */
function gewijzigdVoorHydratie(form: HTMLFormElement): boolean {
  return Array.from(form.elements).some((el) => {
    if (el instanceof HTMLInputElement) return el.type === "checkbox" || el.type === "radio" ? el.checked !== el.defaultChecked : el.value !== el.defaultValue;
    if (el instanceof HTMLSelectElement) {
      const opties = Array.from(el.options);
      if (el.multiple) return opties.some((o) => o.selected !== o.defaultSelected);
      // Without a `selected` attribute the browser shows the first option: that is not a change.
      let standaard = opties.findIndex((o) => !o.disabled);
      opties.forEach((o, i) => {
        if (o.defaultSelected) standaard = i;
      });
      return el.selectedIndex !== standaard;
    }
    return el instanceof HTMLTextAreaElement && el.value !== el.defaultValue;
  });
}

function veld(form: HTMLFormElement, naam: string): HTMLInputElement | HTMLSelectElement | null {
  const el = form.elements.namedItem(naam);
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el : null;
}

export interface NaarUitkomst {
  href: string;
  tekst: string;
}

/**
 * `situatie`: changes with every situation the server draws. Whether Next mounts the form anew
 * or only renders it again with new props, the effect on it says when an update has arrived.
 */
export function LiveFormulier({
  actie,
  melding,
  situatie,
  naar,
  children,
}: {
  actie: string;
  melding: string;
  situatie: string;
  naar: NaarUitkomst;
  children: ReactNode;
}) {
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const [status, zetStatus] = useState("");
  // False on the server and on a full page load (the module is new); after an update, as it was.
  const [balk, zetBalk] = useState(balkGetoond);

  // The server drew the situation this form sent: say so. Emptied first, so the same words are read out again.
  useEffect(() => {
    if (gewacht === null || gewacht !== huidigeQuery()) return;
    gewacht = null;
    const leeg = setTimeout(() => zetStatus(""), 0);
    if (melding === "") return () => clearTimeout(leeg);
    const timer = setTimeout(() => {
      balkGetoond = true;
      zetBalk(true);
      zetStatus(melding);
    }, 100);
    return () => {
      clearTimeout(leeg);
      clearTimeout(timer);
    };
  }, [situatie, melding]);

  // Not while the form has errors: then the outcome only says to correct them.
  const toon = balk && melding !== "";

  useEffect(() => {
    if (!toon) return;
    const html = document.documentElement;
    html.style.scrollPaddingBottom = "7rem";
    // The field with focus may be where the bar now is: bring it clear of it.
    const actief = document.activeElement;
    if (actief instanceof HTMLElement && ref.current?.contains(actief)) actief.scrollIntoView({ block: "nearest" });
    return () => {
      html.style.scrollPaddingBottom = "";
    };
  }, [toon]);

  useEffect(() => {
    const form = ref.current;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;

    // Back from our own update: restore what the user was doing.
    const vorige = stand;
    stand = null;
    const huidig = huidigeQuery();
    if (vorige !== null && vorige.verstuurd === huidig) {
      const nu = new URLSearchParams(vorige.query);
      if (vorige.query !== huidig) {
        // Only fields still as the server drew them: never overwrite what was typed just now.
        for (const el of Array.from(form.elements)) {
          if (el instanceof HTMLInputElement && el.name !== "" && el.value === el.defaultValue) el.value = nu.get(el.name) ?? "";
          if (el instanceof HTMLSelectElement && el.name !== "" && Array.from(el.options).every((o) => o.selected === o.defaultSelected)) {
            el.value = nu.get(el.name) ?? "";
          }
        }
      }
      window.scrollTo({ top: vorige.scrollY });
      const doel = vorige.actief ? veld(form, vorige.actief.naam) : null;
      if (doel && vorige.actief) {
        doel.focus({ preventScroll: true });
        if (doel instanceof HTMLInputElement && vorige.actief.start !== null) doel.setSelectionRange(vorige.actief.start, vorige.actief.eind);
        doel.scrollIntoView({ block: "nearest" });
      }
      if (vorige.query !== huidig) timer = setTimeout(stuur, VERTRAGING_MS);
    }

    function stuur() {
      if (!form) return;
      const query = queryVan(form);
      if (query === huidigeQuery()) return;
      stand = { verstuurd: query, query, actief: actiefVeld(form), scrollY: window.scrollY };
      gewacht = query;
      router.replace(query === "" ? actie : `${actie}?${query}`, { scroll: false });
    }

    function gewijzigd() {
      if (!form) return;
      if (stand !== null) stand = { ...stand, query: queryVan(form), actief: actiefVeld(form), scrollY: window.scrollY };
      clearTimeout(timer);
      timer = setTimeout(stuur, VERTRAGING_MS);
    }

    function focus() {
      if (form && stand !== null) stand = { ...stand, actief: actiefVeld(form), scrollY: window.scrollY };
    }

    // A change made before this ran had no listener: send it now, as if it had just been made.
    if (timer === undefined && gewijzigdVoorHydratie(form)) timer = setTimeout(stuur, VERTRAGING_MS);

    form.addEventListener("input", gewijzigd);
    form.addEventListener("change", gewijzigd);
    form.addEventListener("focusin", focus);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", gewijzigd);
      form.removeEventListener("change", gewijzigd);
      form.removeEventListener("focusin", focus);
    };
    // Again for every situation the server draws: the form may be the same element, but what it
    // draws (an error summary that takes focus) may have moved the focus away from the field.
  }, [actie, router, situatie]);

  return (
    <form ref={ref} method="get" action={actie} noValidate>
      {children}
      {/* The live region is always there, so filling it is read out; the bar shows the same words to the eye. */}
      <p role="status" className="sr-only">
        {status}
      </p>
      {toon && (
        <div data-bijgewerkt="" className="sticky bottom-0 z-10 mb-4 border-4 border-merk bg-white px-3 py-2">
          <p aria-hidden="true" className="m-0 font-bold">
            {melding}
          </p>
          <p className="m-0">
            <a href={naar.href}>{naar.tekst}</a>
          </p>
        </div>
      )}
    </form>
  );
}
