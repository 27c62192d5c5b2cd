import { start } from "@/content/start";
import { test, verwachtGeenAxeFouten } from "./axe";
import { expect, houdScriptsVast, wachtTotGehydrateerd } from "./hulp/bezoeker";

test.describe("de startpagina", () => {
  test("legt de 6 stappen uit en noemt de bronnen", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(new RegExp(start.titel));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(start.titel);
    const stappen = page.getByRole("list").filter({ hasText: start.stappen[0].titel }).getByRole("listitem");
    await expect(stappen).toHaveCount(6);
    for (const stap of start.stappen) await expect(page.getByRole("heading", { name: stap.titel })).toBeVisible();
    await expect(page.getByText("Zelf uw zorg inkopen in 6 stappen", { exact: false }).first()).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  });

  test("heeft geen axe-fouten", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto("/");
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  test("laadt geen lettertypen of andere bestanden van buiten", async ({ page }) => {
    const extern: string[] = [];
    page.on("request", (verzoek) => {
      if (!verzoek.url().startsWith("http://127.0.0.1")) extern.push(verzoek.url());
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(extern).toEqual([]);
  });

  test("is met het toetsenbord te gebruiken: de eerste tab gaat naar 'Direct naar de inhoud'", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Direct naar de inhoud" })).toBeFocused();
  });

  test("houdt een keuze die al gemaakt is terwijl het script nog laadt", async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "gaat over het moment dat JavaScript de pagina overneemt");
    // The scripts are held: the person chooses before React and react-hook-form take the form over.
    const scripts = await houdScriptsVast(page);
    await page.goto("/", { waitUntil: "commit" });
    const keuze = page.getByRole("radio", { name: start.voorWie.opties.familie, exact: true });
    await keuze.check();
    await scripts.losLaten();
    await wachtTotGehydrateerd(page);
    await expect(keuze).toBeChecked();
  });

  test("past op een scherm van 360 px zonder horizontaal scrollen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(breedte).toBeLessThanOrEqual(360);
  });
});
