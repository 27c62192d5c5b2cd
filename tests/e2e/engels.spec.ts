/**
 * The service in English (docs/decisions/032-talen.md): the switch on every page, the choice
 * remembered, Accept-Language as the default, `lang` on `<html>`, and the English pages free of
 * the Dutch sentences of every translated module and of axe violations.
 */
import type { Browser, Page } from "@playwright/test";
import { algemeen } from "@/content/algemeen";
import { begrippen } from "@/content/begrippen";
import { algemeen as algemeenEn } from "@/content/en/algemeen";
import { begrippen as begrippenEn } from "@/content/en/begrippen";
import { foutTeksten as foutenEn } from "@/content/en/fouten";
import { start as startEn } from "@/content/en/start";
import { verwijderen as verwijderenEn } from "@/content/en/verwijderen";
import { zorgkantoorPagina as zorgkantoorEn } from "@/content/en/zorgkantoor";
import { redenenInHetNederlands, voorbeeldPagina as voorbeeldEn } from "@/content/en/zorgkantoor-voorbeeld";
import { redenTekst, ZORGKANTOOR } from "@/content/redenen";
import { reden } from "@/rules/redenen";
import { nederlandseTeksten } from "@/tests/lib/talen";
import { verwachtGeenAxeFouten } from "./axe";
import { expect, test } from "./hulp/bezoeker";
import { zaaiDraft } from "./hulp/zaaien";

/** The brochure's mother example on /zorgkantoor/voorbeeld: an outcome with reasons for staff. */
const VOORBEELD_MOEDER =
  "profiel=5VV&wonen=thuis&zv1-naam=Moeder&zv1-uren=25&zv1-tarief=15%2C00&zv1-soort=persoon&zv1-relatie=familie-1e-graad&zv1-overeenkomst=opdracht&zv1-dagen=7";

/** The pages checked in English: none may show a Dutch sentence of a translated module (tests/lib/talen.ts). */
const ENGELSE_PAGINAS = [
  "/",
  "/begrippen",
  "/privacy",
  "/toegankelijkheid",
  "/contact",
  "/storing",
  "/bestaat-niet",
  "/zorgkantoor",
  // The outcomes of "Find your zorgkantoor": a place, a postcode to confirm, a choice, an error.
  "/zorgkantoor?zoek=Zwolle",
  "/zorgkantoor?zoek=5038+AB",
  "/zorgkantoor?zoek=Hengelo",
  "/zorgkantoor?zoek=Nergenshuizen",
  "/zorgkantoor/profielen",
  "/zorgkantoor/profielen?sector=XX",
  "/zorgkantoor/parameters",
  "/zorgkantoor/parameters?datum=31-02-2026",
  "/zorgkantoor/voorbeeld",
  `/zorgkantoor/voorbeeld?${VOORBEELD_MOEDER}`,
  "/zorgkantoor/voorbeeld?profiel=&leeftijd=67+jaar",
];

