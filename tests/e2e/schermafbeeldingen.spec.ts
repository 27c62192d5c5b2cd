/**
 * Each kind of page at 320, 360 and 1280 px wide, with JavaScript on and off. One thing is
 * asserted: no page is wider than the screen at 320 (WCAG 1.4.10 Reflow), 360 or 1280 px
 * (horizontal scrolling). Every page that is fails the test (a soft assertion, so one run lists
 * them all); long words break (app/globals.css) and a wide table scrolls inside its own region
 * instead. With `E2E_FOTOS=1` the walk also takes screenshots at 360 and 1280 px, for people to
 * look at, in test-results/schermafbeeldingen/<project>/ (gitignored, emptied by each run), with
 * the first page of the budgetplan PDF as PNG beside them. Full-page pictures are the slowest
 * thing a browser test can do and nobody looks at them in CI, so CI runs without
 * (docs/decisions/021-browsertests-snel-en-eerlijk.md). Steps 1–3 are walked in two parts
 * (hulp/zaaien.ts); steps 4–6 and the other pages start from a seeded draft.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page, TestInfo } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { budgetplanOverzicht } from "@/content/budgetplan-overzicht";
import { profielenStaf } from "@/content/zorgkantoor-staf";
import { formulier } from "@/content/wizard/algemeen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { start } from "@/content/start";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { PGB_VAARDIGHEDEN } from "@/rules/aanvraag";
import { bezoeker, expect, test } from "./hulp/bezoeker";
import {
  BUURVROUW,
  BUURVROUW_OPGESLAGEN,
  bekijkBedragen,
  beschrijfZorg,
  bevestigBudgetplanZorgprofiel,
  downloadPdf,
  geefPersoonsgegevens,
  geefWoonplaats,
  geefRedenPgb,
  MOEDER,
  MOEDER_OPGESLAGEN,
  onderteken,
  somRegels,
  voegZorgverlenerToe,
  wijzigZorgverlener,
  ZORGVERLENERS,
  zorgverlenersDoorgaan,
} from "./hulp/budgetplan";
import {
  beantwoordWeigeringsgronden,
  begin,
  bekijkResultaat,
  bewaarVoorLater,
  controleerEnRondAf,
  foutSamenvatting,
  geefGewaarborgdeHulp,
  GEEN_WEIGERINGSGROND,
  heeftIndicatie,
  kiesRegie,
  kiesVoorWie,
  kiesWoonwens,
  leesGesprek,
  leesUitkomst,
  naarOverzicht,
  openStap,
  vinkVaardighedenAan,
  vraagPad,
  vulZorgprofielIn,
} from "./hulp/stappen";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { verwachtDraft, zaaiDraft } from "./hulp/zaaien";
import { bijBudgetplan, NA_STAP_2 } from "./hulp/zaden";

/** Checked: the narrowest screen WCAG 1.4.10 names, a common phone, a laptop. */
const BREEDTES = [320, 360, 1280];
/** Photographed (a full-page picture is the slow part): the phone and the laptop; only when asked. */
const FOTO_BREEDTES = [360, 1280];

/** What the first part of step 3 leaves behind, on the bedragen page: the seed of the second. */
const NA_ZORGVERLENERS: Antwoorden = {
  ...NA_STAP_2,
  vaardigheden: PGB_VAARDIGHEDEN.slice(0, 6),
  heeftGewaarborgdeHulp: "ja",
  gewaarborgdeHulp: { naam: "Ans de Vries", relatie: "dochter", isWettelijkVertegenwoordiger: "nee", telefoon: "06 12345678" },
  ...GEEN_WEIGERINGSGROND,
  persoonsgegevens: { achternaam: "de Vries", geboortedatum: "1948-05-17", bsn: "111222333" },
  budgetplanZorgprofiel: "5VV",
  redenKeuzePgb: "Ik wil zelf kiezen wie mij helpt.",
  zorgInkopen: "Wassen en aankleden, elke ochtend.",
  zorgverleners: [MOEDER_OPGESLAGEN, BUURVROUW_OPGESLAGEN],
  gezien: ["uitkomst", "zorgverleners"],
};

