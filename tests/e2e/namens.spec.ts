/**
 * A family member fills in for mother Riet (docs/decisions/016-wizard-stroom.md). The reasons on
 * the keuze outcome, the result, the budgetplan's sums and the pages of stap 4 to 6 speak about
 * Riet, never to the reader as the applicant ("u", "uw"): rules return reasons as data and the
 * pages word them for who reads (docs/decisions/028-redenen-als-gegevens.md). So do the warnings
 * beside them.
 */
import { componenten } from "@/content/componenten";
import type { Page } from "@playwright/test";
import { delen } from "@/content/delen";
import { handtekeningTekst as ht } from "@/content/handtekeningen";
import { linksOpenen } from "@/content/links-openen";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { toekenningPaginas } from "@/content/wizard/toekenning";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import type { Aanspreking } from "@/lib/wizard/types";
import { RESULTAAT } from "@/lib/wizard/paden";
import { BROCHURE_ZORGVERLENER, BUURVROUW_ZORGVERLENER, doorloop, invoer } from "@/lib/wizard/vragen/testhulp";
import { expect, test } from "./hulp/bezoeker";
import { controlePad, kop, vraagPad } from "./hulp/stappen";
import { zaaiDraft } from "./hulp/zaaien";
import { RIET } from "./hulp/zaden";

/**
 * Stap 3 klaar for Riet, with her mother on an overeenkomst van opdracht and a neighbour employed
 * (werkgever, loonbelasting): the pages of stap 4 to 6 open, and the budgetplan has warnings.
 */
const RIET_NA_STAP_3: Antwoorden = doorloop(invoer(), {
  voorWie: "familie",
  naamAanvrager: "Riet",
  zorgverleners: [BROCHURE_ZORGVERLENER, BUURVROUW_ZORGVERLENER],
});

/**
 * Every reason's sentence (components/uitkomst.tsx, `data-reden`) and every warning's heading and
 * paragraph on the page; also those folded away under "Waarom?" (text content, not what shows).
 * And the pages' own sentences about the applicant beside them (`data-voor-publiek`: the
 * checklists' points, the budget tool's words, the intros of stap 4 and 5).
 */
async function teksten(page: Page): Promise<string[]> {
  return page
    .locator('main [data-reden], main [data-melding="waarschuwing"] :is(h2, h3), main [data-waarschuwing-tekst], main [data-voor-publiek]')
    .allTextContents();
}

/** Only the pages' own sentences about the applicant (`data-voor-publiek`). */
async function eigenTeksten(page: Page): Promise<string[]> {
  return page.locator("main [data-voor-publiek]").allTextContents();
}

/** Stap 4's buitenland tool with an outcome: its reasons, its intro and form heading about Riet. */
const BUITENLAND_SPANJE = "/aanvraag/toekenning/buitenland?land=ES&weken=8&palliatief=nee&belasting=ja&logeeropvang=ja";

const RIET_AANSPREKING: Aanspreking = { zelf: false, naam: "Riet" };

const SPREEKT_TOT_AANVRAGER = /(?<![\p{L}\p{N}])(U|u|Uw|uw)(?![\p{L}\p{N}])/u;

