/**
 * Drafts (docs/decisions/017-drafts.md): the resume link opens the draft in another browser with every answer in place;
 * two browsers on one draft cannot overwrite each other; a wrong link or a deleted draft explains
 * what happened and offers a fresh start.
 */
import { aanvraag } from "@/content/aanvraag";
import { vraagFormulier } from "@/content/vraag-formulier";
import { componenten } from "@/content/componenten";
import { start } from "@/content/start";
import { verwijderen } from "@/content/verwijderen";
import { formulier } from "@/content/wizard/algemeen";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { keuzeVragen } from "@/content/wizard/keuze";
import { bezoeker, controleerAxe, expect, nieuweBrowser, test, ZELF } from "./hulp/bezoeker";
import {
  begin,
  bewaarVoorLater,
  controlePad,
  controleRij,
  doeStap1MetIndicatie,
  doeStap2,
  heeftIndicatie,
  kiesVoorWie,
  kop,
  naarOverzicht,
  opPad,
  openHervatLink,
  openStap,
  OVERZICHT,
  taakStatus,
  vraagPad,
  zieStapStatus,
} from "./hulp/stappen";

const MISLUKT = "/hervat/mislukt";

test.describe("bewaren en later verder", () => {
  test("een reis gestopt na stap 2 gaat via de link in een nieuwe browser verder met alle antwoorden", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await doeStap1MetIndicatie(b, "VV 5");
    await doeStap2(b, "thuis", "zelf");
    const link = await bewaarVoorLater(b);
    // With the date until which it works (the default: 30 days).
    const [voor] = aanvraag.bewaren.verloopt("\u0000").split("\u0000");
    await expect(page.locator("#hervat-link-hint")).toContainText(`${voor}`);
    await expect(page.locator("#hervat-link-hint")).toContainText(/20\d\d/);

    const ander = await nieuweBrowser(b, baseURL);
    try {
      const p = ander.bezoeker.page;
      await openHervatLink(ander.bezoeker, link);
      // The redirect stays on the host the link names: the cookie it set belongs to that host.
      expect(new URL(p.url()).host, "de hervat-link blijft op dezelfde host").toBe(new URL(link).host);
      await zieStapStatus(ander.bezoeker, "indicatie", "klaar");
      await zieStapStatus(ander.bezoeker, "keuze", "klaar");
      await zieStapStatus(ander.bezoeker, "aanvraag", "niet-begonnen");

      // The link handed this browser the key in an httpOnly, SameSite=Lax cookie.
      const koekje = (await ander.context.cookies()).find((c) => c.name === "pgb-aanvraag");
      expect(koekje).toMatchObject({ httpOnly: true, sameSite: "Lax" });

      await p.goto(vraagPad("keuze", "woonwens"));
      await expect(p.getByRole("radio", { name: keuzeVragen.woonwens.opties.thuis, exact: true })).toBeChecked();
      await p.goto(vraagPad("keuze", "regie"));
      await expect(p.getByRole("radio", { name: keuzeVragen.regie.opties.zelf, exact: true })).toBeChecked();
      await p.goto(vraagPad("indicatie", "zorgprofiel"));
      await expect(p.getByLabel(indicatieVragen.zorgprofiel.label, { exact: true })).toHaveValue("VV 5");
      await p.goto(controlePad("indicatie"));
      await expect(controleRij(p, indicatieVragen.heeftIndicatie.titel(ZELF))).toContainText(formulier.ja);

      // And it goes on where it stopped: step 3.
      await naarOverzicht(ander.bezoeker);
      await openStap(ander.bezoeker, "aanvraag", "vaardigheden");
      expect(ander.serverFouten).toEqual([]);
    } finally {
      await ander.context.close();
    }
  });

  test("de link staat op de bewaarpagina en die heeft geen axe-fouten", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await bewaarVoorLater(b);
    await controleerAxe({ ...b, axe: true });
    // Shown whole as text under its label, no field to type in (docs/decisions/031-burgerpaginas.md).
    await expect(page.getByText(aanvraag.bewaren.linkLabel, { exact: true })).toBeVisible();
    await expect(page.locator("#hervat-link")).toHaveText(/\/hervat\?sleutel=/);
    await expect(page.getByRole("textbox")).toHaveCount(0);
  });
});

