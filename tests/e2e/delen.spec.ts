/**
 * Sharing and co-signing (docs/decisions/019-delen-en-ondertekenen.md), with and without JavaScript. The applicant signs and makes two
 * links; the person looking along reads and can change nothing (every POST they can send is
 * refused and changes nothing); the applicant cannot sign with their own gewaarborgde-hulp link;
 * the gewaarborgde hulp confirms AV-04 and signs; both signatures are in the PDF; a change after
 * signing marks both for renewal; a revoked link stops at once; an expired link says so; and the
 * database holds none of it readable. axe runs on every state of the pages.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { budgetplanPdf } from "@/content/budgetplan-pdf";
import { componenten } from "@/content/componenten";
import { delen } from "@/content/delen";
import { handtekeningTekst as ht } from "@/content/handtekeningen";
import { linksOpenen } from "@/content/links-openen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { bezoeker, controleerAxe, expect, nieuweBrowser, test, type Bezoeker } from "./hulp/bezoeker";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { formVelden, post } from "./hulp/formulier-post";
import { alsEenRegel, downloadPdf } from "./hulp/budgetplan";
import { draftId, zaaiDraft } from "./hulp/zaaien";
import { naGesprek } from "./hulp/zaden";
import { begin, foutSamenvatting, kiesVoorWie, kop, OVERZICHT, opPad, vraagPad } from "./hulp/stappen";

test.describe.configure({ timeout: 240_000 });

const HULP = { naam: "Johanna de Vries", relatie: "dochter", wettelijkVertegenwoordiger: "nee" } as const;
/** How the gewaarborgde hulp types their name: case and spaces do not matter (docs/decisions/022-links-openen.md). */
const GETYPT = "  johanna   DE VRIES ";
const ONDERTEKEND_ALS = "johanna DE VRIES";
const AANVRAGER = "Maria de Vries";
const DELEN = "/aanvraag/delen";
const GEDEELD = "/gedeeld/aanvraag";
const dig = budgetplanPdf.ondertekening.digitaal;

const knop = (page: Page, naam: string | RegExp) => page.getByRole("button", { name: naam, exact: typeof naam === "string" });

/** The list of signatures (on the applicant's page and the shared one): one item per signer. */
const handtekening = (page: Page, rolTekst: string) =>
  page.getByRole("listitem").filter({ has: page.locator("p.font-bold", { hasText: new RegExp(`^${rolTekst}$`) }) });

async function opDelen(b: Bezoeker): Promise<void> {
  await b.page.goto(OVERZICHT);
  await b.page.getByRole("link", { name: delen.overzicht.link, exact: true }).click();
  await expect(b.page).toHaveURL(opPad(DELEN));
  await expect(kop(b.page)).toHaveText(delen.pagina.titel);
}

/** Makes a link on the applicant's page and returns its address from the success banner. */
async function maakLink(b: Bezoeker, rol: string, geldig: string): Promise<string> {
  const { page } = b;
  await page.getByRole("radio", { name: rol, exact: true }).check();
  await page.getByRole("radio", { name: geldig, exact: true }).check();
  const vorige = page.url();
  await knop(page, delen.pagina.maakKnop).click();
  // With JavaScript the banner of an earlier link is still there: wait for this link's page.
  await expect(page).not.toHaveURL(vorige);
  await expect(page).toHaveURL(/\?nieuw=[\w-]{22}$/);
  await expect(page.getByRole("status").filter({ hasText: delen.pagina.meldingen.nieuw.titel })).toBeVisible();
  const adres = ((await page.locator("[id^=nieuw-][data-volledige-link]").textContent()) ?? "").trim();
  expect(adres).toMatch(/\/gedeeld\?sleutel=[\w-]{22}\.[\w-]{43}$/);
  await controleerAxe(b);
  return adres;
}

/**
 * Opens a share link as a person does (docs/decisions/022-links-openen.md): its page says what the
 * link is for and opens nothing (no cookie yet); its button opens the shared application.
 */
async function openDeellink(b: Bezoeker, adres: string): Promise<void> {
  const { page } = b;
  await page.goto(adres);
  await expect(kop(page)).toHaveText(linksOpenen.gedeeld.titel);
  expect((await page.context().cookies()).some((k) => k.name === "pgb-gedeeld")).toBe(false);
  await controleerAxe(b);
  await knop(page, linksOpenen.gedeeld.openKnop).click();
  await expect(page).toHaveURL(opPad(GEDEELD));
}

