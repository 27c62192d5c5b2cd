/**
 * /zorgkantoor, "Vind uw zorgkantoor" on its own. The plain GET form works in both
 * projects (with and without JavaScript); the combobox with suggestions only with JavaScript,
 * and only by keyboard where that is the point.
 */
import type { Page } from "@playwright/test";
import { algemeen } from "@/content/algemeen";
import { componenten } from "@/content/componenten";
import { zorgkantoorPagina as t } from "@/content/zorgkantoor";
import { verwachtGeenAxeFouten } from "./axe";
import { expect, houdScriptsVast, test, wachtTotGehydrateerd } from "./hulp/bezoeker";

const PAD = "/zorgkantoor";

/** The input by its label (with JavaScript the listbox has the same label). */
const veld = (page: Page) => page.getByLabel(t.zoekLabel, { exact: true }).and(page.locator("input"));
const uitkomstKop = (page: Page) => page.getByRole("heading", { level: 2 }).first();

/** Type and press the button, as anyone would; Escape first closes suggestions that cover it. */
async function zoek(page: Page, tekst: string): Promise<void> {
  await veld(page).fill(tekst);
  await veld(page).press("Escape");
  await page.getByRole("button", { name: t.knop }).click();
}

async function geenHorizontaleScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test.describe("Vind uw zorgkantoor", () => {
  test("de lege pagina: titel, kop, één veld met label en hint, geen axe-fouten", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(PAD);
    await expect(page).toHaveTitle(`${t.titel} – ${algemeen.dienstnaam}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.titel);
    await expect(veld(page)).toHaveValue("");
    await expect(veld(page)).toHaveAccessibleDescription(t.zoekHint);
    await expect(page.getByRole("search")).toBeVisible();
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  test("de titel staat in de eerste HTML, en zonder JavaScript is het veld een gewoon tekstveld", async ({ request }) => {
    const html = await (await request.get(`${PAD}?zoek=`)).text();
    expect(html).toContain(`<title>${componenten.fout.voorvoegsel} ${t.titel} – ${algemeen.dienstnaam}</title>`);
    const invoer = /<input[^>]*name="zoek"[^>]*>/.exec(html)?.[0] ?? "";
    expect(invoer).toContain('id="veld-zoek"');
    expect(invoer).not.toContain("combobox");
    expect(invoer).not.toContain("aria-expanded");
    expect(html).not.toContain('role="listbox"');
  });

  test("Tilburg → Midden Brabant, met website, telefoonlink, redenen en bronnen", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(PAD);
    await zoek(page, "Tilburg");
    await expect(page).toHaveURL(/\/zorgkantoor\?zoek=Tilburg$/);
    await expect(uitkomstKop(page)).toHaveText(t.uitkomstKop("Midden Brabant"));
    const blok = page.getByRole("region", { name: t.uitkomstKop("Midden Brabant") });
    await expect(blok).toContainText(t.zorgkantoorNaam("Midden Brabant", "VGZ"));
    await expect(blok.getByRole("link", { name: "www.vgz-zorgkantoren.nl" })).toHaveAttribute("href", "https://www.vgz-zorgkantoren.nl");
    await expect(blok.getByRole("link", { name: "(040) 297 51 55" })).toHaveAttribute("href", "tel:+31402975155");
    await expect(blok).toContainText(t.watIsHet);
    await expect(blok).toContainText("U woont in de gemeente Tilburg. Die valt onder zorgkantoorregio Midden Brabant.");
    await expect(blok).toContainText("Regel ZK-01");
    await expect(blok).toContainText("Bijlage 2, situatie per 1 januari 2022");
    await expect(blok).toContainText(t.bronGemeenten("2025"));
    await expect(veld(page)).toHaveValue("Tilburg");
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  test("een postcode stelt een gemeente voor; 'Ja' geeft het zorgkantoor, 'Nee' gaat naar het veld", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(PAD);
    await zoek(page, "5038 AB");
    await expect(uitkomstKop(page)).toHaveText(t.postcodeKop);
    await expect(page.getByText(t.postcodeVraag("Tilburg", "Midden Brabant"))).toBeVisible();
    await expect(page.getByText(/lijst uit 2014/)).toBeHidden();
    await page.getByText(t.waaromKop).click();
    await expect(page.getByText(/lijst uit 2014/)).toBeVisible();
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });

    await page.getByRole("link", { name: t.postcodeNee }).click();
    await expect(veld(page)).toBeFocused();

    await page.getByRole("link", { name: t.postcodeJa("Tilburg") }).click();
    await expect(page).toHaveURL(/\?zoek=Tilburg$/);
    await expect(uitkomstKop(page)).toHaveText(t.uitkomstKop("Midden Brabant"));
  });

  test("Bergen geeft keuzes met verschillende namen; een keuze geeft het zorgkantoor", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(PAD);
    await zoek(page, "Bergen");
    await expect(uitkomstKop(page)).toHaveText(t.keuzesKop);
    const keuzes = page.getByRole("region", { name: t.keuzesKop }).getByRole("link");
    await expect(keuzes).toHaveCount(2);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });

    await keuzes.filter({ hasText: "Bergen (L)" }).click();
    await expect(uitkomstKop(page)).toHaveText(t.uitkomstKop("Noord en Midden Limburg"));
  });

  test("Vianen is de vroegere gemeente (Waardenland); de uitleg noemt het Vianen bij Cuijk", async ({ page }) => {
    await page.goto(PAD);
    await zoek(page, "Vianen");
    await expect(uitkomstKop(page)).toHaveText(t.uitkomstKop("Waardenland"));
    await expect(page.getByText("Er is ook een Vianen in de gemeente Land van Cuijk.", { exact: false })).toBeVisible();
  });

  test("een gemeente met de naam van een dorp elders (Hengelo) is te kiezen, zonder dat de vraag terugkomt", async ({ page }) => {
    await page.goto(`${PAD}?zoek=Hengelo`);
    await page.getByRole("link", { name: "Hengelo (gemeente)", exact: true }).click();
    await expect(uitkomstKop(page)).toHaveText(t.uitkomstKop("Twente"));
    await page.goto(`${PAD}?zoek=Hengelo`);
    await page.getByRole("link", { name: "Hengelo (gemeente Bronckhorst)" }).click();
    await expect(uitkomstKop(page)).toHaveText(t.uitkomstKop("Arnhem"));
  });

  test("leeg: foutmelding bovenaan met focus, de fout bij het veld, 'Fout:' in de titel", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(PAD);
    await page.getByRole("button", { name: t.knop }).click();
    await expect(page).toHaveTitle(new RegExp(`^${componenten.fout.voorvoegsel} ${t.titel}`));
    const samenvatting = page.locator("[data-fout-samenvatting]");
    await expect(samenvatting).toBeFocused();
    await expect(samenvatting).toContainText(componenten.fout.samenvattingKop);
    await expect(veld(page)).toHaveAttribute("aria-invalid", "true");
    await expect(veld(page)).toHaveAccessibleDescription(`${t.zoekHint} ${componenten.fout.voorvoegsel} ${t.fout.leeg}`);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    await samenvatting.getByRole("link", { name: t.fout.leeg }).click();
    await expect(veld(page)).toBeFocused();
  });

  test("een onbekende postcode of naam geeft een fout, en wat er stond blijft staan", async ({ page }) => {
    await page.goto(PAD);
    await zoek(page, "0999");
    await expect(page.locator("[data-fout-samenvatting]")).toContainText(t.fout.postcodeOnbekend("0999"));
    await expect(veld(page)).toHaveValue("0999");

    await zoek(page, "Xyzzyx");
    await expect(page.locator("[data-fout-samenvatting]")).toContainText(t.fout.niets("Xyzzyx"));
    await expect(veld(page)).toHaveValue("Xyzzyx");

    await page.goto(`${PAD}?zoek=${"a".repeat(101)}`);
    await expect(page.locator("[data-fout-samenvatting]")).toContainText(t.fout.teLang(100));
    await expect(veld(page)).toHaveValue("a".repeat(101));
  });

  test("past op 360 px zonder horizontaal scrollen, ook met het langste webadres", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(PAD);
    await geenHorizontaleScroll(page);
    // Zwolle: www.zilverenkruis.nl/zorgkantoor, the longest address of Bijlage 2
    await page.goto(`${PAD}?zoek=Zwolle`);
    await expect(uitkomstKop(page)).toHaveText(t.uitkomstKop("Zwolle"));
    await geenHorizontaleScroll(page);
    await page.goto(`${PAD}?zoek=Berg`);
    await geenHorizontaleScroll(page);
  });
});

test.describe("Vind uw zorgkantoor met suggesties (JavaScript)", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "de suggesties zijn er alleen met JavaScript");

  const combobox = (page: Page) => page.getByRole("combobox", { name: t.zoekLabel });
  const status = (page: Page) => page.getByRole("status");

  test("alleen met het toetsenbord: Tab, 'tilb', pijltje omlaag, Enter → Tilburg", async ({ page }) => {
    await page.goto(PAD);
    await expect(combobox(page)).toHaveAttribute("aria-expanded", "false");
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if (await combobox(page).evaluate((el) => el === document.activeElement)) break;
    }
    await expect(combobox(page)).toBeFocused();

    await page.keyboard.type("tilb");
    const lijst = page.getByRole("listbox", { name: t.zoekLabel });
    await expect(lijst).toBeVisible();
    await expect(combobox(page)).toHaveAttribute("aria-expanded", "true");
    await expect(combobox(page)).toHaveAttribute("aria-controls", (await lijst.getAttribute("id")) ?? "");
    await expect(lijst.getByRole("option")).toHaveText(["Tilburg (gemeente)"]);
    await expect(status(page)).toHaveText(t.suggesties.aantal(1));

    await page.keyboard.press("ArrowDown");
    const optie = lijst.getByRole("option", { name: "Tilburg (gemeente)" });
    await expect(combobox(page)).toHaveAttribute("aria-activedescendant", (await optie.getAttribute("id")) ?? "");
    await expect(optie).toHaveAttribute("aria-selected", "true");

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/zorgkantoor\?zoek=Tilburg/);
    await expect(uitkomstKop(page)).toHaveText(t.uitkomstKop("Midden Brabant"));
    await expect(combobox(page)).toHaveValue("Tilburg");
  });

  test("Escape sluit de lijst en laat de tekst staan; Enter zonder keuze zoekt wat er staat", async ({ page }) => {
    await page.goto(PAD);
    await combobox(page).pressSequentially("Vian");
    await expect(page.getByRole("option")).toHaveCount(2);
    await expect(status(page)).toHaveText(t.suggesties.aantal(2));
    await page.keyboard.press("Escape");
    await expect(combobox(page)).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("listbox", { includeHidden: true })).toBeHidden();
    await expect(combobox(page)).toHaveValue("Vian");

    await combobox(page).pressSequentially("en");
    await expect(combobox(page)).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Enter");
    // "Vianen" as typed, not a suggestion: the former gemeente (Waardenland).
    await expect(uitkomstKop(page)).toHaveText(t.uitkomstKop("Waardenland"));
  });

  test("een keuze uit de lijst voor een naam die twee keer voorkomt, geeft meteen het goede zorgkantoor", async ({ page }) => {
    await page.goto(PAD);
    await combobox(page).pressSequentially("Vianen");
    await page.getByRole("option", { name: "Vianen (gemeente Land van Cuijk)" }).click();
    await expect(page).toHaveURL(/zoek=Vianen&keuze=GM1982/);
    await expect(uitkomstKop(page)).toHaveText(t.uitkomstKop("Noordoost Brabant"));
  });

  test("geen plaatsen: dat wordt gemeld, zonder lege lijst", async ({ page }) => {
    await page.goto(PAD);
    await combobox(page).pressSequentially("Xyzzy");
    await expect(status(page)).toHaveText(t.suggesties.geen);
    await expect(combobox(page)).toHaveAttribute("aria-expanded", "false");
  });

  test("geen axe-fouten met de lijst open, ook niet op 360 px", async ({ page, javaScriptEnabled, browser }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(PAD);
    await combobox(page).pressSequentially("berg");
    await expect(page.getByRole("option")).toHaveCount(8);
    await page.keyboard.press("ArrowDown");
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    await geenHorizontaleScroll(page);
  });

  test("tekst die al getypt is terwijl het script nog laadt, blijft staan", async ({ page }) => {
    const scripts = await houdScriptsVast(page);
    await page.goto(PAD, { waitUntil: "commit" });
    await veld(page).fill("Tilburg");
    await scripts.losLaten();
    await wachtTotGehydrateerd(page);
    await expect(combobox(page)).toBeVisible();
    await expect(combobox(page)).toHaveValue("Tilburg");
  });
});
