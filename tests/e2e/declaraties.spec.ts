/**
 * Stap 6, declaraties: the step's page (DE-01..DE-04, DE-06, DE-07) and its three tools, each a
 * plain GET form — the last day to forward a declaratie (DE-03), the verantwoordingsvrij bedrag
 * (DE-05) and the budget over the year (with the budgetplan's amounts, and typed ones) — then
 * "Klaar met deze stap". The same journey without JavaScript (zonder-js) and with it (met-js);
 * axe on every page state; bad input (31-02-2026, a negative budget) gives a Dutch error at the
 * field and keeps what was typed.
 */
import type { Locator, Page } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { BUDGET, DECLARATIES, TERMIJN, VERANTWOORDINGSVRIJ } from "@/lib/declaraties/paden";
import { datumMetDag } from "@/lib/declaraties/termijn";
import { formatDatumNl, plusDagen } from "@/rules/datum";
import { bezoeker, controleerAxe, expect, test, type Bezoeker } from "./hulp/bezoeker";
import { vandaagJjjjMmDd } from "./hulp/budgetplan";
import { controleRij, foutSamenvatting, kop, naarOverzicht, OVERZICHT, opPad, regexVeilig, zieStapStatus } from "./hulp/stappen";
import { zaaiDraft } from "./hulp/zaaien";
import { naStap3 } from "./hulp/zaden";

// A long journey with an axe check on every page and state, each replayed in a second page.
test.describe.configure({ timeout: 240_000 });

const t = declaratiesTeksten;
const TITEL = aanvraag.overzicht.stappen.declaraties;

const knop = (page: Page, naam: string): Locator => page.getByRole("button", { name: naam, exact: true });
const uitkomst = (page: Page): Locator => page.locator("#uitkomst").locator("xpath=..");

/** A tool page of stap 6, arrived at: its heading and title, "Stap 6 van 6" first (or "Fout: " before it). */
async function zieToolPagina(b: Bezoeker, pad: string, titel: string, fout = false): Promise<void> {
  await expect(b.page).toHaveURL(opPad(pad));
  await expect(kop(b.page)).toContainText(componenten.stap.van(6, 6));
  await expect(kop(b.page)).toContainText(titel);
  const volledig = `${componenten.stap.van(6, 6)}: ${titel}`;
  await expect(b.page).toHaveTitle(new RegExp(`^${regexVeilig(fout ? `${componenten.fout.voorvoegsel} ${volledig}` : volledig)}`));
}

/** The message sits at the field (its description, marked invalid) and in the error summary. */
async function zieFoutBijVeld(page: Page, veld: Locator, fout: string): Promise<void> {
  await expect(foutSamenvatting(page).getByRole("link", { name: fout, exact: true })).toBeVisible();
  await expect(veld).toHaveAttribute("aria-invalid", "true");
  await expect(veld).toHaveAccessibleDescription(new RegExp(regexVeilig(fout)));
}

/**
 * The overview with steps 1–3 klaar, seeded (hulp/zaden.ts): the brochure's example (€ 1.624,- a
 * month) and a pgb of € 15.000 expected.
 */
async function naStap3Klaar(b: Bezoeker, baseURL: string | undefined): Promise<void> {
  await zaaiDraft(b.page.context(), baseURL, naStap3({ plan: { verwachtJaarbudget: 1_500_000 } }));
  await naarOverzicht(b);
}

async function stapPagina(b: Bezoeker): Promise<void> {
  const { page } = b;
  await page.getByRole("link", { name: TITEL }).click();
  await zieToolPagina(b, DECLARATIES, TITEL);
  const main = page.locator("main");
  for (const id of ["DE-01", "DE-02", "DE-03", "DE-04", "DE-06", "DE-07"]) await expect(main).toContainText(componenten.reden.regel(id));
  await expect(page.getByRole("heading", { level: 2, name: t.stap.portaalKop, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: t.stap.svbKop, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: t.stap.naHetJaarKop, exact: true })).toBeVisible();
  await controleerAxe(b);
}

