/**
 * Four journeys from the start page to the result of steps 1–3, with
 * JavaScript on (project met-js) and off (zonder-js), through the check page of every step they
 * complete. axe runs on every page in its empty, error and filled state (see hulp/stappen.ts).
 *
 * The two long journeys (a and d) run in three parts: steps 1 and 2, step 3, the result. A part
 * starts from a draft seeded with exactly what the part before it leaves behind, and that part
 * ends by checking its draft against that seed (hulp/zaaien.ts), so together they are the whole
 * journey, clicked once, and each part fits well within its time on a busy machine.
 */
import type { Locator, Page } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { start } from "@/content/start";
import { deAanvrager, formulier } from "@/content/wizard/algemeen";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { keuzeVragen, vormNamen } from "@/content/wizard/keuze";
import { resultaatTeksten } from "@/content/wizard/resultaat";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import type { Aanspreking } from "@/lib/wizard/types";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { bezoeker, expect, test, type Bezoeker } from "./hulp/bezoeker";
import { MOEDER, MOEDER_PER_JAAR, STANDAARD_BUDGETPLAN_OPGESLAGEN, standaardBudgetplan, vulBudgetplanIn } from "./hulp/budgetplan";
import {
  beantwoordWeigeringsgronden,
  begin,
  bekijkResultaat,
  controleerEnRondAf,
  geefGewaarborgdeHulp,
  GEEN_WEIGERINGSGROND,
  heeftIndicatie,
  jongerDan18,
  kiesRegie,
  kiesVoorWie,
  kiesWoonwens,
  kop,
  leesGesprek,
  leesUitkomst,
  naarOverzicht,
  openStap,
  vinkVaardighedenAan,
  vulZorgprofielIn,
  zieStapStatus,
  zorgbehoefte,
} from "./hulp/stappen";
import { verwachtDraft, zaaiDraft } from "./hulp/zaaien";

// A part with axe on every page and state runs up to some 45 axe checks (step 3 with the
// budgetplan); without JavaScript each is replayed in a second page (tests/e2e/axe.ts).
test.describe.configure({ timeout: 240_000 });

const t = aanvraag.resultaat;
const ZORGPROFIEL_5VV = "5VV – VV Beschermd wonen met intensieve dementiezorg";

/**
 * A block of the result page ("Wat is mogelijk", "Wat is nodig", …): the section under that h2.
 * (Found by its heading, not as a named region: whether the sections are named is checked apart.)
 */
const resultaatDeel = (page: Page, kopTekst: string): Locator =>
  page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: kopTekst, exact: true }) });
/** One item of such a block, by its heading. */
const resultaatPunt = (deel: Locator, titel: string): Locator =>
  deel.getByRole("listitem").filter({ has: deel.page().getByRole("heading", { name: titel, exact: true }) });
/** The banner at the top of the result page, named by its headline. */
const resultaatKop = (page: Page, tekst: string): Locator => page.getByRole("region", { name: tekst });

/**
 * `blok` cites `regel`: behind a "Waarom?" disclosure that names the rule (a native `<details>`,
 * so it opens without JavaScript too), which opens to show "Regel …".
 */
async function zieRegel(blok: Locator, regel: string): Promise<void> {
  const waarom = blok.locator("summary").filter({ hasText: new RegExp(`^Waarom\\?.*\\b${regel}\\b`) }).first();
  await waarom.click();
  const open = waarom.locator("xpath=..");
  await expect(open).toHaveAttribute("open", "");
  // The citation itself ("Regel AV-02 · Bron: …"), not the summary that names the rule.
  await expect(open.getByText(new RegExp(`^${componenten.reden.regel(regel)}\\b`)).first()).toBeVisible();
}

/** The other forms on the result page, behind "Andere mogelijkheden bekijken": opened. */
async function openAndereMogelijkheden(page: Page): Promise<void> {
  const samenvatting = page.locator("summary", { hasText: t.andereMogelijkheden });
  await samenvatting.click();
  await expect(samenvatting.locator("xpath=..")).toHaveAttribute("open", "");
}

/** What reis a leaves behind after steps 1 and 2: the seed of its step 3. */
const A_NA_STAP_2: Antwoorden = {
  voorWie: "zelf",
  heeftIndicatie: "ja",
  zorgprofiel: "VV 5",
  woonwens: "thuis",
  regie: "zelf",
  gezien: ["uitkomst"],
  bevestigd: ["indicatie", "keuze"],
};

