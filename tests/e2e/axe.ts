/**
 * WCAG 2.2 AA as the standard asks: zero axe violations, on every distinct page and state a test
 * passes. Checking is the slowest thing the browser tests do, so it is done as cheaply as it can be
 * done honestly (docs/decisions/021-browsertests-snel-en-eerlijk.md):
 *
 * - Each distinct state is analysed once per run. Its key is axe's version, the window size, the
 *   URL path and the names in its query, and a hash of the replayed HTML (below: without scripts,
 *   with or without the content of `<noscript>` as the project's reader sees it) reduced to what
 *   axe's rules look at (`normaliseer`: the markup, attributes and styles, and where there is text,
 *   not which words), plus the state of its form fields (ticked or chosen, empty or not).
 *   A page that looks the same with and without JavaScript is analysed once for both projects. A
 *   state found free of violations, by this worker or another, is not analysed again; any
 *   difference is. Workers share what they found clean as empty files named by the key in the test
 *   server's data folder, which each run starts empty. (The stylesheets are part of the key through
 *   their addresses: a production build names them by a hash of their content.)
 * - axe-core is injected once per document and run in it with `axe.run`, which is what
 *   @axe-core/playwright's legacy mode does; its default mode injects axe again on every call and
 *   opens a blank page per call to merge the results of frames. The pages have no frames; a page
 *   that has them still goes through AxeBuilder's default mode.
 * - axe analyses a replay of the page, not the page itself. The page's document as it is at that
 *   moment (`momentopname`: the server's HTML without JavaScript; with JavaScript, the DOM as
 *   the scripts have left it, with their error messages, revealed fields and ARIA states), its
 *   scripts removed, is written into a page at the same address and window size, with the same
 *   form-field state; the stylesheets load from the server as usual. Without JavaScript this is
 *   the only way: axe (a script) waits on timers that never fire in such a page. With JavaScript
 *   it gives axe the same DOM and styles at a quarter of the cost: in the live page every full
 *   load needs axe injected and parsed again, and axe shares the page with the app's scripts
 *   (measured: 2.2 s per analysis in the live page, 0.6 s in the replay). One replay page per
 *   worker, made on first use and kept for all its tests (the `axeHerhaling` fixture); each state
 *   is written into it with `document.write`, which keeps axe loaded.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as basis, type Browser, type BrowserContext, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe-core, the copy @axe-core/playwright itself uses (so the same version), minified: half the
 * script to parse wherever it is injected.
 */
const axeVanBuilder = createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"));
const axeCore = {
  version: (axeVanBuilder("axe-core") as { version: string }).version,
  source: readFileSync(axeVanBuilder.resolve("axe-core/axe.min.js"), "utf8"),
};

/** The address the replay page starts at before any state is written into it. */
const HERHAAL_PAD = "/__axe-herhaling";

type Schending = { id: string; nodes: { target: unknown[] }[] };

function beschrijf(schendingen: Schending[]): string[] {
  return schendingen.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

/** axe in the document as it is now: injected when this document does not have it yet. */
async function analyseer(page: Page): Promise<string[]> {
  if (page.frames().length > 1) {
    const resultaat = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    return beschrijf(resultaat.violations);
  }
  const geladen = await page.evaluate(() => (window as unknown as { axe?: { version?: string } }).axe?.version ?? null);
  if (geladen !== axeCore.version) await page.evaluate(axeCore.source);
  const schendingen = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, opties: object) => Promise<{ violations: unknown[] }> } }).axe;
    // Only the violations are asked for: axe then skips building selectors for every passing
    // node, a third to a half of its work on these pages (docs/decisions/021, addendum 2026-12-04).
    return (await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })).violations;
  }, TAGS);
  return beschrijf(schendingen as Schending[]);
}

/**
 * The document without scripts, as its reader sees it: without JavaScript the content of
 * `<noscript>` shows, with JavaScript it does not. Next's route announcer goes too: its content
 * lives in a shadow root, which outerHTML does not serialise, so in a replay it was only
 * an empty element; without it, a state the two projects show alike has one key.
 */
