/**
 * Three pages on a phone (360 px), with and without JavaScript, axe clean:
 * - the gewaarborgde-hulp details are hidden by CSS until "ja" is chosen, so they do not flash
 *   before the script runs, and the line "Alleen invullen als u ja kiest" is not shown where the
 *   fields only appear after "ja" (components/onthul.tsx, app/globals.css);
 * - a new draft's task list is short: the next step stands out with its time in view, each step
 *   that cannot start yet is one compact row with its time and what to have at hand folded
 *   (components/taaklijst.tsx);
 * - the profielen table's sticky first column is narrow enough to leave room for the outcomes,
 *   and nothing overflows at 320 px (app/zorgkantoor/profielen/page.tsx).
 * Heights are noted on the tests; pictures with E2E_FOTOS=1 (docs/decisions/031-burgerpaginas.md).
 */
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { formulier } from "@/content/wizard/algemeen";
import { voorbereiden } from "@/content/voorbereiden";
import { aanvraagVragen as av } from "@/content/wizard/aanvraag";
import { profielenStaf } from "@/content/zorgkantoor-staf";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { doorloopStap, invoer } from "@/lib/wizard/vragen/testhulp";
import { test, verwachtGeenAxeFouten } from "./axe";
import { bezoeker, expect, geenOverloop, houdScriptsVast, wachtOpHydratie, ZELF } from "./hulp/bezoeker";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { ghDetails, ghKeuze, OVERZICHT, taakStatus, vraagPad } from "./hulp/stappen";
import { zaaiDraft } from "./hulp/zaaien";

const BREEDTE = 360;
/**
 * A new draft's task list page was 3,270 px high at 360 px with every list open, 2,814 px folded;
 * with the steps that cannot start yet as one compact row each, 1,964 px (both projects).
 */
const MAX_HOOGTE_OVERZICHT = 2000;
/** The profielen table's first column: at most this share of the scroll region at 360 px (it was 192 of 328 px). */
const MAX_EERSTE_KOLOM = 0.45;

test.use({ viewport: { width: BREEDTE, height: 740 } });

/** Steps 1 and 2 klaar, stap 3 not begun. */
const TWEE_KLAAR: Antwoorden = doorloopStap(doorloopStap({ voorWie: "zelf" }, "indicatie", invoer()), "keuze", invoer());

async function meet(page: Page, info: TestInfo, naam: string): Promise<number> {
  const px = await page.evaluate(() => document.documentElement.scrollHeight);
  info.annotations.push({ type: "hoogte", description: `${naam}: ${px} px` });
  if (FOTOS) await page.screenshot({ path: path.join(fotoMap(info.project.name), `telefoon-${naam}-${BREEDTE}.png`), fullPage: true });
  return px;
}

test("gewaarborgde hulp: de gegevens zijn ook vóór het script verborgen, tot 'ja'; geen 'Alleen invullen als ...'", async ({ page, baseURL, browser, javaScriptEnabled }, info) => {
  const b = bezoeker(page, { browser, javaScriptEnabled });
  await zaaiDraft(page.context(), baseURL, TWEE_KLAAR);
  await page.goto(vraagPad("aanvraag", "vaardigheden"));
  await page.getByRole("button", { name: componenten.knoppen.doorgaan }).click(); // nothing ticked is an answer (AV-01)
  const gh = vraagPad("aanvraag", "gewaarborgde-hulp");
  await expect(page).toHaveURL(new RegExp(`${gh}$`));
  const naam = page.getByLabel(av.gewaarborgdeHulp.naamLabel, { exact: true });
  const alleenBij = page.getByText(componenten.onthul.alleenBij(formulier.ja), { exact: true });

  // Before the script has run (scripts held back): the server's page already hides the details.
  const scripts = javaScriptEnabled ? await houdScriptsVast(page) : null;
  await page.goto(gh, { waitUntil: "commit" });
  await expect(ghKeuze(b, "ja")).toBeVisible();
  await expect(ghDetails(b)).toBeHidden();
  await expect(naam).toBeHidden();
  await expect(alleenBij).toBeHidden();
  await meet(page, info, "gewaarborgde-hulp-voor-script");
  // "Ja" before the script: CSS alone shows them.
  await ghKeuze(b, "ja").check();
  await expect(naam).toBeVisible();
  await expect(alleenBij).toBeHidden();
  await ghKeuze(b, "nee").check();
  await expect(naam).toBeHidden();
  await scripts?.losLaten();
  await wachtOpHydratie(b);

  // After it: the same.
  await expect(ghKeuze(b, "nee")).toBeChecked();
  await expect(naam).toBeHidden();
  await ghKeuze(b, "ja").check();
  await expect(naam).toBeVisible();
  await expect(alleenBij).toBeHidden();
  await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  await meet(page, info, "gewaarborgde-hulp-ja");
  // The relation question still speaks to the applicant (the page did not change otherwise).
  await expect(page.getByLabel(av.gewaarborgdeHulp.relatieLabel(ZELF), { exact: true })).toBeVisible();
});