/** On a phone, 360 px wide: nothing wider than the screen; with E2E_FOTOS=1 a picture for people to look at. */
async function opTelefoon(b: Bezoeker, naam: string): Promise<void> {
  const { page } = b;
  await page.setViewportSize({ width: 360, height: 800 });
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte, `${naam}: de pagina schuift niet opzij op 360 px`).toBeLessThanOrEqual(360);
  if (FOTOS) await page.screenshot({ path: path.join(fotoMap(b.javaScriptEnabled ? "met-js" : "zonder-js"), `delen-${naam}-360.png`), fullPage: true });
  await controleerAxe(b);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/**
 * The test server's database as bytes: `drafts.sqlite`, which must be there, and its write-ahead
 * log, which holds the latest writes until SQLite checkpoints them into the main file (after that
 * it may be empty or gone). Whether these bytes hold this test's writes at all is checked by the
 * caller: the ids stored in plain text (the draft's, a link's) must be in them.
 */
function databaseBestanden(): Buffer[] {
  const map = process.env.E2E_DATA_DIR;
  if (map === undefined) throw new Error("E2E_DATA_DIR ontbreekt: playwright.config.ts zet die");
  const hoofd = path.join(map, "drafts.sqlite");
  expect(existsSync(hoofd), `${hoofd} bestaat`).toBe(true);
  return [hoofd, `${hoofd}-wal`].filter(existsSync).map((bestand) => readFileSync(bestand));
}

/** The id part of `<id>.<key>` in a share link (stored in plain text, unlike everything else). */
const linkId = (link: string): string => /sleutel=([\w-]{22})\./.exec(link)?.[1] ?? "?";

