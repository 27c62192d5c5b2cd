/**
 * A glossary link (components/begrip-tekst.tsx) carries a visually hidden "(uitleg, opent in een
 * nieuw tabblad)", which is in the element's text. To compare a paragraph with its content text,
 * read it as a sighted reader does: without those hidden words.
 */
import type { Locator } from "@playwright/test";

export async function tekstenZonderUitlegHint(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elementen) =>
    elementen.map((element) => {
      const kopie = element.cloneNode(true) as HTMLElement;
      kopie.querySelectorAll("a[data-begrip] .sr-only").forEach((hint) => hint.remove());
      return (kopie.textContent ?? "").replace(/\s+/g, " ").trim();
    }),
  );
}