test("een nieuwe aanvraag: de takenlijst is kort op 360 px; de volgende stap valt op, wat nog niet kan is één regel", async ({ page, baseURL, browser, javaScriptEnabled }, info) => {
  await zaaiDraft(page.context(), baseURL, { voorWie: "zelf" });
  await page.goto(OVERZICHT);
  // The next step: a link, its time in view and part of its description, what to have at hand folded.
  const volgende = page.getByRole("link", { name: aanvraag.overzicht.stappen.indicatie });
  await expect(volgende).toHaveAccessibleDescription(`${voorbereiden.duur(5)} ${componenten.status["niet-begonnen"]}`);
  await expect(page.locator("#taak-1-duur")).toBeVisible();
  await expect(page.locator("[data-volgende]")).toHaveCount(1);
  // Every other step: its status and why, in one short line, no link; its time folded.
  for (const stap of ["keuze", "aanvraag", "toekenning", "zorgovereenkomsten", "declaraties"] as const) {
    await expect(taakStatus(page, stap)).toHaveText(componenten.status["kan-nog-niet"]);
    await expect(page.getByRole("link", { name: aanvraag.overzicht.stappen[stap] })).toHaveCount(0);
  }
  await expect(page.getByText(aanvraag.overzicht.eerstStap(1))).toBeVisible();
  await expect(page.getByText(aanvraag.overzicht.eerstStap(3))).toHaveCount(3);
  await expect(page.locator("#taak-3-duur")).toBeHidden();
  // No result yet: the introduction says when it comes, with no section of its own.
  await expect(page.getByText(aanvraag.overzicht.resultaatNogNiet)).toBeVisible();
  await expect(page.getByRole("heading", { name: aanvraag.overzicht.resultaatKop })).toHaveCount(0);
  await expect(page.locator("#taak-3-duur")).toHaveText(voorbereiden.duur(20, 5));
  await expect(page.getByText(voorbereiden.klaarleggen.zorgverleners)).toBeHidden();
  await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  const px = await meet(page, info, "overzicht-nieuw");
  expect(px, `het overzicht van een nieuwe aanvraag is ${px} px hoog op ${BREEDTE} px`).toBeLessThan(MAX_HOOGTE_OVERZICHT);

  // Keyboard: Tab reaches a summary, Enter opens it (native <details>, also without JavaScript).
  const samenvattingen = page.locator("ol summary");
  await expect(samenvattingen).toHaveText([voorbereiden.nodigKop, voorbereiden.duurEnNodigKop, voorbereiden.duurEnNodigKop]);
  await samenvattingen.nth(2).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#taak-3-duur")).toBeVisible();
  await expect(page.getByText(voorbereiden.klaarleggen.zorgverleners)).toBeVisible();
  // A click on the next step's summary opens it, it does not follow the row's link.
  await samenvattingen.nth(0).click();
  await expect(page).toHaveURL(new RegExp(`${OVERZICHT}$`));
  await expect(page.getByText(voorbereiden.klaarleggen.indicatiebesluit).first()).toBeVisible();
  await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  await geenOverloop(page, 320);
  // On paper the lists are there.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(voorbereiden.klaarleggen["woonwens-en-regie"])).toBeVisible();
});

test("profielen: de vaste eerste kolom is smal op 360 px, blijft staan bij schuiven, en niets schuift opzij op 320 px", async ({ page, browser, javaScriptEnabled }, info) => {
  // Every sector: the column is as wide as its widest cell in the whole table.
  await page.goto("/zorgkantoor/profielen");
  const gebied = page.getByRole("region", { name: profielenStaf.scrollgebied });
  const maten = async () =>
    gebied.evaluate((g) => {
      const koppen = [...g.querySelectorAll("tbody th[scope=row]")];
      const links = g.getBoundingClientRect().left;
      return {
        gebied: g.clientWidth,
        kolom: Math.max(...koppen.map((th) => th.getBoundingClientRect().width)),
        links: Math.max(...koppen.map((th) => Math.abs(th.getBoundingClientRect().left - links))),
      };
    });
  const voor = await maten();
  info.annotations.push({ type: "eerste kolom", description: `${Math.round(voor.kolom)} van ${voor.gebied} px` });
  expect(voor.kolom, `de eerste kolom is ${voor.kolom} van ${voor.gebied} px`).toBeLessThanOrEqual(voor.gebied * MAX_EERSTE_KOLOM);
  // The longest word of Bijlage 4 may break after its slash.
  await expect(page.locator("tbody th[scope=row]", { hasText: "verzorging/verpleging" }).first().locator("wbr")).toHaveCount(1);
  await meet(page, info, "profielen");
  // Scrolled sideways, the first column stays at the left edge.
  await gebied.evaluate((g) => g.scrollBy({ left: 300 }));
  expect((await maten()).links).toBeLessThanOrEqual(1);
  await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  await geenOverloop(page, 320);
});
