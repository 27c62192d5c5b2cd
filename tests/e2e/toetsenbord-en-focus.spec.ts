/**
 * Step 1 with the keyboard only; where focus goes (the error summary after a failed
 * submit, the h1 after each step); "Stap n van 6" in the title and the h1; "Wijzig" on the
 * check page goes to the question and back to the check page.
 */
import type { Locator, Page } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { start } from "@/content/start";
import { formulier } from "@/content/wizard/algemeen";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { keuzeVragen } from "@/content/wizard/keuze";
import { bezoeker, expect, test, ZELF } from "./hulp/bezoeker";
import {
  begin,
  controlePad,
  controleRij,
  doeStap1MetIndicatie,
  foutSamenvatting,
  heeftIndicatie,
  kiesRegie,
  kiesVoorWie,
  kiesWoonwens,
  kop,
  leesUitkomst,
  opPad,
  openStap,
  OVERZICHT,
  vraagPad,
  vulZorgprofielIn,
  zieStapStatus,
} from "./hulp/stappen";

/** Presses Tab until `doel` has focus (at most `max` times); fails when it never gets there. */
async function tabNaar(page: Page, doel: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await doel.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Na ${max} keer Tab heeft ${doel.toString()} nog geen focus`);
}

test.describe("alleen het toetsenbord", () => {
  test("stap 1 helemaal met Tab, spatie, Enter en typen", async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "met JavaScript: de gewone situatie van wie alleen een toetsenbord gebruikt");
    await page.goto("/");

    // Start: the first radio of the group gets focus, space chooses it, Enter on "Start".
    const zelf = page.getByRole("radio", { name: start.voorWie.opties.zelf, exact: true });
    await tabNaar(page, zelf);
    await page.keyboard.press("Space");
    await expect(zelf).toBeChecked();
    await tabNaar(page, page.getByRole("button", { name: start.voorWie.knop, exact: true }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(opPad(OVERZICHT));

    await tabNaar(page, page.getByRole("link", { name: aanvraag.overzicht.stappen.indicatie }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(opPad(vraagPad("indicatie", "heeft-indicatie")));

    // Submitting nothing: an error, still without a mouse.
    const doorgaan = page.getByRole("button", { name: formulier.doorgaan, exact: true });
    await tabNaar(page, doorgaan);
    await page.keyboard.press("Enter");
    await expect(foutSamenvatting(page)).toContainText(indicatieVragen.heeftIndicatie.leeg);
    // The summary's link takes focus to the first option.
    await tabNaar(page, foutSamenvatting(page).getByRole("link", { name: indicatieVragen.heeftIndicatie.leeg }));
    await page.keyboard.press("Enter");
    const ja = page.getByRole("radio", { name: formulier.ja, exact: true });
    await expect(ja).toBeFocused();
    await page.keyboard.press("Space");
    await expect(ja).toBeChecked();
    await tabNaar(page, doorgaan);
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(opPad(vraagPad("indicatie", "zorgprofiel")));
    const veld = page.getByLabel(indicatieVragen.zorgprofiel.label, { exact: true });
    await tabNaar(page, veld);
    await page.keyboard.type("vv 5");
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(opPad(controlePad("indicatie")));
    await expect(controleRij(page, indicatieVragen.zorgprofiel.titel(ZELF))).toContainText("5VV");
    await tabNaar(page, page.getByRole("button", { name: aanvraag.controleren.knop }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(opPad(OVERZICHT));
    await expect(page.locator("#taak-1-status")).toHaveText(componenten.status.klaar);
  });
});

test.describe("focus en paginatitels", () => {
  test("na een mislukte verzending heeft de foutsamenvatting de focus (startpagina en vraagpagina)", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: start.voorWie.knop, exact: true }).click();
    await expect(foutSamenvatting(page)).toContainText(start.voorWie.fout);
    await expect(foutSamenvatting(page), "de foutsamenvatting op de startpagina heeft de focus").toBeFocused();

    await page.getByRole("radio", { name: start.voorWie.opties.zelf, exact: true }).check();
    await page.getByRole("button", { name: start.voorWie.knop, exact: true }).click();
    await page.getByRole("link", { name: aanvraag.overzicht.stappen.indicatie }).click();
    await page.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
    await expect(foutSamenvatting(page)).toContainText(indicatieVragen.heeftIndicatie.leeg);
    await expect(foutSamenvatting(page), "de foutsamenvatting op de vraagpagina heeft de focus").toBeFocused();
  });

  test("'Stap 1 van 6' staat in de <title> en in de h1 van elke pagina van stap 1", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await openStap(b, "indicatie", "heeft-indicatie");
    const paginas: [string, () => Promise<void>][] = [
      [indicatieVragen.heeftIndicatie.titel(ZELF), () => heeftIndicatie(b, "ja")],
      [indicatieVragen.zorgprofiel.titel(ZELF), () => vulZorgprofielIn(b, "5VV")],
      [aanvraag.controleren.titel, async () => {}],
    ];
    for (const [titel, verder] of paginas) {
      await expect(page).toHaveTitle(new RegExp(`^Stap 1 van 6: ${titel.replace(/\?/g, "\\?")}`));
      await expect(kop(page)).toHaveText(`${componenten.stap.van(1, 6)}, ${titel}`);
      await verder();
    }
    // Also after a full page load of a step-1 page.
    await page.reload();
    await expect(page).toHaveTitle(/^Stap 1 van 6: /);
    await expect(kop(page)).toContainText(componenten.stap.van(1, 6));
  });

  test("na elke stap krijgt de h1 van de nieuwe pagina de focus", async ({ page, browser, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "zonder JavaScript laadt de browser een nieuwe pagina en begint bovenaan");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await openStap(b, "indicatie", "heeft-indicatie");
    await expect(kop(page)).toBeFocused();
    await heeftIndicatie(b, "ja");
    await expect(kop(page)).toBeFocused();
    await vulZorgprofielIn(b, "5VV");
    await expect(kop(page)).toBeFocused();
  });
});

test.describe("Wijzig op de controlepagina", () => {
  test("gaat naar de vraag en na verzenden terug naar de controlepagina", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await openStap(b, "indicatie", "heeft-indicatie");
    await heeftIndicatie(b, "ja");
    await vulZorgprofielIn(b, "5VV");

    const zorgprofielVraag = indicatieVragen.zorgprofiel.titel(ZELF);
    await page.getByRole("link", { name: `${componenten.samenvatting.wijzig} ${zorgprofielVraag}` }).click();
    await expect(page).toHaveURL(opPad(vraagPad("indicatie", "zorgprofiel")));
    const veld = page.getByLabel(indicatieVragen.zorgprofiel.label, { exact: true });
    await expect(veld).toHaveValue("5VV");
    await veld.fill("ZP 6 VV");
    await page.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
    await expect(page).toHaveURL(opPad(controlePad("indicatie")));
    await expect(controleRij(page, zorgprofielVraag)).toContainText("6VV");

    // An answer left as it was: straight back as well.
    const indicatieVraag = indicatieVragen.heeftIndicatie.titel(ZELF);
    await page.getByRole("link", { name: `${componenten.samenvatting.wijzig} ${indicatieVraag}` }).click();
    await expect(page).toHaveURL(opPad(vraagPad("indicatie", "heeft-indicatie")));
    await expect(page.getByRole("radio", { name: formulier.ja, exact: true })).toBeChecked();
    await page.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
    await expect(page).toHaveURL(opPad(controlePad("indicatie")));
  });

  test("na een andere keuze in stap 2 eerst opnieuw de uitkomst, dan de controlepagina", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await doeStap1MetIndicatie(b, "5VV");
    await zieStapStatus(b, "indicatie", "klaar");
    await openStap(b, "keuze", "woonwens");
    await kiesWoonwens(b, "thuis");
    await kiesRegie(b, "zelf");
    await leesUitkomst(b);

    const regieVraag = keuzeVragen.regie.titel(ZELF);
    await page.getByRole("link", { name: `${componenten.samenvatting.wijzig} ${regieVraag}` }).click();
    await expect(page).toHaveURL(opPad(vraagPad("keuze", "regie")));
    await expect(page.getByRole("radio", { name: keuzeVragen.regie.opties.zelf, exact: true })).toBeChecked();
    await page.getByRole("radio", { name: keuzeVragen.regie.opties.allebei, exact: true }).check();
    await page.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
    // Another choice changes what is possible (LV-01): that page is read again first.
    await expect(page).toHaveURL(opPad(vraagPad("keuze", "uitkomst")));
    await page.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
    await expect(page).toHaveURL(opPad(controlePad("keuze")));
    await expect(controleRij(page, regieVraag)).toContainText(keuzeVragen.regie.opties.allebei);
    await expect(controleRij(page, keuzeVragen.woonwens.titel(ZELF))).toContainText(keuzeVragen.woonwens.opties.thuis);
  });
});