test.describe("de taalkeuze", () => {
  test("wisselt naar het Engels en terug, op dezelfde pagina, en onthoudt de keuze", async ({ page }) => {
    await page.goto("/zorgkantoor?woonplaats=Zwolle");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/zorgkantoor?woonplaats=Zwolle");
    await expect(page.getByRole("link", { name: algemeenEn.dienstnaam })).toBeVisible();
    await expect(page.getByRole("navigation", { name: algemeenEn.hoofdmenu.label })).toBeVisible();

    // Remembered: another page, opened afresh, is English too.
    await page.goto("/privacy");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(page.getByRole("link", { name: algemeen.dienstnaam })).toBeVisible();
  });

  test("de knop noemt de andere taal in die taal, met het toetsenbord te bereiken", async ({ page }) => {
    await page.goto("/");
    const knop = page.getByRole("button", { name: "English" });
    await expect(knop).toHaveAttribute("lang", "en");
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // the service's name
    await page.keyboard.press("Tab");
    await expect(knop).toBeFocused();
  });

  test("zonder keuze volgt de taal Accept-Language; een keuze gaat daarvoor", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: "en-GB", baseURL });
    try {
      const page = await context.newPage();
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await page.getByRole("button", { name: "Nederlands" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "nl");
      await page.goto("/contact");
      await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    } finally {
      await context.close();
    }
  });

  test("POST /taal: een onbekende taal is 400, een adres buiten deze site wordt de startpagina, een GET of een andere site verandert niets", async ({ request, baseURL }) => {
    const post = (velden: Record<string, string>, origin = new URL(baseURL ?? "").origin) =>
      request.post("/taal", { form: velden, maxRedirects: 0, headers: { origin } });
    const vreemd = await post({ taal: "en", terug: "/" }, "https://aanvaller.example");
    expect(vreemd.status()).toBe(403);
    expect(vreemd.headers()["set-cookie"]).toBeUndefined();

    const fout = await post({ taal: "fr", terug: "/" });
    expect(fout.status()).toBe(400);
    expect(await fout.text()).toContain("Dit verzoek klopt niet");
    expect(fout.headers()["set-cookie"]).toBeUndefined();

    for (const terug of ["//voorbeeld.nl/", "/\\voorbeeld.nl", "https://voorbeeld.nl/", "/\t/voorbeeld.nl"]) {
      const antwoord = await post({ taal: "en", terug });
      expect(antwoord.status(), terug).toBe(303);
      expect(antwoord.headers()["location"], terug).toBe("/");
    }
    const goed = await post({ taal: "en", terug: "/begrippen" });
    expect(goed.status()).toBe(303);
    expect(goed.headers()["location"]).toBe("/begrippen");
    expect(goed.headers()["set-cookie"]).toMatch(/^taal=en; Path=\/; .*HttpOnly; SameSite=lax/i);

    const get = await request.get("/taal?taal=en", { maxRedirects: 0 });
    expect(get.status()).toBeGreaterThanOrEqual(400);
    expect(get.status()).toBeLessThan(500);
    expect(get.headers()["set-cookie"]).toBeUndefined();
  });
});

/** The page is English: lang="en", no axe violations, no Dutch sentence of a translated module. */
async function verwachtEngels(page: Page, javaScriptEnabled: boolean, browser: Browser): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  // Dutch is allowed where the page says so: a name or title marked lang="nl" (WCAG 3.1.2).
  // Those parts are taken out of this page (after axe has seen it whole) before reading it.
  const tekst = await page.evaluate(() => {
    for (const deel of document.body.querySelectorAll('[lang]:not([lang^="en"])')) deel.remove();
    return document.body.innerText;
  });
  const nederlands = nederlandseTeksten().filter((zin) => tekst.includes(zin));
  expect(nederlands, "Nederlandse zinnen op een Engelse pagina").toEqual([]);
}

