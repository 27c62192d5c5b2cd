/**
 * Time and things to have at hand (lib/wizard/stappen.ts, content/voorbereiden.ts): the start
 * page and the task list say per step how long it takes and what to have ready, and a question
 * page says where it is within its step ("Pagina 4 van 12") under the h1, not in it. At 360 px,
 * with and without JavaScript, axe clean.
 */
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { start } from "@/content/start";
import { voorbereiden } from "@/content/voorbereiden";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { doorloop, doorloopStap, invoer } from "@/lib/wizard/vragen/testhulp";
import { test, verwachtGeenAxeFouten } from "./axe";
import { expect, ZELF } from "./hulp/bezoeker";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { kop, OVERZICHT, vraagPad } from "./hulp/stappen";
import { zaaiDraft } from "./hulp/zaaien";

const BREEDTE = 360;
test.use({ viewport: { width: BREEDTE, height: 800 } });

/** Steps 1–3 walked through (the brochure's case, one zorgverlener): every page of stap 3 may be opened. */
const DRIE_KLAAR: Antwoorden = doorloop(invoer());
/** Steps 1 and 2 klaar, stap 3 not begun. */
const TWEE_KLAAR: Antwoorden = doorloopStap(doorloopStap({ voorWie: "zelf" }, "indicatie", invoer()), "keuze", invoer());

/** The "Pagina n van m" line: its words are those of content/componenten.ts, whatever the numbers. */
const deelRegel = (page: Page) => page.getByText(/^Pagina \d+ van \d+$/);

/** The page's height at 360 px, noted on the test, and a picture with E2E_FOTOS=1. */
async function meet(page: Page, info: TestInfo, naam: string): Promise<void> {
  const px = await page.evaluate(() => document.documentElement.scrollHeight);
  info.annotations.push({ type: "hoogte", description: `${naam}: ${px} px` });
  const breed = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(breed, `${naam} schuift opzij op ${BREEDTE} px`).toBeLessThanOrEqual(0);
  if (FOTOS) await page.screenshot({ path: path.join(fotoMap(info.project.name), `voorbereiden-${naam}-${BREEDTE}.png`), fullPage: true });
}

/**
 * About the height before this change: the page's height less that of what it added (the lines
 * "Ongeveer ... minuten" and the lists under "Wat heeft u nodig?" in the task list, the line
 * after the h1), margins not counted. A note on the test for comparing, nothing asserted.
 */
async function hoogteZonderNieuw(page: Page, info: TestInfo, naam: string): Promise<void> {
  const px = await page.evaluate(() => {
    const nieuw = [...document.querySelectorAll('[id^="taak-"][id$="-duur"], h1 + p.text-lg, fieldset > legend + p.text-lg')];
    // "Wat heeft u nodig?" with its list, folded or open.
    nieuw.push(...document.querySelectorAll("ol li details"));
    return document.documentElement.scrollHeight - nieuw.reduce((som, el) => som + el.getBoundingClientRect().height, 0);
  });
  info.annotations.push({ type: "hoogte zonder het nieuwe (ongeveer)", description: `${naam}: ${Math.round(px)} px` });
}

