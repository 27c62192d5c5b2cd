"use client";
/**
 * Copies a text to the clipboard. Only shown once JavaScript runs (a button that does nothing
 * without it would mislead); without JavaScript the text field beside it can be selected.
 */
import { useState, useSyncExternalStore } from "react";

const geenAbonnement = () => () => {};

export function KopieerKnop({ tekst, label, gelukt }: { tekst: string; label: string; gelukt: string }) {
  const inBrowser = useSyncExternalStore(geenAbonnement, () => true, () => false);
  const [gekopieerd, zetGekopieerd] = useState(false);
  if (!inBrowser) return null;
  return (
    <div className="mt-3">
      <button
        type="button"
        className="border-2 border-inkt bg-vlak px-4 py-2 font-bold"
        onClick={() => {
          void navigator.clipboard.writeText(tekst).then(() => zetGekopieerd(true));
        }}
      >
        {label}
      </button>
      <p role="status" className="mt-2 min-h-6">
        {gekopieerd ? gelukt : ""}
      </p>
    </div>
  );
}
