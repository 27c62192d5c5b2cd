/**
 * Stap 3 in English (docs/decisions/032-talen.md): every question page, the budgetplan's
 * zorgverleners list and form, the sums and the check page, each with lang="en", no axe
 * violations and no Dutch sentence of a translated module. Steps 1 and 2 are seeded; so are the
 * answers of the pages that are only looked at, so one walk visits each page once, submits one
 * empty form (the error summary in English) and adds one zorgverlener in English.
 */
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { budgetplanOverzicht as overzichtEn } from "@/content/en/budgetplan-overzicht";
import { componenten as componentenEn } from "@/content/en/componenten";
import { aanvraagVragen as aanvraagVragenEn } from "@/content/en/wizard/aanvraag";
import { formulier as formulierEn } from "@/content/en/wizard/algemeen";
import { budgetplanVragen as bpEn } from "@/content/en/wizard/budgetplan";
import { vraagFormulier as vraagFormulierEn } from "@/content/en/vraag-formulier";
import { zorgverlenerFormulier as zvEn } from "@/content/en/wizard/zorgverlener";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { PGB_VAARDIGHEDEN } from "@/rules/aanvraag";
import { expect, test, wachtTotGehydrateerd } from "./hulp/bezoeker";
import { verwachtEngels } from "./hulp/engels";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { zaaiDraft } from "./hulp/zaaien";
import { GEEN_WEIGERINGSGROND } from "./hulp/stappen";

/** Steps 1 and 2 done, and the pages of stap 3 before the zorgverleners answered. */
const ZAAD: Antwoorden = {
  voorWie: "zelf",
  heeftIndicatie: "ja",
  zorgprofiel: "5VV",
  woonwens: "thuis",
  regie: "zelf",
  bevestigd: ["indicatie", "keuze"],
  vaardigheden: PGB_VAARDIGHEDEN.slice(0, 6),
  heeftGewaarborgdeHulp: "ja",
  gewaarborgdeHulp: { naam: "Ans de Vries", relatie: "daughter", isWettelijkVertegenwoordiger: "nee" },
  ...GEEN_WEIGERINGSGROND,
  persoonsgegevens: { achternaam: "de Vries", geboortedatum: "1948-05-17", bsn: "111222333" },
  budgetplanZorgprofiel: "5VV",
  redenKeuzePgb: "I want to choose who helps me.",
  zorgInkopen: "Washing and dressing, every morning.",
  gezien: ["uitkomst"],
};

const ZELF = { zelf: true, naam: "the applicant" };

