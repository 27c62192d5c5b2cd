/**
 * Opening a resume link or a share link (docs/decisions/022-links-openen.md), with and without
 * JavaScript: a GET only shows what the link opens and never sets or replaces a cookie; only the
 * page's own button (a same-origin POST) opens it. Someone who gets a person to click their own
 * resume link therefore no longer swaps the person's draft for theirs: the person's cookie stays,
 * the page warns, and a forged post from another site is refused.
 */
import type { APIResponse, BrowserContext, Page, Response } from "@playwright/test";
import { delen } from "@/content/delen";
import { handtekeningTekst as ht } from "@/content/handtekeningen";
import { linksOpenen } from "@/content/links-openen";
import { formatDatumTijdstip } from "@/lib/wizard/datum";
import { bezoeker, controleerAxe, expect, nieuweBrowser, test, type Bezoeker } from "./hulp/bezoeker";
import { begin, bewaarVoorLater, doeStap1MetIndicatie, kiesVoorWie, kop, opPad, OVERZICHT, zieStapStatus } from "./hulp/stappen";

const t = linksOpenen.hervat;
const g = linksOpenen.gedeeld;
const DRAFT_KOEKJE = "pgb-aanvraag";
const DEEL_KOEKJE = "pgb-gedeeld";

const knop = (page: Page, naam: string) => page.getByRole("button", { name: naam, exact: true });

async function koekje(context: BrowserContext, naam: string): Promise<string | undefined> {
  return (await context.cookies()).find((k) => k.name === naam)?.value;
}

/** Every Set-Cookie of a response, also the ones `headers()` leaves out. */
async function zetKoekjes(antwoord: Response | APIResponse | null): Promise<string[]> {
  if (antwoord === null) throw new Error("geen antwoord");
  return (await antwoord.headersArray()).filter((k) => k.name.toLowerCase() === "set-cookie").map((k) => k.value);
}

/** The text of a function of content/ up to the first argument: for a date this test cannot know. */
const begintMet = (tekst: string) => tekst.split("\u0000")[0] ?? "";

/** A share link made on the applicant's page, read from the success banner. */
async function maakMeekijkLink(b: Bezoeker): Promise<string> {
  const { page } = b;
  await page.goto("/aanvraag/delen");
  await page.getByRole("radio", { name: ht.deellink.rollen.meekijken.label, exact: true }).check();
  await page.getByRole("radio", { name: ht.deellink.geldig["7"], exact: true }).check();
  const vorige = page.url();
  await knop(page, delen.pagina.maakKnop).click();
  await expect(page).not.toHaveURL(vorige);
  await expect(page).toHaveURL(/\?nieuw=[\w-]{22}$/);
  const adres = ((await page.locator("[id^=nieuw-][data-volledige-link]").textContent()) ?? "").trim();
  expect(adres).toMatch(/\/gedeeld\?sleutel=[\w-]{22}\.[\w-]{43}$/);
  return adres;
}

