/**
 * The outcome pages stay short on a phone: the answer to the person's own choice first, the other
 * options and the rule citations behind a disclosure (docs/decisions/028-redenen-als-gegevens.md).
 * Measured on the brochure's example case (5VV, thuis, zelf regelen met een pgb, de moeder als
 * zorgverlener, een gewaarborgde hulp) at 360 px, with and without JavaScript.
 */
import path from "node:path";
import type { Page } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { RESULTAAT, vraagPad } from "@/lib/wizard/paden";
import { REGELS } from "@/rules/regels";
import { resultaatTeksten } from "@/content/wizard/resultaat";
import { vormNamen } from "@/content/wizard/keuze";
import { bezoeker, controleerAxe, expect, test } from "./hulp/bezoeker";
import { BROCHURE_VOORBEELD } from "./hulp/brochure-voorbeeld";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { zaaiDraft } from "./hulp/zaaien";

/** A phone's width, and the page height the result must stay under there. */
const BREEDTE = 360;
const MAX_HOOGTE = 3000;

test.use({ viewport: { width: BREEDTE, height: 800 } });

/** A citation as Bronvermelding shows it ("Regel AV-05 · Bron: …"), not a summary "Waarom? (regel AV-05)". */
const bronVan = (regel: string): RegExp => new RegExp(`^${componenten.reden.regel(regel)}\\b`);

async function hoogte(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

test("het resultaat van het voorbeeld uit de brochure is op 360 px korter dan 3000 px", async ({ page, baseURL }, info) => {
  await zaaiDraft(page.context(), baseURL, BROCHURE_VOORBEELD);
  await page.goto(RESULTAAT);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(aanvraag.resultaat.titel);
  const px = await hoogte(page);
  info.annotations.push({ type: "hoogte", description: `${RESULTAAT}: ${px} px` });
  if (FOTOS) await page.screenshot({ path: path.join(fotoMap(info.project.name), `resultaat-kort-${BREEDTE}.png`), fullPage: true });
  expect(px, `de resultaatpagina is ${px} px hoog op ${BREEDTE} px`).toBeLessThan(MAX_HOOGTE);
  // Shorter, not emptier: the rule citations are still in the page, behind "Waarom?".
  await expect(page.getByText(bronVan("AV-02")).first()).toBeAttached();
});

test("de keuze-uitkomst van het voorbeeld uit de brochure: de hoogte op 360 px", async ({ page, baseURL }, info) => {
  await zaaiDraft(page.context(), baseURL, BROCHURE_VOORBEELD);
  await page.goto(vraagPad("keuze", "uitkomst"));
  await expect(page.getByRole("heading", { name: aanvraag.keuzeOverzicht.keuzeKop(null), exact: true })).toBeVisible();
  const px = await hoogte(page);
  info.annotations.push({ type: "hoogte", description: `keuze/uitkomst: ${px} px` });
  if (FOTOS) await page.screenshot({ path: path.join(fotoMap(info.project.name), `keuze-uitkomst-kort-${BREEDTE}.png`), fullPage: true });
  expect(px, `de keuze-uitkomst is ${px} px hoog op ${BREEDTE} px`).toBeLessThan(MAX_HOOGTE);
});

test("kort, niet leeg: de antwoordzin eerst, de rest opent met één klik of toets, ook zonder JavaScript", async ({ page, baseURL, browser, javaScriptEnabled }) => {
  const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
  await zaaiDraft(page.context(), baseURL, BROCHURE_VOORBEELD);
  await page.goto(RESULTAAT);
  // The answer is the first thing after the introduction: the banner named by its one sentence.
  const antwoord = page.getByRole("region", { name: resultaatTeksten.kop.pgbJa });
  await expect(antwoord).toBeVisible();
  await expect(antwoord.getByText(bronVan("AV-05")).first()).toBeHidden();
  const andere = page.locator("summary", { hasText: aanvraag.resultaat.andereMogelijkheden });
  const pgb = page.getByRole("heading", { level: 3, name: vormNamen.pgb, exact: true });
  await expect(pgb).toBeHidden();
  // Keyboard: Tab reaches the summary as any control, Enter opens it (native <details>).
  await andere.focus();
  await page.keyboard.press("Enter");
  await expect(pgb).toBeVisible();
  // "Waarom?" under the answer shows the rules with their brochure sections, in one style.
  await antwoord.locator("summary", { hasText: /^Waarom\?/ }).click();
  await expect(antwoord.getByText(bronVan("AV-05")).first()).toBeVisible();
  await expect(antwoord.getByText(componenten.reden.bron(REGELS["AV-05"]), { exact: false }).first()).toBeVisible();
  await controleerAxe(b);
  // On paper the folds are open: the page says it can be printed, rules and all.
  await page.reload();
  await expect(pgb).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(pgb).toBeVisible();
  await expect(antwoord.getByText(bronVan("AV-05")).first()).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.goto(vraagPad("keuze", "uitkomst"));
  await expect(page.getByText(aanvraag.keuzeOverzicht.antwoord(null, vormNamen.pgb, "ja"))).toBeVisible();
  const verblijf = page.getByRole("heading", { level: 3, name: vormNamen.verblijf, exact: true });
  await expect(verblijf).toBeHidden();
  await page.locator("summary", { hasText: aanvraag.keuzeOverzicht.andereMogelijkheden }).click();
  await expect(verblijf).toBeVisible();
  await controleerAxe(b);
});
