/**
 * Bad input on every question — empty, too long, the wrong kind, a zorgprofiel that
 * names nothing, a forged field, a post to a step that may not be visited yet — gets a Dutch
 * error or a redirect, never a 500 (the `test` of hulp/bezoeker.ts fails on any), and never
 * loses the other answers. The full list runs without JavaScript, where only the server checks;
 * with JavaScript a few spot checks show the browser gives the same messages, and that a forged
 * post that passes the browser is still refused by the server.
 */
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { vaardigheidLabels } from "@/content/redenen/aanvraag";
import { start } from "@/content/start";
import { formulier, veldnamen } from "@/content/wizard/algemeen";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { keuzeVragen } from "@/content/wizard/keuze";
import { verwachtGeenAxeFouten } from "./axe";
import { bezoeker, expect, test, wachtOpHydratie, ZELF, type Bezoeker } from "./hulp/bezoeker";
import { standaardBudgetplan, vulBudgetplanIn } from "./hulp/budgetplan";
import {
  begin,
  controlePad,
  controleRij,
  foutSamenvatting,
  ghDetails,
  ghGroep,
  ghKeuze,
  kiesVoorWie,
  naarOverzicht,
  OVERZICHT,
  opPad,
  openStap,
  RESULTAAT,
  taakStatus,
  vraagPad,
  vulGewaarborgdeHulp,
  wvGroep,
} from "./hulp/stappen";
import { FOTOS, fotoMap } from "./hulp/fotos";
import { zaaiDraft } from "./hulp/zaaien";
import { NA_STAP_1, NA_STAP_2 } from "./hulp/zaden";
import { stopVervalsen, vervalsVolgendePost, type Vervalsing } from "./hulp/vervalsen";

const TE_LANG = "a".repeat(250);
const { kiesEen, ongeldig } = formulier.fouten;
/** Each text field names itself in its too-long message. */
const teLang = (veld: string) => formulier.fouten.teLang(veld, 200);
const ind = indicatieVragen;
const kz = keuzeVragen;
const av = aanvraagVragen;

async function verstuur(page: Page, knop: string = formulier.doorgaan, vervalsing?: Vervalsing): Promise<void> {
  if (vervalsing) await vervalsVolgendePost(page, vervalsing);
  await page.getByRole("button", { name: knop, exact: true }).click();
}

/** Still on this page, with exactly these messages in the error summary. */
async function zieFouten(page: Page, pad: string, fouten: string[]): Promise<void> {
  const samenvatting = foutSamenvatting(page);
  await expect(samenvatting).toBeVisible();
  await expect(samenvatting).toContainText(componenten.fout.samenvattingKop);
  for (const fout of fouten) await expect(samenvatting.getByRole("link", { name: fout, exact: true })).toBeVisible();
  await expect(samenvatting.getByRole("listitem")).toHaveCount(fouten.length);
  await expect(page).toHaveURL(opPad(pad));
  await stopVervalsen(page);
}

const radio = (page: Page, naam: string) => page.getByRole("radio", { name: naam, exact: true });
const rijen = (page: Page) => page.locator("dl > div");

/**
 * One radio question's bad input: empty, then a forged value outside the options (both refused
 * with their own message, on the same page), then a real answer that moves on.
 */
async function toetsKeuzevraag(page: Page, pad: string, vraag: { leeg: string; veld: string; vervalst: string; kies: string }): Promise<void> {
  await expect(page).toHaveURL(opPad(pad));
  await verstuur(page);
  await zieFouten(page, pad, [vraag.leeg]);
  await verstuur(page, formulier.doorgaan, { zet: { [vraag.veld]: vraag.vervalst } });
  await zieFouten(page, pad, [kiesEen]);
  await radio(page, vraag.kies).check();
  await verstuur(page);
}

async function nieuweAanvraag(b: Bezoeker): Promise<void> {
  await begin(b);
  await kiesVoorWie(b, "zelf");
}

