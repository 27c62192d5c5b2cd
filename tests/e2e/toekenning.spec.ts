/**
 * Stap 4, "Het zorgkantoor kent het pgb toe" (TK-01..TK-07): after stap 3 the step page opens
 * from the task list; its four parts are read, the two GET tools (the estimate of the eigen
 * bijdrage, a stay abroad) are used with bad input first, and "Klaar met deze stap" marks the
 * step klaar. The same journey runs without JavaScript (zonder-js) and with it (met-js); axe
 * checks every page in every state it passes (empty, with errors, with an outcome).
 *
 * The person: 5VV, thuis, zelf, no gewaarborgde hulp, born 17-05-1948 (standaardBudgetplan).
 * Amounts that depend on the year (toeslagen, the eigen bijdrage) are taken from the rules for
 * today, so the spec does not go stale on 1 January.
 */
import type { Locator, Page } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { buitenlandTeksten } from "@/content/redenen/buitenland";
import { formulier } from "@/content/wizard/algemeen";
import { toekenningPaginas as t } from "@/content/wizard/toekenning";
import { leeftijdOp } from "@/lib/toekenning/eigen-bijdrage";
import { formatBedrag } from "@/rules/geld";
import { eindgronden, schatLageEigenBijdrage, toekenningsfeiten, toeslagen } from "@/rules/toekenning";
import { bezoeker, controleerAxe, expect, test, ZELF, type Bezoeker } from "./hulp/bezoeker";
import { vandaagJjjjMmDd } from "./hulp/budgetplan";
import { foutSamenvatting, kop, naarOverzicht, opPad, OVERZICHT, regexVeilig, zieStapStatus } from "./hulp/stappen";
import { zaaiDraft } from "./hulp/zaaien";
import { bijBudgetplan, naStap3 } from "./hulp/zaden";
import { tekstVan } from "@/tests/lib/redenen";

// A long journey with an axe check on every page and state, each replayed in a second page.
test.describe.configure({ timeout: 240_000 });

const STAP = "/aanvraag/toekenning";
const BESCHIKKING = `${STAP}/beschikking`;
const EIGEN_BIJDRAGE = `${STAP}/eigen-bijdrage`;
const EINDE = `${STAP}/einde`;
const BUITENLAND = `${STAP}/buitenland`;

const bl = t.buitenland;
const eb = t.eigenBijdrage;
const main = (page: Page): Locator => page.locator("main");
const knop = (page: Page, naam: string): Locator => page.getByRole("button", { name: naam, exact: true });
const groep = (page: Page, naam: string): Locator => page.getByRole("group", { name: naam, exact: true });
const titel = (naam: string): string => `${componenten.stap.van(4, 6)}: ${naam}`;

/**
 * axe on the page as it is. A form that sends the reader back to its part of the page leaves a
 * `#fragment` in the URL; without JavaScript axe replays the page at its URL, and a route never
 * matches a fragment, so the page is opened again without it first (same HTML).
 */
async function axe(b: Bezoeker): Promise<void> {
  if (!b.axe) return;
  const url = b.page.url();
  if (!b.javaScriptEnabled && url.includes("#")) await b.page.goto(url.slice(0, url.indexOf("#")));
  await controleerAxe(b);
}

/** A part of the step: its h1 with "Stap 4 van 6", its title, the way back to the step page. */
async function zieDeel(b: Bezoeker, pad: string, naam: string): Promise<void> {
  await expect(b.page).toHaveURL(opPad(pad));
  await expect(kop(b.page)).toContainText(componenten.stap.van(4, 6));
  await expect(kop(b.page)).toContainText(naam);
  await expect(b.page).toHaveTitle(new RegExp(`^${regexVeilig(titel(naam))}`));
  await expect(b.page.getByRole("link", { name: t.terugNaarStap })).toHaveAttribute("href", STAP);
}

