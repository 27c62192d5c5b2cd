/**
 * Steps 4, 5 and 6 and the result page in English (docs/decisions/032-talen.md): a seeded draft
 * whose steps 1–3 are done (the brochure's example), the language cookie set to English, then
 * every page of those steps: lang="en", axe, no Dutch sentence of a translated module
 * (`verwachtEngels`), and each GET tool once with a wrong input (its English error in the
 * summary) and once with a good one (its English outcome). The tools are opened by their
 * address, as their form sends them: the forms themselves are the Dutch specs' business.
 */
import type { Page } from "@playwright/test";
import { componenten as componentenEn } from "@/content/en/componenten";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { formulier as formulierEn } from "@/content/en/wizard/algemeen";
import { declaratiesTeksten as declaratiesEn } from "@/content/en/wizard/declaraties";
import { resultaatTeksten as resultaatEn } from "@/content/en/wizard/resultaat";
import { toekenningPaginas as toekenningEn } from "@/content/en/wizard/toekenning";
import { zorgovereenkomstenTeksten as zorgovereenkomstenEn } from "@/content/en/wizard/zorgovereenkomsten";
import { BROCHURE_VOORBEELD } from "./hulp/brochure-voorbeeld";
import { expect, test } from "./hulp/bezoeker";
import { verwachtEngels } from "./hulp/engels";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { foutSamenvatting } from "./hulp/stappen";
import { zaaiDraft } from "./hulp/zaaien";

// Some twenty pages with axe each; without JavaScript axe replays every page in a second browser.
test.describe.configure({ timeout: 240_000 });

/** The brochure's example after stap 3, with steps 4 and 5 confirmed so that steps 5 and 6 open. */
const NA_STAP_5 = { ...BROCHURE_VOORBEELD, bevestigd: [...(BROCHURE_VOORBEELD.bevestigd ?? []), "toekenning", "zorgovereenkomsten"] };

const tk = toekenningEn;
const zo = zorgovereenkomstenEn;
const de = declaratiesEn;

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const foutLinks = (page: Page) => foutSamenvatting(page).getByRole("link");

test.beforeEach(async ({ context, baseURL, page }) => {
  await context.addCookies([{ name: "taal", value: "en", url: baseURL ?? "" }]);
  if (FOTOS) await page.setViewportSize({ width: 360, height: 800 });
});

