/**
 * Issue 3, "Measure and report": screenshots of each kind of page at 360 px and 1280 px wide,
 * with JavaScript on and off, for people to look at — not assertions. They land in
 * test-results/schermafbeeldingen/<project>/ (gitignored, emptied by each run), with the first
 * page of the budgetplan PDF as PNG beside them. A page wider than the screen (horizontal
 * scrolling) is noted as an annotation of the test, not a failure.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page, TestInfo } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { formulier } from "@/content/wizard/algemeen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { start } from "@/content/start";
import { bezoeker, expect, test } from "./hulp/bezoeker";
import {
  BUURVROUW,
  bekijkBedragen,
  beschrijfZorg,
  bevestigBudgetplanZorgprofiel,
  downloadPdf,
  geefPersoonsgegevens,
  geefWoonplaats,
  geefRedenPgb,
  MOEDER,
  onderteken,
  somRegels,
  voegZorgverlenerToe,
  wijzigZorgverlener,
  ZORGVERLENERS,
  zorgverlenersDoorgaan,
} from "./hulp/budgetplan";
import {
  begin,
  beantwoordWeigeringsgronden,
  bekijkResultaat,
  bewaarVoorLater,
  controleerEnRondAf,
  foutSamenvatting,
  heeftIndicatie,
  kiesRegie,
  kiesVoorWie,
  kiesWoonwens,
  leesGesprek,
  leesUitkomst,
  naarOverzicht,
  openStap,
  vinkVaardighedenAan,
  geefGewaarborgdeHulp,
  vulZorgprofielIn,
} from "./hulp/stappen";

const BREEDTES = [360, 1280] as const;

const fotoMap = (info: TestInfo): string => path.join(process.cwd(), "test-results", "schermafbeeldingen", info.project.name);

/** "07-naam": the next number of this test's pictures, noted as an annotation. */
function volgendeNaam(info: TestInfo, naam: string): string {
  const volgorde = String(info.annotations.filter((a) => a.type === "schermafbeelding").length + 1).padStart(2, "0");
  info.annotations.push({ type: "schermafbeelding", description: naam });
  return `${volgorde}-${naam}`;
}

async function foto(page: Page, info: TestInfo, naam: string): Promise<void> {
  const map = fotoMap(info);
  const volgorde = volgendeNaam(info, naam).slice(0, 2);
  for (const breedte of BREEDTES) {
    await page.setViewportSize({ width: breedte, height: 800 });
    const scrollBreedte = await page.evaluate(() => document.documentElement.scrollWidth).catch(() => null);
    if (scrollBreedte !== null && scrollBreedte > breedte) {
      info.annotations.push({ type: "breder dan het scherm", description: `${naam} bij ${breedte} px: ${scrollBreedte} px` });
    }
    await page.screenshot({ path: path.join(map, `${volgorde}-${naam}-${breedte}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Only `deel` of the page, at `breedte` px wide (the budgetplan's sums on a phone). */
async function fotoVanDeel(page: Page, info: TestInfo, naam: string, deel: Locator, breedte: number): Promise<void> {
  await page.setViewportSize({ width: breedte, height: 800 });
  await expect(deel).toBeVisible();
  await deel.screenshot({ path: path.join(fotoMap(info), `${volgendeNaam(info, naam)}-${breedte}.png`) });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The budgetplan PDF's first page as PNG (pdftoppm), beside the screenshots. */
async function fotoVanPdf(page: Page, info: TestInfo, naam: string): Promise<void> {
  const { bestand } = await downloadPdf(page);
  mkdirSync(fotoMap(info), { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", bestand, path.join(fotoMap(info), volgendeNaam(info, naam))]);
}

/** Submit a page empty to photograph its error state, then open it afresh. */
async function fotoMetFouten(page: Page, info: TestInfo, naam: string, knop: string = formulier.doorgaan): Promise<void> {
  const url = page.url();
  await page.getByRole("button", { name: knop, exact: true }).click();
  await expect(foutSamenvatting(page)).toBeVisible();
  await foto(page, info, naam);
  await page.goto(url);
}

test.describe("schermafbeeldingen", () => {
  test("van elk soort pagina op 360 en 1280 px", async ({ page, browser, javaScriptEnabled }, info) => {
    test.setTimeout(240_000);
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

  test("van de uitkomst als een pgb niet kan (3LVG)", async ({ page, browser, javaScriptEnabled }, info) => {
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
