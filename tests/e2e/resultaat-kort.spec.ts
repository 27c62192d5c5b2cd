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
import { expect, test } from "./hulp/bezoeker";
import { BROCHURE_VOORBEELD } from "./hulp/brochure-voorbeeld";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { zaaiDraft } from "./hulp/zaaien";

/** A phone's width, and the page height the result must stay under there. */
const BREEDTE = 360;
const MAX_HOOGTE = 3000;

test.use({ viewport: { width: BREEDTE, height: 800 } });

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
  await expect(page.getByText(componenten.reden.regel("AV-02"), { exact: false }).first()).toBeAttached();
});

test("de keuze-uitkomst van het voorbeeld uit de brochure: de hoogte op 360 px", async ({ page, baseURL }, info) => {
  await zaaiDraft(page.context(), baseURL, BROCHURE_VOORBEELD);
  await page.goto(vraagPad("keuze", "uitkomst"));
  await expect(page.getByRole("heading", { name: aanvraag.keuzeOverzicht.keuzeKop, exact: true })).toBeVisible();
  const px = await hoogte(page);
  info.annotations.push({ type: "hoogte", description: `keuze/uitkomst: ${px} px` });
  if (FOTOS) await page.screenshot({ path: path.join(fotoMap(info.project.name), `keuze-uitkomst-kort-${BREEDTE}.png`), fullPage: true });
  expect(px, `de keuze-uitkomst is ${px} px hoog op ${BREEDTE} px`).toBeLessThan(MAX_HOOGTE);
});
