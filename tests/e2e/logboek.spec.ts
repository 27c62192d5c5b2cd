/**
 * No BSN, name or health detail in the server's logs. A journey with distinctive
 * answers (names, a BSN, the care described) and some bad input, then the test server's own
 * output (playwright.config.ts writes it to a file) is searched for each of them.
 */
import { existsSync, readFileSync } from "node:fs";
import { componenten } from "@/content/componenten";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { bezoeker, expect, test } from "./hulp/bezoeker";
import { beschrijfZorg, bevestigBudgetplanZorgprofiel, geefPersoonsgegevens, geefRedenPgb, snelNaarBudgetplan } from "./hulp/budgetplan";
import { vraagPad } from "./hulp/stappen";

const HULP = { naam: "Wilhelmus Logboekvrij-Tangerman", relatie: "kleinzoon", wettelijkVertegenwoordiger: "nee" } as const;
const PERSOON = { achternaam: "Zwijgzaam-Oudshoorn", geboortedatum: "03-02-1941", bsn: "123456782" };
const REDEN = "Mijn longziekte COPD maakt dat ik hulp nodig heb bij het aankleden.";
const ZORG = "Zuurstofapparaat bedienen en steunkousen aantrekken.";

test("de server schrijft geen BSN, naam of gezondheidsgegevens in zijn log", async ({ page, browser, javaScriptEnabled, baseURL }) => {
  const log = process.env.E2E_SERVER_LOG ?? "";
  // Only a server this run did not start (reuseExistingServer, never in CI) has no log here; in
  // CI a missing log fails below instead of skipping the test.
  test.skip(!process.env.CI && !existsSync(log), "de testserver is niet door deze run gestart (reuseExistingServer): geen log om te lezen");
  test.setTimeout(120_000);
  const b = bezoeker(page, { browser, javaScriptEnabled });
  await snelNaarBudgetplan(b, HULP);
  await geefPersoonsgegevens(b, PERSOON);
  await bevestigBudgetplanZorgprofiel(b);
  await geefRedenPgb(b, REDEN);
  await beschrijfZorg(b, ZORG);
  // Bad input too: errors are where a careless log line would print what was typed.
  await page.goto(vraagPad("aanvraag", "persoonsgegevens"));
  await page.getByLabel(budgetplanVragen.persoonsgegevens.bsnLabel, { exact: true }).fill("123456789");
  await page.getByRole("button", { name: componenten.knoppen.doorgaan, exact: true }).click();
  await expect(page.locator("[data-fout-samenvatting]")).toBeVisible();
  await page.request.get(`/hervat?sleutel=${PERSOON.bsn}`);
  // The button of a link's page, posted with a wrong key (docs/decisions/022-links-openen.md).
  await page.request.post("/hervat/openen", { form: { sleutel: PERSOON.bsn }, headers: { origin: baseURL ?? "" }, maxRedirects: 0 });

  const inhoud = readFileSync(log, "utf8");
  expect(inhoud.length, "de log bestaat en de server schreef erin").toBeGreaterThan(0);
  for (const geheim of [PERSOON.bsn, "123456789", PERSOON.achternaam, HULP.naam, "COPD", "Zuurstofapparaat", "steunkousen"]) {
    expect(inhoud.includes(geheim), `"${geheim}" staat in de serverlog`).toBe(false);
  }
});
