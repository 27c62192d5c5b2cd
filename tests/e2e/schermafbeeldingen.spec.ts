/**
 * Issue 3, "Measure and report": screenshots of each kind of page at 360 px and 1280 px wide,
 * with JavaScript on and off, for people to look at — not assertions. They land in
 * test-results/schermafbeeldingen/<project>/ (gitignored, emptied by each run). A page wider
 * than the screen (horizontal scrolling) is noted as an annotation of the test, not a failure.
 */
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { formulier } from "@/content/wizard/algemeen";
import { start } from "@/content/start";
import { bezoeker, expect, test } from "./hulp/bezoeker";
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

async function foto(page: Page, info: TestInfo, naam: string): Promise<void> {
  const map = path.join(process.cwd(), "test-results", "schermafbeeldingen", info.project.name);
  const volgorde = String(info.annotations.filter((a) => a.type === "schermafbeelding").length + 1).padStart(2, "0");
  info.annotations.push({ type: "schermafbeelding", description: naam });
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
    test.setTimeout(120_000);
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
    await foto(page, info, "stap3-gesprek");
    await leesGesprek(b);
    await foto(page, info, "stap3-controleren");
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