/** DE-03: 31-02-2026 is refused and kept; received today → four weeks on; long ago → passed. */
async function termijn(b: Bezoeker): Promise<void> {
  const { page } = b;
  await page.getByRole("link", { name: t.stap.hulpmiddelen.termijn.link, exact: true }).click();
  await zieToolPagina(b, TERMIJN, t.termijn.titel);
  await controleerAxe(b);

  const datum = page.getByLabel(t.termijn.label, { exact: true });
  await datum.fill("31-02-2026");
  await knop(page, t.termijn.knop).click();
  await zieToolPagina(b, TERMIJN, t.termijn.titel, true);
  await zieFoutBijVeld(page, datum, t.termijn.fout.bestaatNiet);
  await expect(datum).toHaveValue("31-02-2026");
  await controleerAxe(b);

  const vandaag = vandaagJjjjMmDd();
  await datum.fill(formatDatumNl(vandaag));
  await knop(page, t.termijn.knop).click();
  await zieToolPagina(b, TERMIJN, t.termijn.titel);
  await expect(foutSamenvatting(page)).toHaveCount(0);
  await expect(page.locator("#uitkomst")).toHaveText(t.termijn.uitkomstKop(datumMetDag(plusDagen(vandaag, 28))));
  await expect(uitkomst(page)).toContainText(t.termijn.nogDagen(28));
  await expect(datum).toHaveValue(formatDatumNl(vandaag));
  await controleerAxe(b);

  await datum.fill("2-1-2020");
  await knop(page, t.termijn.knop).click();
  await expect(page.locator("#uitkomst")).toHaveText(t.termijn.teLaatKop(datumMetDag("2020-01-30")));
  // The reasons are folded under "Waarom deze datum?"; open, they name DE-03.
  await page.getByText(t.termijn.waaromKop, { exact: true }).click();
  await expect(uitkomst(page)).toContainText(componenten.reden.regel("DE-03"));
  await controleerAxe(b);
  await page.getByRole("link", { name: t.terugNaarStap, exact: true }).click();
  await expect(page).toHaveURL(opPad(DECLARATIES));
}

/** DE-05: the expected pgb filled in; a negative budget is refused and kept; € 30.000 gives € 450,00. */
async function verantwoordingsvrij(b: Bezoeker): Promise<void> {
  const { page } = b;
  const vvb = t.verantwoordingsvrij;
  await page.getByRole("link", { name: t.stap.hulpmiddelen.verantwoordingsvrij.link, exact: true }).click();
  await zieToolPagina(b, VERANTWOORDINGSVRIJ, vvb.titel);
  const budget = page.getByLabel(vvb.budgetLabel(null), { exact: true });
  const ja = page.getByRole("radio", { name: vvb.zorgOpties.ja, exact: true });
  await expect(budget).toHaveValue("15.000,00");
  await controleerAxe(b);

  await budget.fill("-30.000");
  await ja.check();
  await knop(page, vvb.knop).click();
  await zieToolPagina(b, VERANTWOORDINGSVRIJ, vvb.titel, true);
  await zieFoutBijVeld(page, budget, t.fout.budgetNegatief);
  await expect(foutSamenvatting(page).getByRole("listitem")).toHaveCount(1);
  await expect(budget).toHaveValue("-30.000");
  await expect(ja).toBeChecked();
  await controleerAxe(b);

  await budget.fill("30.000");
  await knop(page, vvb.knop).click();
  await zieToolPagina(b, VERANTWOORDINGSVRIJ, vvb.titel);
  await expect(page.locator("#uitkomst")).toHaveText(vvb.uitkomstKop("€ 450,00"));
  await expect(uitkomst(page)).toContainText("1,5% van uw pgb van € 30.000,00 is € 450,00.");
  await expect(uitkomst(page)).toContainText(componenten.reden.regel("DE-05"));
  await controleerAxe(b);
  await page.getByRole("link", { name: t.terugNaarStap, exact: true }).click();
  await expect(page).toHaveURL(opPad(DECLARATIES));
}