function zonderScripts(html: string, javaScriptEnabled = false): string {
  const zonder = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "").replace(/<next-route-announcer\b[^>]*><\/next-route-announcer>/gi, "");
  return javaScriptEnabled ? zonder.replace(/<noscript\b[^>]*>[\s\S]*?<\/noscript>/gi, "") : zonder.replace(/<\/?noscript\b[^>]*>/gi, "");
}

/**
 * For the key only: what axe's rules look at, and nothing else (docs/decisions/021, addendum
 * 2026-12-04). The CSP nonce differs per response and React's `useId` ids per render, though the
 * state is the same. Ids are renumbered in order of appearance, one number per id, so which
 * elements share an id (what `for`, `aria-describedby` and duplicate-id checks see) is kept.
 * The words are not part of a state: no rule in the WCAG tags run here depends on which words a
 * page shows, only on whether an element has text (an empty link, heading or title), on the
 * markup, the ARIA attributes and the styles. So each run of text becomes "x" (or stays empty), a
 * field's value says only whether it is empty, and a hidden field's value (the draft's version,
 * a token) goes; the elements, attributes, classes and `<style>` stay as they are. Two states of
 * one page that differ only in what was typed or in a name or an amount are analysed once.
 */
export function normaliseer(html: string): string {
  const nummers = new Map<string, number>();
  return zonderScripts(html)
    .replace(/\snonce="[^"]*"/g, "")
    .replace(/_R_[0-9A-Za-z]+_|«[^»]{1,32}»/g, (id) => {
      if (!nummers.has(id)) nummers.set(id, nummers.size + 1);
      return `_id${nummers.get(id)}_`;
    })
    .split(/(<style\b[^>]*>[\s\S]*?<\/style>)/i)
    .map((deel, i) =>
      i % 2 === 1
        ? deel
        : deel
            .replace(/>([^<]+)</g, (_m, tekst: string) => (tekst.trim() === "" ? "><" : ">x<"))
            .replace(/<input\b[^>]*>/gi, (veld) =>
              /\stype="hidden"/i.test(veld)
                ? veld.replace(/\svalue="[^"]*"/i, "")
                : veld.replace(/\svalue="([^"]*)"/i, (_m, waarde: string) => (waarde === "" ? ' value=""' : ' value="x"')),
            ),
    )
    .join("");
}

/** For the key only, as above: the query's names, not what was typed into them. */
function zoekNamen(adres: URL): string[] {
  return [...new Set(adres.searchParams.keys())].sort();
}

/** What the HTML does not hold: each field's value and whether it is ticked or chosen. */
type VeldStaat = { waarde: string; aan: boolean; gekozen: number[] };

/**
 * The document as it is now, without its scripts, and its fields' state, in one call. Like
 * `page.content()` (the doctype and the root's outerHTML), but the scripts are left out in the
 * page: with JavaScript, Next's inline data for React is most of a page's bytes (700 kB of
 * 1.2 MB on the profielen table), and none of it is part of the replay.
 */
async function momentopname(page: Page): Promise<{ html: string; velden: VeldStaat[] }> {
  // A locator runs in Playwright's own script world, which works without JavaScript too.
  return page.locator(":root").evaluate((wortel) => {
    const velden = Array.from(wortel.querySelectorAll("input, select, textarea")).map((veld) => ({
      waarde: veld instanceof HTMLInputElement || veld instanceof HTMLTextAreaElement || veld instanceof HTMLSelectElement ? veld.value : "",
      aan: veld instanceof HTMLInputElement && veld.checked,
      gekozen: veld instanceof HTMLSelectElement ? Array.from(veld.options).flatMap((o, i) => (o.selected ? [i] : [])) : [],
    }));
    const kopie = wortel.cloneNode(true) as Element;
    kopie.querySelectorAll("script").forEach((script) => script.remove());
    const doctype = document.doctype === null ? "" : `<!DOCTYPE ${document.doctype.name}>`;
    return { html: doctype + kopie.outerHTML, velden };
  });
}