test.describe("delen en samen ondertekenen", () => {
  test("de aanvrager en de gewaarborgde hulp ondertekenen; meekijken verandert niets; intrekken werkt meteen", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    // Steps 1 to 3 are other specs' business: the budgetplan, signed by the gewaarborgde hulp (hulp/zaden.ts).
    await zaaiDraft(page.context(), baseURL, naGesprek({ hulp: HULP }));

    // The applicant signs: first without the tick (the error summary), then with it.
    await opDelen(b);
    await controleerAxe(b);
    await expect(page.getByText(delen.pagina.geenHandtekeningen)).toBeVisible();
    // Kept for the forged posts below: once signed, the form is gone.
    const zelfVelden = await formVelden(page.context().request, DELEN, delen.pagina.zelfKop);
    await page.getByLabel(ht.formulier.naamLabel, { exact: true }).fill(AANVRAGER);
    await knop(page, delen.pagina.zelfKop).click();
    await expect(foutSamenvatting(page)).toContainText(ht.fouten.akkoordLeeg);
    await expect(page.getByLabel(ht.formulier.naamLabel, { exact: true })).toHaveValue(AANVRAGER);
    await controleerAxe(b);
    await page.getByRole("checkbox", { name: ht.formulier.akkoordOptie, exact: true }).check();
    await knop(page, delen.pagina.zelfKop).click();
    await expect(page.getByRole("status").filter({ hasText: delen.pagina.meldingen.ondertekend.titel })).toBeVisible();
    await expect(handtekening(page, ht.rollen.aanvrager.zelf)).toContainText(`${AANVRAGER} op `);
    await expect(handtekening(page, ht.rollen.aanvrager.zelf)).toContainText(ht.status.geldig);
    await controleerAxe(b);

    // Two links: the gewaarborgde hulp's, as long as the application, and one to look along, 7 days.
    const ghLink = await maakLink(b, ht.deellink.rollen["gewaarborgde-hulp"].label(HULP.naam), ht.deellink.geldig.aanvraag);
    const meekijkLink = await maakLink(b, ht.deellink.rollen.meekijken.label, ht.deellink.geldig["7"]);
    await expect(knop(page, new RegExp(`^${delen.pagina.intrekken}`))).toHaveCount(2);
    await opTelefoon(b, "aanvrager-links");

    // The applicant's own gewaarborgde-hulp link shows no sign form in their own browser.
    await openDeellink(b, ghLink);
    await expect(page.getByText(delen.gedeeld.eigenLink)).toBeVisible();
    await expect(knop(page, delen.gedeeld.ondertekenKnop)).toHaveCount(0);
    await controleerAxe(b);

    // Someone looking along: reads everything, sees no button, and no form to send.
    const mee = await nieuweBrowser(b, baseURL);
    const m = mee.bezoeker;
    await openDeellink(m, meekijkLink);
    await expect(kop(m.page)).toHaveText(delen.gedeeld.titel);
    await expect(m.page.getByRole("region", { name: delen.gedeeld.meekijken.titel })).toBeVisible();
    await expect(m.page.getByText(budgetplanVragen.reden.label).first()).toBeVisible();
    await expect(m.page.locator("main").getByRole("button")).toHaveCount(0);
    await expect(m.page.locator("main form")).toHaveCount(0);
    await expect(handtekening(m.page, ht.rollen.aanvrager.zelf)).toContainText(AANVRAGER);
    await controleerAxe(m);
    await opTelefoon(m, "meekijken");

    // The gewaarborgde hulp opens their link in their own browser.
    const gh = await nieuweBrowser(b, baseURL);
    const g = gh.bezoeker;
    await g.page.goto(ghLink);
    expect(await g.page.content(), "de pagina van de link noemt de gewaarborgde hulp niet").not.toContain(HULP.naam);
    await openDeellink(g, ghLink);
    await expect(g.page.getByRole("region", { name: delen.gedeeld.gewaarborgdeHulp.titel })).toBeVisible();
    // Whoever holds this link must know the name to sign: it is nowhere in the page's HTML.
    await expect(g.page.getByText(delen.gedeeld.naamNietGetoond)).toBeVisible();
    expect(await g.page.content(), "de naam die de link verwacht staat niet in de HTML").not.toContain(HULP.naam);
    await controleerAxe(g);

    // Every POST the looking-along link can send is refused and changes nothing: the gewaarborgde
    // hulp's sign form, the applicant's own forms (sign, make a link, revoke one).
    const ghVelden = await formVelden(gh.context.request, GEDEELD, delen.gedeeld.ondertekenKnop);
    const ondertekenVelden = { ...ghVelden, naam: HULP.naam, geschikt: "ja", wijzigingen: "ja" };
    // From this site (the Origin a browser sends): what refuses it is the role, not the origin check.
    const eigenSite = { origin: baseURL ?? "" };
    const vervalst = await post(mee.context, GEDEELD, ondertekenVelden, eigenSite);
    expect(vervalst.naar ?? "").not.toContain("ondertekend=1");
    const eigenPagina = page.context().request;
    const eigenFormulieren: [string, Record<string, string>][] = [
      [delen.pagina.zelfKop, { ...zelfVelden, naam: "Iemand Anders", akkoord: "ja" }],
      [delen.pagina.maakKnop, { ...(await formVelden(eigenPagina, DELEN, delen.pagina.maakKnop)), rol: "gewaarborgde-hulp", geldig: "aanvraag" }],
      [delen.pagina.intrekken, await formVelden(eigenPagina, DELEN, delen.pagina.intrekken)],
    ];
    for (const [knopTekst, velden] of eigenFormulieren) {
      const antwoord = await post(mee.context, DELEN, velden, eigenSite);
      // No session of the applicant in this browser: to the start page, nothing done.
      expect(antwoord.naar, knopTekst).toBe("/");
    }
    // The forged post was refused for its link, not for its form: the same post from the
    // gewaarborgde hulp's browser reaches the checks after the role (here: the name).
    const controle = await gh.context.request.post(GEDEELD, { multipart: { ...ondertekenVelden, naam: "Jan Jansen" }, maxRedirects: 0, headers: eigenSite });
    const controleHtml = await controle.text();
    expect(controleHtml).toContain(delen.gedeeld.naamAnders);
    expect(controleHtml, "de foutmelding verraadt de naam niet").not.toContain(HULP.naam);
    await opDelen(b);
    await expect(knop(page, new RegExp(`^${delen.pagina.intrekken}`))).toHaveCount(2);
    await expect(handtekening(page, ht.rollen.aanvrager.zelf)).toContainText(AANVRAGER);
    await expect(handtekening(page, ht.rollen.gewaarborgdeHulp)).toHaveCount(0);

    // The applicant's own browser cannot sign with the gewaarborgde-hulp link either (forged post;
    // the link is open in this browser since the start of the test).
    const eigen = await post(page.context(), GEDEELD, ondertekenVelden, eigenSite);
    expect(eigen.naar ?? "").not.toContain("ondertekend=1");

    // The gewaarborgde hulp: nothing ticked, then a name that is not theirs, then as it should be.
    const naam = g.page.getByLabel(ht.formulier.naamLabel, { exact: true });
    await expect(naam).toHaveValue("");
    await knop(g.page, delen.gedeeld.ondertekenKnop).click();
    await expect(foutSamenvatting(g.page)).toContainText(ht.fouten.geschiktLeeg);
    await expect(foutSamenvatting(g.page)).toContainText(ht.fouten.wijzigingenLeeg);
    await expect(foutSamenvatting(g.page)).toBeFocused();
    await controleerAxe(g);
    await opTelefoon(g, "gewaarborgde-hulp-fouten");
    await naam.fill("Jan Jansen");
    await g.page.getByRole("checkbox", { name: ht.verklaringen.geschikt, exact: true }).check();
    await g.page.getByRole("checkbox", { name: ht.verklaringen["wijzigingen-melden"], exact: true }).check();
    await knop(g.page, delen.gedeeld.ondertekenKnop).click();
    await expect(foutSamenvatting(g.page)).toContainText(delen.gedeeld.naamAnders);
    await expect(naam).toHaveValue("Jan Jansen");
    expect(await g.page.content(), "ook na de fout staat de naam niet in de HTML").not.toContain(HULP.naam);
    await controleerAxe(g);
    await naam.fill(GETYPT);
    // Without JavaScript the page came back with the posted ticks; with it they stayed.
    await g.page.getByRole("checkbox", { name: ht.verklaringen.geschikt, exact: true }).check();
    await g.page.getByRole("checkbox", { name: ht.verklaringen["wijzigingen-melden"], exact: true }).check();
    await knop(g.page, delen.gedeeld.ondertekenKnop).click();
    await expect(g.page.getByRole("status").filter({ hasText: delen.gedeeld.ondertekend.titel })).toBeVisible();
    // Signed, and still no name on the link's page: the list says who signed without it.
    await expect(handtekening(g.page, ht.rollen.gewaarborgdeHulp)).toContainText(`${ht.naamVerborgen} op `);
    await expect(handtekening(g.page, ht.rollen.gewaarborgdeHulp)).toContainText(ht.viaDeellink);
    await expect(handtekening(g.page, ht.rollen.gewaarborgdeHulp)).toContainText(ht.verklaringenBevestigd);
    expect((await g.page.content()).toLowerCase()).not.toContain(HULP.naam.toLowerCase());
    await controleerAxe(g);
    await expect(g.page.getByText(delen.gedeeld.alGetekend)).toBeVisible();

    // The applicant sees who signed when; the PDF has both signatures.
    await opDelen(b);
    await expect(handtekening(page, ht.rollen.gewaarborgdeHulp)).toContainText(ht.status.geldig);
    await expect(handtekening(page, ht.rollen.gewaarborgdeHulp)).toContainText(`${ONDERTEKEND_ALS} op `);
    await expect(handtekening(page, ht.rollen.gewaarborgdeHulp)).toContainText(ht.viaDeellink);
    await expect(handtekening(page, ht.rollen.aanvrager.zelf)).not.toContainText(ht.viaDeellink);
    await expect(handtekening(page, ht.rollen.aanvrager.zelf)).toContainText(ht.status.geldig);
    const pdf = alsEenRegel((await downloadPdf(page)).tekst);
    expect(pdf).toContain(dig.kop);
    expect(pdf).toMatch(new RegExp(`${ht.rollen.aanvrager.zelf}: ${AANVRAGER}, \\d\\d-\\d\\d-\\d{4} om \\d\\d:\\d\\d\\.`));
    expect(pdf).toMatch(new RegExp(`${ht.rollen.gewaarborgdeHulp}: ${ONDERTEKEND_ALS}, \\d\\d-\\d\\d-\\d{4} om \\d\\d:\\d\\d, ondertekend via een gedeelde link\\.`));
    expect(pdf).toContain(dig.verklaringen);

    // A change after signing: both signatures need renewing, here, on the overview and in the PDF.
    await page.goto(vraagPad("aanvraag", "reden-pgb"));
    await page.getByLabel(budgetplanVragen.reden.label, { exact: true }).fill("Ik wil zelf kiezen wie mij helpt, ook in het weekend.");
    await knop(page, componenten.knoppen.doorgaan).click();
    await expect(page).not.toHaveURL(opPad(vraagPad("aanvraag", "reden-pgb")));
    await page.goto(OVERZICHT);
    await expect(page.getByText(delen.overzicht.vernieuwen)).toBeVisible();
    await controleerAxe(b);
    await opDelen(b);
    await expect(handtekening(page, ht.rollen.gewaarborgdeHulp)).toContainText(ht.status.vernieuwen);
    await expect(handtekening(page, ht.rollen.aanvrager.zelf)).toContainText(ht.status.vernieuwen);
    await controleerAxe(b);
    const na = alsEenRegel((await downloadPdf(page)).tekst);
    expect(na).toContain(`${ht.rollen.gewaarborgdeHulp}: ${ONDERTEKEND_ALS} ondertekende op`);
    expect(na.replace(/\s+/g, " ")).toContain("via een gedeelde link, maar de aanvraag is daarna gewijzigd");
    expect(na).toContain("deze handtekening geldt niet meer");
    await g.page.reload();
    await expect(handtekening(g.page, ht.rollen.gewaarborgdeHulp)).toContainText(ht.status.vernieuwen);
    await expect(knop(g.page, delen.gedeeld.ondertekenKnop)).toBeVisible();
    // Signing again asks the name again: the earlier signature's name is not filled in.
    await expect(naam).toHaveValue("");
    // The PDF the link downloads leaves the name out too, and says how the signature was made.
    const ghPdf = alsEenRegel((await downloadPdf(g.page)).tekst);
    expect(ghPdf.replace(/\s+/g, " ")).toContain(`${ht.rollen.gewaarborgdeHulp}: ${ht.naamVerborgen} ondertekende op`);
    expect(ghPdf.toLowerCase()).not.toContain(HULP.naam.toLowerCase());

    // Revoking the looking-along link: it stops at once, and says so.
    await knop(page, new RegExp(`^${delen.pagina.intrekken}\\s*: link voor ${delen.rollen.meekijken}`)).click();
    await expect(page.getByRole("status").filter({ hasText: delen.pagina.meldingen.ingetrokken.titel })).toBeVisible();
    await expect(knop(page, new RegExp(`^${delen.pagina.intrekken}`))).toHaveCount(1);
    await controleerAxe(b);
    await m.page.reload();
    await expect(kop(m.page)).toHaveText(delen.mislukt.titel);
    await expect(m.page.getByText(delen.mislukt.redenen["niet-gevonden"])).toBeVisible();
    await controleerAxe(m);
    await m.page.goto(meekijkLink);
    await expect(m.page.getByText(delen.mislukt.redenen["niet-gevonden"])).toBeVisible();

    // Nothing of it readable in the database: names, roles, the signatures. The files read are
    // the ones this journey wrote to: its draft's id and its gewaarborgde hulp's link id are there.
    const bestanden = databaseBestanden();
    for (const id of [await draftId(page.context()), linkId(ghLink)]) {
      expect(bestanden.some((inhoud) => inhoud.includes(Buffer.from(id, "utf8"))), `id ${id} staat in de database`).toBe(true);
    }
    for (const inhoud of bestanden) {
      for (const geheim of [HULP.naam, ONDERTEKEND_ALS, AANVRAGER, "gewaarborgde-hulp", "meekijken", "vingerafdruk", `"via":"deellink"`]) {
        expect(inhoud.includes(Buffer.from(geheim, "utf8")), geheim).toBe(false);
      }
    }
    expect(mee.serverFouten).toEqual([]);
    expect(gh.serverFouten).toEqual([]);
    await mee.context.close();
    await gh.context.close();
  });

  test("een verlopen link legt uit wat er is gebeurd", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await begin({ ...b, axe: false });
    await kiesVoorWie({ ...b, axe: false }, "zelf");
    await opDelen(b);
    await expect(page.getByText(delen.pagina.geenGh)).toBeVisible();
    const link = await maakLink(b, ht.deellink.rollen.meekijken.label, ht.deellink.geldig["14"]);

    // The clock cannot be moved in a running server; the link's own date can: 14 days on.
    const id = linkId(link);
    const db = new Database(path.join(process.env.E2E_DATA_DIR ?? "", "drafts.sqlite"));
    try {
      db.pragma("busy_timeout = 5000");
      expect(db.prepare("UPDATE deellinks SET verloopt_op = ? WHERE id = ?").run(Date.now() - 1000, id).changes).toBe(1);
    } finally {
      db.close();
    }

    const ander = await nieuweBrowser(b, baseURL);
    await ander.bezoeker.page.goto(link);
    await expect(ander.bezoeker.page).toHaveURL(/\/gedeeld\/mislukt\?reden=verlopen$/);
    await expect(kop(ander.bezoeker.page)).toHaveText(delen.mislukt.titel);
    await expect(ander.bezoeker.page.getByText(delen.mislukt.redenen.verlopen)).toBeVisible();
    await controleerAxe(ander.bezoeker);
    // The applicant's list no longer shows it.
    await page.reload();
    await expect(page.getByText(delen.pagina.geenLinks)).toBeVisible();
    await ander.context.close();
  });
});