test.describe("twee browsers op één aanvraag", () => {
  test("de tweede opslag wordt geweigerd met een melding, de invoer blijft staan, er gaat niets verloren", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const a = bezoeker(page, { browser, javaScriptEnabled });
    await begin(a);
    await kiesVoorWie(a, "zelf");
    await openStap(a, "indicatie", "heeft-indicatie");
    await heeftIndicatie(a, "ja");
    const link = await bewaarVoorLater(a);

    const ander = await nieuweBrowser(a, baseURL);
    try {
      const p2 = ander.bezoeker.page;
      // The link goes on at the first unanswered page of the step begun.
      const zorgprofiel = vraagPad("indicatie", "zorgprofiel");
      await openHervatLink(ander.bezoeker, link, { naar: zorgprofiel });

      // Both open the same question.
      await page.goto(zorgprofiel);
      const veld1 = page.getByLabel(indicatieVragen.zorgprofiel.label, { exact: true });
      const veld2 = p2.getByLabel(indicatieVragen.zorgprofiel.label, { exact: true });

      // The first saves.
      await veld1.fill("5VV");
      await page.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
      await expect(page).toHaveURL(opPad(controlePad("indicatie")));

      // The second's save is refused, with the message, and what it typed is still there.
      await veld2.fill("ZP 6 VV");
      await p2.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
      await expect(p2.getByRole("heading", { name: vraagFormulier.gewijzigd.titel })).toBeVisible();
      await expect(p2.getByText(vraagFormulier.gewijzigd.tekst)).toBeVisible();
      await expect(p2).toHaveURL(opPad(zorgprofiel));
      await expect(veld2).toHaveValue("ZP 6 VV");

      // Nothing of the first save is lost: the second browser, reloaded, shows it.
      await p2.goto(zorgprofiel);
      await expect(veld2).toHaveValue("5VV");
      await page.goto(controlePad("indicatie"));
      await expect(controleRij(page, indicatieVragen.zorgprofiel.titel(ZELF))).toContainText("5VV");

      // After opening the newest version the second browser can save again.
      await veld2.fill("ZP 6 VV");
      await p2.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
      await expect(p2).toHaveURL(opPad(controlePad("indicatie")));
      await expect(controleRij(p2, indicatieVragen.zorgprofiel.titel(ZELF))).toContainText("6VV");
      expect(ander.serverFouten).toEqual([]);
    } finally {
      await ander.context.close();
    }
  });

  test("'Dit klopt' op een oude versie van de controlepagina wordt ook geweigerd", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const a = bezoeker(page, { browser, javaScriptEnabled });
    await begin(a);
    await kiesVoorWie(a, "zelf");
    await openStap(a, "indicatie", "heeft-indicatie");
    await heeftIndicatie(a, "ja");
    await page.getByLabel(indicatieVragen.zorgprofiel.label, { exact: true }).fill("5VV");
    await page.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
    await expect(page).toHaveURL(opPad(controlePad("indicatie")));
    const link = await bewaarVoorLater(a);
    await page.goto(controlePad("indicatie"));

    const ander = await nieuweBrowser(a, baseURL);
    try {
      const p2 = ander.bezoeker.page;
      // Every page of step 1 answered, not confirmed yet: the link goes on at its check page.
      await openHervatLink(ander.bezoeker, link, { naar: controlePad("indicatie") });
      await p2.getByRole("button", { name: aanvraag.controleren.knop }).click();
      await expect(p2).toHaveURL(opPad(OVERZICHT));

      await page.getByRole("button", { name: aanvraag.controleren.knop }).click();
      await expect(page).toHaveURL(/\/aanvraag\/indicatie\/controleren\?gewijzigd=1$/);
      await expect(page.getByRole("heading", { name: vraagFormulier.gewijzigd.titel })).toBeVisible();
      // The other browser's confirmation stands.
      await naarOverzicht(a);
      await expect(taakStatus(page, "indicatie")).toHaveText(componenten.status.klaar);
      expect(ander.serverFouten).toEqual([]);
    } finally {
      await ander.context.close();
    }
  });
});

