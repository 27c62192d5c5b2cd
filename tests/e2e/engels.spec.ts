/**
 * The service in English (docs/decisions/032-talen.md): the switch on every page, the choice
 * remembered, Accept-Language as the default, `lang` on `<html>`, and the English pages free of
 * the Dutch sentences of every translated module and of axe violations.
 */
import type { Locator } from "@playwright/test";
import { algemeen } from "@/content/algemeen";
import { begrippen } from "@/content/begrippen";
import { algemeen as algemeenEn } from "@/content/en/algemeen";
import { begrippen as begrippenEn } from "@/content/en/begrippen";
import { foutTeksten as foutenEn } from "@/content/en/fouten";
import { start as startEn } from "@/content/en/start";
import { delen } from "@/content/delen";
import { delen as delenEn } from "@/content/en/delen";
import { handtekeningTekst as htEn } from "@/content/en/handtekeningen";
import { linkDoorgeven as mailEn } from "@/content/en/link-doorgeven";
import { linksOpenen as openenEn } from "@/content/en/links-openen";
import { ondertekenen as ondertekenenEn } from "@/content/en/ondertekenen";
import { versturen as versturenEn } from "@/content/en/versturen";
import { verwijderen as verwijderenEn } from "@/content/en/verwijderen";
import { zorgkantoorPagina as zorgkantoorEn } from "@/content/en/zorgkantoor";
import { voorbeeldPagina as voorbeeldEn } from "@/content/en/zorgkantoor-voorbeeld";
import { redenTekst, ZORGKANTOOR } from "@/content/redenen";
import { reden } from "@/rules/redenen";
import { BROCHURE_VOORBEELD } from "./hulp/brochure-voorbeeld";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { componenten as componentenEn } from "@/content/en/componenten";
import { formulier as formulierEn } from "@/content/en/wizard/algemeen";
import { indicatieVragen as indicatieEn } from "@/content/en/wizard/indicatie";
import { keuzeVragen as keuzeEn } from "@/content/en/wizard/keuze";
import { expect, test, wachtTotGehydrateerd } from "./hulp/bezoeker";
import { zaaiDraft } from "./hulp/zaaien";
import { verwachtEngels } from "./hulp/engels";

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
  "/hervat/mislukt?reden=verlopen",
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
  test("een foutpagina van de server zelf (een adres dat niet te lezen is) volgt de taal", async ({ request }) => {
    const antwoord = await request.get("/aanvraag/indicatie/%ff", { headers: { cookie: "taal=en" } });
    expect(antwoord.status()).toBe(400);
    const html = await antwoord.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<h1>${foutenEn.serverpaginas.ongeldigAdres.titel}</h1>`);
  });
});

/** The subject and body of the page's "Mail deze link", as a mail program reads them. */
async function mailVan(link: Locator): Promise<{ onderwerp: string; tekst: string }> {
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/^mailto:\?/);
  const velden = new URLSearchParams(href.slice(href.indexOf("?") + 1).replace(/\+/g, "%2B"));
  return { onderwerp: velden.get("subject") ?? "", tekst: velden.get("body") ?? "" };
}

test.describe("de Engelse pagina's", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "taal", value: "en", url: baseURL ?? "" }]);
  });

  for (const pad of ENGELSE_PAGINAS) {
    test(`${pad}: lang="en", geen Nederlandse zin uit content/, geen axe-fouten`, async ({ page, javaScriptEnabled, browser }) => {
      await page.goto(pad);
      await verwachtEngels(page, { javaScriptEnabled, browser });
    });
  }

  test("stap 1 en 2 in het Engels: titels, foutmeldingen van browser en server, redenen", async ({ page, javaScriptEnabled, browser }) => {
    const opties = { javaScriptEnabled, browser };
    const doorgaan = () => page.getByRole("button", { name: formulierEn.doorgaan, exact: true }).click();
    const klaar = async () => {
      if (javaScriptEnabled) await wachtTotGehydrateerd(page);
    };
    /** An empty submit: the error summary in English, the same with and without JavaScript. */
    const leegVersturen = async (melding: string, knop: () => Promise<void> = doorgaan) => {
      await klaar();
      await knop();
      const samenvatting = page.locator("[data-fout-samenvatting]");
      await expect(samenvatting).toContainText(componentenEn.fout.samenvattingKop);
      await expect(samenvatting).toContainText(melding);
      await verwachtEngels(page, opties);
    };
    const stapKop = async (nummer: number) => {
      const stapVan = componentenEn.stap.van(nummer, 6);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(stapVan);
      await expect(page).toHaveTitle(new RegExp(`^${stapVan}: `));
    };

    await page.goto("/");
    await leegVersturen(startEn.voorWie.fout, () => page.getByRole("button", { name: startEn.voorWie.knop, exact: true }).click());
    await page.getByRole("radio", { name: startEn.voorWie.opties.zelf, exact: true }).check();
    await page.getByRole("button", { name: startEn.voorWie.knop, exact: true }).click();
    await expect(page).toHaveURL(/\/aanvraag$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(aanvraagEn.overzicht.titel);
    await verwachtEngels(page, opties);

    // Stap 1.
    const zelf = { zelf: true, naam: "the applicant" };
    await page.goto("/aanvraag/indicatie/heeft-indicatie");
    await stapKop(1);
    await expect(page.getByRole("group", { name: new RegExp(indicatieEn.heeftIndicatie.titel(zelf).replace(/[?()]/g, "\\$&")) })).toBeVisible();
    await verwachtEngels(page, opties);
    await leegVersturen(indicatieEn.heeftIndicatie.leeg);
    await page.getByRole("radio", { name: formulierEn.ja, exact: true }).check();
    await doorgaan();
    await expect(page).toHaveURL(/\/aanvraag\/indicatie\/zorgprofiel$/);
    await stapKop(1);
    await leegVersturen(indicatieEn.zorgprofiel.leeg);
    await page.getByLabel(indicatieEn.zorgprofiel.label, { exact: true }).fill("ZP 99 XX");
    await leegVersturen(indicatieEn.zorgprofiel.onbekend);
    await page.getByLabel(indicatieEn.zorgprofiel.label, { exact: true }).fill("5VV");
    await doorgaan();
    await expect(page).toHaveURL(/\/aanvraag\/indicatie\/controleren$/);
    await stapKop(1);
    await expect(page.getByRole("term").first()).toHaveText(indicatieEn.heeftIndicatie.titel(zelf));
    await verwachtEngels(page, opties);
    await page.getByRole("button", { name: aanvraagEn.controleren.knop }).click();
    await expect(page).toHaveURL(/\/aanvraag$/);

    // Stap 2.
    await page.goto("/aanvraag/keuze/woonwens");
    await stapKop(2);
    await leegVersturen(keuzeEn.woonwens.leeg);
    await page.getByRole("radio", { name: keuzeEn.woonwens.opties.deeltijd, exact: true }).check();
    await leegVersturen(keuzeEn.woonwens.dagenLeeg);
    await page.getByRole("radio", { name: keuzeEn.woonwens.opties.thuis, exact: true }).check();
    await doorgaan();
    await expect(page).toHaveURL(/\/aanvraag\/keuze\/regie$/);
    await stapKop(2);
    await leegVersturen(keuzeEn.regie.leeg);
    await page.getByRole("radio", { name: keuzeEn.regie.opties.zelf, exact: true }).check();
    await doorgaan();
    await expect(page).toHaveURL(/\/aanvraag\/keuze\/uitkomst$/);
    await stapKop(2);
    await expect(page.getByRole("heading", { name: aanvraagEn.keuzeOverzicht.keuzeKop(null), exact: true })).toBeVisible();
    await verwachtEngels(page, opties);
    await doorgaan();
    await expect(page).toHaveURL(/\/aanvraag\/keuze\/controleren$/);
    await stapKop(2);
    await verwachtEngels(page, opties);
  });

  test(`/aanvraag/verwijderen (met een aanvraag): lang="en", geen Nederlandse zin uit content/, geen axe-fouten`, async ({ page, javaScriptEnabled, browser, baseURL }) => {
    await zaaiDraft(page.context(), baseURL, { voorWie: "zelf" });
    await page.goto("/aanvraag/verwijderen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(verwijderenEn.titel);
    await verwachtEngels(page, { javaScriptEnabled, browser });
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

test.describe("links bewaren, doorgeven en openen in het Engels", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "taal", value: "en", url: baseURL ?? "" }]);
  });

  test("bewaren, delen, versturen en verwijderen; de links en hun mail in het Engels; een bewaarde en een gedeelde link openen in het Engels", async ({
    page,
    browser,
    baseURL,
    javaScriptEnabled,
  }, testInfo) => {
    const foto = (naam: string) => ({ javaScriptEnabled, browser, foto: `${fotoMap(testInfo.project.name)}/en-${naam}.png` });
    if (FOTOS) await page.setViewportSize({ width: 360, height: 800 });
    await zaaiDraft(page.context(), baseURL, BROCHURE_VOORBEELD);

    // The resume link, and its mail in English.
    await page.goto("/aanvraag/bewaren");
    await verwachtEngels(page, foto("bewaren"));
    const hervatLink = ((await page.locator("#hervat-link").textContent()) ?? "").trim();
    expect(hervatLink).toMatch(/\/hervat\?sleutel=[\w-]+\.[\w-]+$/);
    const bewaarMail = await mailVan(page.getByRole("link", { name: mailEn.mail, exact: true }));
    expect(bewaarMail.onderwerp).toBe(mailEn.hervat.onderwerp);
    expect(bewaarMail.tekst).toContain(`\r\n${hervatLink}\r\n`);
    expect(bewaarMail.tekst).toContain(mailEn.hervat.tekst(hervatLink, "x").split("\n")[0] ?? "");

    // Share and sign: the forms in English; a link to read along, and its mail.
    await page.goto("/aanvraag/delen");
    await expect(page).toHaveTitle(new RegExp(`^${delenEn.pagina.titel}`));
    await verwachtEngels(page, foto("delen"));
    await expect(page.getByRole("region", { name: ondertekenenEn.kop, exact: true })).toBeVisible();
    await page.getByRole("radio", { name: htEn.deellink.rollen.meekijken.label, exact: true }).check();
    await page.getByRole("radio", { name: htEn.deellink.geldig["7"], exact: true }).check();
    await page.getByRole("button", { name: delenEn.pagina.maakKnop, exact: true }).click();
    await expect(page).toHaveURL(/\?nieuw=[\w-]{22}$/);
    await expect(page.getByRole("heading", { name: delenEn.pagina.meldingen.nieuw.titel })).toBeVisible();
    await verwachtEngels(page, foto("delen-nieuw"));
    const deelLink = ((await page.locator("[id^=nieuw-][data-volledige-link]").textContent()) ?? "").trim();
    expect(deelLink).toMatch(/\/gedeeld\?sleutel=[\w-]{22}\.[\w-]{43}$/);
    const deelMail = await mailVan(page.locator("[id^=nieuw-][data-volledige-link]").locator("xpath=..").getByRole("link", { name: mailEn.mail, exact: true }));
    expect(deelMail.onderwerp).toBe(mailEn.deel.onderwerp.meekijken);
    expect(deelMail.tekst).toContain(`\r\n${deelLink}\r\n`);

    // After stap 3, and before deleting.
    await page.goto("/aanvraag/versturen");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(versturenEn.titel);
    await expect(page.getByRole("checkbox", { name: versturenEn.verstuurdLabel, exact: true })).toBeVisible();
    // The papers to send and the reasons are content/wizard/documenten.ts and the brochure's rules,
    // Dutch on this page for now; their sentences hold "de gewaarborgde hulp", a word of delen.ts.
    await verwachtEngels(page, { ...foto("versturen"), nogNederlands: [delen.rollen["gewaarborgde-hulp"]] });
    await page.goto("/aanvraag/verwijderen");
    await expect(page).toHaveTitle(new RegExp(`^${verwijderenEn.titel.replace("?", "\\?")}`));
    await verwachtEngels(page, foto("verwijderen"));

    // The resume link, opened in English in another browser: the page, then its button.
    const ander = await browser.newContext({ baseURL, javaScriptEnabled, locale: "nl-NL" });
    try {
      await ander.addCookies([{ name: "taal", value: "en", url: baseURL ?? "" }]);
      const p = await ander.newPage();
      if (FOTOS) await p.setViewportSize({ width: 360, height: 800 });
      await p.goto(hervatLink);
      await expect(p.getByRole("heading", { level: 1 })).toHaveText(openenEn.hervat.titel);
      await expect(p).toHaveTitle(new RegExp(`^${openenEn.hervat.titel}`));
      await verwachtEngels(p, foto("hervat"));
      await p.getByRole("button", { name: openenEn.hervat.openKnop, exact: true }).click();
      await expect(p).not.toHaveURL(/\/hervat/);
      await expect(p).toHaveURL(/\/aanvraag/);
      expect((await ander.cookies()).some((k) => k.name === "pgb-aanvraag")).toBe(true);
      await expect(p.locator("html")).toHaveAttribute("lang", "en");

      // The share link, opened in English: the page, its button, the shared application.
      await p.goto(deelLink);
      await expect(p.getByRole("heading", { level: 1 })).toHaveText(openenEn.gedeeld.titel);
      await verwachtEngels(p, foto("gedeeld"));
      await p.getByRole("button", { name: openenEn.gedeeld.openKnop, exact: true }).click();
      await expect(p).toHaveURL(/\/gedeeld\/aanvraag$/);
      await expect(p.getByRole("heading", { level: 1 })).toHaveText(delenEn.gedeeld.titel);
      await expect(p.getByRole("heading", { name: delenEn.gedeeld.meekijken.titel })).toBeVisible();
      // The answers are the wizard's words (content/wizard/), Dutch here until they have English.
      await verwachtEngels(p, { ...foto("gedeeld-aanvraag"), nogNederlands: [delen.rollen["gewaarborgde-hulp"]] });

      // A link that does not work says so in English.
      await p.goto("/gedeeld/mislukt?reden=verlopen");
      await expect(p.getByText(delenEn.mislukt.redenen.verlopen)).toBeVisible();
      await verwachtEngels(p, foto("gedeeld-mislukt"));
    } finally {
      await ander.close();
    }
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

  test("the example for staff: English form and outcome, the reasons in the staff's English words", async ({ page }) => {
    await page.goto(`/zorgkantoor/voorbeeld?${VOORBEELD_MOEDER}`);
    await expect(page.getByRole("heading", { level: 1, name: voorbeeldEn.titel })).toBeVisible();
    const staf = page.locator('[data-reden="lv.pgb-thuis"]').first();
    await expect(staf).toHaveText(redenTekst(reden("LV-02", "lv.pgb-thuis"), ZORGKANTOOR, "en"));
    await expect(staf).toHaveText(/^The applicant lives at home\./);
    // No reason marked Dutch, none that addresses the reader as the applicant.
    await expect(page.locator('[data-reden]:is([lang="nl"] [data-reden], [lang="nl"][data-reden])')).toHaveCount(0);
    const redenen = (await page.locator("[data-reden]").allTextContents()).join("\n");
    expect(redenen).not.toMatch(/(?<![\p{L}])(you|your)(?![\p{L}])/iu);
  });
});