test.describe("foute invoer zonder JavaScript: alleen de server controleert", () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled, "de volledige lijst zonder JavaScript; met JavaScript steekproeven hieronder");

  test("startpagina: leeg, te lange naam, een vervalste keuze", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await verstuur(page, start.voorWie.knop);
    await zieFouten(page, "/", [start.voorWie.fout]);

    await radio(page, start.voorWie.opties.familie).check();
    await page.getByLabel(start.voorWie.naamLabel).fill(TE_LANG);
    await verstuur(page, start.voorWie.knop);
    await zieFouten(page, "/", [start.voorWie.naamTeLang]);
    await expect(radio(page, start.voorWie.opties.familie)).toBeChecked();
    await expect(page.getByLabel(start.voorWie.naamLabel)).toHaveValue(TE_LANG);

    await page.getByLabel(start.voorWie.naamLabel).fill("Henk");
    await verstuur(page, start.voorWie.knop, { zet: { voorWie: "koning" } });
    await zieFouten(page, "/", [start.voorWie.fout]);

    // None of these made an aanvraag.
    await page.goto(OVERZICHT);
    await expect(page).toHaveURL(opPad("/"));
  });

  test("stap 1 met indicatiebesluit: leeg, vervalst, te lang, een zorgprofiel dat niets noemt", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await nieuweAanvraag(b);
    await openStap(b, "indicatie", "heeft-indicatie");
    const heeft = vraagPad("indicatie", "heeft-indicatie");
    await verstuur(page);
    await zieFouten(page, heeft, [ind.heeftIndicatie.leeg]);
    await verstuur(page, formulier.doorgaan, { zet: { heeftIndicatie: "misschien" } });
    await zieFouten(page, heeft, [kiesEen]);
    await verstuur(page, formulier.doorgaan, { zet: { heeftIndicatie: ["ja", "nee"] } });
    await zieFouten(page, heeft, [kiesEen]);
    // A valid answer with forged extra fields: accepted, the extras are not stored.
    await radio(page, formulier.ja).check();
    await verstuur(page, formulier.doorgaan, { zet: { hacker: "x", zorgbehoefte: "ja", jongerDan18: "ja", bevestigd: "indicatie" } });
    await expect(page).toHaveURL(opPad(vraagPad("indicatie", "zorgprofiel")));
    await stopVervalsen(page);

    const zp = vraagPad("indicatie", "zorgprofiel");
    const veld = page.getByLabel(ind.zorgprofiel.label, { exact: true });
    await verstuur(page);
    await zieFouten(page, zp, [ind.zorgprofiel.leeg]);
    await veld.fill("geen idee");
    await verstuur(page);
    await zieFouten(page, zp, [ind.zorgprofiel.onbekend]);
    await expect(veld).toHaveValue("geen idee");
    await expect(veld).toHaveAttribute("aria-invalid", "true");
    await veld.fill("ZP 99 XYZ");
    await verstuur(page);
    await zieFouten(page, zp, [ind.zorgprofiel.onbekend]);
    await veld.fill(TE_LANG);
    await verstuur(page);
    await zieFouten(page, zp, [teLang(veldnamen.zorgprofiel)]);
    await expect(veld).toHaveValue(TE_LANG);
    await veld.fill("5VV");
    await verstuur(page, formulier.doorgaan, { zet: { zorgprofiel: ["5VV", "6VV"] } });
    await zieFouten(page, zp, [ongeldig]);

    await veld.fill("5VV");
    await verstuur(page);
    await expect(page).toHaveURL(opPad(controlePad("indicatie")));
    // Only the two answers given: nothing of the forged fields.
    await expect(rijen(page)).toHaveCount(2);
    await expect(controleRij(page, ind.zorgprofiel.titel(ZELF))).toContainText("5VV");
    await naarOverzicht(b);
    await expect(taakStatus(page, "indicatie")).toHaveText(componenten.status.bezig);
  });

  test("stap 1 zonder indicatiebesluit: leeg en vervalst bij zorgbehoefte en leeftijd", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await nieuweAanvraag(b);
    await openStap(b, "indicatie", "heeft-indicatie");
    await radio(page, formulier.nee).check();
    await verstuur(page);

    await toetsKeuzevraag(page, vraagPad("indicatie", "zorgbehoefte"), { leeg: ind.zorgbehoefte.leeg, veld: "zorgbehoefte", vervalst: "soms", kies: ind.zorgbehoefte.opties.nee });
    await toetsKeuzevraag(page, vraagPad("indicatie", "leeftijd"), { leeg: ind.leeftijd.leeg, veld: "jongerDan18", vervalst: "17", kies: formulier.nee });
    await expect(page).toHaveURL(opPad(controlePad("indicatie")));
    await expect(rijen(page)).toHaveCount(3);
  });

  test("een stap of pagina die nog niet mag: naar de juiste pagina, ook bij een vervalste post", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    // Without an aanvraag: the start page.
    for (const pad of [OVERZICHT, vraagPad("indicatie", "heeft-indicatie"), RESULTAAT, "/aanvraag/bewaren"]) {
      await page.goto(pad);
      await expect(page, pad).toHaveURL(opPad("/"));
    }
    await nieuweAanvraag(b);
    const naar: [string, string][] = [
      [vraagPad("keuze", "woonwens"), OVERZICHT],
      [controlePad("keuze"), OVERZICHT],
      [vraagPad("aanvraag", "vaardigheden"), OVERZICHT],
      [RESULTAAT, OVERZICHT],
      [vraagPad("indicatie", "zorgprofiel"), vraagPad("indicatie", "heeft-indicatie")],
      [vraagPad("indicatie", "leeftijd"), vraagPad("indicatie", "heeft-indicatie")],
      [controlePad("indicatie"), vraagPad("indicatie", "heeft-indicatie")],
      [vraagPad("indicatie", "bestaat-niet"), vraagPad("indicatie", "heeft-indicatie")],
    ];
    for (const [pad, doel] of naar) {
      await page.goto(pad);
      await expect(page, pad).toHaveURL(opPad(doel));
    }
    const onbekend = await page.goto("/aanvraag/bestaat-niet/ook-niet");
    expect(onbekend?.status()).toBe(404);

    // A post that claims to answer step 2 from a step-1 page: back to the overview, nothing stored.
    await page.goto(vraagPad("indicatie", "heeft-indicatie"));
    await radio(page, formulier.ja).check();
    await verstuur(page, formulier.doorgaan, { zet: { stap: "keuze", vraag: "woonwens", woonwens: "thuis" } });
    await expect(page).toHaveURL(opPad(OVERZICHT));
    await stopVervalsen(page);
    await expect(taakStatus(page, "indicatie")).toHaveText(componenten.status["niet-begonnen"]);
    // A question that does not exist, or of another step.
    const vervalsingen: Record<string, string>[] = [{ vraag: "bestaat-niet" }, { vraag: "woonwens" }, { stap: "declaraties" }];
    for (const vervalsing of vervalsingen) {
      await page.goto(vraagPad("indicatie", "heeft-indicatie"));
      await radio(page, formulier.ja).check();
      await verstuur(page, formulier.doorgaan, { zet: vervalsing });
      await expect(page, JSON.stringify(vervalsing)).toHaveURL(opPad(OVERZICHT));
      await stopVervalsen(page);
    }
    await expect(taakStatus(page, "indicatie")).toHaveText(componenten.status["niet-begonnen"]);
    // Once step 2 may start, the forged answer is not there: nothing is chosen yet.
    await openStap(b, "indicatie", "heeft-indicatie");
    await radio(page, formulier.ja).check();
    await verstuur(page);
    await page.getByLabel(ind.zorgprofiel.label, { exact: true }).fill("5VV");
    await verstuur(page);
    await page.getByRole("button", { name: aanvraag.controleren.knop }).click();
    await openStap(b, "keuze", "woonwens");
    for (const optie of Object.values(kz.woonwens.opties)) await expect(radio(page, optie)).not.toBeChecked();

    // The draft's cookie gone while a form is open: the start page, not an error.
    await page.goto(vraagPad("indicatie", "heeft-indicatie"));
    await page.context().clearCookies();
    await radio(page, formulier.ja).check();
    await verstuur(page);
    await expect(page).toHaveURL(opPad("/"));
  });

  test("stap 2: leeg, deeltijd zonder of met foute dagen, te lang, vervalst; stap 1 blijft staan", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await zaaiDraft(page.context(), baseURL, NA_STAP_1);
    await naarOverzicht(b);
    await openStap(b, "keuze", "woonwens");
    const ww = vraagPad("keuze", "woonwens");
    const dagen = page.getByLabel(kz.woonwens.dagenLabel(ZELF));

    await verstuur(page);
    await zieFouten(page, ww, [kz.woonwens.leeg]);
    await radio(page, kz.woonwens.opties.deeltijd).check();
    await verstuur(page);
    await zieFouten(page, ww, [kz.woonwens.dagenLeeg]);
    await expect(radio(page, kz.woonwens.opties.deeltijd)).toBeChecked();
    await dagen.fill("zeven");
    await verstuur(page);
    await zieFouten(page, ww, [kz.woonwens.dagenGeenGetal]);
    await expect(dagen).toHaveValue("zeven");
    await dagen.fill("20");
    await verstuur(page);
    await zieFouten(page, ww, [kz.woonwens.dagenBereik(1, 14)]);
    await dagen.fill("-3");
    await verstuur(page);
    await zieFouten(page, ww, [kz.woonwens.dagenGeenGetal]);
    await dagen.fill(TE_LANG);
    await verstuur(page);
    await zieFouten(page, ww, [teLang(veldnamen.dagenPer14)]);
    await dagen.fill("");
    await radio(page, kz.woonwens.opties.thuis).check();
    await verstuur(page, formulier.doorgaan, { zet: { woonwens: "kasteel" } });
    await zieFouten(page, ww, [kiesEen]);
    await radio(page, kz.woonwens.opties.thuis).check();
    await verstuur(page);

    await toetsKeuzevraag(page, vraagPad("keuze", "regie"), { leeg: kz.regie.leeg, veld: "regie", vervalst: "buurman", kies: kz.regie.opties.zelf });

    // The information page takes no fields: forged ones are ignored.
    await expect(page).toHaveURL(opPad(vraagPad("keuze", "uitkomst")));
    await verstuur(page, formulier.doorgaan, { zet: { regie: "zorgkantoor", woonwens: "instelling", zorgprofiel: "3LVG", hacker: "x" } });
    await expect(page).toHaveURL(opPad(controlePad("keuze")));
    await stopVervalsen(page);
    await expect(controleRij(page, kz.woonwens.titel(ZELF))).toContainText(kz.woonwens.opties.thuis);
    await expect(controleRij(page, kz.regie.titel(ZELF))).toContainText(kz.regie.opties.zelf);

    // Step 1's answers are still there.
    await page.goto(controlePad("indicatie"));
    await expect(controleRij(page, ind.zorgprofiel.titel(ZELF))).toContainText("5VV");
    await naarOverzicht(b);
    await expect(taakStatus(page, "indicatie")).toHaveText(componenten.status.klaar);
  });

  test("stap 3: vervalste vakjes, gewaarborgde hulp leeg, te lang en fout, weigeringsgronden leeg; niets gaat verloren", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await zaaiDraft(page.context(), baseURL, NA_STAP_2);
    // A page further on than the first open one: that first open one.
    await page.goto(vraagPad("aanvraag", "weigeringsgronden"));
    await expect(page).toHaveURL(opPad(vraagPad("aanvraag", "vaardigheden")));

    const vd = vraagPad("aanvraag", "vaardigheden");
    await verstuur(page, formulier.doorgaan, { zet: { vaardigheden: ["administratie", "toveren"] } });
    await zieFouten(page, vd, [kiesEen]);
    // What was posted is shown again: the one real point is ticked.
    const administratie = page.getByRole("checkbox", { name: vaardigheidLabels.administratie });
    await expect(administratie).toBeChecked();
    await verstuur(page, formulier.doorgaan, { zet: { vaardigheden: Array.from({ length: 60 }, () => "administratie") } });
    await zieFouten(page, vd, [kiesEen]);
    await administratie.uncheck();
    await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
    await verstuur(page); // nothing ticked is an answer (AV-01)

    const gh = vraagPad("aanvraag", "gewaarborgde-hulp");
    const t = av.gewaarborgdeHulp;
    await expect(page).toHaveURL(opPad(gh));
    await verstuur(page);
    await zieFouten(page, gh, [t.leeg]);
    await ghKeuze(b, "ja").check();
    await verstuur(page);
    await zieFouten(page, gh, [t.naamLeeg, t.relatieLeeg, t.wvLeeg]);
    await vulGewaarborgdeHulp(b, { naam: TE_LANG, relatie: "zoon", wettelijkVertegenwoordiger: "nee" });
    await verstuur(page);
    await zieFouten(page, gh, [teLang(veldnamen.gewaarborgdeHulp.naam)]);
    await expect(page.getByLabel(t.naamLabel, { exact: true })).toHaveValue(TE_LANG);
    await vulGewaarborgdeHulp(b, { naam: "Ans", relatie: "zoon", wettelijkVertegenwoordiger: "nee", telefoon: "bel maar", email: "geen-adres" });
    await verstuur(page);
    await zieFouten(page, gh, [t.telefoonFout, t.emailFout]);
    // Everything typed is still there.
    await expect(page.getByLabel(t.naamLabel, { exact: true })).toHaveValue("Ans");
    await expect(page.getByLabel(t.relatieLabel(ZELF), { exact: true })).toHaveValue("zoon");
    await expect(page.getByLabel(t.telefoonLabel, { exact: true })).toHaveValue("bel maar");
    await expect(page.getByLabel(t.emailLabel, { exact: true })).toHaveValue("geen-adres");
    await expect(wvGroep(b).getByRole("radio", { name: formulier.nee, exact: true })).toBeChecked();
    await expect(ghKeuze(b, "ja")).toBeChecked();
    await vulGewaarborgdeHulp(b, { naam: "Ans", relatie: "dochter", wettelijkVertegenwoordiger: "nee", telefoon: "06 123", email: "ans@voorbeeld" });
    await verstuur(page);
    await zieFouten(page, gh, [t.telefoonFout, t.emailFout]);
    await vulGewaarborgdeHulp(b, { naam: "Ans", relatie: "dochter", wettelijkVertegenwoordiger: "nee", telefoon: "06 12345678", email: "ans@voorbeeld.nl" });
    await verstuur(page, formulier.doorgaan, { zet: { ghWettelijkVertegenwoordiger: "misschien" } });
    await zieFouten(page, gh, [kiesEen]);
    await vulGewaarborgdeHulp(b, { naam: "Ans", relatie: "dochter", wettelijkVertegenwoordiger: "nee", telefoon: "06 12345678", email: "ans@voorbeeld.nl" });
    await verstuur(page);

    const wg = vraagPad("aanvraag", "weigeringsgronden");
    const w = av.weigeringsgronden;
    await expect(page).toHaveURL(opPad(wg));
    await verstuur(page);
    await zieFouten(page, wg, [w.failliet.leeg, w.wsnp.leeg, w.vastWoonadres.leeg, w.woontInNederland.leeg]);
    const groep = (veld: "failliet" | "wsnp" | "vastWoonadres" | "woontInNederland") => page.getByRole("group", { name: w[veld].vraag(ZELF) });
    await groep("failliet").getByRole("radio", { name: formulier.nee, exact: true }).check();
    await verstuur(page);
    await zieFouten(page, wg, [w.wsnp.leeg, w.vastWoonadres.leeg, w.woontInNederland.leeg]);
    await expect(groep("failliet").getByRole("radio", { name: formulier.nee, exact: true })).toBeChecked();
    await groep("wsnp").getByRole("radio", { name: formulier.nee, exact: true }).check();
    await groep("vastWoonadres").getByRole("radio", { name: formulier.ja, exact: true }).check();
    await groep("woontInNederland").getByRole("radio", { name: formulier.ja, exact: true }).check();
    await verstuur(page, formulier.doorgaan, { zet: { woontInNederland: "soms" } });
    await zieFouten(page, wg, [kiesEen]);
    await groep("failliet").getByRole("radio", { name: formulier.nee, exact: true }).check();
    await groep("wsnp").getByRole("radio", { name: formulier.nee, exact: true }).check();
    await groep("vastWoonadres").getByRole("radio", { name: formulier.ja, exact: true }).check();
    await groep("woontInNederland").getByRole("radio", { name: formulier.ja, exact: true }).check();
    await verstuur(page);

    // The budgetplan (its bad input: budgetplan.spec.ts), then the gesprek.
    await expect(page).toHaveURL(opPad(vraagPad("aanvraag", "persoonsgegevens")));
    await vulBudgetplanIn(b, standaardBudgetplan({ rol: "gewaarborgde-hulp" }));
    await expect(page).toHaveURL(opPad(vraagPad("aanvraag", "gesprek")));
    await verstuur(page, formulier.doorgaan, { zet: { failliet: "ja", heeftGewaarborgdeHulp: "nee", bevestigd: "aanvraag" } });
    await expect(page).toHaveURL(opPad(controlePad("aanvraag")));
    await stopVervalsen(page);
    await expect(controleRij(page, w.failliet.vraag(ZELF))).toContainText(formulier.nee);
    await expect(controleRij(page, t.vraag(ZELF))).toContainText(formulier.ja);
    await expect(controleRij(page, t.rijen.naam)).toContainText("Ans");
    await expect(controleRij(page, av.vaardigheden.titel(ZELF))).toContainText(av.vaardigheden.antwoord(0, 10));

    // The earlier steps are untouched.
    await page.goto(controlePad("indicatie"));
    await expect(controleRij(page, ind.zorgprofiel.titel(ZELF))).toContainText("5VV");
    await page.goto(controlePad("keuze"));
    await expect(controleRij(page, kz.regie.titel(ZELF))).toContainText(kz.regie.opties.zelf);
    await naarOverzicht(b);
    await expect(taakStatus(page, "keuze")).toHaveText(componenten.status.klaar);
    await expect(taakStatus(page, "aanvraag")).toHaveText(componenten.status.bezig);
  });
});