test.describe("een familielid vult het in voor moeder Riet", () => {
  for (const pad of ["/aanvraag/keuze/uitkomst", RESULTAAT]) {
    test(`${pad}: de redenen spreken over Riet, niet tot 'u'`, async ({ page, baseURL }) => {
      await zaaiDraft(page.context(), baseURL, RIET);
      await page.goto(pad);
      const gevonden = await teksten(page);
      expect(gevonden.length).toBeGreaterThan(0);
      expect(gevonden.join("\n")).toContain("Riet");
      expect(gevonden.filter((t) => SPREEKT_TOT_AANVRAGER.test(t))).toEqual([]);
    });
  }

  test("stap 3 tot en met 6: de redenen en waarschuwingen spreken over Riet, niet tot 'u'", async ({ page, baseURL }) => {
    await zaaiDraft(page.context(), baseURL, RIET_NA_STAP_3);
    // The pages whose own sentences speak about the applicant (eigen): each shows at least one.
    const metEigenTeksten = new Set<string>();
    const eigen = (pad: string): string => {
      metEigenTeksten.add(pad);
      return pad;
    };
    const paden = [
      // The budgetplan's sums and their warnings (ZO-02, ZO-04, ZO-06, BP-02).
      vraagPad("aanvraag", "bedragen"),
      controlePad("aanvraag"),
      // Stap 4.
      eigen("/aanvraag/toekenning"),
      "/aanvraag/toekenning/beschikking",
      eigen("/aanvraag/toekenning/eigen-bijdrage"),
      eigen("/aanvraag/toekenning/einde"),
      eigen(BUITENLAND_SPANJE),
      // Stap 5.
      eigen("/aanvraag/zorgovereenkomsten"),
      eigen(`/aanvraag/zorgovereenkomsten/${BROCHURE_ZORGVERLENER.id}`),
      eigen(`/aanvraag/zorgovereenkomsten/${BUURVROUW_ZORGVERLENER.id}`),
      // Stap 6, its tools with an outcome, and the budget over its plan (more than the budget).
      eigen("/aanvraag/declaraties"),
      "/aanvraag/declaraties/termijn?ontvangen=02-01-2020",
      "/aanvraag/declaraties/verantwoordingsvrij?budget=30.000&zorg=ja",
      eigen("/aanvraag/declaraties/budget?budget=1.000&plan=ja"),
      // The budget tool before an outcome, and with a budget but no month.
      eigen("/aanvraag/declaraties/budget"),
      eigen("/aanvraag/declaraties/budget?budget=30.000"),
    ];
    const alle: string[] = [];
    for (const pad of paden) {
      await page.goto(pad);
      await expect(page, pad).toHaveURL(new RegExp(`${pad.split("?")[0]}(\\?|$)`));
      const gevonden = await teksten(page);
      expect(gevonden.length, `${pad}: geen redenen`).toBeGreaterThan(0);
      if (metEigenTeksten.has(pad)) expect((await eigenTeksten(page)).length, `${pad}: geen eigen zinnen over Riet`).toBeGreaterThan(0);
      alle.push(...gevonden.map((t) => `${pad}: ${t}`));
      // Steps 4 to 6 have no field that a button saves: no word about typed text under them.
      if (/^\/aanvraag\/(toekenning|zorgovereenkomsten|declaraties)/.test(pad)) await expect(page.getByText(componenten.bewaarLink.eerstKnop), pad).toHaveCount(0);
    }
    expect(alle.filter((t) => t.includes("Riet")).length).toBeGreaterThan(10);
    expect(alle.filter((t) => SPREEKT_TOT_AANVRAGER.test(t.slice(t.indexOf(": ") + 2)))).toEqual([]);

    // Beside the reasons: the budget tool is about Riets budget, the checklist says who is werkgever.
    await page.goto("/aanvraag/declaraties/budget");
    await expect(kop(page)).toContainText(declaratiesTeksten.budget.over({ naam: "Riet" }).titel);
    await page.goto("/aanvraag/declaraties");
    await expect(page.getByText(declaratiesTeksten.stap.inleiding(RIET_AANSPREKING), { exact: true })).toBeVisible();
    await page.goto("/aanvraag/toekenning/einde");
    await expect(page.getByText(toekenningPaginas.einde.inleiding(RIET_AANSPREKING), { exact: true })).toBeVisible();
    await page.goto(`/aanvraag/zorgovereenkomsten/${BUURVROUW_ZORGVERLENER.id}`);
    await expect(page.getByText(`Riet is werkgever van ${BUURVROUW_ZORGVERLENER.naam}.`, { exact: true })).toBeVisible();
    // A tick point whose "u" meant the zorgkantoor now says so without one.
    await expect(page.getByText("Vraag of het zorgkantoor met het PGB Portaal werkt.").first()).toBeVisible();
    await page.goto("/aanvraag/declaraties/budget?budget=30.000");
    await expect(page.getByText(declaratiesTeksten.budget.over({ naam: "Riet" }).geenMaanden, { exact: true })).toBeVisible();
  });

  for (const rol of ["meekijken", "gewaarborgde-hulp"] as const) {
    test(`/gedeeld/aanvraag (${rol}): de waarschuwingen spreken over Riet, niet tot 'u'`, async ({ page, baseURL, browser }, testInfo) => {
      await zaaiDraft(page.context(), baseURL, RIET_NA_STAP_3);
      // The share link as the family member makes it on the delen page.
      await page.goto("/aanvraag/delen");
      const label = rol === "meekijken" ? ht.deellink.rollen.meekijken.label : ht.deellink.rollen["gewaarborgde-hulp"].label(RIET_NA_STAP_3.gewaarborgdeHulp?.naam ?? "");
      await page.getByRole("radio", { name: label, exact: true }).check();
      await page.getByRole("radio", { name: ht.deellink.geldig["7"], exact: true }).check();
      await page.getByRole("button", { name: delen.pagina.maakKnop, exact: true }).click();
      await expect(page).toHaveURL(/\?nieuw=[\w-]{22}$/);
      const adres = ((await page.locator("[id^=nieuw-][data-volledige-link]").textContent()) ?? "").trim();
      expect(adres).toMatch(/\/gedeeld\?sleutel=/);

      // Someone else opens it in their own browser: Riet is a third person to them.
      const context = await browser.newContext({ javaScriptEnabled: testInfo.project.use.javaScriptEnabled ?? true, locale: "nl-NL", timezoneId: "Europe/Amsterdam", baseURL });
      const lezer = await context.newPage();
      await lezer.goto(adres);
      await lezer.getByRole("button", { name: linksOpenen.gedeeld.openKnop, exact: true }).click();
      await expect(lezer).toHaveURL(/\/gedeeld\/aanvraag/);
      const gevonden = await teksten(lezer);
      expect(gevonden.length).toBeGreaterThan(0);
      expect(gevonden.join("\n")).toContain("Riet");
      expect(gevonden.filter((t) => SPREEKT_TOT_AANVRAGER.test(t))).toEqual([]);
      await context.close();
    });
  }
});