test.describe("de Engelse pagina's", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "taal", value: "en", url: baseURL ?? "" }]);
  });

  for (const pad of ENGELSE_PAGINAS) {
    test(`${pad}: lang="en", geen Nederlandse zin uit content/, geen axe-fouten`, async ({ page, javaScriptEnabled, browser }) => {
      await page.goto(pad);
      await verwachtEngels(page, javaScriptEnabled, browser);
    });
  }

  test(`/aanvraag/verwijderen (met een aanvraag): lang="en", geen Nederlandse zin uit content/, geen axe-fouten`, async ({ page, javaScriptEnabled, browser, baseURL }) => {
    await zaaiDraft(page.context(), baseURL, { voorWie: "zelf" });
    await page.goto("/aanvraag/verwijderen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(verwijderenEn.titel);
    await verwachtEngels(page, javaScriptEnabled, browser);
  });


  test("de startpagina: Engels, met de begrippen gelinkt op hun Nederlandse naam in de Engelse tekst", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(startEn.titel);
    await expect(page.getByRole("radio", { name: startEn.voorWie.opties.zelf, exact: true })).toBeVisible();
    // The first "zorgkantoor" of the English introduction leads to its entry, described in English.
    const link = page.locator('a[data-begrip="zorgkantoor"]');
    await expect(link).toHaveCount(1);
    await expect(link).toHaveText("zorgkantoor");
    await expect(link).toHaveAttribute("href", "/begrippen#zorgkantoor");
    await expect(link).toHaveAccessibleDescription(begrippenEn.linkUitleg);
    for (const id of ["pgb", "wlz", "gewaarborgde-hulp", "zorgprofiel", "svb"]) await expect(page.locator(`a[data-begrip="${id}"]`), id).toHaveCount(1);
    await expect(page.locator("#inhoud").getByRole("link", { name: begrippenEn.startLinkTekst, exact: true })).toHaveAttribute("href", "/begrippen");
  });

  test("de begrippen: de term blijft Nederlands (lang=nl), de uitleg is Engels", async ({ page }) => {
    await page.goto("/begrippen#gewaarborgde-hulp");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(begrippenEn.titel);
    for (const [i, b] of begrippenEn.lijst.entries()) {
      const kop = page.locator(`h2#${b.id}`);
      await expect(kop).toHaveText(begrippen.lijst[i]?.term ?? "");
      await expect(kop).toHaveAttribute("lang", "nl");
    }
    const uitleg = begrippenEn.lijst.find((b) => b.id === "gewaarborgde-hulp")?.uitleg[0] ?? "";
    expect(uitleg).not.toBe("");
    await expect(page.getByText(uitleg)).toBeVisible();
  });

  test("een adres dat niet bestaat: 404 in het Engels, met de weg naar de startpagina", async ({ page }) => {
    const antwoord = await page.goto("/bestaat-niet");
    expect(antwoord?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(foutenEn.nietGevonden.titel);
    await expect(page).toHaveTitle(new RegExp(`^${foutenEn.nietGevonden.titel}`));
    await expect(page.getByRole("link", { name: foutenEn.home })).toHaveAttribute("href", "/");
  });
});

test.describe("de zorgkantoorpagina's in het Engels", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "taal", value: "en", url: baseURL ?? "" }]);
  });

  test("Find your zorgkantoor: the outcome and its reasons in English, the title too", async ({ page }) => {
    await page.goto("/zorgkantoor?zoek=Zwolle");
    await expect(page).toHaveTitle(new RegExp(`^${zorgkantoorEn.titel}`));
    await expect(page.getByRole("heading", { level: 2, name: zorgkantoorEn.uitkomstKop("Zwolle") })).toBeVisible();
    await expect(page.getByText(redenTekst(reden("ZK-01", "zk.regio-bepaalt"), undefined, "en"))).toBeVisible();
  });

  test("an error in the search is English, at the field", async ({ page }) => {
    await page.goto("/zorgkantoor?zoek=Nergenshuizen");
    await expect(page.locator("#zoek-fout")).toContainText(zorgkantoorEn.fout.niets("Nergenshuizen"));
  });

  test("the suggestions speak English (JavaScript)", async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "de suggesties zijn er alleen met JavaScript");
    await page.goto("/zorgkantoor");
    await page.getByRole("combobox", { name: zorgkantoorEn.zoekLabel }).pressSequentially("Vian");
    await expect(page.getByRole("status")).toHaveText(zorgkantoorEn.suggesties.aantal(2));
    await expect(page.getByRole("option", { name: "Vianen (municipality of Land van Cuijk)" })).toBeVisible();
  });

  test("the example for staff: English form and outcome, the reasons in Dutch, marked and said", async ({ page }) => {
    await page.goto(`/zorgkantoor/voorbeeld?${VOORBEELD_MOEDER}`);
    await expect(page.getByRole("heading", { level: 1, name: voorbeeldEn.titel })).toBeVisible();
    await expect(page.getByText(redenenInHetNederlands)).toBeVisible();
    const staf = page.locator('[lang="nl"] [data-reden="lv.pgb-thuis"]').first();
    await expect(staf).toHaveText(redenTekst(reden("LV-02", "lv.pgb-thuis"), ZORGKANTOOR));
    // No reason outside a part marked Dutch.
    await expect(page.locator('[data-reden]:not([lang="nl"] [data-reden])')).toHaveCount(0);
  });
});
