/**
 * Stap 5, afspraken maken met zorgverleners (ZO-01..ZO-08), with and without JavaScript: from a
 * finished stap 3 (moeder and the neighbour in the budgetplan) to the step page, the neighbour's
 * checklist (werkgever, loonbelasting, the maximum tarief of this year unknown), its PDF read
 * back with pdftotext, the page as printed, the logeeropvang tool with good and bad input, an
 * unknown zorgverlener, and "Klaar met deze stap". axe runs on every state of the stap 5 pages.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Download, Page } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { budgetplanOverzicht } from "@/content/budgetplan-overzicht";
import { componenten } from "@/content/componenten";
import { zorgovereenkomstenTeksten } from "@/content/wizard/zorgovereenkomsten";
import { bezoeker, controleerAxe, expect, test, type Bezoeker } from "./hulp/bezoeker";
import { BUURVROUW, BUURVROUW_OPGESLAGEN, MOEDER, MOEDER_OPGESLAGEN, vandaagJjjjMmDd } from "./hulp/budgetplan";
import { foutSamenvatting, kop, naarOverzicht, OVERZICHT, opPad, regexVeilig, zieStapStatus } from "./hulp/stappen";
import { zaaiDraft } from "./hulp/zaaien";
import { naStap3 } from "./hulp/zaden";

// A long journey with an axe check on every page and state, each replayed in a second page.
test.describe.configure({ timeout: 240_000 });

const t = zorgovereenkomstenTeksten;
const c = t.checklist;
const l = c.logeeropvang;
const STAP5 = "/aanvraag/zorgovereenkomsten";
const STAP = componenten.stap.van(5, 6);

const knop = (page: Page, naam: string) => page.getByRole("button", { name: naam, exact: true });
const etmalenVeld = (page: Page) => page.getByLabel(l.label, { exact: true });

/** The overview with stap 3 confirmed, seeded (hulp/zaden.ts): moeder and the neighbour in the budgetplan (Tilburg: Midden Brabant). */
async function naStap3Klaar(b: Bezoeker, baseURL: string | undefined): Promise<void> {
  await zaaiDraft(b.page.context(), baseURL, naStap3({ plan: { zorgverleners: [MOEDER_OPGESLAGEN, BUURVROUW_OPGESLAGEN] } }));
  await naarOverzicht(b);
}

/** Clicks the checklist's PDF link; returns the download and its text, all white space made one space. */
async function downloadChecklist(page: Page): Promise<{ download: Download; tekst: string }> {
  const link = page.getByRole("link", { name: c.pdfLink, exact: true });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bestand = path.join(mkdtempSync(path.join(tmpdir(), "zorgovereenkomst-e2e-")), download.suggestedFilename());
  await download.saveAs(bestand);
  const tekst = execFileSync("pdftotext", ["-layout", bestand, "-"], { encoding: "utf8" });
  return { download, tekst: tekst.replace(/\s+/g, " ") };
}

/** The logeeropvang tool: type, submit (a GET form), land on the same checklist. */
async function controleerEtmalen(page: Page, invoer: string): Promise<void> {
  await etmalenVeld(page).fill(invoer);
  await knop(page, l.knop).click();
  // This very value in the query (as the form encodes it), so the previous answer's page does not count.
  const query = new URLSearchParams({ etmalen: invoer }).toString();
  await expect(page).toHaveURL(new RegExp(`/aanvraag/zorgovereenkomsten/[a-z0-9]+\\?${regexVeilig(query)}(#logeeropvang)?$`));
  await expect(etmalenVeld(page)).toHaveValue(invoer);
}

async function zieFout(b: Bezoeker, invoer: string, fout: string): Promise<void> {
  const { page } = b;
  await controleerEtmalen(page, invoer);
  await expect(page).toHaveTitle(new RegExp(`^${regexVeilig(componenten.fout.voorvoegsel)} ${regexVeilig(STAP)}`));
  await expect(foutSamenvatting(page).getByRole("link", { name: fout, exact: true })).toBeVisible();
  await expect(etmalenVeld(page)).toHaveAttribute("aria-invalid", "true");
  await expect(etmalenVeld(page)).toHaveAccessibleDescription(new RegExp(regexVeilig(fout)));
  await controleerAxe(b);
}