const A_HULP = { naam: "Ans de Vries", relatie: "dochter", wettelijkVertegenwoordiger: "nee", telefoon: "06 12345678" } as const;

/** What reis a leaves behind after step 3: the seed of its result. */
const A_NA_STAP_3: Antwoorden = {
  ...A_NA_STAP_2,
  vaardigheden: ["overzicht-zorgvraag", "regels-kennen", "administratie", "communiceren", "zelfstandig-kiezen", "afspraken-vastleggen", "kwaliteit-beoordelen"],
  heeftGewaarborgdeHulp: "ja",
  gewaarborgdeHulp: { naam: A_HULP.naam, relatie: A_HULP.relatie, isWettelijkVertegenwoordiger: "nee", telefoon: A_HULP.telefoon },
  ...GEEN_WEIGERINGSGROND,
  ...STANDAARD_BUDGETPLAN_OPGESLAGEN,
  budgetplanZorgprofiel: "VV 5",
  ondertekening: [{ naam: A_HULP.naam, relatie: A_HULP.relatie }],
  gezien: ["uitkomst", "zorgverleners", "gesprek"],
  bevestigd: ["indicatie", "keuze", "aanvraag"],
};

test.describe("reis a: 5VV, thuis, zelf regelen met een pgb, met een gewaarborgde hulp", () => {
  test("deel 1, stap 1 en 2: de start, het indicatiebesluit, de keuze voor een pgb", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await zieStapStatus(b, "indicatie", "niet-begonnen");
    await zieStapStatus(b, "keuze", "kan-nog-niet");

    await openStap(b, "indicatie", "heeft-indicatie");
    await heeftIndicatie(b, "ja");
    await vulZorgprofielIn(b, "VV 5");
    await controleerEnRondAf(b, "indicatie", [
      [indicatieVragen.heeftIndicatie.titel(b.aanspreking), formulier.ja],
      [indicatieVragen.zorgprofiel.titel(b.aanspreking), ZORGPROFIEL_5VV],
    ]);
    await zieStapStatus(b, "indicatie", "klaar");
    await zieStapStatus(b, "keuze", "niet-begonnen");

    await openStap(b, "keuze", "woonwens");
    await kiesWoonwens(b, "thuis");
    await kiesRegie(b, "zelf");
    await leesUitkomst(b, async (p) => {
      await expect(p.getByRole("heading", { name: aanvraag.keuzeOverzicht.keuzeKop(null), exact: true })).toBeVisible();
      await expect(p.getByRole("heading", { name: `${vormNamen.pgb} ${aanvraag.keuzeOverzicht.uwKeuze(null)}` })).toBeVisible();
      await expect(p.getByRole("heading", { name: aanvraag.keuzeOverzicht.nietMogelijkTitel(null) })).toHaveCount(0);
    });
    await controleerEnRondAf(b, "keuze", [
      [keuzeVragen.woonwens.titel(b.aanspreking), keuzeVragen.woonwens.opties.thuis],
      [keuzeVragen.regie.titel(b.aanspreking), keuzeVragen.regie.opties.zelf],
    ]);
    await zieStapStatus(b, "keuze", "klaar");
    await zieStapStatus(b, "aanvraag", "niet-begonnen");
    await verwachtDraft(page.context(), A_NA_STAP_2);
  });

  test("deel 2, stap 3: de gewaarborgde hulp (AV-02), het budgetplan dat zij ondertekent (AV-08), de controlepagina", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await zaaiDraft(page.context(), baseURL, A_NA_STAP_2);
    await naarOverzicht(b);
    await zieStapStatus(b, "aanvraag", "niet-begonnen");

    await openStap(b, "aanvraag", "vaardigheden");
    await vinkVaardighedenAan(b, 7);
    await geefGewaarborgdeHulp(b, A_HULP);
    await beantwoordWeigeringsgronden(b);
    // AV-08: the gewaarborgde hulp signs; the page fills in her name and relation.
    await vulBudgetplanIn(b, standaardBudgetplan({ rol: "gewaarborgde-hulp" }));
    await leesGesprek(b, async (p) => {
      await expect(p.getByText(`De gewaarborgde hulp is ${A_HULP.naam}.`)).toBeVisible();
    });
    const gh = aanvraagVragen.gewaarborgdeHulp;
    const bp = budgetplanVragen;
    await controleerEnRondAf(b, "aanvraag", [
      [aanvraagVragen.vaardigheden.titel(b.aanspreking), aanvraagVragen.vaardigheden.antwoord(7, 10)],
      [gh.vraag(b.aanspreking), formulier.ja],
      [gh.rijen.naam, A_HULP.naam],
      [gh.rijen.relatie, A_HULP.relatie],
      [gh.rijen.telefoon, A_HULP.telefoon],
      [bp.persoonsgegevens.achternaamLabel, "de Vries"],
      [bp.persoonsgegevens.bsnLabel, "*****2333"],
      [bp.bedragen.totaalRij, MOEDER_PER_JAAR],
      [bp.zorgverleners.samenvatting("A", 1), `${MOEDER.naam}, ${MOEDER.plaats}. ${bp.zorgverleners.rijen.nummerBsn} *****6782. ${bp.zorgverleners.urenEnTarief("25", "€ 15,00")}.`],
      [bp.ondertekening.rij(bp.ondertekening.rollen["gewaarborgde-hulp"]), `${A_HULP.naam}, ${A_HULP.relatie}, ${bp.ondertekening.zonderDatum}`],
    ]);
    for (const stap of ["indicatie", "keuze"] as const) await zieStapStatus(b, stap, "klaar");
    // Klaar is not sent: the person sends the aanvraag themselves.
    await zieStapStatus(b, "aanvraag", "klaar-om-te-versturen");
    // Steps 4–6 open once stap 3 is klaar.
    await zieStapStatus(b, "toekenning", "niet-begonnen");
    await verwachtDraft(page.context(), A_NA_STAP_3);
  });

  test("deel 3, het resultaat: pgb mogelijk, gewaarborgde hulp verplicht (AV-02) en geregeld", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await zaaiDraft(page.context(), baseURL, A_NA_STAP_3);
    await naarOverzicht(b);
    await bekijkResultaat(b);
    const kopBlok = resultaatKop(page, resultaatTeksten.kop.pgbJa);
    await expect(kopBlok).toContainText(componenten.uitkomst.ja);
    // The answer to the person's own choice stands first; every form is one click further.
    await expect(resultaatDeel(page, t.mogelijkKop)).toBeHidden();
    await openAndereMogelijkheden(page);
    const pgb = resultaatPunt(resultaatDeel(page, t.mogelijkKop), vormNamen.pgb);
    await expect(pgb).toBeVisible();
    await expect(pgb).toContainText(componenten.uitkomst.ja);
    const verplicht = resultaatPunt(resultaatDeel(page, t.nodigKop), resultaatTeksten.nodig.gewaarborgdeHulp);
    await expect(verplicht).toContainText(t.geregeld);
    await zieRegel(verplicht, "AV-02");
    await expect(verplicht).toContainText(resultaatTeksten.nodig.gewaarborgdeHulpWie(A_HULP.naam, A_HULP.relatie));
    // Nothing stands in the way; the three unticked points of AV-01 come back as advice.
    const ontbreekt = resultaatDeel(page, t.ontbreektKop);
    await expect(resultaatPunt(ontbreekt, resultaatTeksten.ontbreekt.gewaarborgdeHulp)).toHaveCount(0);
    await expect(resultaatPunt(ontbreekt, resultaatTeksten.ontbreekt.vaardigheden)).toContainText(resultaatTeksten.ontbreekt.vaardighedenNietAangekruist);
    // Each block is a landmark named by its heading (`<section aria-labelledby>`), so it can be
    // found again in a screen reader's list of regions.
    for (const naam of [t.mogelijkKop, t.nietMogelijkKop, t.nodigKop, t.ontbreektKop]) {
      await expect(page.getByRole("region", { name: naam, exact: true }), `regio '${naam}'`).toBeVisible();
    }
  });
});