test.describe("hoe lang en wat u nodig heeft", () => {
  test("de startpagina: samen 30 minuten en 5 per zorgverlener, per stap, en wat u klaarlegt", async ({ page, browser, javaScriptEnabled }, info) => {
    await page.goto("/");
    await expect(page.getByText(voorbereiden.samen(30, 5), { exact: false })).toBeVisible();
    await expect(page.getByText("15 minuten")).toHaveCount(0);
    const hoeLang = page.getByRole("heading", { name: start.hoeLangKop, level: 2 });
    await expect(hoeLang).toBeVisible();
    for (const regel of ["Stap 1: ongeveer 5 minuten.", "Stap 2: ongeveer 5 minuten.", "Stap 3: ongeveer 20 minuten, en 5 minuten per zorgverlener."]) {
      await expect(page.getByRole("listitem").filter({ hasText: regel })).toBeVisible();
    }
    for (const ding of Object.values(voorbereiden.klaarleggen)) await expect(page.getByRole("listitem").filter({ hasText: ding })).toHaveCount(1);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    await meet(page, info, "start");
  });

  test("het overzicht: bij elke stap die nog moet hoe lang en wat u nodig heeft; de duur hoort bij de link", async ({ page, baseURL, browser, javaScriptEnabled }, info) => {
    await zaaiDraft(page.context(), baseURL, TWEE_KLAAR);
    await page.goto(OVERZICHT);
    const stap3 = page.getByRole("link", { name: aanvraag.overzicht.stappen.aanvraag });
    await expect(stap3).toHaveAccessibleDescription(`${voorbereiden.duur(20, 5)} ${componenten.status["niet-begonnen"]}`);
    await expect(page.locator("#taak-3-duur")).toHaveText(voorbereiden.duur(20, 5));
    // What to have at hand is folded under "Wat heeft u nodig?"; the time stays in view.
    await expect(page.getByText(voorbereiden.klaarleggen.zorgverleners)).toBeHidden();
    await page.locator("#taak-3-status").locator("..").locator("summary", { hasText: voorbereiden.nodigKop }).click();
    await expect(page.getByText(voorbereiden.klaarleggen.zorgverleners)).toBeVisible();
    await expect(page.getByText(voorbereiden.klaarleggen["gewaarborgde-hulp"])).toBeVisible();
    // Steps 1 and 2 are klaar: nothing more to prepare there.
    await expect(page.locator("#taak-1-duur")).toHaveCount(0);
    await expect(page.getByText(voorbereiden.klaarleggen["woonwens-en-regie"])).toHaveCount(0);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    await meet(page, info, "overzicht");
    await hoogteZonderNieuw(page, info, "overzicht");

    // A new draft: every question step still to do says it, the tools after the aanvraag do not.
    await zaaiDraft(page.context(), baseURL, { voorWie: "zelf" });
    await page.goto(OVERZICHT);
    await expect(page.locator("#taak-1-duur")).toHaveText(voorbereiden.duur(5));
    await expect(page.locator("#taak-2-duur")).toHaveText(voorbereiden.duur(5));
    await expect(page.locator("#taak-3-duur")).toHaveText(voorbereiden.duur(20, 5));
    await expect(page.locator("#taak-4-duur")).toHaveCount(0);
    await expect(page.getByText(voorbereiden.klaarleggen.indicatiebesluit)).toHaveCount(2);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    await meet(page, info, "overzicht-nieuw");
    await hoogteZonderNieuw(page, info, "overzicht-nieuw");
  });

  test("een vraag van stap 3 zegt 'Pagina 4 van 12' onder de kop, niet in de kop of de titel", async ({ page, baseURL, browser, javaScriptEnabled }, info) => {
    await zaaiDraft(page.context(), baseURL, DRIE_KLAAR);
    await page.goto(vraagPad("aanvraag", "persoonsgegevens"));
    await expect(kop(page)).toHaveText(new RegExp(`^${componenten.stap.van(3, 6)}, ${budgetplanVragen.persoonsgegevens.titel(ZELF)}`));
    await expect(kop(page)).not.toContainText("Deel");
    await expect(page).toHaveTitle(new RegExp(`^${componenten.stap.van(3, 6)}: `));
    await expect(deelRegel(page)).toHaveText(componenten.stap.deel(4, 12));
    // Right after the h1, so a screen reader reads it after the heading.
    await expect(page.locator("h1 + p")).toHaveText(componenten.stap.deel(4, 12));
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    await meet(page, info, "stap3-persoonsgegevens");
    await hoogteZonderNieuw(page, info, "stap3-persoonsgegevens");

    // The first and the last page, and the list of zorgverleners with a zorgverlener's own form.
    await page.goto(vraagPad("aanvraag", "vaardigheden"));
    await expect(deelRegel(page)).toHaveText(componenten.stap.deel(1, 12));
    await page.goto(vraagPad("aanvraag", "gesprek"));
    await expect(deelRegel(page)).toHaveText(componenten.stap.deel(12, 12));
    await page.goto(vraagPad("aanvraag", "zorgverleners"));
    await expect(deelRegel(page)).toHaveText(componenten.stap.deel(8, 12));
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    await page.goto("/aanvraag/budgetplan/zorgverlener/nieuw");
    await expect(deelRegel(page)).toHaveText(componenten.stap.deel(8, 12));
    // The check page is no part: no line there.
    await page.goto(vraagPad("aanvraag", "controleren"));
    await expect(kop(page)).toBeVisible();
    await expect(deelRegel(page)).toHaveCount(0);
  });

  test("een vraag als legend (stap 1): het deel staat na de legend, dus niet in de naam van de groep", async ({ page, baseURL, browser, javaScriptEnabled }, info) => {
    await zaaiDraft(page.context(), baseURL, DRIE_KLAAR);
    await page.goto(vraagPad("indicatie", "heeft-indicatie"));
    // With an indicatiebesluit stap 1 has 2 pages: the question and the zorgprofiel.
    await expect(deelRegel(page)).toHaveText(componenten.stap.deel(1, 2));
    await expect(page.locator("legend")).not.toContainText("Deel");
    await expect(page.getByRole("group").first()).toHaveAccessibleName(new RegExp(`^${componenten.stap.van(1, 6)}`));
    await expect(page.getByRole("group").first()).not.toHaveAccessibleName(/Deel/);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    await meet(page, info, "stap1-heeft-indicatie");
    await hoogteZonderNieuw(page, info, "stap1-heeft-indicatie");
  });
});
