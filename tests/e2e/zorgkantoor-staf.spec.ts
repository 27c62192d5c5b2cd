/**
 * The pages for zorgkantoor staff. /zorgkantoor/profielen must say what the API says
 * for every profile (the test asks the running API itself), and both pages work as plain GET
 * forms in both projects (with and without JavaScript).
 */
import type { Page } from "@playwright/test";
import { algemeen } from "@/content/algemeen";
import { componenten } from "@/content/componenten";
import { parametersStaf as pt, profielenStaf as t } from "@/content/zorgkantoor-staf";
import { vandaagInAmsterdam } from "@/lib/datum";
import { formatDatumNl } from "@/rules/datum";
import { redenTekst, ZORGKANTOOR } from "@/content/redenen";
import { reden } from "@/rules/redenen";
import { ALLE_ZORGPROFIELEN, formatZorgprofiel, vindZorgprofiel } from "@/rules/zorgprofiel";
import { verwachtGeenAxeFouten } from "./axe";
import { expect, test } from "./hulp/bezoeker";

const PROFIELEN = "/zorgkantoor/profielen";
const PARAMETERS = "/zorgkantoor/parameters";

interface Cel {
  profiel: string;
  kolom: string;
  uitkomst: string;
}

const cellen = (page: Page): Promise<Cel[]> =>
  page.locator("td[data-profiel]").evaluateAll((tds) =>
    tds.map((td) => ({
      profiel: td.getAttribute("data-profiel") ?? "",
      kolom: td.getAttribute("data-kolom") ?? "",
      uitkomst: td.getAttribute("data-uitkomst") ?? "",
    })),
  );

const cel = (page: Page, profiel: string, kolom: string) => page.locator(`td[data-profiel="${profiel}"][data-kolom="${kolom}"]`);