test.describe("reis b: 3LVG, een pgb kan niet", () => {
  test("hoort in stap 2 en in het resultaat dat een pgb niet kan en waarom (LV-02); stap 3 kan nog niet", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await openStap(b, "indicatie", "heeft-indicatie");
    await heeftIndicatie(b, "ja");
    await vulZorgprofielIn(b, "ZP 3 LVG");
    await controleerEnRondAf(b, "indicatie");

    await openStap(b, "keuze", "woonwens");
    await kiesWoonwens(b, "thuis");
    await kiesRegie(b, "zelf");
    await leesUitkomst(b, async (p) => {
      const waarschuwing = p.getByRole("region", { name: aanvraag.keuzeOverzicht.nietMogelijkTitel(null) });
      await expect(waarschuwing).toBeVisible();
      await expect(waarschuwing).toContainText(vormNamen.pgb);
      await zieRegel(waarschuwing, "LV-02");
      await expect(p.getByRole("heading", { name: `${vormNamen.pgb} ${aanvraag.keuzeOverzicht.uwKeuze(null)}` })).toBeVisible();
    });
    await controleerEnRondAf(b, "keuze");
    await zieStapStatus(b, "keuze", "klaar");
    await zieStapStatus(b, "aanvraag", "kan-nog-niet");
    await expect(page.getByText(aanvraag.overzicht.geenPgb)).toBeVisible();
    await expect(page.getByRole("link", { name: aanvraag.overzicht.stappen.aanvraag })).toHaveCount(0);

    await bekijkResultaat(b);
    const kopBlok = resultaatKop(page, resultaatTeksten.kop.pgbNee);
    await expect(kopBlok).toContainText(componenten.uitkomst.nee);
    await zieRegel(kopBlok, "LV-02");
    await openAndereMogelijkheden(page);
    const pgb = resultaatPunt(resultaatDeel(page, t.nietMogelijkKop), vormNamen.pgb);
    await expect(pgb).toContainText(componenten.uitkomst.nee);
    await zieRegel(pgb, "LV-02");
  });
});

