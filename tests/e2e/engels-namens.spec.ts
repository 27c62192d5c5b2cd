/**
 * Reasons in English for every reader (docs/decisions/032-talen.md, addendum "reasons in English
 * for every reader"): someone who fills in for Riet reads about Riet, staff about "the applicant",
 * both in English on an English page, never addressed as the applicant ("you").
 */
import type { Page } from "@playwright/test";
import { redenTekst, ZORGKANTOOR } from "@/content/redenen";
import { voorbeeldPagina as voorbeeldEn } from "@/content/en/zorgkantoor-voorbeeld";
import { reden } from "@/rules/redenen";
import { expect, test } from "./hulp/bezoeker";
import { verwachtEngels } from "./hulp/engels";
import { zaaiDraft } from "./hulp/zaaien";
import { RIET } from "./hulp/zaden";

/** The brochure's mother example for staff (as in tests/e2e/engels.spec.ts). */
const VOORBEELD_MOEDER =
  "profiel=5VV&wonen=thuis&zv1-naam=Moeder&zv1-uren=25&zv1-tarief=15%2C00&zv1-soort=persoon&zv1-relatie=familie-1e-graad&zv1-overeenkomst=opdracht&zv1-dagen=7";

const JIJ = /(?<![\p{L}])(you|your)(?![\p{L}])/iu;

async function redenen(page: Page): Promise<string[]> {
  const alle = await page.locator("main [data-reden]").allTextContents();
  expect(alle.length, page.url()).toBeGreaterThan(0);
  // None marked Dutch: every reader has English words.
  await expect(page.locator('main [data-reden]:is([lang="nl"] [data-reden], [lang="nl"][data-reden])')).toHaveCount(0);
  return alle;
}

test("English reasons for someone who fills in for Riet, and for staff: about the applicant, never 'you'", async ({ page, baseURL, javaScriptEnabled, browser }) => {
  await page.context().addCookies([{ name: "taal", value: "en", url: baseURL ?? "" }]);
  await zaaiDraft(page.context(), baseURL, RIET);

  await page.goto("/aanvraag/keuze/uitkomst");
  await verwachtEngels(page, { javaScriptEnabled, browser, foto: "test-results/engels-namens-uitkomst.png" });
  const voorRiet = await redenen(page);
  expect(voorRiet.join("\n")).toContain("Riet");
  expect(voorRiet.filter((t) => JIJ.test(t))).toEqual([]);
  expect(voorRiet).toContain(redenTekst(reden("LV-12", "lv.pgb-thuis"), { wie: "namens", naam: "Riet" }, "en"));
  await expect(page.getByText("you will become the employer")).toHaveCount(0);

  await page.goto(`/zorgkantoor/voorbeeld?${VOORBEELD_MOEDER}`);
  await expect(page.getByRole("heading", { level: 1, name: voorbeeldEn.titel })).toBeVisible();
  await verwachtEngels(page, { javaScriptEnabled, browser, foto: "test-results/engels-namens-voorbeeld.png" });
  const voorStaf = await redenen(page);
  expect(voorStaf.join("\n")).toContain("the applicant");
  expect(voorStaf.filter((t) => JIJ.test(t))).toEqual([]);
  expect(voorStaf).toContain(redenTekst(reden("LV-12", "lv.pgb-thuis"), ZORGKANTOOR, "en"));
});