/** The budget over the year: bad input; the budgetplan's amounts (over budget); two typed months, the rest projected. */
async function budget(b: Bezoeker): Promise<void> {
  const { page } = b;
  const bt = t.budget;
  const jaar = vandaagJjjjMmDd().slice(0, 4);
  const maand = (naam: string) => page.getByLabel(naam, { exact: true });
  await page.getByRole("link", { name: t.stap.hulpmiddelen.budget.link, exact: true }).click();
  await zieToolPagina(b, BUDGET, bt.titel);
  const budgetVeld = page.getByLabel(bt.budgetLabel(jaar), { exact: true });
  await expect(budgetVeld).toHaveValue("15.000,00");
  await controleerAxe(b);

  // A negative budget and a month that is no amount: both at their field, both kept.
  await budgetVeld.fill("-1");
  await maand("Januari").fill("veel");
  await knop(page, bt.knop).click();
  await zieToolPagina(b, BUDGET, bt.titel, true);
  await zieFoutBijVeld(page, budgetVeld, t.fout.budgetNegatief);
  await zieFoutBijVeld(page, maand("Januari"), t.fout.maandVorm("januari"));
  await expect(foutSamenvatting(page).getByRole("listitem")).toHaveCount(2);
  await expect(budgetVeld).toHaveValue("-1");
  await expect(maand("Januari")).toHaveValue("veel");
  await controleerAxe(b);

  // The budgetplan's € 1.624,- a month in every month: € 19.488,- a year, over the € 15.000,-.
  await budgetVeld.fill("15.000");
  await knop(page, bt.planKnop).click();
  await zieToolPagina(b, BUDGET, bt.titel);
  await expect(foutSamenvatting(page)).toHaveCount(0);
  await expect(maand("Januari")).toHaveValue("1.624,00");
  await expect(maand("December")).toHaveValue("1.624,00");
  const waarschuwing = page.getByRole("region", { name: bt.waarschuwing.planOverTitel, exact: true });
  await expect(waarschuwing).toContainText(bt.waarschuwing.planOver("€ 19.488,00", "€ 4.488,00", "€ 15.000,00"));
  await expect(controleRij(page, bt.rijen.planTekort).locator("dd")).toHaveText("€ 4.488,00");
  const tabel = page.getByRole("table", { name: bt.tabel.bijschrift(jaar) });
  await expect(tabel.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "December", exact: true }) })).toContainText("€ 1.624,00");
  await controleerAxe(b);

  // Two months typed, the others left empty: € 2.500,- spent, € 1.250,- a month, € 15.000,- by 31 December.
  for (const naam of t.maanden) await maand(naam.charAt(0).toUpperCase() + naam.slice(1)).fill("");
  await maand("Januari").fill("1.000");
  await maand("Februari").fill("1.500");
  await knop(page, bt.knop).click();
  await zieToolPagina(b, BUDGET, bt.titel);
  await expect(controleRij(page, bt.rijen.ingevuld(2)).locator("dd")).toHaveText("€ 2.500,00");
  await expect(controleRij(page, bt.rijen.over).locator("dd")).toHaveText("€ 12.500,00");
  await expect(controleRij(page, bt.rijen.gemiddeld).locator("dd")).toHaveText("€ 1.250,00");
  await expect(page.getByRole("region", { name: bt.waarschuwing.verwachtOverTitel })).toHaveCount(0);
  const maart = tabel.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Maart", exact: true }) });
  await expect(maart).toContainText(bt.tabel.verwacht("€ 1.250,00"));
  await expect(maand("Maart")).toHaveValue("");
  await controleerAxe(b);

  // On a 360 px phone the page does not scroll sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "de pagina schuift niet opzij op 360 px").toBeLessThanOrEqual(360);
  await controleerAxe(b);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("link", { name: t.terugNaarStap, exact: true }).click();
  await expect(page).toHaveURL(opPad(DECLARATIES));
}

test.describe("stap 6: declaraties", () => {
  test("uitleg, de drie hulpmiddelen met foute invoer, en de stap afronden", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await naStap3Klaar(b, baseURL);
    await zieStapStatus(b, "declaraties", "niet-begonnen");
    await stapPagina(b);
    await termijn(b);
    await verantwoordingsvrij(b);
    await budget(b);

    await knop(page, aanvraag.stapAfronden).click();
    await expect(page).toHaveURL(opPad(OVERZICHT));
    await expect(kop(page)).toHaveText(aanvraag.overzicht.titel);
    await zieStapStatus(b, "declaraties", "klaar");
    await controleerAxe(b);
  });
});