test.describe("reis c: geen indicatie, de Wlz past niet", () => {
  test("wordt naar het Wmo-loket gestuurd (IND-01)", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, axe: true });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    await openStap(b, "indicatie", "heeft-indicatie");
    await heeftIndicatie(b, "nee");
    await zorgbehoefte(b, "nee");
    await jongerDan18(b, "nee");
    await controleerEnRondAf(b, "indicatie", [
      [indicatieVragen.heeftIndicatie.titel(b.aanspreking), formulier.nee],
      [indicatieVragen.zorgbehoefte.titel(b.aanspreking), indicatieVragen.zorgbehoefte.opties.nee],
      [indicatieVragen.leeftijd.titel(b.aanspreking), formulier.nee],
    ]);
    await zieStapStatus(b, "indicatie", "klaar");
    await zieStapStatus(b, "keuze", "kan-nog-niet");

    await bekijkResultaat(b);
    const kopBlok = resultaatKop(page, resultaatTeksten.kop.geenWlz);
    await zieRegel(kopBlok, "IND-01");
    await expect(page.getByRole("heading", { name: t.verwijzingKop })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: resultaatTeksten.verwijzingen["wmo-loket"] })).toBeVisible();
    await expect(page.getByText(resultaatTeksten.verwijzingen["jeugdzorg-loket"])).toHaveCount(0);
  });
});

const HENK: Aanspreking = { zelf: false, naam: "Henk" };

/** What reis d leaves behind after steps 1 and 2: the seed of its step 3. */
const D_NA_STAP_2: Antwoorden = {
  voorWie: "familie",
  naamAanvrager: "Henk",
  heeftIndicatie: "ja",
  zorgprofiel: "5VV",
  woonwens: "thuis",
  regie: "zelf",
  gezien: ["uitkomst"],
  bevestigd: ["indicatie", "keuze"],
};

/** What reis d leaves behind after step 3: the seed of its result. */
const D_NA_STAP_3: Antwoorden = {
  ...D_NA_STAP_2,
  vaardigheden: [],
  heeftGewaarborgdeHulp: "nee",
  ...GEEN_WEIGERINGSGROND,
  ...STANDAARD_BUDGETPLAN_OPGESLAGEN,
  budgetplanZorgprofiel: "5VV",
  ondertekening: [{ naam: "Henk de Vries", relatie: "budgethouder" }],
  gezien: ["uitkomst", "zorgverleners", "gesprek"],
  bevestigd: ["indicatie", "keuze", "aanvraag"],
};