/** Steps 1–3 done: 5VV, thuis, zelf; the brochure's moeder and a neighbour on an arbeidsovereenkomst. */
const NA_STAP_3: Antwoorden = {
  ...bijBudgetplan(),
  persoonsgegevens: { achternaam: "de Vries", geboortedatum: "1948-05-17", bsn: "111222333" },
  budgetplanZorgprofiel: "5VV",
  redenKeuzePgb: "Ik wil zelf kiezen wie mij helpt.",
  zorgInkopen: "Wassen en aankleden, elke ochtend.",
  zorgverleners: NA_ZORGVERLENERS.zorgverleners,
  verwachtJaarbudget: 2_000_000,
  ondertekening: [{ naam: "Maria de Vries", relatie: "budgethouder" }],
  woonplaats: { invoer: "Tilburg", zkCode: "ZK12", gemeente: "Tilburg", viaPostcode: false },
  gezien: ["uitkomst", "zorgverleners", "gesprek"],
  bevestigd: ["indicatie", "keuze", "aanvraag"],
};

const VOORBEELD_MOEDER =
  "profiel=5VV&wonen=thuis&zv1-naam=Moeder&zv1-uren=25&zv1-tarief=15%2C00&zv1-soort=persoon&zv1-relatie=familie-1e-graad&zv1-overeenkomst=opdracht&zv1-dagen=7";

/**
 * "b07-naam": this test's series letter (its order in this file, `reeks`) and the next number of
 * its pictures, noted as an annotation; so the folder lists the pictures in the order of the pages.
 */
function volgendeNaam(info: TestInfo, naam: string): string {
  const reeks = info.annotations.find((a) => a.type === "fotoreeks")?.description ?? "x";
  const volgorde = String(info.annotations.filter((a) => a.type === "schermafbeelding").length + 1).padStart(2, "0");
  info.annotations.push({ type: "schermafbeelding", description: naam });
  return `${reeks}${volgorde}-${naam}`;
}

/** Names this test's series of pictures ("a", "b", …). */
function fotoreeks(info: TestInfo, reeks: string): void {
  info.annotations.push({ type: "fotoreeks", description: reeks });
}