test.describe("een link openen: eerst een pagina, dan pas de knop", () => {
  test("de hervat-link van iemand anders: de GET laat het koekje staan en waarschuwt; alleen de knop wisselt", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    const snel = { ...b, axe: false };
    // The person: their own draft, step 1 done, so it has come to step 2.
    await begin(snel);
    await kiesVoorWie(snel, "zelf");
    await doeStap1MetIndicatie(snel, "5VV");
    const eigen = await koekje(page.context(), DRAFT_KOEKJE);
    expect(eigen).toBeDefined();

    // Someone else: a fresh draft of their own, and its resume link.
    const ander = await nieuweBrowser(snel, baseURL);
    await begin(ander.bezoeker);
    await kiesVoorWie(ander.bezoeker, "zelf");
    const link = await bewaarVoorLater(ander.bezoeker);
    const sleutel = new URL(link).searchParams.get("sleutel");

    // As HTTP: a page, no cookie, not kept in any cache.
    const ruw = await page.context().request.get(link, { maxRedirects: 0 });
    expect(ruw.status()).toBe(200);
    expect(await zetKoekjes(ruw)).toEqual([]);
    expect(ruw.headers()["cache-control"]).toContain("no-store");
    expect(ruw.headers()["referrer-policy"]).toBe("no-referrer");

    // The person clicks the link: their cookie is the same value, and the page says what would happen.
    const antwoord = await page.goto(link);
    expect(antwoord?.status()).toBe(200);
    expect(await zetKoekjes(antwoord)).toEqual([]);
    expect(await koekje(page.context(), DRAFT_KOEKJE)).toBe(eigen);
    await expect(kop(page)).toHaveText(t.titel);
    const vandaag = formatDatumTijdstip(new Date());
    const waarschuwing = page.getByRole("region", { name: t.andere.titel });
    await expect(waarschuwing).toContainText(t.andere.welke(vandaag, 1));
    await expect(waarschuwing).toContainText(begintMet(t.andere.huidig(vandaag, 2, "\u0000")));
    await expect(waarschuwing).toContainText(t.andere.terugHalen);
    await expect(knop(page, t.openKnop)).toHaveCount(0);
    await controleerAxe(b);

    // Back to their own application: nothing changed.
    await page.getByRole("link", { name: t.andere.terug, exact: true }).click();
    await expect(page).toHaveURL(opPad(OVERZICHT));
    await zieStapStatus(b, "indicatie", "klaar");
    expect(await koekje(page.context(), DRAFT_KOEKJE)).toBe(eigen);

    // Only the button switches, and the key is not in the address after it.
    await page.goto(link);
    await knop(page, t.andere.wisselKnop).click();
    await expect(page).toHaveURL(new RegExp(`^https?://[^/]+${OVERZICHT}$`));
    expect(await koekje(page.context(), DRAFT_KOEKJE)).toBe(sleutel);
    await zieStapStatus(b, "indicatie", "niet-begonnen");

    // The same link again, now that it is open: only a way on, no form.
    const weer = await page.goto(link);
    expect(await zetKoekjes(weer)).toEqual([]);
    await expect(page.getByText(t.zelfde.tekst)).toBeVisible();
    await expect(page.locator("main form")).toHaveCount(0);
    await controleerAxe(b);
    await page.getByRole("link", { name: t.zelfde.verder, exact: true }).click();
    await expect(page).toHaveURL(opPad(OVERZICHT));

    // A browser without a draft gets the page too, with the warning about whose link it is.
    const leeg = await nieuweBrowser(b, baseURL);
    await leeg.bezoeker.page.goto(link);
    expect(await koekje(leeg.context, DRAFT_KOEKJE)).toBeUndefined();
    await expect(leeg.bezoeker.page.getByText(t.welke(vandaag, 1))).toBeVisible();
    await expect(leeg.bezoeker.page.getByText(t.letOp)).toBeVisible();
    await controleerAxe(leeg.bezoeker);
    await knop(leeg.bezoeker.page, t.openKnop).click();
    await expect(leeg.bezoeker.page).toHaveURL(new RegExp(`^https?://[^/]+${OVERZICHT}$`));
    expect(await koekje(leeg.context, DRAFT_KOEKJE)).toBe(sleutel);
    expect(ander.serverFouten).toEqual([]);
    expect(leeg.serverFouten).toEqual([]);
    await ander.context.close();
    await leeg.context.close();
  });

  test("een vervalste POST van een andere site: 403, koekje onveranderd; geen enkele GET zet een koekje", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    const context = page.context();
    const eigen = await koekje(context, DRAFT_KOEKJE);
    const ander = await nieuweBrowser(b, baseURL);
    await begin(ander.bezoeker);
    await kiesVoorWie(ander.bezoeker, "zelf");
    const link = await bewaarVoorLater(ander.bezoeker);
    const sleutel = new URL(link).searchParams.get("sleutel") ?? "";

    const vervalsingen: [string, Record<string, string>][] = [
      ["andere site", { origin: "https://kwaadwillend.example" }],
      ["geen Origin", {}],
      ["Origin null van buiten", { origin: "null", "sec-fetch-site": "cross-site" }],
    ];
    for (const [wat, koppen] of vervalsingen) {
      const antwoord = await context.request.post("/hervat/openen", { form: { sleutel }, headers: koppen, maxRedirects: 0 });
      expect(antwoord.status(), wat).toBe(403);
      expect(await zetKoekjes(antwoord), wat).toEqual([]);
    }
    expect(await koekje(context, DRAFT_KOEKJE)).toBe(eigen);

    // No GET of a link sets a cookie: a good one, a wrong one, one without a key, both kinds.
    for (const pad of [link, "/hervat?sleutel=onzin", "/hervat", "/gedeeld?sleutel=onzin", "/gedeeld"]) {
      const antwoord = await context.request.get(pad, { maxRedirects: 0 });
      expect(antwoord.status(), pad).toBeLessThan(500);
      expect(await zetKoekjes(antwoord), pad).toEqual([]);
    }
    expect(await koekje(context, DRAFT_KOEKJE)).toBe(eigen);

    // The page's own post (same origin) is what opens it: the test can tell the difference.
    const eigenPost = await context.request.post("/hervat/openen", { form: { sleutel }, headers: { origin: baseURL ?? "" }, maxRedirects: 0 });
    expect(eigenPost.status()).toBe(303);
    expect(eigenPost.headers()["location"]).toBe(OVERZICHT);
    expect((await zetKoekjes(eigenPost)).some((k) => k.startsWith(`${DRAFT_KOEKJE}=${sleutel};`))).toBe(true);
    await ander.context.close();
  });

  test("een deellink: de GET zet geen koekje en vervangt geen andere gedeelde aanvraag; de knop opent hem", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    const snel = { ...b, axe: false };
    await begin(snel);
    await kiesVoorWie(snel, "zelf");
    const eerste = await maakMeekijkLink(snel);
    const tweede = await maakMeekijkLink(snel);

    const mee = await nieuweBrowser(b, baseURL);
    const m = mee.bezoeker;
    const antwoord = await m.page.goto(eerste);
    expect(antwoord?.status()).toBe(200);
    expect(await zetKoekjes(antwoord)).toEqual([]);
    expect(antwoord?.headers()["cache-control"]).toContain("no-store");
    expect(await koekje(mee.context, DEEL_KOEKJE)).toBeUndefined();
    await expect(kop(m.page)).toHaveText(g.titel);
    await expect(m.page.getByText(g.rollen.meekijken)).toBeVisible();
    await controleerAxe(m);
    await knop(m.page, g.openKnop).click();
    await expect(m.page).toHaveURL(new RegExp(`^https?://[^/]+/gedeeld/aanvraag$`));
    await expect(kop(m.page)).toHaveText(delen.gedeeld.titel);
    const open = await koekje(mee.context, DEEL_KOEKJE);
    expect(open).toBe(new URL(eerste).searchParams.get("sleutel"));

    // Another share link: the GET leaves the open one alone and says what the button would do.
    const ander = await m.page.goto(tweede);
    expect(await zetKoekjes(ander)).toEqual([]);
    expect(await koekje(mee.context, DEEL_KOEKJE)).toBe(open);
    await expect(m.page.getByRole("region", { name: g.andere.titel })).toContainText(g.andere.tekst);
    await controleerAxe(m);
    await m.page.getByRole("link", { name: g.andere.terug, exact: true }).click();
    await expect(m.page).toHaveURL(opPad("/gedeeld/aanvraag"));
    expect(await koekje(mee.context, DEEL_KOEKJE)).toBe(open);
    await m.page.goto(tweede);
    await knop(m.page, g.andere.wisselKnop).click();
    await expect(m.page).toHaveURL(new RegExp(`^https?://[^/]+/gedeeld/aanvraag$`));
    expect(await koekje(mee.context, DEEL_KOEKJE)).toBe(new URL(tweede).searchParams.get("sleutel"));

    // The link that is open already: a way on, no form.
    await m.page.goto(tweede);
    await expect(m.page.getByText(g.zelfde.tekst)).toBeVisible();
    await expect(m.page.locator("main form")).toHaveCount(0);
    await controleerAxe(m);
    await m.page.getByRole("link", { name: g.zelfde.verder, exact: true }).click();
    await expect(m.page).toHaveURL(opPad("/gedeeld/aanvraag"));

    // A forged cross-site post cannot open one either.
    const vervalst = await mee.context.request.post("/gedeeld/openen", {
      form: { sleutel: new URL(eerste).searchParams.get("sleutel") ?? "" },
      headers: { origin: "https://kwaadwillend.example" },
      maxRedirects: 0,
    });
    expect(vervalst.status()).toBe(403);
    expect(await koekje(mee.context, DEEL_KOEKJE)).toBe(new URL(tweede).searchParams.get("sleutel"));
    expect(mee.serverFouten).toEqual([]);
    await mee.context.close();
  });
});