test.describe("reis d: een familielid vult het in voor vader Henk", () => {
  test("deel 1, stap 1 en 2: de vragen spreken over Henk, niet over 'u'", async ({ page, browser, javaScriptEnabled }) => {
    const b: Bezoeker = bezoeker(page, { browser, javaScriptEnabled, axe: true, aanspreking: HENK });
    await begin(b);
    await kiesVoorWie(b, "familie", "Henk");

    await openStap(b, "indicatie", "heeft-indicatie");
    // The step-1 question, word for word; no "u" or "uw" in it.
    await expect(kop(page)).toHaveText(`${componenten.stap.van(1, 6)}, Heeft Henk een indicatiebesluit van het CIZ?`);
    await expect(page).toHaveTitle(/^Stap 1 van 6: Heeft Henk een indicatiebesluit van het CIZ\?/);
    await heeftIndicatie(b, "ja");
    await expect(kop(page)).not.toContainText(/\bu(w)?\b/);
    await vulZorgprofielIn(b, "5VV");
    await controleerEnRondAf(b, "indicatie", [[indicatieVragen.zorgprofiel.titel(HENK), ZORGPROFIEL_5VV]]);

    await openStap(b, "keuze", "woonwens");
    for (const titel of [keuzeVragen.woonwens.titel(HENK), keuzeVragen.regie.titel(HENK)]) expect(titel).toContain("Henk");
    await kiesWoonwens(b, "thuis");
    await expect(kop(page)).not.toContainText(/\bu(w)?\b/);
    await kiesRegie(b, "zelf");
    await leesUitkomst(b);
    await controleerEnRondAf(b, "keuze");
    await verwachtDraft(page.context(), D_NA_STAP_2);
  });

  test("deel 2, stap 3: zonder gewaarborgde hulp ondertekent Henk zelf (AV-08)", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b: Bezoeker = bezoeker(page, { browser, javaScriptEnabled, axe: true, aanspreking: HENK });
    await zaaiDraft(page.context(), baseURL, D_NA_STAP_2);
    await naarOverzicht(b);
    await openStap(b, "aanvraag", "vaardigheden");
    await vinkVaardighedenAan(b, 0);
    await expect(kop(page)).toContainText("Henk");
    await geefGewaarborgdeHulp(b, "nee");
    await beantwoordWeigeringsgronden(b);
    await expect(kop(page)).toContainText(budgetplanVragen.persoonsgegevens.titel(HENK));
    // AV-08: without a gewaarborgde hulp or wettelijk vertegenwoordiger Henk signs himself.
    await vulBudgetplanIn(b, standaardBudgetplan({ rol: "budgethouder", naam: "Henk de Vries" }));
    await leesGesprek(b);
    await controleerEnRondAf(b, "aanvraag", [
      [aanvraagVragen.vaardigheden.titel(HENK), aanvraagVragen.vaardigheden.antwoord(0, 10)],
      [aanvraagVragen.gewaarborgdeHulp.vraag(HENK), formulier.nee],
    ]);
    await verwachtDraft(page.context(), D_NA_STAP_3);
  });

  test("deel 3, het resultaat: zonder gewaarborgde hulp wijst het zorgkantoor af (AV-02); de startpagina weet voor wie", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b: Bezoeker = bezoeker(page, { browser, javaScriptEnabled, axe: true, aanspreking: HENK });
    await zaaiDraft(page.context(), baseURL, D_NA_STAP_3);
    await naarOverzicht(b);
    await bekijkResultaat(b);
    await zieRegel(resultaatKop(page, resultaatTeksten.kop.pgbNee), "AV-02");
    const ontbreekt = resultaatPunt(resultaatDeel(page, t.ontbreektKop), resultaatTeksten.ontbreekt.gewaarborgdeHulp);
    await expect(ontbreekt).toContainText(resultaatTeksten.ontbreekt.gewaarborgdeHulpGevolg);
    await zieRegel(ontbreekt, "AV-02");
    await expect(resultaatPunt(resultaatDeel(page, t.nodigKop), resultaatTeksten.nodig.gewaarborgdeHulp)).toContainText(t.nogNietGeregeld);
    // The start page remembers whom this is for.
    await page.goto("/");
    await expect(page.getByRole("radio", { name: start.voorWie.opties.familie, exact: true })).toBeChecked();
    await expect(page.getByLabel(start.voorWie.naamLabel)).toHaveValue("Henk");
  });

  test("zonder naam heet de aanvrager 'de aanvrager'", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled, aanspreking: { zelf: false, naam: deAanvrager } });
    await begin(b);
    await kiesVoorWie(b, "wettelijk-vertegenwoordiger");
    await openStap(b, "indicatie", "heeft-indicatie");
    await expect(kop(page)).toHaveText(`${componenten.stap.van(1, 6)}, Heeft de aanvrager een indicatiebesluit van het CIZ?`);
    await heeftIndicatie(b, "ja");
    await expect(kop(page)).toContainText(indicatieVragen.zorgprofiel.titel({ zelf: false, naam: deAanvrager }));
    await expect(kop(page)).not.toContainText(/\bu(w)?\b/);
  });
});
