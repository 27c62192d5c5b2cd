/**
 * The axe check itself (axe.ts) can fail, with and without JavaScript, and skips only what it has
 * already seen in this run (by any worker): the same state once, any other state (other markup,
 * other field values) again.
 */
import { start } from "@/content/start";
import type { Page } from "@playwright/test";
import { normaliseer, test, verwachtGeenAxeFouten } from "./axe";
import { expect } from "./hulp/bezoeker";

/**
 * The start page as it stays: with JavaScript, once Next has mounted (its route announcer is
 * there), so the markup does not change between two checks.
 */
async function startpagina(page: Page, javaScriptEnabled: boolean): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(start.titel);
  if (javaScriptEnabled) await expect(page.locator("next-route-announcer")).toBeAttached();
}

test.describe("de axe-controle", () => {
  test("een schending laat de test falen, ook zonder JavaScript (in de herhaling)", async ({ page, browser, javaScriptEnabled }) => {
    await page.goto("/");
    // An image without a text alternative (WCAG 1.1.1), added to the page as it is shown.
    await page.locator("main").evaluate((main) => main.insertAdjacentHTML("beforeend", '<img src="/icon.svg">'));
    await expect(verwachtGeenAxeFouten(page, { javaScriptEnabled, browser })).rejects.toThrow(/image-alt/);
    // Not remembered as clean: the same state fails again.
    await expect(verwachtGeenAxeFouten(page, { javaScriptEnabled, browser })).rejects.toThrow(/image-alt/);
  });

  test("dezelfde toestand wordt één keer geanalyseerd, een andere toestand opnieuw", async ({ page, browser, javaScriptEnabled, axeControle }) => {
    // A page no other test checks, so no worker has seen it yet: the key holds the query's names
    // (not its values), and this name is this project's own.
    await page.goto(`/?axe-proef-${test.info().project.name}=${Date.now()}`);
    await startpagina(page, javaScriptEnabled);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    expect(axeControle.telling).toMatchObject({ geanalyseerd: 1, overgeslagen: 0 });
    await page.reload();
    await startpagina(page, javaScriptEnabled);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    expect(axeControle.telling, "opnieuw geladen: dezelfde toestand").toMatchObject({ geanalyseerd: 1, overgeslagen: 1 });
    await page.getByRole("radio", { name: start.voorWie.opties.familie, exact: true }).check();
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    expect(axeControle.telling, "een keuze gemaakt: een andere toestand").toMatchObject({ geanalyseerd: 2, overgeslagen: 1 });
    await page.setViewportSize({ width: 360, height: 740 });
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    expect(axeControle.telling, "een ander scherm: een andere toestand").toMatchObject({ geanalyseerd: 3, overgeslagen: 1 });
  });

  test("twee keer dezelfde pagina van de server: andere nonce en ids, dezelfde sleutel", async ({ request }) => {
    const [een, twee] = [await (await request.get("/")).text(), await (await request.get("/")).text()];
    expect(een, "de server geeft elke keer een nieuwe nonce").not.toEqual(twee);
    expect(normaliseer(een)).toEqual(normaliseer(twee));
    expect(normaliseer(een)).not.toContain("nonce=");
    expect(normaliseer(een)).not.toContain(start.titel);
    expect(normaliseer(een)).toContain("<h1");
  });

  test("andere woorden of waarden in dezelfde opmaak: één sleutel; opmaak, stijl of een leeg element: een andere", () => {
    const vorm = (naam: string, bedrag: string, extra = "") =>
      `<h1 class="t">Budgetplan voor ${naam}</h1><p>${bedrag}</p><input type="hidden" name="versie" value="7"><input name="uren" value="${bedrag}">${extra}`;
    const henk = normaliseer(vorm("Henk", "€ 1.624,00"));
    expect(normaliseer(vorm("Riet", "€ 12,50").replace('value="7"', 'value="8"'))).toEqual(henk);
    // What axe sees differently is another state: an empty heading, an empty field, a class, a style.
    expect(normaliseer(vorm("Henk", "€ 1.624,00").replace(/<h1 class="t">[^<]*</, '<h1 class="t"><'))).not.toEqual(henk);
    expect(normaliseer(vorm("Henk", ""))).not.toEqual(henk);
    expect(normaliseer(vorm("Henk", "€ 1.624,00").replace('class="t"', 'class="u"'))).not.toEqual(henk);
    expect(normaliseer(vorm("Henk", "€ 1.624,00", "<style>p{color:#777}</style>"))).not.toEqual(
      normaliseer(vorm("Henk", "€ 1.624,00", "<style>p{color:#000}</style>")),
    );
  });

  test("ids worden hernummerd zonder te verbergen welke elementen er één delen", () => {
    const zelfde = '<label for="_R_a_">x</label><input id="_R_a_"><p id="_R_b_"></p>';
    const anders = '<label for="_R_a_">x</label><input id="_R_c_"><p id="_R_b_"></p>';
    expect(normaliseer(zelfde)).toEqual(normaliseer('<label for="_R_x_">x</label><input id="_R_x_"><p id="_R_y_"></p>'));
    expect(normaliseer(zelfde)).not.toEqual(normaliseer(anders));
  });
});
