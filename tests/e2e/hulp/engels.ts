/**
 * What every English page of the browser tests must be (docs/decisions/032-talen.md).
 */
import type { Browser, Page } from "@playwright/test";
import { componenten } from "@/content/componenten";
import { nederlandseTeksten } from "@/tests/lib/talen";
import { verwachtGeenAxeFouten } from "../axe";
import { FOTOS } from "./fotos";
import { expect } from "./bezoeker";

/**
 * An English page: lang="en", no axe violations, and no Dutch sentence of a translated module.
 * Dutch is allowed where the page says so: a name or title marked lang="nl" (WCAG 3.1.2).
 * `nogNederlands`: Dutch sentences a page may still show because another module's words (not yet
 * English) contain them; each use says which.
 */
export async function verwachtEngels(page: Page, opties: { javaScriptEnabled: boolean; browser: Browser; foto?: string; nogNederlands?: string[] }): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The title is read first by a screen reader: an error page's says "Error:", not "Fout:".
  expect(await page.title(), "de titel").not.toMatch(new RegExp(`^${componenten.fout.voorvoegsel}`));
  await verwachtGeenAxeFouten(page, opties);
  // The text of the parts marked as another language is taken out of what is read; the page
  // itself is left as it is, so a test can go on with it.
  const tekst = await page.evaluate(() => {
    let gelezen = document.body.innerText;
    for (const deel of document.body.querySelectorAll<HTMLElement>('[lang]:not([lang^="en"])')) gelezen = gelezen.replace(deel.innerText, "");
    return gelezen;
  });
  const nederlands = nederlandseTeksten().filter((zin) => tekst.includes(zin) && !(opties.nogNederlands ?? []).includes(zin));
  expect(nederlands, `Nederlandse zinnen op ${page.url()}`).toEqual([]);
  if (FOTOS && opties.foto !== undefined) await page.screenshot({ path: opties.foto, fullPage: true });
}

