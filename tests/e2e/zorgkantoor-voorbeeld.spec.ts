/**
 * /zorgkantoor/voorbeeld: every field of the beoordeling API as one GET form with the
 * complete answer below it. Without JavaScript: submit → outcome, and the URL alone gives the same
 * outcome again. With JavaScript the outcome follows the fields without the button.
 */
import type { Page } from "@playwright/test";
import { algemeen } from "@/content/algemeen";
import { componenten } from "@/content/componenten";
import { voorbeeldPagina as t } from "@/content/zorgkantoor-voorbeeld";
import { verwachtGeenAxeFouten } from "./axe";
import { expect, houdScriptsVast, test } from "./hulp/bezoeker";

const PAD = "/zorgkantoor/voorbeeld";

const uitkomst = (page: Page) => page.getByRole("region", { name: t.uitkomstKop });
const zorgverlener = (page: Page, rij: number) => page.getByRole("group", { name: t.groepen.zorgverlener(rij) });
const pgb = (page: Page) =>
  uitkomst(page).locator("section").filter({ has: page.getByRole("heading", { name: t.leveringsvormen.pgb, exact: true }) });

/** The brochure's budgetplan example: the mother cares for her daughter, 25 hours at € 15. */
async function vulMoederIn(page: Page): Promise<void> {
  await page.getByLabel(t.velden.zorgprofiel.label, { exact: true }).fill("5VV");
  await page.getByLabel(t.velden.woonsituatie.label, { exact: true }).selectOption("thuis");
  const zv = zorgverlener(page, 1);
  await zv.getByLabel(t.velden.naam.label).fill("Moeder");
  await zv.getByLabel(t.velden.urenPerWeek.label).fill("25");
  await zv.getByLabel(t.velden.uurtarief.label).fill("15,00");
  await zv.getByLabel(t.velden.soort.label).selectOption("persoon");
  await zv.getByLabel(t.velden.relatie.label).selectOption("familie-1e-graad");
  await zv.getByLabel(t.velden.overeenkomst.label).selectOption("opdracht");
  await zv.getByLabel(t.velden.dagenPerWeek.label).fill("7");
}

const MOEDER =
  "profiel=5VV&wonen=thuis&zv1-naam=Moeder&zv1-uren=25&zv1-tarief=15%2C00&zv1-soort=persoon&zv1-relatie=familie-1e-graad&zv1-overeenkomst=opdracht&zv1-dagen=7";

