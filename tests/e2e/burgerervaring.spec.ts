/**
 * The citizen's side of the service (docs/decisions/031-burgerpaginas.md): deleting asks first,
 * a link can be passed on whole (visible, with its end date, by mail), the pages a public service
 * must have are there in Dutch and linked from every footer, the header has a named nav landmark,
 * a success message after a page load takes focus, and the staff preview links to its outcome
 * (also from a bar after an update). A resume link goes on at the first open question; the
 * gewaarborgde hulp's page puts the form first, with "Wie ondertekent wat?" as they see it.
 * Every test runs with and without JavaScript (the projects of playwright.config.ts), axe clean.
 */
import path from "node:path";
import type { Page } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { algemeen } from "@/content/algemeen";
import { begrippen } from "@/content/begrippen";
import { contact, CONTACT_ADRES } from "@/content/contact";
import { delen } from "@/content/delen";
import { foutTeksten } from "@/content/fouten";
import { handtekeningTekst } from "@/content/handtekeningen";
import { linkDoorgeven } from "@/content/link-doorgeven";
import { componenten } from "@/content/componenten";
import { privacy } from "@/content/privacy";
import { start } from "@/content/start";
import { toegankelijkheid } from "@/content/toegankelijkheid";
import { verwijderen } from "@/content/verwijderen";
import { voorbeeldPagina } from "@/content/zorgkantoor-voorbeeld";
import { linksOpenen } from "@/content/links-openen";
import { ondertekenen } from "@/content/ondertekenen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { BEGRIPPEN, CONTACT, PRIVACY, TOEGANKELIJKHEID, VERWIJDEREN } from "@/lib/burger-paden";
import { bezoeker, controleerAxe, expect, geenOverloop, nieuweBrowser, test, type Bezoeker } from "./hulp/bezoeker";
import { BROCHURE_VOORBEELD } from "./hulp/brochure-voorbeeld";
import { MOEDER, verwijderZorgverlener, ZORGVERLENERS } from "./hulp/budgetplan";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { formVelden } from "./hulp/formulier-post";
import {
  begin,
  bewaarVoorLater,
  controleerEnRondAf,
  heeftIndicatie,
  kiesRegie,
  kiesVoorWie,
  kiesWoonwens,
  kop,
  leesUitkomst,
  naarOverzicht,
  OVERZICHT,
  openHervatLink,
  openStap,
  opPad,
  vraagPad,
  vulZorgprofielIn,
} from "./hulp/stappen";
import { zaaiDraft } from "./hulp/zaaien";

const SMAL = { width: 360, height: 740 };

/**
 * The glossary links in the page's main content: each term once (its first use), to an entry
 * that exists, opening beside the form and saying so to a screen reader.
 */
async function begripLinks(page: Page): Promise<string[]> {
  const links = page.getByRole("main").locator('a[href^="/begrippen#"]');
  const ids: string[] = [];
  for (const link of await links.all()) {
    const id = ((await link.getAttribute("href")) ?? "").slice("/begrippen#".length);
    expect(begrippen.lijst.map((b) => b.id), `bestaand begrip ${id}`).toContain(id);
    await expect(link).toHaveAttribute("target", "_blank");
    // Its name is the term as it stands in the sentence; that it opens a new tab is its description.
    await expect(link).toHaveAccessibleName((await link.textContent()) ?? "");
    await expect(link).toHaveAccessibleDescription(componenten.begrip.nieuwTabblad);
    ids.push(id);
  }
  expect(ids, `elk begrip één keer op ${page.url()}`).toEqual([...new Set(ids)]);
  return ids;
}

/** What a mail program reads from a `mailto:` link: the address and the decoded fields. */
function leesMailto(href: string): { aan: string; onderwerp: string; tekst: string } {
  expect(href.startsWith("mailto:"), href).toBe(true);
  const [aan = "", query = ""] = href.slice("mailto:".length).split("?");
  const velden = new Map(query.split("&").map((deel) => deel.split("=") as [string, string]));
  return { aan: decodeURIComponent(aan), onderwerp: decodeURIComponent(velden.get("subject") ?? ""), tekst: decodeURIComponent(velden.get("body") ?? "") };
}