async function openDeel(b: Bezoeker, pad: string, naam: string): Promise<void> {
  await expect(b.page).toHaveURL(opPad(STAP));
  await b.page.getByRole("link", { name: naam, exact: true }).click();
  await zieDeel(b, pad, naam);
  await axe(b);
}

async function terugNaarStap(b: Bezoeker): Promise<void> {
  await b.page.getByRole("link", { name: t.terugNaarStap }).click();
  await expect(b.page).toHaveURL(opPad(STAP));
}

/** The error summary lists exactly these messages, and the title says "Fout:". */
async function zieFouten(b: Bezoeker, naam: string, fouten: string[]): Promise<void> {
  await expect(foutSamenvatting(b.page).getByRole("link")).toHaveText(fouten);
  await expect(b.page).toHaveTitle(new RegExp(`^${regexVeilig(`${componenten.fout.voorvoegsel} ${titel(naam)}`)}`));
}

/**
 * The overview with stap 3 klaar (standaardBudgetplan, signed by the budgethouder Maria de Vries):
 * seeded, because steps 1 to 3 are other specs' business (hulp/zaden.ts).
 */
async function naStap3Klaar(b: Bezoeker, baseURL: string | undefined): Promise<void> {
  await zaaiDraft(b.page.context(), baseURL, naStap3({}));
  await naarOverzicht(b);
}