test.describe("Voorbeeld voor het zorgkantoor", () => {
  test("de lege pagina: titel, geen persoonsgegevens, geen uitkomst, geen axe-fouten", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(PAD);
    await expect(page).toHaveTitle(`${t.titel} – ${algemeen.dienstnaam}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.titel);
    await expect(page.getByText(t.privacy)).toBeVisible();
    await expect(uitkomst(page)).toContainText(t.geenSituatie);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  test("de moeder, 5VV, thuis → pgb mogelijk en € 19.488 per jaar; dezelfde URL geeft hetzelfde", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(PAD);
    await vulMoederIn(page);
    await page.getByRole("button", { name: t.knop }).click();
    await expect(page).toHaveURL(/profiel=5VV/);
    await expect(pgb(page)).toContainText(componenten.uitkomst.ja);
    await expect(uitkomst(page).getByRole("table")).toContainText("€ 19.488,00");
    await expect(uitkomst(page)).toContainText("Regel BP-03");
    await expect(uitkomst(page).locator("#antwoord-json")).toContainText('"totaalPerJaar": "19488.00"');
    await expect(zorgverlener(page, 1).getByLabel(t.velden.uurtarief.label)).toHaveValue("15,00");
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });

    const url = page.url();
    const context = await browser.newContext({ javaScriptEnabled, locale: "nl-NL" });
    try {
      const vers = await context.newPage();
      await vers.goto(url);
      await expect(pgb(vers)).toContainText(componenten.uitkomst.ja);
      await expect(uitkomst(vers).getByRole("table")).toContainText("€ 19.488,00");
    } finally {
      await context.close();
    }
  });

  test("foute invoer: foutmelding bovenaan, de fout bij het veld, wat er stond blijft staan", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(`${PAD}?profiel=&leeftijd=67+jaar&zv2-naam=Buurman&zv2-uren=200&zv2-tarief=20`);
    await expect(page).toHaveTitle(new RegExp(`^${componenten.fout.voorvoegsel} ${t.titel}`));
    const samenvatting = page.locator("[data-fout-samenvatting]");
    await expect(samenvatting).toBeFocused();
    await expect(samenvatting).toContainText(t.fout.profielLeeg);
    await expect(samenvatting).toContainText(t.fout.geheelGetal(t.velden.leeftijd.label));
    await expect(samenvatting).toContainText(t.fout.zorgverlenerVeld(2, t.velden.urenPerWeek.label));
    const leeftijd = page.getByLabel(t.velden.leeftijd.label, { exact: true });
    await expect(leeftijd).toHaveValue("67 jaar");
    await expect(leeftijd).toHaveAttribute("aria-invalid", "true");
    await expect(zorgverlener(page, 2).getByLabel(t.velden.urenPerWeek.label)).toHaveAttribute("aria-invalid", "true");
    await expect(uitkomst(page)).toContainText(t.fout.geenUitkomst);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    await samenvatting.getByRole("link", { name: t.fout.profielLeeg }).click();
    await expect(page.getByLabel(t.velden.zorgprofiel.label, { exact: true })).toBeFocused();
  });

  test("past op 360 px zonder horizontaal scrollen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${PAD}?${MOEDER}`);
    await expect(pgb(page)).toContainText(componenten.uitkomst.ja);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe("Voorbeeld voor het zorgkantoor, live (JavaScript)", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "de uitkomst volgt de velden alleen met JavaScript");

  test("een veld wijzigen werkt de uitkomst bij zonder knop; de focus blijft in het veld", async ({ page }) => {
    await page.goto(`${PAD}?${MOEDER}`);
    await expect(uitkomst(page).getByRole("table")).toContainText("€ 19.488,00");
    const uren = zorgverlener(page, 1).getByLabel(t.velden.urenPerWeek.label);
    await uren.fill("30");
    // 30 × € 15 × 4,33 = € 1.948,50 → € 1.949 per maand (BP-03) → € 23.388 per jaar
    await expect(page).toHaveURL(/zv1-uren=30/);
    await expect(uitkomst(page).getByRole("table")).toContainText("€ 23.388,00");
    await expect(zorgverlener(page, 1).getByLabel(t.velden.urenPerWeek.label)).toBeFocused();
    await expect(zorgverlener(page, 1).getByLabel(t.velden.urenPerWeek.label)).toHaveValue("30");

    await page.getByLabel(t.velden.zorgprofiel.label, { exact: true }).fill("3LVG");
    await expect(pgb(page)).toContainText(componenten.uitkomst.nee);
    await expect(page.getByLabel(t.velden.zorgprofiel.label, { exact: true })).toBeFocused();
  });

  test("een wijziging terwijl het script nog laadt, werkt de uitkomst bij zodra het er is", async ({ page }) => {
    // The person changes the field before the scripts have arrived.
    const scripts = await houdScriptsVast(page);
    await page.goto(`${PAD}?${MOEDER}`, { waitUntil: "commit" });
    await zorgverlener(page, 1).getByLabel(t.velden.urenPerWeek.label).fill("30");
    await scripts.losLaten();
    await expect(page).toHaveURL(/zv1-uren=30/);
    await expect(uitkomst(page).getByRole("table")).toContainText("€ 23.388,00");
    await expect(zorgverlener(page, 1).getByLabel(t.velden.urenPerWeek.label)).toHaveValue("30");
  });

  test("foute invoer tijdens het typen: de fout verschijnt, de focus blijft; axe zonder fouten", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(`${PAD}?${MOEDER}`);
    const leeftijd = page.getByLabel(t.velden.leeftijd.label, { exact: true });
    await leeftijd.fill("abc");
    await expect(page.locator("[data-fout-samenvatting]")).toContainText(t.fout.geheelGetal(t.velden.leeftijd.label));
    await expect(leeftijd).toBeFocused();
    await expect(leeftijd).toHaveValue("abc");
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });
});