/**
 * The replay page (without JavaScript of its own; axe is injected into it once): made on first use
 * and kept for all the tests of a worker (the `axeHerhaling` fixture), so that a test pays neither
 * for a new browser context nor for parsing axe again (docs/decisions/021, addendum 2026-12-05).
 * Each state is written into it as a new document, so nothing of one test's pages stays for the next.
 */
export class HerhaalPagina {
  readonly #browser: Browser;
  #herhaling: Promise<{ context: BrowserContext; page: Page }> | undefined;

  constructor(browser: Browser) {
    this.#browser = browser;
  }

  pagina(): Promise<Page> {
    this.#herhaling ??= (async () => {
      const context = await this.#browser.newContext({ javaScriptEnabled: true, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
      // The start document, on the server's origin so the stylesheets' addresses resolve to it.
      await context.route(`**${HERHAAL_PAD}`, (route) => route.fulfill({ body: "<!DOCTYPE html><title>axe</title>", contentType: "text/html; charset=utf-8" }));
      return { context, page: await context.newPage() };
    })();
    return this.#herhaling.then((h) => h.page);
  }

  async sluit(): Promise<void> {
    const herhaling = this.#herhaling;
    this.#herhaling = undefined;
    if (herhaling !== undefined) await (await herhaling).context.close();
  }
}

/** One test's axe checks, in the worker's replay page; its numbers for the test's annotation. */
export class AxeControle {
  readonly #herhaling: HerhaalPagina;
  /** Numbers for the test's annotation: analysed, skipped as already clean, milliseconds spent. */
  readonly telling = { geanalyseerd: 0, overgeslagen: 0, ms: 0 };

  constructor(herhaling: HerhaalPagina) {
    this.#herhaling = herhaling;
  }

  /**
   * The page's HTML without scripts and its fields' state, written into the replay page at the
   * same address and window size; resolves once its stylesheets have loaded.
   */
  async #herhaal(html: string, adres: URL, maat: { width: number; height: number } | null, velden: VeldStaat[]): Promise<Page> {
    const kopie = await this.#herhaling.pagina();
    if (!kopie.url().startsWith(adres.origin)) await kopie.goto(`${adres.origin}${HERHAAL_PAD}`);
    const huidigeMaat = kopie.viewportSize();
    if (maat !== null && (huidigeMaat?.width !== maat.width || huidigeMaat.height !== maat.height)) await kopie.setViewportSize(maat);
    await kopie.evaluate(
      async ({ html, pad, velden }) => {
        history.replaceState(null, "", pad);
        document.open();
        document.write(html);
        document.close();
        const elementen = Array.from(document.querySelectorAll("input, select, textarea"));
        if (elementen.length !== velden.length) throw new Error(`herhaling: ${elementen.length} velden, de pagina had er ${velden.length}`);
        elementen.forEach((el, i) => {
          const staat = velden[i];
          if (staat === undefined) return;
          if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) el.checked = staat.aan;
          else if (el instanceof HTMLSelectElement) Array.from(el.options).forEach((o, j) => (o.selected = staat.gekozen.includes(j)));
          else if ((el instanceof HTMLInputElement && el.type !== "file") || el instanceof HTMLTextAreaElement) el.value = staat.waarde;
        });
        const bladen = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'));
        await Promise.all(
          bladen.map((blad) => (blad.sheet !== null ? null : new Promise((klaar) => ["load", "error"].forEach((e) => blad.addEventListener(e, klaar, { once: true }))))),
        );
      },
      { html, pad: `${adres.pathname}${adres.search}`, velden },
    );
    return kopie;
  }

  /** Zero violations on the page as it is now, unless this worker already found this state clean. */
  async controleer(page: Page, javaScriptEnabled: boolean): Promise<void> {
    const begin = Date.now();
    // What axe analyses: the replay of this document, for the reader of this project (with or
    // without the content of <noscript>). The key holds all that makes the replay, and nothing
    // else: a state both projects show the same is analysed once, by whichever comes first.
    const opname = await momentopname(page);
    const html = zonderScripts(opname.html, javaScriptEnabled);
    const velden = opname.velden;
    const adres = new URL(page.url());
    const maat = page.viewportSize();
    const sleutel = createHash("sha256")
      .update(JSON.stringify([axeCore.version, maat, adres.pathname, zoekNamen(adres), normaliseer(html), velden.map((v) => [v.waarde !== "", v.aan, v.gekozen])]))
      .digest("hex");
    if (isSchoon(sleutel)) {
      this.telling.overgeslagen++;
      return;
    }
    // A page with frames is analysed where it is (AxeBuilder merges the frames' results); the
    // pages of this service have none, so in practice every state goes through the replay.
    const doel = page.frames().length > 1 ? page : await this.#herhaal(html, adres, maat, velden);
    expect(await analyseer(doel), `axe op ${adres.pathname}${adres.search}`).toEqual([]);
    markeerSchoon(sleutel);
    this.telling.geanalyseerd++;
    this.telling.ms += Date.now() - begin;
  }

}

