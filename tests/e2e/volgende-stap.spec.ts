/**
 * After stap 3 (docs/decisions/031-burgerpaginas.md): klaar is not sent. The page after stap 3
 * says that nothing has been sent, what to send, to which zorgkantoor, who signs what, and what
 * comes next; the person ticks that they sent it themselves (the task list then says "Verstuurd"
 * with the date) and can untick it again. The panel "Wie ondertekent wat?" is the same on the
 * ondertekening and delen pages. The drafts are seeded: the clicking up to stap 3 is the journeys'
 * business (tests/e2e/reizen.spec.ts). Every test runs with and without JavaScript, axe clean.
 */
import type { Page } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { ondertekenen } from "@/content/ondertekenen";
import { versturen } from "@/content/versturen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { vandaagInAmsterdam } from "@/lib/datum";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import type { Aanspreking } from "@/lib/wizard/types";
import { doorloop, invoer } from "@/lib/wizard/vragen/testhulp";
import { formatDatumNl } from "@/rules/datum";
import { bezoeker, controleerAxe, expect, geenOverloop, test } from "./hulp/bezoeker";
import { controlePad, kop, naarOverzicht, opPad, OVERZICHT, taakStatus, VERSTUREN, vraagPad } from "./hulp/stappen";
import { zaaiDraft } from "./hulp/zaaien";

const RIET: Aanspreking = { zelf: false, naam: "Riet" };
/** Stap 3 klaar: a daughter fills it in for her mother Riet, whose gewaarborgde hulp is Ans de Vries (invoer()). */
const KLAAR_VOOR_RIET: Antwoorden = doorloop(invoer(), { voorWie: "familie", naamAanvrager: "Riet" });
const GEWAARBORGDE_HULP = "Ans de Vries";

const stap3Link = (page: Page) => page.getByRole("link", { name: aanvraag.overzicht.stappen.aanvraag });
const paneel = (page: Page) => page.getByRole("region", { name: ondertekenen.kop, exact: true });

test.describe("na stap 3: de aanvraag versturen", () => {
  test("zegt dat niets verstuurd is, wat en naar wie; vinkt 'verstuurd' aan met de datum en weer uit", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true, aanspreking: RIET });
    await zaaiDraft(page.context(), baseURL, KLAAR_VOOR_RIET);
    await naarOverzicht(b);
    await expect(taakStatus(page, "aanvraag")).toHaveText(componenten.status["klaar-om-te-versturen"]);

    // The task list leads there.
    await stap3Link(page).click();
    await expect(page).toHaveURL(opPad(VERSTUREN));
    await expect(kop(page)).toHaveText(`${componenten.stap.van(3, 6)}, ${versturen.titel}`);
    await expect(page).toHaveTitle(new RegExp(`^${componenten.stap.van(3, 6)}: ${versturen.titel}`));
    await expect(page.getByRole("region", { name: versturen.nietVerstuurd.titel(RIET) })).toContainText(versturen.nietVerstuurd.tekst(RIET));

    // What to send, to whom (a phone link and the website), who signs what, what comes next.
    await expect(page.getByRole("link", { name: budgetplanVragen.pdf.link })).toHaveAttribute("href", "/aanvraag/budgetplan/pdf");
    await expect(page.locator('a[href^="tel:+31"]')).toHaveCount(1);
    await expect(page.getByText(versturen.zorgkantoor.adresOnbekend)).toBeVisible();
    await expect(paneel(page)).toContainText(ondertekenen.papierUitleg(RIET));
    await expect(paneel(page)).toContainText(ondertekenen.regel(budgetplanVragen.ondertekening.rollen["gewaarborgde-hulp"], GEWAARBORGDE_HULP));
    await expect(paneel(page)).toContainText(ondertekenen.status.nogNiet);
    await expect(paneel(page)).toContainText(ondertekenen.geenOfficieel);
    await expect(page.getByText(versturen.geenTermijn)).toBeVisible();
    await controleerAxe(b);
    await geenOverloop(page, 360);

    // Ticked: the task list says so, with today's date (Europe/Amsterdam).
    const vandaag = formatDatumNl(vandaagInAmsterdam());
    const vinkje = page.getByRole("checkbox", { name: versturen.verstuurdLabel, exact: true });
    await expect(vinkje).not.toBeChecked();
    await vinkje.check();
    await page.getByRole("button", { name: versturen.verstuurdKnop, exact: true }).click();
    await expect(page).toHaveURL(opPad(OVERZICHT));
    await expect(taakStatus(page, "aanvraag")).toHaveText(componenten.statusOp(componenten.status.verstuurd, vandaag));
    await controleerAxe(b);

    // The page remembers it, with the date, and the tick can be taken away again.
    await stap3Link(page).click();
    await expect(page).toHaveURL(opPad(VERSTUREN));
    await expect(page.getByRole("region", { name: versturen.verstuurdMelding.titel })).toContainText(versturen.verstuurdMelding.tekst(vandaag));
    await expect(page.getByText(versturen.verstuurdOp(vandaag))).toBeVisible();
    await expect(vinkje).toBeChecked();
    await controleerAxe(b);
    await geenOverloop(page, 360);
    await vinkje.uncheck();
    await page.getByRole("button", { name: versturen.verstuurdKnop, exact: true }).click();
    await expect(page).toHaveURL(opPad(OVERZICHT));
    await expect(taakStatus(page, "aanvraag")).toHaveText(componenten.status["klaar-om-te-versturen"]);
  });

  test("'Dit klopt, stap afronden' in stap 3 leidt naar deze pagina", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, aanspreking: RIET });
    await zaaiDraft(page.context(), baseURL, { ...KLAAR_VOOR_RIET, bevestigd: ["indicatie", "keuze"] });
    await page.goto(controlePad("aanvraag"));
    await page.getByRole("button", { name: aanvraag.controleren.knop }).click();
    await expect(page).toHaveURL(opPad(VERSTUREN));
    await expect(kop(b.page)).toContainText(versturen.titel);
  });

  test("voordat stap 3 klaar is, is er niets te versturen", async ({ page, baseURL }) => {
    await zaaiDraft(page.context(), baseURL, { voorWie: "zelf" });
    await page.goto(VERSTUREN);
    await expect(page).toHaveURL(opPad(OVERZICHT));
  });
});

test.describe("wie ondertekent wat: één paneel", () => {
  test("staat op de ondertekeningspagina en op de pagina delen, met de naam van de aanvrager", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true, aanspreking: RIET });
    await zaaiDraft(page.context(), baseURL, KLAAR_VOOR_RIET);
    for (const pad of [vraagPad("aanvraag", "ondertekening"), "/aanvraag/delen"]) {
      await page.goto(pad);
      await expect(paneel(page), pad).toContainText(ondertekenen.papierUitleg(RIET));
      await expect(paneel(page), pad).toContainText(ondertekenen.regel(budgetplanVragen.ondertekening.rollen["gewaarborgde-hulp"], GEWAARBORGDE_HULP));
      await expect(paneel(page), pad).toContainText(ondertekenen.metDeHand);
      await expect(paneel(page), pad).toContainText(ondertekenen.geenOfficieel);
      await controleerAxe(b);
      await geenOverloop(page, 360);
    }
  });
});