test("stap 4 en de uitkomst in het Engels: de pagina's, de fouten en uitkomsten van de hulpmiddelen", async ({ page, browser, baseURL, javaScriptEnabled }, testInfo) => {
  const engels = (naam: string) => verwachtEngels(page, { javaScriptEnabled, browser, foto: `${fotoMap(testInfo.project.name)}/en-${naam}.png` });
  await zaaiDraft(page.context(), baseURL, NA_STAP_5);

  await page.goto("/aanvraag/toekenning");
  await expect(h1(page)).toContainText(tk.overzicht.titel);
  await expect(page).toHaveTitle(new RegExp(`^${componentenEn.stap.van(4, 6)}: ${tk.overzicht.titel}`));
  // A glossary term in the English introduction still links to its entry, found by its Dutch name.
  await expect(page.locator("main p").first().getByRole("link", { name: "zorgkantoor" })).toHaveAttribute("href", /\/begrippen#zorgkantoor/);
  await engels("stap4");

  await page.goto("/aanvraag/toekenning/beschikking");
  await expect(h1(page)).toContainText(tk.delen.beschikking.titel);
  await engels("stap4-beschikking");
  await page.goto("/aanvraag/toekenning/beschikking?wooninitiatief=misschien");
  await expect(foutLinks(page)).toHaveText([formulierEn.fouten.kiesEen]);
  await expect(page).toHaveTitle(new RegExp(`^${componentenEn.fout.voorvoegsel} `));
  await page.goto("/aanvraag/toekenning/beschikking?wooninitiatief=ja#hoogte");
  await expect(page.getByRole("group", { name: tk.beschikking.wooninitiatief.vraag({ zelf: true, naam: "" }) }).getByRole("radio", { name: "Yes" })).toBeChecked();

  await page.goto("/aanvraag/toekenning/eigen-bijdrage?inkomen=veel");
  await expect(foutLinks(page)).toHaveText([tk.eigenBijdrage.schatting.fouten.ongeldig]);
  await page.goto("/aanvraag/toekenning/eigen-bijdrage?inkomen=24.000");
  await expect(page.getByRole("heading", { name: tk.eigenBijdrage.schatting.uitkomstKop })).toBeVisible();
  await expect(page.getByText(/^About € [\d.]+,\d\d a month$/)).toBeVisible();
  await engels("stap4-eigen-bijdrage-schatting");

  await page.goto("/aanvraag/toekenning/einde");
  await expect(h1(page)).toContainText(tk.delen.einde.titel);
  await engels("stap4-einde");

  await page.goto("/aanvraag/toekenning/buitenland");
  await engels("stap4-buitenland");
  await page.goto("/aanvraag/toekenning/buitenland?land=&weken=8,5&palliatief=nee&belasting=ja&logeeropvang=nee");
  await expect(foutLinks(page)).toHaveText([tk.buitenland.fouten.landLeeg, tk.buitenland.fouten.wekenGeheel]);
  await page.goto("/aanvraag/toekenning/buitenland?land=ES&weken=8&palliatief=nee&belasting=ja&logeeropvang=nee");
  await expect(page.getByRole("heading", { name: tk.buitenland.uitkomst.kop("Spain") })).toBeVisible();
  await expect(page.getByText(tk.buitenland.uitkomst.reis("Spain", 8))).toBeVisible();
  await engels("stap4-buitenland-uitkomst");

  await page.goto("/aanvraag/resultaat");
  await expect(h1(page)).toHaveText(aanvraagEn.resultaat.titel);
  await expect(page.getByText(resultaatEn.kop.pgbJa)).toBeVisible();
  await expect(page.getByRole("heading", { name: resultaatEn.nodig.gesprek })).toBeVisible();
  await engels("resultaat");
});

test("stap 5 en 6 in het Engels: de pagina's, de checklist, de fouten en uitkomsten van de hulpmiddelen", async ({ page, browser, baseURL, javaScriptEnabled }, testInfo) => {
  const engels = (naam: string) => verwachtEngels(page, { javaScriptEnabled, browser, foto: `${fotoMap(testInfo.project.name)}/en-${naam}.png` });
  await zaaiDraft(page.context(), baseURL, NA_STAP_5);

  await page.goto("/aanvraag/zorgovereenkomsten");
  await expect(h1(page)).toContainText(zo.overzicht.titel);
  await engels("stap5");
  const checklist = page.getByRole("link", { name: /^Checklist for / }).first();
  const pad = (await checklist.getAttribute("href")) ?? "";
  expect(pad).not.toBe("");
  await page.goto(`${pad}?etmalen=veel`);
  await expect(foutLinks(page)).toHaveText([zo.checklist.logeeropvang.fout.geenGetal]);
  await page.goto(`${pad}?etmalen=14`);
  await expect(page.getByRole("heading", { name: zo.checklist.logeeropvang.uitkomstKop(14) })).toBeVisible();
  // The checklist's own parts are English, as its PDF (lib/zorgovereenkomst/pdf.ts).
  await expect(page.getByRole("heading", { level: 2, name: zo.checklist.afspraken.titel })).toBeVisible();
  await engels("stap5-checklist");

  await page.goto("/aanvraag/declaraties");
  await expect(h1(page)).toContainText(aanvraagEn.overzicht.stappen.declaraties);
  await engels("stap6");

  await page.goto("/aanvraag/declaraties/termijn?ontvangen=31-02-2026");
  await expect(foutLinks(page)).toHaveText([de.termijn.fout.bestaatNiet]);
  await page.goto("/aanvraag/declaraties/termijn?ontvangen=2-3-2026");
  await expect(page.getByRole("heading", { name: de.termijn.teLaatKop("Monday 30-03-2026") })).toBeVisible();
  await engels("stap6-termijn");

  await page.goto("/aanvraag/declaraties/verantwoordingsvrij?budget=veel&zorg=ja");
  await expect(foutLinks(page)).toHaveText([de.fout.budgetVorm]);
  await page.goto("/aanvraag/declaraties/verantwoordingsvrij?budget=45.000&zorg=ja");
  await expect(page.getByRole("heading", { level: 2, name: /^You can ask for € / })).toBeVisible();
  await engels("stap6-verantwoordingsvrij");

  await page.goto("/aanvraag/declaraties/budget?budget=45.000&maand3=veel");
  await expect(foutLinks(page)).toHaveText([de.fout.maandVorm("March")]);
  await page.goto("/aanvraag/declaraties/budget?budget=45.000&maand1=1.624,00");
  await expect(page.getByRole("heading", { name: /^Your budget in \d{4}$/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "January" })).toBeVisible();
  await engels("stap6-budget");
});