/** The header's named nav and the footer's links to the four pages and the feedback link. */
async function kaderIsCompleet(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  const hoofdmenu = page.getByRole("banner").getByRole("navigation", { name: algemeen.hoofdmenu.label, exact: true });
  await expect(hoofdmenu).toBeVisible();
  await expect(hoofdmenu.getByRole("link", { name: algemeen.hoofdmenu.begrippen, exact: true })).toHaveAttribute("href", BEGRIPPEN);
  const voet = page.getByRole("contentinfo").getByRole("navigation", { name: algemeen.overDezeWebsite.label, exact: true });
  const o = algemeen.overDezeWebsite;
  for (const [tekst, href] of [
    [o.privacy, PRIVACY],
    [o.toegankelijkheid, TOEGANKELIJKHEID],
    [o.contact, CONTACT],
    [o.begrippen, BEGRIPPEN],
    [o.reactie, `${CONTACT}#reactie`],
  ] as const) {
    await expect(voet.getByRole("link", { name: tekst, exact: true }), `voetlink ${tekst} op ${page.url()}`).toHaveAttribute("href", href);
  }
}

/** The focused element's accessible text: a heading that took focus, or nothing. */
const gefocust = (page: Page) => page.locator(":focus");

test.describe("verwijderen vraagt eerst", () => {
  test("de knop op het overzicht opent een pagina die zegt wat weg gaat; terug laat alles staan; de rode knop wist, met het toetsenbord", async ({ page, browser, javaScriptEnabled }) => {
    await page.setViewportSize(SMAL);
    const b: Bezoeker = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await begin(b);
    await kiesVoorWie(b, "zelf");

    // One tap no longer deletes: the overview has a link, no delete form.
    await expect(page.getByRole("button", { name: aanvraag.verwijderen.knop })).toHaveCount(0);
    await page.getByRole("link", { name: aanvraag.verwijderen.knop, exact: true }).click();
    await expect(page).toHaveURL(opPad(VERWIJDEREN));
    await expect(kop(page)).toHaveText(verwijderen.titel);
    for (const punt of verwijderen.watWeg) await expect(page.getByRole("listitem").filter({ hasText: punt })).toBeVisible();
    await expect(page.getByText(verwijderen.nietTerug)).toBeVisible();
    const bevestig = page.getByRole("button", { name: verwijderen.knop, exact: true });
    // Red: the warning button of components/knoppen.tsx.
    await expect(bevestig).toHaveCSS("background-color", "rgb(177, 14, 30)");
    await controleerAxe(b);
    await geenOverloop(page, 320);

    // The way back keeps everything.
    await page.getByRole("link", { name: verwijderen.terug, exact: true }).last().click();
    await expect(page).toHaveURL(opPad(OVERZICHT));
    await expect(kop(page)).toHaveText(aanvraag.overzicht.titel);

    // Keyboard only: Tab to the red button, Enter.
    await page.goto(VERWIJDEREN);
    await expect(kop(page)).toHaveText(verwijderen.titel);
    for (let i = 0; i < 40 && !(await bevestig.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(bevestig).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/\?verwijderd=1$/);

    // The message is announced: its heading has focus, after a full load (no JavaScript) and after
    // the client-side navigation of the server action's redirect (JavaScript).
    const melding = page.getByRole("heading", { name: start.verwijderd, exact: true });
    await expect(melding).toBeFocused();
    await expect(page.getByRole("status")).toContainText(verwijderen.opnieuw);
    await controleerAxe(b);

    // Gone: the overview and the confirmation page lead to the start.
    await page.goto(OVERZICHT);
    await expect(page).toHaveURL(opPad("/"));
    await page.goto(VERWIJDEREN);
    await expect(page).toHaveURL(opPad("/"));
    await expect(page.getByRole("button", { name: verwijderen.knop })).toHaveCount(0);
  });

  test("de bevestiging is een POST van deze site: van een andere site geweigerd, de GET wist niets", async ({ page, browser, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    // Opening the page twice deletes nothing.
    for (let i = 0; i < 2; i++) expect((await page.request.get(VERWIJDEREN)).status()).toBe(200);
    const html = await (await page.request.get(VERWIJDEREN)).text();
    const formulier = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(verwijderen.knop)) ?? "";
    expect(formulier).toMatch(/method="post"|action="javascript:/i);
    const velden = await formVelden(page.request, VERWIJDEREN, verwijderen.knop);
    const vreemd = await page.request.post(VERWIJDEREN, { multipart: velden, maxRedirects: 0, headers: { origin: "https://kwaadwillend.example" } });
    expect(vreemd.status()).toBe(403);
    await naarOverzicht(b);
  });
});

test.describe("begrippen en doodlopende zinnen", () => {
  test("invullen voor Ans: een begrip is bij het eerste gebruik een link naar zijn uitleg; de uitkomst noemt Ans, niet 'uw keuze'", async ({ page, browser, javaScriptEnabled }) => {
    await page.setViewportSize(SMAL);
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true, aanspreking: { zelf: false, naam: "Ans" } });
    await begin(b);
    await kiesVoorWie(b, "familie", "Ans");
    await openStap(b, "indicatie", "heeft-indicatie");
    // The hint names the Wlz: its first use is a link, underlined (not told by colour alone).
    expect(await begripLinks(page)).toContain("wlz");
    const wlz = page.getByRole("main").locator('a[href="/begrippen#wlz"]');
    await expect(wlz).toHaveCSS("text-decoration-line", "underline");
    await controleerAxe(b);
    await heeftIndicatie(b, "ja");
    await expect(kop(page)).toContainText(indicatieVragen.zorgprofiel.titel(b.aanspreking));
    expect(await begripLinks(page)).toContain("zorgprofiel");
    await vulZorgprofielIn(b, "VV 5");
    await controleerEnRondAf(b, "indicatie");
    await openStap(b, "keuze", "woonwens");
    await kiesWoonwens(b, "thuis");
    await kiesRegie(b, "zelf");
    await leesUitkomst(b, async (p) => {
      await expect(p.getByRole("heading", { name: aanvraag.keuzeOverzicht.keuzeKop("Ans"), exact: true })).toBeVisible();
      await expect(p.getByRole("heading", { name: /uw keuze/i })).toHaveCount(0);
      expect(await begripLinks(p)).toContain("pgb");
      await controleerAxe(b);
    });
    // The entry is there, without JavaScript too: the anchor is the term's heading.
    await page.goto("/begrippen#zorgprofiel");
    await expect(page.locator("h2#zorgprofiel")).toContainText("ZZP");
    await expect(page.locator("h2#zorgprofiel + p + p")).toContainText("zzp'er");
  });

  test("bewaren: de link zegt dat wat getypt is pas met de knop bewaard is, en dat klopt", async ({ page, browser, javaScriptEnabled }) => {
    await page.setViewportSize(SMAL);
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await openStap(b, "indicatie", "heeft-indicatie");
    await heeftIndicatie(b, "ja");
    await page.getByLabel(indicatieVragen.zorgprofiel.label, { exact: true }).fill("VV 5");
    await expect(page.getByText(componenten.bewaarLink.eerstKnop)).toBeVisible();
    await bewaarVoorLater(b);
    await expect(page.getByRole("main")).not.toContainText("Uw antwoorden zijn bewaard");
    await expect(page.getByText(aanvraag.bewaren.uitleg[1] ?? "")).toBeVisible();
    // What the page says is what happened: the typed zorgprofiel was not sent, so it is not there.
    await page.goto(vraagPad("indicatie", "zorgprofiel"));
    await expect(page.getByLabel(indicatieVragen.zorgprofiel.label, { exact: true })).toHaveValue("");
  });
});