/**
 * States already checked without violations. The same state, window size and JavaScript setting
 * give the same result, so a page several tests pass in the same state (the start page, the first
 * question) is analysed once per run: this worker remembers its own, and every worker writes its
 * own to the shared folder (playwright.config.ts sets E2E_DATA_DIR and empties it per run).
 */
const zonderFouten = new Set<string>();
const SCHOON_MAP = process.env.E2E_DATA_DIR === undefined ? undefined : path.join(process.env.E2E_DATA_DIR, "axe-schoon");

function isSchoon(sleutel: string): boolean {
  if (zonderFouten.has(sleutel)) return true;
  if (SCHOON_MAP === undefined || !existsSync(path.join(SCHOON_MAP, sleutel))) return false;
  zonderFouten.add(sleutel);
  return true;
}

function markeerSchoon(sleutel: string): void {
  zonderFouten.add(sleutel);
  if (SCHOON_MAP === undefined) return;
  mkdirSync(SCHOON_MAP, { recursive: true });
  writeFileSync(path.join(SCHOON_MAP, sleutel), "");
}

/** The running test's checks (a worker runs one test at a time), for callers without the fixture. */
let lopend: AxeControle | undefined;

/**
 * Playwright's `test` with one automatic fixture: the test's axe checks, in the worker's replay
 * page, which is closed when the worker ends. The numbers go into the test's annotations ("axe").
 */
export const test = basis.extend<{ axeControle: AxeControle }, { axeHerhaling: HerhaalPagina }>({
  axeHerhaling: [
    async ({ browser }, use) => {
      const herhaling = new HerhaalPagina(browser);
      await use(herhaling);
      await herhaling.sluit();
    },
    { scope: "worker" },
  ],
  axeControle: [
    async ({ axeHerhaling }, use, testInfo) => {
      const controle = new AxeControle(axeHerhaling);
      lopend = controle;
      // Playwright resumes here when the test has ended, passed or failed.
      await use(controle);
      lopend = undefined;
      const { geanalyseerd, overgeslagen, ms } = controle.telling;
      if (geanalyseerd + overgeslagen > 0) {
        testInfo.annotations.push({ type: "axe", description: `${geanalyseerd} geanalyseerd in ${ms} ms, ${overgeslagen} al gezien` });
      }
    },
    { auto: true },
  ],
});

/** axe on the page as it is now: zero violations. Works with and without JavaScript. */
export async function verwachtGeenAxeFouten(page: Page, opties: { javaScriptEnabled: boolean; browser: Browser }): Promise<void> {
  if (lopend !== undefined) return lopend.controleer(page, opties.javaScriptEnabled);
  // A test without the fixture (Playwright's own `test`): a replay page for this check alone.
  const herhaling = new HerhaalPagina(opties.browser);
  try {
    await new AxeControle(herhaling).controleer(page, opties.javaScriptEnabled);
  } finally {
    await herhaling.sluit();
  }
}