test.describe("stap 3 in English", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "taal", value: "en", url: baseURL ?? "" }]);
  });

  test("the questions, a zorgverlener added, the sums and the check page, all in English", async ({ page, javaScriptEnabled, browser, baseURL }, testInfo) => {
    test.setTimeout(240_000);
    if (FOTOS) await page.setViewportSize({ width: 360, height: 800 });
    await zaaiDraft(page.context(), baseURL, ZAAD);
    const opties = (naam: string) => ({ javaScriptEnabled, browser, foto: `${fotoMap(testInfo.project.name)}/en-stap3-${naam}.png` });
    const doorgaan = async () => {
      if (javaScriptEnabled) await wachtTotGehydrateerd(page);
      await page.getByRole("button", { name: formulierEn.doorgaan, exact: true }).click();
    };
    const titel = (tekst: string) => expect(page.getByRole("heading", { level: 1 })).toContainText(tekst);

    // The pages that are only looked at: each one in English.
    const bekeken: [string, string][] = [
      ["vaardigheden", aanvraagVragenEn.vaardigheden.titel(ZELF)],
      ["gewaarborgde-hulp", aanvraagVragenEn.gewaarborgdeHulp.titel(ZELF)],
      ["weigeringsgronden", aanvraagVragenEn.weigeringsgronden.titel],
      ["persoonsgegevens", bpEn.persoonsgegevens.titel(ZELF)],
      ["budgetplan-zorgprofiel", bpEn.zorgprofiel.titel],
      ["reden-pgb", bpEn.reden.titel(ZELF)],
      ["zorg-inkopen", bpEn.zorg.titel(ZELF)],
    ];
    for (const [slug, kop] of bekeken) {
      await page.goto(`/aanvraag/aanvraag/${slug}`);
      await titel(kop);
      await expect(page).toHaveTitle(new RegExp(`^${componentenEn.stap.van(3, 6)}: `));
      await verwachtEngels(page, opties(slug));
    }
    await expect(page.getByRole("textbox", { name: bpEn.zorg.label })).toHaveValue(ZAAD.zorgInkopen ?? "");

    // The zorgverleners: none yet; going on says so in English.
    await page.goto("/aanvraag/aanvraag/zorgverleners");
    await titel(bpEn.zorgverleners.titel(ZELF));
    await expect(page.getByRole("heading", { name: bpEn.zorgverleners.leegKop })).toBeVisible();
    await doorgaan();
    const samenvatting = page.locator("[data-fout-samenvatting]");
    await expect(samenvatting).toContainText(componentenEn.fout.samenvattingKop);
    await expect(samenvatting).toContainText(bpEn.zorgverleners.leegFout);
    await verwachtEngels(page, opties("zorgverleners-leeg"));

    // One zorgverlener, the brochure's mother: the form, an empty save first, then filled in.
    await page.getByRole("button", { name: bpEn.zorgverleners.toevoegen, exact: true }).click();
    await expect(page).toHaveURL(/\/aanvraag\/budgetplan\/zorgverlener\/nieuw\??$/);
    await titel(bpEn.zorgverlener.nieuwTitel);
    if (javaScriptEnabled) await wachtTotGehydrateerd(page);
    await page.getByRole("button", { name: bpEn.zorgverlener.knop, exact: true }).click();
    await expect(samenvatting).toContainText(componentenEn.fout.samenvattingKop);
    await expect(samenvatting).toContainText(zvEn.naam.leeg);
    await expect(samenvatting).toContainText(zvEn.uurtarief.leeg);
    await verwachtEngels(page, opties("zorgverlener-fouten"));
    await page.getByLabel(zvEn.naam.label, { exact: true }).fill("Moeder");
    await page.getByLabel(zvEn.plaats.label, { exact: true }).fill("Enschede");
    await page.getByRole("radio", { name: zvEn.soort.opties.persoon.label, exact: true }).check();
    await page.getByRole("radio", { name: zvEn.relatie.opties["familie-1e-graad"].label, exact: true }).check();
    await page.getByLabel(zvEn.nummer.label, { exact: true }).fill("123456782");
    await page.getByRole("radio", { name: zvEn.overeenkomst.opties.opdracht.label, exact: true }).check();
    await page.getByLabel(zvEn.dagen.label, { exact: true }).fill("5");
    await page.getByLabel(zvEn.uren.label, { exact: true }).fill("25");
    await page.getByLabel(zvEn.uurtarief.label, { exact: true }).fill("15");
    if (javaScriptEnabled) await expect(page.locator("[data-live-som]")).toContainText(`€ 1.624,00 ${vraagFormulierEn.som.perMaand}`);
    await page.getByRole("button", { name: bpEn.zorgverlener.knop, exact: true }).click();
    await expect(page).toHaveURL(/\/aanvraag\/aanvraag\/zorgverleners\?opgeslagen=/);
    await expect(page.getByRole("heading", { name: bpEn.zorgverleners.opgeslagen("Moeder") })).toBeVisible();
    await expect(page.getByText(bpEn.zorgverleners.urenEnTarief("25", "€ 15,00"))).toBeVisible();
    await verwachtEngels(page, opties("zorgverleners"));
    await doorgaan();

    // The sums: the brochure's € 1.624,00 a month, € 19.488,00 a year.
    await expect(page).toHaveURL(/\/aanvraag\/aanvraag\/bedragen$/);
    await titel(bpEn.bedragen.titel);
    const sommen = page.locator('section[aria-labelledby="budgetplan-som-kop"]');
    const tabel = page.getByRole("region", { name: overzichtEn.tabel.scrollgebied, exact: true });
    // A phone shows the sums, a wide screen the table; both are in the page.
    const zichtbaar = sommen.or(tabel).filter({ visible: true });
    await expect(zichtbaar).toContainText(/€\s1\.624,00/);
    await expect(zichtbaar).toContainText(/€\s19\.488,00/);
    await expect(zichtbaar).toContainText(overzichtEn.tabel.totaal);
    await verwachtEngels(page, opties("bedragen"));
    await doorgaan();

    // Who signs: the gewaarborgde hulp, her name and relation already there.
    await expect(page).toHaveURL(/\/aanvraag\/aanvraag\/ondertekening$/);
    await titel(bpEn.ondertekening.titel);
    await verwachtEngels(page, opties("ondertekening"));
    await doorgaan();

    // Where the applicant lives: the lookup's answer in English.
    await expect(page).toHaveURL(/\/aanvraag\/aanvraag\/zorgkantoor$/);
    await titel(aanvraagVragenEn.zorgkantoor.titel(ZELF));
    await verwachtEngels(page, opties("zorgkantoor"));
    await page.getByLabel(aanvraagVragenEn.zorgkantoor.label, { exact: true }).fill("Enschede");
    await doorgaan();

    await expect(page).toHaveURL(/\/aanvraag\/aanvraag\/gesprek$/);
    await titel(aanvraagVragenEn.gesprek.titel);
    await expect(page.getByRole("heading", { name: aanvraagVragenEn.gesprek.documentenKop })).toBeVisible();
    await verwachtEngels(page, opties("gesprek"));
    await doorgaan();

    // The check page: the answers, the sums and the download, in English.
    await expect(page).toHaveURL(/\/aanvraag\/aanvraag\/controleren$/);
    await titel(aanvraagEn.controleren.titel);
    await expect(page.getByRole("term").filter({ hasText: aanvraagVragenEn.gewaarborgdeHulp.rijen.wettelijkVertegenwoordiger })).toBeVisible();
    await expect(page.getByRole("link", { name: bpEn.pdf.link, exact: true })).toBeVisible();
    await verwachtEngels(page, opties("controleren"));
  });
});