test.describe("foute invoer met JavaScript: steekproeven", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "zonder JavaScript: de volledige lijst hierboven");

  test("de browser geeft dezelfde Nederlandse fouten, zonder de server te vragen", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await nieuweAanvraag(b);
    await openStap(b, "indicatie", "heeft-indicatie");
    await radio(page, formulier.ja).check();
    await verstuur(page);
    const zp = vraagPad("indicatie", "zorgprofiel");
    await expect(page).toHaveURL(opPad(zp));

    const acties: string[] = [];
    page.on("request", (verzoek) => {
      if (verzoek.method() === "POST") acties.push(verzoek.url());
    });
    const veld = page.getByLabel(ind.zorgprofiel.label, { exact: true });
    await verstuur(page);
    await zieFouten(page, zp, [ind.zorgprofiel.leeg]);
    await veld.fill("geen idee");
    await verstuur(page);
    await zieFouten(page, zp, [ind.zorgprofiel.onbekend]);
    await veld.fill(TE_LANG);
    await verstuur(page);
    await zieFouten(page, zp, [teLang(veldnamen.zorgprofiel)]);
    await expect(veld).toHaveValue(TE_LANG);
    expect(acties).toEqual([]);
  });

  test("ingevoegde velden en een vervalste keuze in het formulier (page.evaluate)", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await nieuweAanvraag(b);
    await openStap(b, "indicatie", "heeft-indicatie");
    const heeft = vraagPad("indicatie", "heeft-indicatie");
    // Choose first: React puts a radio's own value back when it renders the form again.
    await radio(page, formulier.nee).check();
    await page.locator("main form").evaluate((form) => {
      for (const [naam, waarde] of [
        ["hacker", "x"],
        ["zorgbehoefte", "ja"],
        ["bevestigd", "indicatie"],
      ]) {
        const veld = document.createElement("input");
        veld.type = "hidden";
        veld.name = naam ?? "";
        veld.value = waarde ?? "";
        form.appendChild(veld);
      }
      const gekozen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      if (gekozen) gekozen.value = "misschien";
    });
    await expect(page.locator('input[type="radio"]:checked')).toHaveValue("misschien");
    await verstuur(page);
    await zieFouten(page, heeft, [kiesEen]);

    await radio(page, formulier.ja).check();
    await verstuur(page);
    await expect(page).toHaveURL(opPad(vraagPad("indicatie", "zorgprofiel")));
    await page.getByLabel(ind.zorgprofiel.label, { exact: true }).fill("5VV");
    await verstuur(page);
    await expect(page).toHaveURL(opPad(controlePad("indicatie")));
    await expect(rijen(page)).toHaveCount(2);
    await naarOverzicht(b);
    // "bevestigd" was not taken from the form: the step is not done until "Dit klopt".
    await expect(taakStatus(page, "indicatie")).toHaveText(componenten.status.bezig);
  });

  test("een vervalste waarde die de browser niet ziet, weigert de server met een Nederlandse fout", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await zaaiDraft(page.context(), baseURL, NA_STAP_1);
    await naarOverzicht(b);
    await openStap(b, "keuze", "woonwens");
    const ww = vraagPad("keuze", "woonwens");
    await radio(page, kz.woonwens.opties.thuis).check();
    await verstuur(page, formulier.doorgaan, { zet: { woonwens: "kasteel", hacker: "x" } });
    await zieFouten(page, ww, [kiesEen]);
    // The page goes on working after the server's refusal.
    await radio(page, kz.woonwens.opties.thuis).check();
    await verstuur(page);
    await expect(page).toHaveURL(opPad(vraagPad("keuze", "regie")));
    await page.goto(controlePad("indicatie"));
    await expect(controleRij(page, ind.zorgprofiel.titel(ZELF))).toContainText("5VV");
    await expect(page.getByRole("heading", { name: aanvraag.controleren.titel })).toBeVisible();
  });
});