test.describe("een link doorgeven", () => {
  test("bewaren: de hele link staat zichtbaar en breekt af op 360 px, met de einddatum en 'Mail deze link'", async ({ page, browser, javaScriptEnabled }) => {
    await page.setViewportSize(SMAL);
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    const link = await bewaarVoorLater(b);

    const veld = page.locator("#hervat-link");
    await expect(veld).toBeVisible();
    await expect(veld).toHaveText(link);
    // Whole: not cut off inside its box, and the box fits the screen.
    const maat = await veld.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, rechts: el.getBoundingClientRect().right }));
    expect(maat.scroll).toBeLessThanOrEqual(maat.client);
    expect(maat.rechts).toBeLessThanOrEqual(SMAL.width);
    const datum = /\d{2}-\d{2}-\d{4}/.exec((await page.locator("#hervat-link-hint").textContent()) ?? "")?.[0];
    expect(datum, "de einddatum als dd-mm-jjjj").toBeDefined();

    const mail = leesMailto((await page.getByRole("link", { name: linkDoorgeven.mail, exact: true }).getAttribute("href")) ?? "");
    expect(mail.aan).toBe("");
    expect(mail.onderwerp).toBe(linkDoorgeven.hervat.onderwerp);
    expect(mail.tekst).toBe(linkDoorgeven.hervat.tekst(link, datum ?? "").replace(/\n/g, "\r\n"));
    await geenOverloop(page, 320);
    if (FOTOS) await page.screenshot({ path: path.join(fotoMap(javaScriptEnabled ? "met-js" : "zonder-js"), "bewaren-360.png"), fullPage: true });
  });

  test("delen: de nieuwe link met einddatum en mail; de melding erboven krijgt de focus", async ({ page, browser, javaScriptEnabled }) => {
    await page.setViewportSize(SMAL);
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await page.getByRole("link", { name: delen.overzicht.link, exact: true }).click();
    await expect(kop(page)).toHaveText(delen.pagina.titel);
    await page.getByRole("radio", { name: handtekeningTekst.deellink.rollen.meekijken.label, exact: true }).check();
    await page.getByRole("radio", { name: handtekeningTekst.deellink.geldig["7"], exact: true }).check();
    await page.getByRole("button", { name: delen.pagina.maakKnop, exact: true }).click();
    await expect(page).toHaveURL(/\?nieuw=[\w-]{22}$/);

    await expect(page.getByRole("heading", { name: delen.pagina.meldingen.nieuw.titel, exact: true })).toBeFocused();
    const veld = page.locator("[id^=nieuw-][data-volledige-link]");
    const adres = ((await veld.textContent()) ?? "").trim();
    expect(adres).toMatch(/\/gedeeld\?sleutel=[\w-]{22}\.[\w-]{43}$/);
    const hint = page.locator(`#${await veld.getAttribute("id")}-hint`);
    const datum = /\d{2}-\d{2}-\d{4}/.exec((await hint.textContent()) ?? "")?.[0] ?? "";
    expect(datum).not.toBe("");
    const mail = leesMailto((await page.getByRole("status").getByRole("link", { name: linkDoorgeven.mail, exact: true }).getAttribute("href")) ?? "");
    expect(mail.onderwerp).toBe(linkDoorgeven.deel.onderwerp.meekijken);
    expect(mail.tekst).toContain(adres);
    expect(mail.tekst).toContain(datum);
    await controleerAxe(b);
    await geenOverloop(page, 320);
  });
});