async function stap5(b: Bezoeker): Promise<void> {
  const { page } = b;
  const jaar = vandaagJjjjMmDd().slice(0, 4);

  // The step page, from the task list.
  await expect(page).toHaveURL(opPad(OVERZICHT));
  await page.getByRole("link", { name: new RegExp(regexVeilig(aanvraag.overzicht.stappen.zorgovereenkomsten)) }).click();
  await expect(page).toHaveURL(opPad(STAP5));
  await expect(kop(page)).toContainText(STAP);
  await expect(kop(page)).toContainText(t.overzicht.titel);
  await expect(page).toHaveTitle(new RegExp(`^${regexVeilig(`${STAP}: ${t.overzicht.titel}`)}`));
  await expect(page.getByRole("link", { name: t.overzicht.linkTekst(MOEDER.naam), exact: true })).toBeVisible();
  await expect(page.getByText(`${c.rol.opdrachtgever(MOEDER.naam)} ${c.loonbelasting.nietInhouden(MOEDER.naam)}`)).toBeVisible();
  // ZO-07: both routes, and the zorgkantoor to ask.
  const aanleveren = page.getByRole("region", { name: t.overzicht.aanleverenKop });
  await expect(aanleveren).toContainText("www.mijnpgb.nl");
  await expect(aanleveren).toContainText("030-264 82 00");
  await expect(aanleveren.getByRole("link", { name: "(040) 297 51 55" })).toHaveAttribute("href", "tel:+31402975155");
  await expect(page.getByRole("region", { name: t.overzicht.afsprakenKop })).toContainText("Regel ZO-01");
  await controleerAxe(b);

  // The neighbour's checklist: werkgever, loonbelasting, the maximum of this year unknown.
  await page.getByRole("link", { name: t.overzicht.linkTekst(BUURVROUW.naam), exact: true }).click();
  await expect(page).toHaveURL(/\/aanvraag\/zorgovereenkomsten\/[a-z0-9]+$/);
  const checklistUrl = page.url();
  await expect(kop(page)).toContainText(STAP);
  await expect(kop(page)).toContainText(c.titel(BUURVROUW.naam));
  await expect(page).toHaveTitle(new RegExp(`^${regexVeilig(`${STAP}: ${c.titel(BUURVROUW.naam)}`)}`));
  for (const titel of [c.maximumtarief.titel, c.rol.titel, c.loonbelasting.titel, c.afspraken.titel, c.aanleveren.titel, l.titel]) {
    await expect(page.getByRole("heading", { level: 2, name: titel, exact: true })).toBeVisible();
  }
  await expect(page.getByText(c.maximumtarief.nietProfessioneel(BUURVROUW.naam), { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: budgetplanOverzicht.waarschuwingen.tariefMaximumOnbekend.titel(jaar), exact: true })).toBeVisible();
  await expect(page.getByText(c.maximumtarief.puntOpzoekenWebsite(jaar, "www.vgz-zorgkantoren.nl"), { exact: true })).toBeVisible();
  await expect(page.getByText(c.rol.werkgever(BUURVROUW.naam), { exact: true })).toBeVisible();
  await expect(page.getByText(c.loonbelasting.inhouden, { exact: true })).toBeVisible();
  await expect(page.locator("main")).toContainText("Regel DE-07");
  await expect(page.getByRole("link", { name: "(040) 297 51 55" })).toHaveAttribute("href", "tel:+31402975155");
  await controleerAxe(b);

  // On paper: the checklist without the form and the links that only work on a screen.
  await page.emulateMedia({ media: "print" });
  await expect(etmalenVeld(page)).toBeHidden();
  await expect(page.getByRole("link", { name: c.pdfLink, exact: true })).toBeHidden();
  await expect(page.getByRole("link", { name: c.terug, exact: true })).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: c.loonbelasting.titel, exact: true })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // The PDF.
  const { download, tekst } = await downloadChecklist(page);
  expect(download.suggestedFilename()).toBe(`zorgovereenkomst-checklist-buurvrouw-fatma-${vandaagJjjjMmDd()}.pdf`);
  for (const verwacht of [t.pdf.kop, c.titel(BUURVROUW.naam), c.rol.werkgever(BUURVROUW.naam), "Regel ZO-06", "Regel DE-07", "Regel ZO-07", "030-264 82 00", "Zorgkantoor Midden Brabant (VGZ)"]) {
    expect(tekst, `de pdf noemt ${verwacht}`).toContain(verwacht);
  }
  expect(tekst).not.toContain(MOEDER.naam);

  // Logeeropvang (ZO-05): bad input first; nothing typed is lost.
  await zieFout(b, "-3", l.fout.negatief);
  await zieFout(b, "twee weken", l.fout.geenGetal);
  await zieFout(b, "400", l.fout.teVeel(366));
  await controleerEtmalen(page, "200");
  await expect(foutSamenvatting(page)).toHaveCount(0);
  const logeer = page.locator("section#logeeropvang");
  await expect(logeer.getByRole("heading", { name: l.uitkomstKop(200), exact: true })).toBeVisible();
  await expect(logeer).toContainText(componenten.uitkomst.nee);
  await expect(logeer).toContainText("Regel ZO-05");
  await controleerAxe(b);
  await controleerEtmalen(page, "20");
  await expect(logeer.getByRole("heading", { name: l.uitkomstKop(20), exact: true })).toBeVisible();
  await expect(logeer).toContainText(componenten.uitkomst.ja);
  await expect(page.getByRole("link", { name: c.pdfLink, exact: true })).toHaveAttribute("href", /\/pdf\?etmalen=20$/);
  await controleerAxe(b);
  const metEtmalen = await downloadChecklist(page);
  expect(metEtmalen.tekst).toContain(`${l.uitkomstKop(20)}: ${componenten.uitkomst.ja}`);

  // A zorgverlener the budgetplan does not have: a message, for the page and for its PDF.
  for (const pad of [`${STAP5}/bestaatniet`, `${STAP5}/bestaatniet/pdf`]) {
    await page.goto(pad);
    await expect(page).toHaveURL(opPad(`${STAP5}/bestaatniet`));
    await expect(kop(page)).toContainText(c.nietGevondenTitel);
    await expect(page.getByText(c.nietGevonden, { exact: true })).toBeVisible();
  }
  await controleerAxe(b);

  // Back to the step page, and done.
  await page.goto(checklistUrl);
  await page.getByRole("link", { name: c.terug, exact: true }).click();
  await expect(page).toHaveURL(opPad(STAP5));
  await knop(page, aanvraag.stapAfronden).click();
  await expect(page).toHaveURL(opPad(OVERZICHT));
  await zieStapStatus(b, "zorgovereenkomsten", "klaar");
  await page.goto(STAP5);
  await expect(page.getByText(t.overzicht.afgerond, { exact: true })).toBeVisible();
}

test.describe("stap 5: afspraken maken met zorgverleners", () => {
  test("de checklist per zorgverlener, de pdf, logeeropvang met foute invoer, en de stap afronden", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await naStap3Klaar(b, baseURL);
    await stap5(b);
  });
});