async function foto(page: Page, info: TestInfo, naam: string): Promise<void> {
  const bestand = path.join(fotoMap(info.project.name), volgendeNaam(info, naam));
  for (const breedte of BREEDTES) {
    await page.setViewportSize({ width: breedte, height: 800 });
    // A locator works without JavaScript too.
    const scrollBreedte = await page.locator("html").evaluate((html) => html.scrollWidth);
    expect.soft(scrollBreedte, `${naam} bij ${breedte} px: de pagina schuift niet opzij`).toBeLessThanOrEqual(breedte);
    if (FOTOS && FOTO_BREEDTES.includes(breedte)) await page.screenshot({ path: `${bestand}-${breedte}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Each page, opened by its address, photographed. */
async function fotosVan(page: Page, info: TestInfo, paginas: [naam: string, pad: string][]): Promise<void> {
  for (const [naam, pad] of paginas) {
    await page.goto(pad);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await foto(page, info, naam);
  }
}

/** Only `deel` of the page, at `breedte` px wide (the budgetplan's sums on a phone). */
async function fotoVanDeel(page: Page, info: TestInfo, naam: string, deel: Locator, breedte: number): Promise<void> {
  await page.setViewportSize({ width: breedte, height: 800 });
  await expect(deel).toBeVisible();
  if (FOTOS) await deel.screenshot({ path: path.join(fotoMap(info.project.name), `${volgendeNaam(info, naam)}-${breedte}.png`) });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The budgetplan PDF's first page as PNG (pdftoppm), beside the screenshots. */
async function fotoVanPdf(page: Page, info: TestInfo, naam: string): Promise<void> {
  const { bestand } = await downloadPdf(page);
  if (!FOTOS) return;
  mkdirSync(fotoMap(info.project.name), { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", bestand, path.join(fotoMap(info.project.name), volgendeNaam(info, naam))]);
}

/** Submit a page empty to photograph its error state, then open it afresh. */
async function fotoMetFouten(page: Page, info: TestInfo, naam: string, knop: string = formulier.doorgaan): Promise<void> {
  const url = page.url();
  await page.getByRole("button", { name: knop, exact: true }).click();
  await expect(foutSamenvatting(page)).toBeVisible();
  await foto(page, info, naam);
  await page.goto(url);
}

/** `binnen` lies within `vak` left to right (half a pixel for rounding). */
async function ligtBinnen(binnen: Locator, vak: Locator, wat: string): Promise<void> {
  const a = await binnen.boundingBox();
  const b = await vak.boundingBox();
  if (a === null || b === null) throw new Error(`${wat}: niet op het scherm`);
  expect(a.x, `${wat}: links in beeld`).toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.x + a.width, `${wat}: rechts in beeld`).toBeLessThanOrEqual(b.x + b.width + 0.5);
}

/**
 * A table wider than the screen scrolls inside its region; `vast` (the first column's cell, and
 * the budgetplan's yearly total) stays in view at both ends of the scroll
 * (docs/decisions/031-burgerpaginas.md). The region is scrolled as a person would move it, by
 * setting where it stands, which works without JavaScript too.
 */
async function blijftInBeeld(regio: Locator, vast: [cel: Locator, wat: string][]): Promise<void> {
  const ruimte = await regio.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(ruimte, "de tabel schuift opzij").toBeGreaterThan(0);
  for (const plek of ["begin", "eind"] as const) {
    await regio.evaluate((el, eind) => el.scrollTo({ left: eind ? el.scrollWidth : 0 }), plek === "eind");
    await expect.poll(() => regio.evaluate((el) => el.scrollLeft)).toBe(plek === "eind" ? ruimte : 0);
    for (const [cel, wat] of vast) await ligtBinnen(cel, regio, `${wat}, ${plek} van de tabel`);
  }
}

test("een tabel die opzij schuift, houdt de eerste kolom (en het totaal) in beeld", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/zorgkantoor/profielen");
  const profielen = page.getByRole("region", { name: profielenStaf.scrollgebied, exact: true });
  await blijftInBeeld(profielen, [
    [profielen.locator("thead th").first(), "de kop van de eerste kolom"],
    [profielen.locator("tbody th[scope=row]").first(), "het eerste zorgprofiel"],
  ]);

  // The budgetplan shows its table from 640 px (narrower: one line per sum), where it still scrolls.
  await page.setViewportSize({ width: 640, height: 740 });
  await zaaiDraft(page.context(), baseURL, NA_ZORGVERLENERS);
  await page.goto(vraagPad("aanvraag", "bedragen"));
  const bedragen = page.getByRole("region", { name: budgetplanOverzicht.tabel.scrollgebied, exact: true });
  await blijftInBeeld(bedragen, [
    [bedragen.locator("tbody th[scope=row]").first(), "de eerste zorgverlener"],
    [bedragen.locator("tfoot th"), "Totaal"],
    [bedragen.locator("tfoot td").last(), "het totaal per jaar"],
  ]);
});

test.describe("schermafbeeldingen", () => {
  test("van elk soort pagina van stap 1 en 2", async ({ page, browser, javaScriptEnabled }, info) => {
    fotoreeks(info, "a");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await foto(page, info, "start");
    await fotoMetFouten(page, info, "start-fout", start.voorWie.knop);
    await kiesVoorWie(b, "zelf");
    await foto(page, info, "overzicht-leeg");

    await openStap(b, "indicatie", "heeft-indicatie");
    await foto(page, info, "stap1-keuzerondjes");
    await fotoMetFouten(page, info, "stap1-keuzerondjes-fout");
    await heeftIndicatie(b, "ja");
    await foto(page, info, "stap1-tekstveld-met-hulp");
    await page.locator("summary").first().click();
    await foto(page, info, "stap1-bijlage4-open");
    await page.goto(page.url());
    await fotoMetFouten(page, info, "stap1-tekstveld-fout");
    await vulZorgprofielIn(b, "5VV");
    await foto(page, info, "stap1-controleren");
    await controleerEnRondAf(b, "indicatie");

    await openStap(b, "keuze", "woonwens");
    await foto(page, info, "stap2-woonwens");
    await kiesWoonwens(b, "thuis");
    await kiesRegie(b, "zelf");
    await foto(page, info, "stap2-uitkomst-pgb");
    await leesUitkomst(b);
    await controleerEnRondAf(b, "keuze");
    await foto(page, info, "overzicht-halverwege");
    await verwachtDraft(page.context(), NA_STAP_2);
  });

  test("van elk soort pagina van stap 3 tot en met de zorgverleners", async ({ page, browser, javaScriptEnabled, baseURL }, info) => {
    fotoreeks(info, "b");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await zaaiDraft(page.context(), baseURL, NA_STAP_2);
    await naarOverzicht(b);
    await openStap(b, "aanvraag", "vaardigheden");
    await foto(page, info, "stap3-vinkjes");
    await vinkVaardighedenAan(b, 6);
    await foto(page, info, "stap3-gewaarborgde-hulp");
    await fotoMetFouten(page, info, "stap3-gewaarborgde-hulp-fout");
    await geefGewaarborgdeHulp(b, { naam: "Ans de Vries", relatie: "dochter", wettelijkVertegenwoordiger: "nee", telefoon: "06 12345678" });
    await foto(page, info, "stap3-weigeringsgronden");
    await fotoMetFouten(page, info, "stap3-weigeringsgronden-fout");
    await beantwoordWeigeringsgronden(b);

    // The budgetplan (Bijlage 3).
    await foto(page, info, "stap3-budgetplan-persoonsgegevens");
    await geefPersoonsgegevens(b, { achternaam: "de Vries", geboortedatum: "17-05-1948", bsn: "111222333" });
    await bevestigBudgetplanZorgprofiel(b);
    await geefRedenPgb(b, "Ik wil zelf kiezen wie mij helpt.");
    await beschrijfZorg(b, "Wassen en aankleden, elke ochtend.");
    await foto(page, info, "stap3-zorgverleners-leeg");
    await page.getByRole("button", { name: budgetplanVragen.zorgverleners.toevoegen, exact: true }).click();
    await fotoMetFouten(page, info, "stap3-zorgverlener-fout", budgetplanVragen.zorgverlener.knop);
    await page.goto(ZORGVERLENERS);
    await voegZorgverlenerToe(b, MOEDER);
    await voegZorgverlenerToe(b, BUURVROUW);
    await foto(page, info, "stap3-zorgverleners");
    // The zorgverlener's page as the server renders it filled in, with its sum.
    await wijzigZorgverlener(b, MOEDER.naam);
    await foto(page, info, "stap3-zorgverlener");
    await page.goto(ZORGVERLENERS);
    await zorgverlenersDoorgaan(b);
    await verwachtDraft(page.context(), NA_ZORGVERLENERS);
  });

  test("van elk soort pagina van stap 3 vanaf de bedragen, het resultaat en bewaren", async ({ page, browser, javaScriptEnabled, baseURL }, info) => {
    fotoreeks(info, "c");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await zaaiDraft(page.context(), baseURL, NA_ZORGVERLENERS);
    await page.goto(vraagPad("aanvraag", "bedragen"));
    await foto(page, info, "stap3-bedragen");
    await fotoVanDeel(page, info, "stap3-bedragen-som", somRegels(page), 360);
    await bekijkBedragen(b, { verwacht: "20.000" });
    await foto(page, info, "stap3-ondertekening");
    await onderteken(b, [{ rol: "gewaarborgde-hulp" }]);
    await foto(page, info, "stap3-zorgkantoor");
    await geefWoonplaats(b, "5038 AB", "Midden Brabant");
    await foto(page, info, "stap3-gesprek");
    await leesGesprek(b);
    await foto(page, info, "stap3-controleren");
    await fotoVanPdf(page, info, "budgetplan-pdf-blad1");
    await controleerEnRondAf(b, "aanvraag");
    await foto(page, info, "overzicht-klaar");
    await bekijkResultaat(b);
    await foto(page, info, "resultaat");
    await naarOverzicht(b);
    await bewaarVoorLater(b);
    await foto(page, info, "bewaren");
    await page.goto("/hervat?sleutel=onzin");
    await expect(page.getByRole("heading", { name: aanvraag.hervat.titel })).toBeVisible();
    await foto(page, info, "hervat-mislukt");
  });

  test("van stap 4, 5 en 6", async ({ page, baseURL }, info) => {
    fotoreeks(info, "d");
    // Steps 1–3 are photographed above; here they are seeded as done (hulp/zaaien.ts).
    await zaaiDraft(page.context(), baseURL, NA_STAP_3);
    await fotosVan(page, info, [
      ["overzicht-stap4-open", "/aanvraag"],
      ["stap4", "/aanvraag/toekenning"],
      ["stap4-beschikking", "/aanvraag/toekenning/beschikking"],
      ["stap4-eigen-bijdrage", "/aanvraag/toekenning/eigen-bijdrage"],
      ["stap4-einde", "/aanvraag/toekenning/einde"],
      ["stap4-buitenland", "/aanvraag/toekenning/buitenland"],
      ["stap5", "/aanvraag/zorgovereenkomsten"],
      ["stap5-familie-opdracht", "/aanvraag/zorgovereenkomsten/moeder"],
      ["stap5-arbeidsovereenkomst", "/aanvraag/zorgovereenkomsten/buurvrouw"],
      ["stap6", "/aanvraag/declaraties"],
      ["stap6-budget", "/aanvraag/declaraties/budget?plan=ja"],
      ["stap6-termijn", "/aanvraag/declaraties/termijn"],
      ["stap6-verantwoordingsvrij", "/aanvraag/declaraties/verantwoordingsvrij"],
    ]);
  });

  test("van delen en de pagina's voor het zorgkantoor", async ({ page, baseURL }, info) => {
    fotoreeks(info, "e");
    await zaaiDraft(page.context(), baseURL, NA_STAP_3);
    await fotosVan(page, info, [
      ["delen", "/aanvraag/delen"],
      ["zorgkantoor-zoeken", "/zorgkantoor?zoek=Tilburg"],
      ["zorgkantoor-voorbeeld", `/zorgkantoor/voorbeeld?${VOORBEELD_MOEDER}`],
      ["zorgkantoor-profielen", "/zorgkantoor/profielen"],
      ["zorgkantoor-parameters", "/zorgkantoor/parameters"],
    ]);
  });

  test("van de uitkomst als een pgb niet kan (3LVG)", async ({ page, browser, javaScriptEnabled }, info) => {
    fotoreeks(info, "f");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await openStap(b, "indicatie", "heeft-indicatie");
    await heeftIndicatie(b, "ja");
    await vulZorgprofielIn(b, "3LVG");
    await controleerEnRondAf(b, "indicatie");
    await openStap(b, "keuze", "woonwens");
    await kiesWoonwens(b, "thuis");
    await kiesRegie(b, "zelf");
    await foto(page, info, "stap2-uitkomst-geen-pgb");
  });
});