async function bekijkBeschikking(b: Bezoeker, vandaag: string): Promise<void> {
  const { page } = b;
  await openDeel(b, BESCHIKKING, t.delen.beschikking.titel);
  for (const reden of toekenningsfeiten(vandaag)) await expect(main(page)).toContainText(tekstVan(reden));
  await expect(main(page)).toContainText("Regel TK-01");

  // TK-02: the draft does not know about a wooninitiatief; the page asks, and shows both toeslagen for 5VV.
  const vraag = groep(page, t.beschikking.wooninitiatief.vraag(ZELF));
  await vraag.getByRole("radio", { name: formulier.ja, exact: true }).check();
  await knop(page, t.beschikking.wooninitiatief.knop).click();
  await expect(page).toHaveURL(/\/aanvraag\/toekenning\/beschikking\?wooninitiatief=ja(#hoogte)?$/);
  const uitkomst = toeslagen({ woonsituatie: "wooninitiatief", sector: "VV" }, vandaag);
  for (const reden of uitkomst.redenen) await expect(main(page)).toContainText(tekstVan(reden));
  await expect(vraag.getByRole("radio", { name: formulier.ja, exact: true })).toBeChecked();
  await axe(b);
  await terugNaarStap(b);
}

async function bekijkEigenBijdrage(b: Bezoeker, vandaag: string): Promise<void> {
  const { page } = b;
  const s = eb.schatting;
  await openDeel(b, EIGEN_BIJDRAGE, t.delen.eigenBijdrage.titel);
  await expect(page.getByRole("heading", { name: eb.betaaltKop(ZELF) })).toBeVisible();
  await expect(main(page)).toContainText(eb.leeftijd.geboortedatum(leeftijdOp("1948-05-17", vandaag) ?? -1));
  await expect(main(page)).toContainText("U mag de eigen bijdrage niet betalen uit uw pgb.");
  await expect(main(page)).toContainText("Regel TK-03");
  await expect(page.getByRole("link", { name: eb.cak.telefoon })).toHaveAttribute("href", "tel:+318000087");
  await expect(page.getByRole("link", { name: eb.cak.website })).toHaveAttribute("href", "https://www.hetcak.nl");

  const schatting = schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: 6_000_000, peildatum: vandaag });
  if (schatting === null) {
    // A year whose parameters are not in the data: no form, and the page says why.
    await expect(main(page)).toContainText(s.geenBedragen(vandaag.slice(0, 4)));
    await expect(page.getByLabel(s.label(ZELF, Number(vandaag.slice(0, 4)) - 2))).toHaveCount(0);
  } else {
    const veld = page.getByLabel(s.label(ZELF, Number(vandaag.slice(0, 4)) - 2), { exact: true });
    // Bad input: a negative income, then an absurd one; the error at the field, the text kept.
    for (const [invoer, fout] of [
      ["-500", s.fouten.negatief],
      ["99.000.000", s.fouten.teHoog("€ 10.000.000,00")],
    ] as const) {
      await veld.fill(invoer);
      await knop(page, s.knop).click();
      await expect(page).toHaveURL(new RegExp(`\\?inkomen=${regexVeilig(invoer)}(?:#|$)`));
      await zieFouten(b, t.delen.eigenBijdrage.titel, [fout]);
      await expect(veld).toHaveValue(invoer);
      await expect(veld).toHaveAttribute("aria-invalid", "true");
      await expect(veld).toHaveAccessibleDescription(new RegExp(regexVeilig(fout)));
    }
    await axe(b);
    await veld.fill("60.000");
    await knop(page, s.knop).click();
    await expect(page).toHaveURL(/\?inkomen=60\.000(?:#|$)/);
    await expect(foutSamenvatting(page)).toHaveCount(0);
    const blok = page.getByRole("region", { name: s.uitkomstKop });
    await expect(blok).toContainText(s.perMaand(formatBedrag(schatting.perMaand)));
    await expect(blok).toContainText(s.isSchatting);
    for (const reden of schatting.redenen) await expect(blok).toContainText(tekstVan(reden));
    await expect(veld).toHaveValue("60.000");
    await axe(b);
  }
  await terugNaarStap(b);
}

async function bekijkEinde(b: Bezoeker): Promise<void> {
  const { page } = b;
  await openDeel(b, EINDE, t.delen.einde.titel);
  // No gewaarborgde hulp: the brochure's eight grounds, not the two about the hulp.
  const gronden = eindgronden({ gewaarborgdeHulp: false });
  expect(gronden).toHaveLength(8);
  for (const { redenen } of gronden) for (const reden of redenen) await expect(main(page)).toContainText(tekstVan(reden));
  for (const { redenen } of eindgronden({ gewaarborgdeHulp: true }).slice(8)) {
    for (const reden of redenen) await expect(main(page)).not.toContainText(tekstVan(reden));
  }
  await expect(page.getByRole("heading", { name: t.einde.naHetEindeKop({ zelf: true, naam: "de aanvrager" }) })).toBeVisible();
  await expect(main(page)).toContainText("opzegtermijn");
  await expect(main(page)).toContainText("Regel TK-05");
  await terugNaarStap(b);
}

/** Fills the stay-abroad form (without sending it). */
async function vulReisIn(page: Page, r: { land: string; weken: string; palliatief: "ja" | "nee"; belasting: "ja" | "nee" | "weet-niet"; logeeropvang: "ja" | "nee" }): Promise<void> {
  const naam = (jaNee: "ja" | "nee") => (jaNee === "ja" ? formulier.ja : formulier.nee);
  await page.getByLabel(bl.land.label(ZELF), { exact: true }).selectOption({ label: r.land });
  await page.getByLabel(bl.weken.label(ZELF), { exact: true }).fill(r.weken);
  await groep(page, bl.palliatief.label(ZELF)).getByRole("radio", { name: naam(r.palliatief), exact: true }).check();
  const belasting = r.belasting === "weet-niet" ? bl.belasting.weetNiet : naam(r.belasting);
  await groep(page, bl.belasting.label).getByRole("radio", { name: belasting, exact: true }).check();
  await groep(page, bl.logeeropvang.label(ZELF)).getByRole("radio", { name: naam(r.logeeropvang), exact: true }).check();
}

async function bekijkBuitenland(b: Bezoeker): Promise<void> {
  const { page } = b;
  const naam = t.delen.buitenland.titel;
  /** Sends the form and waits for the new page, whose query has `verwacht` in it (a GET form loads a whole page). */
  const versturen = async (verwacht: string) => {
    await knop(page, bl.knop).click();
    await expect(page).toHaveURL(new RegExp(`${regexVeilig(BUITENLAND)}\\?(?:.*&)?${regexVeilig(verwacht)}(?:&|$)`));
  };
  const weken = page.getByLabel(bl.weken.label(ZELF), { exact: true });
  const land = page.getByLabel(bl.land.label(ZELF), { exact: true });
  await openDeel(b, BUITENLAND, naam);
  // Every country but Nederland, plus "Kies een land".
  await expect(land.locator("option")).toHaveCount(249);
  await expect(land.locator("option", { hasText: /^Nederland$/ })).toHaveCount(0);

  // Sent empty: one message per question, in the order of the page.
  await versturen("land=");
  await zieFouten(b, naam, [bl.fouten.landLeeg, bl.fouten.wekenLeeg, bl.fouten.palliatiefLeeg, bl.fouten.belastingLeeg, bl.fouten.logeeropvangLeeg]);
  await axe(b);
  await foutSamenvatting(page).getByRole("link", { name: bl.fouten.wekenLeeg }).click();
  await expect(weken).toBeFocused();

  // 0 and 1000 weeks: out of range; everything typed stays.
  for (const aantal of ["0", "1000"]) {
    await vulReisIn(page, { land: "Spanje", weken: aantal, palliatief: "nee", belasting: "nee", logeeropvang: "ja" });
    await versturen(`weken=${aantal}`);
    await zieFouten(b, naam, [bl.fouten.wekenBereik(1, 104)]);
    await expect(weken).toHaveValue(aantal);
    await expect(weken).toHaveAttribute("aria-invalid", "true");
    await expect(land).toHaveValue("ES");
    await expect(groep(page, bl.logeeropvang.label(ZELF)).getByRole("radio", { name: formulier.ja, exact: true })).toBeChecked();
  }

  // Spanje, 8 weeks, zorgverleners outside Dutch tax law, logeeropvang: allowed, report it, 85% (TK-06, TK-07).
  await weken.fill("8");
  await versturen("weken=8");
  await expect(foutSamenvatting(page)).toHaveCount(0);
  await expect(page).toHaveTitle(new RegExp(`^${regexVeilig(titel(naam))}`));
  const spanje = page.locator("section").filter({ has: page.getByRole("heading", { name: bl.uitkomst.kop("Spanje"), exact: true }) });
  await expect(spanje).toContainText(componenten.uitkomst.ja);
  await expect(spanje).toContainText("aanvaardbaarheidspercentage 85%");
  await expect(spanje).toContainText("Regel TK-07");
  await expect(main(page)).toContainText(bl.uitkomst.maxDuurJaar(52));
  await expect(main(page)).toContainText(bl.uitkomst.meldenJa);
  await expect(main(page)).toContainText(bl.uitkomst.verlaging(85));
  // Logeeropvang is part of the stay's outcome (TK-06: only within the EU; Spanje is).
  await expect(spanje).toContainText(buitenlandTeksten.logeeropvangBinnenEu("Spanje"));
  // Where to report it: the zorgkantoor of stap 3 (Tilburg).
  await expect(page.getByRole("heading", { name: bl.uitkomst.zorgkantoorKop(ZELF) })).toBeVisible();
  await expect(main(page)).toContainText("Midden Brabant");
  await expect(weken).toHaveValue("8");
  await axe(b);

  // Marokko, 14 weeks: more than 13 weeks outside the EER, not allowed; with palliatief terminale zorg it is.
  await vulReisIn(page, { land: "Marokko", weken: "14", palliatief: "nee", belasting: "ja", logeeropvang: "nee" });
  await versturen("land=MA");
  const marokko = page.locator("section").filter({ has: page.getByRole("heading", { name: bl.uitkomst.kop("Marokko"), exact: true }) });
  await expect(marokko).toContainText(componenten.uitkomst.nee);
  await expect(main(page)).toContainText(bl.uitkomst.maxDuurWeken(13));
  await expect(main(page)).not.toContainText(buitenlandTeksten.logeeropvangBuitenEu("Marokko"));
  await axe(b);
  await groep(page, bl.palliatief.label(ZELF)).getByRole("radio", { name: formulier.ja, exact: true }).check();
  await versturen("palliatief=ja");
  await expect(marokko).toContainText(componenten.uitkomst.ja);
  await expect(main(page)).toContainText(bl.uitkomst.maxDuurJaar(52));

  // Japan, 8 weeks, outside Dutch tax law: no percentage in the brochure, ask the zorgkantoor.
  await vulReisIn(page, { land: "Japan", weken: "8", palliatief: "nee", belasting: "nee", logeeropvang: "nee" });
  await versturen("land=JP");
  const japan = page.locator("section").filter({ has: page.getByRole("heading", { name: bl.uitkomst.kop("Japan"), exact: true }) });
  await expect(japan).toContainText(componenten.uitkomst.navragen);
  await expect(japan).toContainText("Vraag het aan uw zorgkantoor.");

  // On a phone nothing scrolls sideways, not even the country list.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await axe(b);
  await page.setViewportSize({ width: 1280, height: 720 });
  await terugNaarStap(b);
}

async function stap4(b: Bezoeker, baseURL: string | undefined): Promise<void> {
  const { page } = b;
  await naStap3Klaar(b, baseURL);
  const vandaag = vandaagJjjjMmDd();

  await zieStapStatus(b, "toekenning", "niet-begonnen");
  await page.getByRole("link", { name: aanvraag.overzicht.stappen.toekenning }).click();
  await expect(page).toHaveURL(opPad(STAP));
  await expect(kop(page)).toContainText(componenten.stap.van(4, 6));
  await expect(kop(page)).toContainText(t.overzicht.titel);
  await expect(page).toHaveTitle(new RegExp(`^${regexVeilig(titel(t.overzicht.titel))}`));
  await expect(page.getByRole("link", { name: aanvraag.terugNaarOverzicht })).toHaveAttribute("href", OVERZICHT);
  for (const deel of [t.delen.beschikking, t.delen.eigenBijdrage, t.delen.einde, t.delen.buitenland]) {
    await expect(page.getByRole("link", { name: deel.titel, exact: true })).toBeVisible();
  }
  await axe(b);

  await bekijkBeschikking(b, vandaag);
  await bekijkEigenBijdrage(b, vandaag);
  await bekijkEinde(b);
  await bekijkBuitenland(b);

  await knop(page, aanvraag.stapAfronden).click();
  await expect(page).toHaveURL(opPad(OVERZICHT));
  await zieStapStatus(b, "toekenning", "klaar");
  await page.getByRole("link", { name: aanvraag.overzicht.stappen.toekenning }).click();
  await expect(page).toHaveURL(opPad(STAP));
  await expect(main(page)).toContainText(t.overzicht.afgerond);
  await axe(b);
}

test.describe("stap 4: het zorgkantoor kent het pgb toe", () => {
  test("de stap na stap 3: de vier delen, de schatting, de reis naar het buitenland, foute invoer, afronden", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    await stap4(bezoeker(page, { browser, javaScriptEnabled, axe: true }), baseURL);
  });

  test("zonder stap 3 gaan de pagina's van stap 4 terug naar het overzicht", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await zaaiDraft(page.context(), baseURL, bijBudgetplan());
    await naarOverzicht(b);
    await zieStapStatus(b, "toekenning", "kan-nog-niet");
    for (const pad of [STAP, BESCHIKKING, EIGEN_BIJDRAGE, EINDE, `${BUITENLAND}?land=ES&weken=8`]) {
      await page.goto(pad);
      await expect(page).toHaveURL(opPad(OVERZICHT));
    }
  });
});