async function geenHorizontaleScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test.describe("Zorgprofielen en leveringsvormen (/zorgkantoor/profielen)", () => {
  test("elke cel is het antwoord van de API, voor elk zorgprofiel", async ({ page, request }) => {
    await page.goto(PROFIELEN);
    await expect(page).toHaveTitle(`${t.titel} – ${algemeen.dienstnaam}`);
    const gevonden = await cellen(page);
    const codes = [...new Set(gevonden.map((c) => c.profiel))];
    expect(codes.toSorted()).toEqual(ALLE_ZORGPROFIELEN.map((z) => z.code).toSorted());

    for (const code of codes) {
      const antwoord = await request.post("/api/v1/beoordelingen", { data: { zorgprofiel: code, woonsituatie: "thuis" } });
      expect(antwoord.status()).toBe(200);
      const json = (await antwoord.json()) as {
        leveringsvormen: Record<string, { uitkomst: string }>;
        gewaarborgdeHulp: { verplicht: boolean };
      };
      const verwacht = {
        pgb: json.leveringsvormen.pgb?.uitkomst,
        vpt: json.leveringsvormen.vpt?.uitkomst,
        mpt: json.leveringsvormen.mpt?.uitkomst,
        pgbMetMpt: json.leveringsvormen.pgbMetMpt?.uitkomst,
        verblijf: json.leveringsvormen.verblijf?.uitkomst,
        deeltijdverblijf: json.leveringsvormen.deeltijdverblijf?.uitkomst,
        gewaarborgdeHulp: json.gewaarborgdeHulp.verplicht ? "ja" : "nee",
      };
      const rij = Object.fromEntries(gevonden.filter((c) => c.profiel === code).map((c) => [c.kolom, c.uitkomst]));
      expect({ code, ...rij }).toEqual({ code, ...verwacht });
    }
  });

  test("een echte datatabel met koppen, en het woord in elke cel", async ({ page }) => {
    await page.goto(PROFIELEN);
    const tabel = page.getByRole("table", { name: t.bijschrift });
    await expect(tabel).toBeVisible();
    await expect(tabel.locator("thead th[scope=col]")).toHaveText([t.kolomZorgprofiel, ...Object.values(t.kolom)]);
    await expect(tabel.locator("tbody")).toHaveCount(9);
    await expect(tabel.locator("tbody th[scope=row]")).toHaveCount(ALLE_ZORGPROFIELEN.length);
    await expect(cel(page, "5VV", "pgb").locator("summary")).toHaveText(`${t.woord.ja}${t.waarom}`);
    await expect(cel(page, "9BVV", "pgb").locator("summary")).toHaveText(`${t.woord.nee}${t.waarom}`);
    await expect(cel(page, "5VV", "vpt").locator("summary")).toHaveText(`${t.woord.navragen}${t.waarom}`);
  });

  test("de reden opent met het toetsenbord, ook zonder JavaScript; geen axe-fouten, ook met de reden open", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(`${PROFIELEN}?sector=VV`);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    const samenvatting = cel(page, "9BVV", "pgb").locator("summary");
    await samenvatting.focus();
    await expect(samenvatting).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(cel(page, "9BVV", "pgb").locator("details")).toHaveAttribute("open", "");
    await expect(cel(page, "9BVV", "pgb")).toContainText("Regel LV-02");
    // Staff read about "de aanvrager"; the page never addresses them as the applicant.
    const profiel = vindZorgprofiel("9BVV");
    expect(profiel).not.toBeNull();
    if (profiel !== null) {
      const tekst = redenTekst(reden("LV-02", "lv.geen-pgb-zorgprofiel", { zorgprofiel: formatZorgprofiel(profiel) }), ZORGKANTOOR);
      await expect(cel(page, "9BVV", "pgb").locator("[data-reden]")).toHaveText(tekst);
    }
    await expect(cel(page, "9BVV", "pgb")).not.toContainText(/\b(u|uw)\b/);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  test("filter op sector met een gewoon formulier", async ({ page }) => {
    await page.goto(PROFIELEN);
    await page.getByLabel(t.sectorLabel, { exact: true }).selectOption("LVG");
    await page.getByRole("button", { name: t.knop }).click();
    await expect(page).toHaveURL(/\/zorgkantoor\/profielen\?sector=LVG$/);
    await expect(page.getByRole("table", { name: t.bijschriftSector(t.sector.LVG) })).toBeVisible();
    await expect(page.locator("tbody[data-sector]")).toHaveCount(1);
    expect(new Set((await cellen(page)).map((c) => c.profiel))).toEqual(new Set(["1LVG", "2LVG", "3LVG", "4LVG", "5LVG"]));
    await expect(page.getByLabel(t.sectorLabel, { exact: true })).toHaveValue("LVG");

    await page.getByLabel(t.sectorLabel, { exact: true }).selectOption("");
    await page.getByRole("button", { name: t.knop }).click();
    await expect(page.locator("tbody[data-sector]")).toHaveCount(9);
  });

  test("een onbekende sector: foutmelding, 'Fout:' in de titel, alle sectoren", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(`${PROFIELEN}?sector=XX`);
    await expect(page).toHaveTitle(new RegExp(`^${componenten.fout.voorvoegsel} ${t.titel}`));
    await expect(page.locator("[data-fout-samenvatting]")).toContainText(t.fout.onbekendeSector);
    await expect(page.getByLabel(t.sectorLabel, { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("tbody[data-sector]")).toHaveCount(9);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  /**
   * The page's weight as served, React's inline payload included. It was 1.1 MB: the table's
   * markup, and all of it again in the payload, 39 % class strings. With named classes and the
   * table sent to the browser as data (app/zorgkantoor/profielen/tabel.tsx), about 394 kB in Dutch
   * and 409 kB in English (docs/decisions/030-snelheid.md, addendum 2026-12-05). The bound leaves
   * room for new words, not for the markup twice; the second check says so whatever the words.
   */
  test("de pagina blijft licht: de HTML onder 450 kB, de tabel niet nog eens in de scripts", async ({ request }) => {
    for (const taal of ["nl", "en"]) {
      const antwoord = await request.get(PROFIELEN, { headers: { "Accept-Language": taal } });
      expect(antwoord.status()).toBe(200);
      const html = await antwoord.text();
      expect(html).toContain(`<html lang="${taal}"`);
      expect(Buffer.byteLength(html), `${taal}: bytes HTML`).toBeLessThan(450_000);
      const zonderScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
      const redenen = (tekst: string) => tekst.split("data-reden").length - 1;
      expect(redenen(zonderScripts), `${taal}: redenen in de tabel`).toBeGreaterThan(500);
      expect(redenen(html) - redenen(zonderScripts), `${taal}: redenen als opmaak in React's gegevens`).toBe(0);
    }
  });

  test("past op 360 px: alleen de tabel schuift, in een gebied dat focus krijgt", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(PROFIELEN);
    await geenHorizontaleScroll(page);
    const gebied = page.getByRole("region", { name: t.scrollgebied });
    await expect(gebied).toHaveAttribute("tabindex", "0");
    await gebied.focus();
    await expect(gebied).toBeFocused();
    await cel(page, "5VV", "pgb").locator("summary").click();
    await geenHorizontaleScroll(page);
  });
});

test.describe("Jaarparameters op een datum (/zorgkantoor/parameters)", () => {
  const veld = (page: Page) => page.getByLabel(pt.datumLabel, { exact: true });
  const groep = (page: Page, kop: string) => page.getByRole("region", { name: kop });

  async function toon(page: Page, datum: string): Promise<void> {
    await veld(page).fill(datum);
    await page.getByRole("button", { name: pt.knop }).click();
  }

  test("vandaag staat al ingevuld; geen axe-fouten", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(PARAMETERS);
    await expect(page).toHaveTitle(`${pt.titel} – ${algemeen.dienstnaam}`);
    const vandaag = formatDatumNl(vandaagInAmsterdam());
    await expect(veld(page)).toHaveValue(vandaag);
    await expect(page.getByRole("heading", { level: 2, name: pt.uitkomstKop(vandaag) })).toBeVisible();
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  test("01-06-2024: alles bekend, met bron en de datum vanaf wanneer", async ({ page }) => {
    await page.goto(PARAMETERS);
    await toon(page, "01-06-2024");
    await expect(page).toHaveURL(/\?datum=01-06-2024$/);
    const tarieven = groep(page, pt.kop.maximumtarieven);
    await expect(tarieven).toContainText("€ 77,00");
    await expect(tarieven).toContainText(pt.geldigVanaf("01-01-2024"));
    await expect(tarieven).toContainText("rpsw.nl tarieven pgb wlz voor 2024");
    await expect(tarieven.locator("[data-waarde=onbekend]")).toHaveCount(0);
    await expect(groep(page, pt.kop.eigenBijdrage)).toContainText("€ 200,40");
  });

  test("24-11-2026: de maximumtarieven zijn niet bekend, en er staat wat u dan doet", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(`${PARAMETERS}?datum=24-11-2026`);
    const tarieven = groep(page, pt.kop.maximumtarieven);
    await expect(tarieven.locator("[data-waarde=onbekend]")).toHaveCount(3);
    await expect(tarieven).toContainText(pt.nietBekend);
    await expect(tarieven).toContainText(pt.nietBekendWatTeDoen);
    await expect(groep(page, pt.kop.eigenBijdrage)).toContainText("€ 212,60");
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  test("een datum die niet bestaat: foutmelding met focus, fout bij het veld, de invoer blijft staan", async ({ page, javaScriptEnabled, browser }) => {
    await page.goto(PARAMETERS);
    await toon(page, "31-02-2026");
    await expect(page).toHaveTitle(new RegExp(`^${componenten.fout.voorvoegsel} ${pt.titel}`));
    const samenvatting = page.locator("[data-fout-samenvatting]");
    await expect(samenvatting).toBeFocused();
    await expect(samenvatting).toContainText(pt.fout.ongeldig);
    await expect(veld(page)).toHaveValue("31-02-2026");
    await expect(veld(page)).toHaveAttribute("aria-invalid", "true");
    await expect(veld(page)).toHaveAccessibleDescription(`${pt.datumHint} ${componenten.fout.voorvoegsel} ${pt.fout.ongeldig}`);
    await expect(page.getByRole("heading", { level: 2, name: /^Parameters op/ })).toHaveCount(0);
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  test("past op 360 px zonder horizontaal scrollen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${PARAMETERS}?datum=01-06-2024`);
    await geenHorizontaleScroll(page);
  });
});