test.describe("verder gaan en meetekenen", () => {
  test("hervatten gaat verder bij de eerste vraag die nog open is, niet bij de eerste vraag van de stap", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await openStap(b, "indicatie", "heeft-indicatie");
    await heeftIndicatie(b, "ja");
    const link = await bewaarVoorLater(b);

    const ander = await nieuweBrowser(b, baseURL);
    try {
      await ander.bezoeker.page.setViewportSize(SMAL);
      await openHervatLink({ ...ander.bezoeker, axe: true }, link, { naar: vraagPad("indicatie", "zorgprofiel") });
      await expect(ander.bezoeker.page.getByLabel(indicatieVragen.zorgprofiel.label, { exact: true })).toBeVisible();
      if (FOTOS) await ander.bezoeker.page.screenshot({ path: path.join(fotoMap(javaScriptEnabled ? "met-js" : "zonder-js"), "hervat-zorgprofiel-360.png"), fullPage: true });
      await controleerAxe({ ...ander.bezoeker, axe: true });
      expect(ander.serverFouten).toEqual([]);
    } finally {
      await ander.context.close();
    }
  });

  test("de pagina van de gewaarborgde hulp: eerst het formulier, dan 'Wie ondertekent wat?', dan de antwoorden; zonder hun naam", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    test.setTimeout(120_000);
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await zaaiDraft(page.context(), baseURL, BROCHURE_VOORBEELD);
    const ghNaam = BROCHURE_VOORBEELD.gewaarborgdeHulp?.naam ?? "";
    await page.goto(OVERZICHT);
    await page.getByRole("link", { name: delen.overzicht.link, exact: true }).click();
    await page.getByRole("radio", { name: handtekeningTekst.deellink.rollen["gewaarborgde-hulp"].label(ghNaam), exact: true }).check();
    await page.getByRole("radio", { name: handtekeningTekst.deellink.geldig.aanvraag, exact: true }).check();
    await page.getByRole("button", { name: delen.pagina.maakKnop, exact: true }).click();
    await expect(page).toHaveURL(/\?nieuw=[\w-]{22}$/);
    const adres = ((await page.locator("[id^=nieuw-][data-volledige-link]").textContent()) ?? "").trim();

    const gh = await nieuweBrowser(b, baseURL);
    try {
      const p = gh.bezoeker.page;
      await p.setViewportSize(SMAL);
      await p.goto(adres);
      await p.getByRole("button", { name: linksOpenen.gedeeld.openKnop, exact: true }).click();
      await expect(p).toHaveURL(opPad("/gedeeld/aanvraag"));

      // In this order on the page: the form, the panel, the answers.
      const y = async (l: ReturnType<Page["locator"]>) => (await l.boundingBox())?.y ?? Number.NaN;
      const formulier = p.getByRole("button", { name: delen.gedeeld.ondertekenKnop, exact: true });
      const paneel = p.getByRole("region", { name: ondertekenen.kop, exact: true });
      const stap1 = p.getByRole("heading", { name: delen.gedeeld.stapKop(1, aanvraag.overzicht.stappen.indicatie), exact: true });
      await expect(formulier).toBeVisible();
      expect(await y(formulier)).toBeLessThan(await y(paneel));
      expect(await y(paneel)).toBeLessThan(await y(stap1));

      // The panel as they see it: they are "U", whoever fills in is named by role, no name of theirs.
      await expect(paneel).toContainText(`${ondertekenen.uZelf}: ${ondertekenen.status.nogNiet}`);
      await expect(paneel).toContainText(`${ondertekenen.gh.invuller}: ${ondertekenen.status.nogNiet}`);
      await expect(paneel).toContainText(ondertekenen.regel(budgetplanVragen.ondertekening.rollen["gewaarborgde-hulp"], ondertekenen.u));
      expect(((await p.locator("main").textContent()) ?? "").toLowerCase()).not.toContain(ghNaam.toLowerCase());

      await controleerAxe({ ...gh.bezoeker, axe: true });
      await geenOverloop(p, 320);
      if (FOTOS) await p.screenshot({ path: path.join(fotoMap(javaScriptEnabled ? "met-js" : "zonder-js"), "gedeeld-gh-360.png"), fullPage: true });

      // The link above the form leads down to what they sign.
      await p.getByRole("link", { name: delen.gedeeld.naarAntwoorden, exact: true }).click();
      await expect(p).toHaveURL(/#antwoorden$/);
      await expect(stap1).toBeInViewport();
      expect(gh.serverFouten).toEqual([]);
    } finally {
      await gh.context.close();
    }
  });

  test("een melding na het opslaan van een zorgverlener krijgt de focus", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await zaaiDraft(page.context(), baseURL, BROCHURE_VOORBEELD);
    await page.goto(ZORGVERLENERS);
    await verwijderZorgverlener(b, MOEDER.naam);
    await expect(page.getByRole("heading", { name: budgetplanVragen.zorgverleners.verwijderd, exact: true })).toBeFocused();
    await expect(page.getByRole("status")).toContainText(budgetplanVragen.zorgverleners.verwijderd);
    await page.setViewportSize(SMAL);
    if (FOTOS) await page.screenshot({ path: path.join(fotoMap(javaScriptEnabled ? "met-js" : "zonder-js"), "zorgverleners-verwijderd-360.png"), fullPage: true });
  });
});

