/**
 * A family member fills in for mother Riet (docs/decisions/016-wizard-stroom.md). The reasons on
 * the keuze outcome and the result speak about Riet, never to the reader as the applicant ("u",
 * "uw"): rules return reasons as data and the pages word them for who reads
 * (docs/decisions/028-redenen-als-gegevens.md).
 */
import type { Page } from "@playwright/test";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { RESULTAAT } from "@/lib/wizard/paden";
import { expect, test } from "./hulp/bezoeker";
import { zaaiDraft } from "./hulp/zaaien";

const RIET: Antwoorden = {
  voorWie: "familie",
  naamAanvrager: "Riet",
  heeftIndicatie: "ja",
  zorgprofiel: "5VV",
  woonwens: "thuis",
  regie: "zelf",
  vaardigheden: [],
  heeftGewaarborgdeHulp: "nee",
  failliet: "nee",
  wsnp: "nee",
  vastWoonadres: "ja",
  woontInNederland: "ja",
  gezien: ["uitkomst"],
  bevestigd: ["indicatie", "keuze"],
};

/**
 * Every reason's sentence on the page (components/uitkomst.tsx marks them `data-reden`), also the
 * ones folded under "Waarom?" or "Andere mogelijkheden bekijken": folded is still read.
 */
async function redenen(page: Page): Promise<string[]> {
  return page.locator("main p[data-reden]").allTextContents();
}

const SPREEKT_TOT_AANVRAGER = /(?<![\p{L}\p{N}])(U|u|Uw|uw)(?![\p{L}\p{N}])/u;

test.describe("een familielid vult het in voor moeder Riet", () => {
  for (const pad of ["/aanvraag/keuze/uitkomst", RESULTAAT]) {
    test(`${pad}: de redenen spreken over Riet, niet tot 'u'`, async ({ page, baseURL }) => {
      await zaaiDraft(page.context(), baseURL, RIET);
      await page.goto(pad);
      const teksten = await redenen(page);
      expect(teksten.length).toBeGreaterThan(0);
      expect(teksten.join("\n")).toContain("Riet");
      expect(teksten.filter((t) => SPREEKT_TOT_AANVRAGER.test(t))).toEqual([]);
    });
  }
});
