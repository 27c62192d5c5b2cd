/**
 * The person who walks the wizard in a test: a page, whether JavaScript runs, how the wizard
 * addresses them, and whether every page they pass is checked with axe. `test` here is
 * Playwright's, with the axe checks of ../axe.ts and one addition every wizard spec gets for free:
 * a response with status 500 or more, in any page of the test's browser context, fails the test
 * (never a 500: docs/decisions/024-foutpaden.md).
 */
import { expect, type Browser, type BrowserContext, type Page, type Response, type Route } from "@playwright/test";
import { deAanvrager } from "@/content/wizard/algemeen";
import type { Aanspreking } from "@/lib/wizard/types";
import { test as basis, verwachtGeenAxeFouten } from "../axe";

/** Collects every response with status ≥ 500 of a context; the test asserts the list is empty. */
export function bewaakServerFouten(context: BrowserContext): string[] {
  const fouten: string[] = [];
  context.on("response", (antwoord: Response) => {
    if (antwoord.status() >= 500) fouten.push(`${antwoord.status()} ${antwoord.request().method()} ${antwoord.url()}`);
  });
  return fouten;
}

export const test = basis.extend<{ serverFouten: string[] }>({
  serverFouten: [
    async ({ context }, use) => {
      const fouten = bewaakServerFouten(context);
      await use(fouten);
      expect(fouten, "geen enkel antwoord van de server met status 500 of hoger").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export interface Bezoeker {
  page: Page;
  browser: Browser;
  javaScriptEnabled: boolean;
  /** "u", or the applicant in the third person: the titles the pages must show. */
  aanspreking: Aanspreking;
  /** Run axe on every page and state passed (journeys); off where a test checks something else. */
  axe: boolean;
}

export const ZELF: Aanspreking = { zelf: true, naam: deAanvrager };

export function bezoeker(
  page: Page,
  opties: { browser: Browser; javaScriptEnabled: boolean; axe?: boolean; aanspreking?: Aanspreking },
): Bezoeker {
  return { page, browser: opties.browser, javaScriptEnabled: opties.javaScriptEnabled, axe: opties.axe ?? false, aanspreking: opties.aanspreking ?? ZELF };
}

/**
 * axe on the page as it is now, when this person's journey checks accessibility (each distinct
 * state once: ../axe.ts). After a client-side navigation Next streams the new `<title>` in after
 * the page itself (its generateMetadata reads the draft), so the check waits for the page to have
 * its title first.
 */
export async function controleerAxe(b: Bezoeker): Promise<void> {
  if (!b.axe) return;
  await expect(b.page).toHaveTitle(/\S/);
  await verwachtGeenAxeFouten(b.page, { javaScriptEnabled: b.javaScriptEnabled, browser: b.browser });
}

/**
 * A second browser (another device, another tab with its own cookie jar) with the project's
 * JavaScript setting, watched for server errors like the first.
 */
export async function nieuweBrowser(b: Bezoeker, baseURL: string | undefined): Promise<{ bezoeker: Bezoeker; context: BrowserContext; serverFouten: string[] }> {
  const context = await b.browser.newContext({
    javaScriptEnabled: b.javaScriptEnabled,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    ...(baseURL !== undefined && { baseURL }),
  });
  const serverFouten = bewaakServerFouten(context);
  const page = await context.newPage();
  return { bezoeker: { ...b, page }, context, serverFouten };
}

/**
 * With JavaScript: wait until the page has hydrated, for a test of what the script does (the live
 * sum). Next adds its route announcer (`<next-route-announcer>`) from an effect of the app once it
 * has mounted; the page's own effects run in the same commit, before it. (The pages have no
 * Suspense boundary of their own that could hydrate later.) Without JavaScript there is nothing to
 * wait for. Filling in a form needs no wait: a choice made before hydration is kept (start.spec.ts).
 */
export async function wachtOpHydratie(b: Bezoeker): Promise<void> {
  if (b.javaScriptEnabled) await wachtTotGehydrateerd(b.page);
}

export async function wachtTotGehydrateerd(page: Page): Promise<void> {
  await expect(page.locator("next-route-announcer"), "de pagina is gehydrateerd").toBeAttached();
}

/**
 * Holds every script the page asks for until `losLaten()`: what a person does before then happens
 * before hydration, however fast or slow the machine (no fixed delay).
 */
export async function houdScriptsVast(page: Page): Promise<{ losLaten: () => Promise<void> }> {
  const vastgehouden: Route[] = [];
  let los = false;
  // Scripts only: a held stylesheet would keep the page from being shown at all.
  await page.route(/\/_next\/static\/chunks\/.+\.js(\?|$)/, async (route) => {
    if (los) await route.continue();
    else vastgehouden.push(route);
  });
  return {
    losLaten: async () => {
      // What happened so far happened before hydration.
      await expect(page.locator("next-route-announcer"), "nog niet gehydrateerd").toHaveCount(0);
      los = true;
      for (const route of vastgehouden.splice(0)) await route.continue();
    },
  };
}

/** No sideways scrolling of the page itself at this width (WCAG 1.4.10). */
export async function geenOverloop(page: Page, breedte: number): Promise<void> {
  const vorige = page.viewportSize();
  await page.setViewportSize({ width: breedte, height: 740 });
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over, `${page.url()} schuift opzij op ${breedte} px`).toBeLessThanOrEqual(0);
  if (vorige !== null) await page.setViewportSize(vorige);
}