test.describe("pagina's die een publieke dienst moet hebben", () => {
  const paginas = [
    { pad: PRIVACY, titel: privacy.titel },
    { pad: TOEGANKELIJKHEID, titel: toegankelijkheid.titel },
    { pad: CONTACT, titel: contact.titel },
    { pad: BEGRIPPEN, titel: begrippen.titel },
  ];

  test("privacy, toegankelijkheid, contact en begrippen: in het Nederlands, met kader, zonder axe-fouten en zonder overloop", async ({ page, browser, javaScriptEnabled }) => {
    await page.setViewportSize(SMAL);
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    for (const { pad, titel } of paginas) {
      const antwoord = await page.goto(pad);
      expect(antwoord?.status(), pad).toBe(200);
      await expect(kop(page)).toHaveText(titel);
      await expect(page).toHaveTitle(new RegExp(`^${titel}`));
      await kaderIsCompleet(page);
      await controleerAxe(b);
      await geenOverloop(page, 320);
    }
  });

  test("wat erin staat: bewaartijd, cookie, wissen; WCAG 2.2 AA; het (voorbeeld)adres en de reactielink; elk begrip met een anker", async ({ page }) => {
    await page.goto(PRIVACY);
    for (const zin of privacy.hoeLang(30)) await expect(page.getByText(zin)).toBeVisible();
    await expect(page.getByText(privacy.cookie[1] ?? "")).toBeVisible();
    await expect(page.getByText(privacy.wissen[0] ?? "")).toBeVisible();

    await page.goto(TOEGANKELIJKHEID);
    await expect(page.getByText(toegankelijkheid.norm)).toContainText("WCAG) 2.2, niveau AA");
    for (const grens of toegankelijkheid.grenzen) await expect(page.getByText(grens)).toBeVisible();

    await page.goto(CONTACT);
    await expect(page.getByRole("link", { name: CONTACT_ADRES, exact: true })).toHaveAttribute("href", `mailto:${CONTACT_ADRES}`);
    await expect(page.getByText(contact.plaatshouder)).toBeVisible();
    const reactie = leesMailto((await page.locator("#reactie ~ p a, section:has(#reactie) a").first().getAttribute("href")) ?? "");
    expect(reactie).toMatchObject({ aan: CONTACT_ADRES, onderwerp: contact.reactieOnderwerp });

    await page.goto(BEGRIPPEN);
    for (const begrip of begrippen.lijst) {
      await expect(page.locator(`h2#${begrip.id}`)).toHaveText(begrip.term);
    }
    for (const id of ["wlz", "zorgprofiel", "vpt", "mpt", "pgb", "gewaarborgde-hulp", "budgethouder", "zorgkantoor", "svb", "ciz", "cak"]) {
      await expect(page.locator(`#${id}`), id).toHaveCount(1);
    }
    await expect(page.locator("#zorgprofiel + p + p")).toContainText("zzp'er");
    await page.getByRole("navigation", { name: begrippen.inhoudKop }).getByRole("link", { name: "Pgb", exact: true }).click();
    await expect(page).toHaveURL(/\/begrippen#pgb$/);

    // The start page links the glossary.
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: begrippen.startLinkTekst, exact: true }).click();
    await expect(page).toHaveURL(opPad(BEGRIPPEN));
  });

  test("elke pagina heeft de voetlinks en het hoofdmenu; de 404 is Nederlands", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    const o = algemeen.overDezeWebsite;
    for (const pad of ["/", "/zorgkantoor", "/zorgkantoor/voorbeeld", "/zorgkantoor/profielen", "/zorgkantoor/parameters", "/storing", "/hervat/mislukt?reden=niet-gevonden"]) {
      await page.goto(pad);
      await kaderIsCompleet(page);
    }
    const niet = await page.goto("/deze-pagina-bestaat-niet");
    expect(niet?.status()).toBe(404);
    await expect(kop(page)).toHaveText(foutTeksten.nietGevonden.titel);
    await kaderIsCompleet(page);
    // A page the server builds without React (lib/http/kale-pagina.mjs) has the footer links too.
    const kaal = await page.goto("/aanvraag/indicatie/%ff");
    expect(kaal?.status()).toBe(400);
    const kaleVoet = page.getByRole("contentinfo").getByRole("navigation", { name: algemeen.overDezeWebsite.label, exact: true });
    await expect(kaleVoet.getByRole("link")).toHaveText([o.privacy, o.toegankelijkheid, o.contact, o.begrippen, o.reactie]);
    await expect(kaleVoet.getByRole("link", { name: o.privacy, exact: true })).toHaveAttribute("href", PRIVACY);

    await begin(b);
    await kiesVoorWie(b, "zelf");
    for (const pad of [OVERZICHT, "/aanvraag/bewaren", "/aanvraag/delen", VERWIJDEREN]) {
      await page.goto(pad);
      await kaderIsCompleet(page);
    }
  });
});