/*
 * The gewaarborgde hulp's details apply only with "ja" (docs/decisions/031-burgerpaginas.md): CSS
 * hides them until "ja" is chosen and shows them without a page load, with JavaScript and without
 * (so they never flash before the script runs). They sit right after "ja" in Tab order, and a
 * refused post keeps them open and filled in.
 */
/** With `E2E_FOTOS=1`: the whole page as it is now, for people to look at (hulp/fotos.ts). */
async function foto(page: Page, info: TestInfo, naam: string): Promise<void> {
  if (FOTOS) await page.screenshot({ path: path.join(fotoMap(info.project.name), `${naam}-360.png`), fullPage: true });
}

test("gewaarborgde hulp: de gegevens staan onder 'ja', met en zonder JavaScript pas na 'ja'; een geweigerde post houdt ze open en ingevuld", async ({ page, browser, javaScriptEnabled, baseURL }, info) => {
  const b = bezoeker(page, { browser, javaScriptEnabled });
  await page.setViewportSize({ width: 360, height: 740 });
  const t = av.gewaarborgdeHulp;
  await zaaiDraft(page.context(), baseURL, NA_STAP_2);
  await page.goto(vraagPad("aanvraag", "vaardigheden"));
  await verstuur(page); // nothing ticked is an answer (AV-01)
  const gh = vraagPad("aanvraag", "gewaarborgde-hulp");
  await expect(page).toHaveURL(opPad(gh));
  await wachtOpHydratie(b);

  const naam = page.getByLabel(t.naamLabel, { exact: true });
  const details = [
    naam,
    page.getByLabel(t.relatieLabel(ZELF), { exact: true }),
    wvGroep(b),
    page.getByLabel(t.telefoonLabel, { exact: true }),
    page.getByLabel(t.emailLabel, { exact: true }),
  ];
  // The details are inside the question's group, under "ja" and above "nee".
  await expect(ghGroep(b).locator("div:has(> #veld-heeftGewaarborgdeHulp) + #veld-heeftGewaarborgdeHulp-onthul + div > #veld-heeftGewaarborgdeHulp-2")).toHaveCount(1);
  // Hidden by CSS until "ja" is chosen, with and without JavaScript, so nothing shows before the
  // script has run; nor does the line only a browser without :has() needs.
  for (const veld of details) await expect(veld).toBeHidden();
  await expect(page.getByText(componenten.onthul.alleenBij(formulier.ja), { exact: true })).toBeHidden();
  await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  await foto(page, info, "gewaarborgde-hulp-leeg");

  await ghKeuze(b, "nee").check();
  await expect(ghDetails(b)).toBeHidden();
  // "Ja" by keyboard: the arrow key chooses it, and Tab goes on to the first detail.
  await ghKeuze(b, "nee").focus();
  await page.keyboard.press("ArrowUp");
  await expect(ghKeuze(b, "ja")).toBeChecked();
  for (const veld of details) await expect(veld).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(naam).toBeFocused();
  await foto(page, info, "gewaarborgde-hulp-ja");

  // Refused: a missing answer and a wrong phone number (checked in the browser with JavaScript,
  // on the server without), then a forged answer only the server sees.
  await naam.fill("Ans");
  await page.getByLabel(t.relatieLabel(ZELF), { exact: true }).fill("dochter");
  await page.getByLabel(t.telefoonLabel, { exact: true }).fill("bel maar");
  await verstuur(page);
  await zieFouten(page, gh, [t.wvLeeg, t.telefoonFout]);
  await expect(ghKeuze(b, "ja")).toBeChecked();
  for (const veld of details) await expect(veld).toBeVisible();
  await expect(naam).toHaveValue("Ans");
  await expect(page.getByLabel(t.telefoonLabel, { exact: true })).toHaveValue("bel maar");
  await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  await foto(page, info, "gewaarborgde-hulp-fouten");
  // The summary's link leads to a field that is shown.
  await expect(foutSamenvatting(page).getByRole("link", { name: t.wvLeeg, exact: true })).toHaveAttribute("href", "#veld-ghWettelijkVertegenwoordiger");
  await expect(page.locator("#veld-ghWettelijkVertegenwoordiger")).toBeVisible();

  await wvGroep(b).getByRole("radio", { name: formulier.nee, exact: true }).check();
  await page.getByLabel(t.telefoonLabel, { exact: true }).fill("06 12345678");
  await verstuur(page, formulier.doorgaan, { zet: { ghWettelijkVertegenwoordiger: "misschien" } });
  await zieFouten(page, gh, [kiesEen]);
  await expect(ghKeuze(b, "ja")).toBeChecked();
  for (const veld of details) await expect(veld).toBeVisible();
  await expect(naam).toHaveValue("Ans");
  await expect(page.getByLabel(t.relatieLabel(ZELF), { exact: true })).toHaveValue("dochter");
  await expect(page.getByLabel(t.telefoonLabel, { exact: true })).toHaveValue("06 12345678");

  // "Nee" closes them again and moves on; what was typed there is not kept.
  await ghKeuze(b, "nee").check();
  for (const veld of details) await expect(veld).toBeHidden();
  await verstuur(page);
  await expect(page).toHaveURL(opPad(vraagPad("aanvraag", "weigeringsgronden")));
  await page.goto(gh);
  await expect(ghKeuze(b, "nee")).toBeChecked();
  await expect(ghDetails(b)).toBeHidden();
  await expect(naam).toHaveValue("");
});