test.describe("een verkeerde of verlopen link, en gegevens wissen", () => {
  test("/hervat?sleutel=onzin legt uit wat er mis is en biedt opnieuw beginnen", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await page.goto("/hervat?sleutel=onzin");
    await expect(page).toHaveURL(opPad(MISLUKT));
    await expect(kop(page)).toHaveText(aanvraag.hervat.titel);
    await expect(page.getByText(aanvraag.hervat.redenen["sleutel-onjuist"])).toBeVisible();
    await controleerAxe(b);
    await page.getByRole("link", { name: aanvraag.hervat.startKnop }).click();
    await expect(page).toHaveURL(opPad("/"));
    await expect(kop(page)).toHaveText(start.titel);

    // Without any sleutel at all: the same explanation.
    await page.goto("/hervat");
    await expect(page).toHaveURL(opPad(MISLUKT));
    await expect(kop(page)).toHaveText(aanvraag.hervat.titel);
  });

  test("een link met de juiste vorm maar de verkeerde sleutel opent niets", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    const link = await bewaarVoorLater(b);
    const [, id, sleutel] = /sleutel=([\w-]+)\.([\w-]+)$/.exec(link) ?? [];
    expect(sleutel).toHaveLength(43);
    // Another first character keeps the key well-formed (base64url, 43 characters), but wrong.
    const verkeerd = `/hervat?sleutel=${id}.${sleutel?.startsWith("A") ? "B" : "A"}${sleutel?.slice(1)}`;

    const ander = await nieuweBrowser(b, baseURL);
    try {
      const p2 = ander.bezoeker.page;
      await p2.goto(verkeerd);
      await expect(p2).toHaveURL(opPad(MISLUKT));
      await expect(kop(p2)).toHaveText(aanvraag.hervat.titel);
      await expect(p2.getByRole("link", { name: aanvraag.hervat.startKnop })).toBeVisible();
      // No draft was opened in this browser.
      await p2.goto(OVERZICHT);
      await expect(p2).toHaveURL(opPad("/"));
      expect(ander.serverFouten).toEqual([]);
    } finally {
      await ander.context.close();
    }
  });

  test("'Verwijder mijn gegevens' wist de aanvraag na de bevestiging; de link zegt daarna dat er niets meer is", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await doeStap1MetIndicatie(b, "5VV");
    const link = await bewaarVoorLater(b);
    await naarOverzicht(b);

    // It asks first (docs/decisions/031-burgerpaginas.md); tests/e2e/burgerervaring.spec.ts checks that page.
    await page.getByRole("link", { name: aanvraag.verwijderen.knop }).click();
    await page.getByRole("button", { name: verwijderen.knop }).click();
    await expect(page).toHaveURL(/\/\?verwijderd=1$/);
    await expect(page.getByRole("status")).toContainText(start.verwijderd);
    // This browser has no aanvraag any more.
    await page.goto(OVERZICHT);
    await expect(page).toHaveURL(opPad("/"));
    await expect(page.getByRole("radio", { name: start.voorWie.opties.zelf, exact: true })).not.toBeChecked();

    // Nor does anyone with the link.
    const ander = await nieuweBrowser(b, baseURL);
    try {
      const p2 = ander.bezoeker.page;
      await p2.goto(link);
      await expect(p2).toHaveURL(/\/hervat\/mislukt\?reden=niet-gevonden$/);
      await expect(p2.getByText(aanvraag.hervat.redenen["niet-gevonden"])).toBeVisible();
      await expect(p2.getByRole("link", { name: aanvraag.hervat.startKnop })).toBeVisible();
      expect(ander.serverFouten).toEqual([]);
    } finally {
      await ander.context.close();
    }
  });
});