test("de voorbeeldpagina voor zorgkantoren heeft 'Naar de uitkomst'", async ({ page, browser, javaScriptEnabled }) => {
  await page.setViewportSize(SMAL);
  const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
  await page.goto("/zorgkantoor/voorbeeld?profiel=5VV&wonen=thuis");
  await expect(page.getByRole("heading", { name: voorbeeldPagina.uitkomstKop, exact: true })).toBeVisible();
  await controleerAxe(b);
  const links = page.getByRole("link", { name: voorbeeldPagina.naarUitkomst, exact: true });
  await expect(links).toHaveCount(2);
  await links.last().click();
  await expect(page).toHaveURL(/#uitkomst$/);
  await expect(page.locator("h2#uitkomst")).toBeFocused();
  await expect(page.locator("h2#uitkomst")).toBeInViewport();
  // Tab goes on from the outcome, not from the form.
  await page.keyboard.press("Tab");
  expect(await gefocust(page).evaluate((el) => document.getElementById("uitkomst")?.closest("section")?.contains(el) ?? false)).toBe(true);
});

test("de voorbeeldpagina: na een wijziging staat 'Naar de uitkomst' onderin beeld, zonder het veld te bedekken", async ({ page, browser, javaScriptEnabled }) => {
  await page.setViewportSize(SMAL);
  const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
  await page.goto(
    "/zorgkantoor/voorbeeld?profiel=5VV&wonen=thuis&zv1-naam=Moeder&zv1-uren=25&zv1-tarief=15%2C00&zv1-soort=persoon&zv1-relatie=familie-1e-graad&zv1-overeenkomst=opdracht&zv1-dagen=7",
  );
  const balk = page.locator("[data-bijgewerkt]");
  // Nothing has changed yet: no bar, with or without JavaScript.
  await expect(balk).toHaveCount(0);
  if (!javaScriptEnabled) return;

  const uren = page.getByRole("group", { name: voorbeeldPagina.groepen.zorgverlener(1) }).getByLabel(voorbeeldPagina.velden.urenPerWeek.label);
  await uren.fill("30");
  await expect(page).toHaveURL(/zv1-uren=30/);
  await expect(balk).toBeVisible();
  await expect(balk).toContainText(voorbeeldPagina.bijgewerkt);
  await expect(balk).toBeInViewport();
  await expect(page.getByRole("status").filter({ hasText: voorbeeldPagina.bijgewerkt })).toHaveCount(1);
  await expect(uren).toBeFocused();
  // The field with focus is not under the bar (WCAG 2.4.11).
  const veld = await uren.boundingBox();
  const onder = await balk.boundingBox();
  expect((veld?.y ?? 0) + (veld?.height ?? 0)).toBeLessThanOrEqual(onder?.y ?? 0);
  await controleerAxe(b);
  if (FOTOS) await page.screenshot({ path: path.join(fotoMap("met-js"), "voorbeeld-balk-360.png") });

  await balk.getByRole("link", { name: voorbeeldPagina.naarUitkomst, exact: true }).click();
  await expect(page.locator("h2#uitkomst")).toBeFocused();
  await expect(page.locator("h2#uitkomst")).toBeInViewport();
});
