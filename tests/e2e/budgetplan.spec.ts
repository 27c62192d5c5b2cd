/**
 * The budgetplan (Bijlage 3) in stap 3, acceptance: the brochure's example, a zzp'er and a
 * neighbour entered, the zzp'er removed again, the sums and warnings, the signature, the check
 * page and the PDF read back with pdftotext — without JavaScript (zonder-js) and with it
 * (met-js, where the sum follows the typing). Eight zorgverleners, bad input that loses nothing,
 * and the PDF route without a draft. axe runs on every budgetplan page, empty, with errors and
 * filled (hulp/budgetplan.ts), and on the sums at phone width.
 */
import type { Locator, Page } from "@playwright/test";
import { budgetplanOverzicht } from "@/content/budgetplan-overzicht";
import { budgetplanPdf } from "@/content/budgetplan-pdf";
import { start } from "@/content/start";
import { formulier } from "@/content/wizard/algemeen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { vraagFormulier } from "@/content/vraag-formulier";
import { zorgverlenerFormulier } from "@/content/wizard/zorgverlener";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { bezoeker, controleerAxe, expect, test, wachtOpHydratie, type Bezoeker } from "./hulp/bezoeker";
import {
  alsEenRegel,
  bekijkBedragen,
  bekijkLegeLijst,
  beschrijfZorg,
  bevestigBudgetplanZorgprofiel,
  beantwoordStap3Vragen,
  BUDGETPLAN_PDF,
  BUURVROUW,
  BUURVROUW_OPGESLAGEN,
  BUURVROUW_PER_JAAR,
  downloadPdf,
  geefPersoonsgegevens,
  geefRedenPgb,
  MOEDER,
  MOEDER_OPGESLAGEN,
  MOEDER_PER_JAAR,
  MOEDER_PER_MAAND,
  NIEUWE_ZORGVERLENER,
  geefWoonplaats,
  onderteken,
  pdfLink,
  personalia,
  somRegels,
  somRij,
  somTabel,
  vandaagJjjjMmDd,
  verwijderZorgverlener,
  voegZorgverlenerToe,
  vulPersoonsgegevens,
  vulZorgverlener,
  waarschuwingenVoor,
  zieZorgverlenerIngevuld,
  zieZorgverlenerLijst,
  ZORGVERLENERS,
  zorgverlenersDoorgaan,
  zorgverlenerVeld,
  ZZP,
  type TestZorgverlener,
} from "./hulp/budgetplan";
import { bekijkResultaat, controlePad, controleerEnRondAf, doeStap2, foutSamenvatting, kop, leesGesprek, opPad, regexVeilig, snelNaStap1, vraagPad } from "./hulp/stappen";
import { verwachtDraft, zaaiDraft } from "./hulp/zaaien";
import { bijBudgetplan, NA_STAP_1, NA_STAP_2 } from "./hulp/zaden";

// The brochure's journey runs some 50 axe checks over its two parts; without JavaScript each is
// replayed in a second page (tests/e2e/axe.ts).
test.describe.configure({ timeout: 240_000 });

const bp = budgetplanVragen;
const zvt = zorgverlenerFormulier;
const w = budgetplanOverzicht.waarschuwingen;

const HULP = { naam: "Johanna de Vries", relatie: "dochter", wettelijkVertegenwoordiger: "nee" } as const;
const PERSOON = { achternaam: "de Vries", geboortedatum: "17-05-1948", bsn: "111222333" };
const REDEN = "Ik wil zelf kiezen wie mij helpt. Mijn moeder kent mij en mijn gewoontes.";
const ZORG = "Wassen en aankleden, elke ochtend. Samen boodschappen doen, twee keer per week.";
/** Moeder and the neighbour: € 19.488,00 + € 10.284,00. */
const TOTAAL = "€ 29.772,00";

/** The per-month and per-year amounts of the live sum, as its data attributes hold them. */
async function zieLiveSom(page: Page, perMaand: string, perJaar: string): Promise<void> {
  const som = page.locator("[data-live-som]");
  await expect(som.locator("[data-per-maand]")).toHaveAttribute("data-per-maand", perMaand);
  await expect(som.locator("[data-per-jaar]")).toHaveAttribute("data-per-jaar", perJaar);
}

/**
 * With JavaScript, on a new zorgverlener's page: the sum follows the hours and the uurtarief as
 * they are typed, without a round trip to the server. Leaves the page unsaved.
 */
async function typEnZieDeSom(b: Bezoeker): Promise<void> {
  const { page } = b;
  await page.getByRole("button", { name: bp.zorgverleners.toevoegen, exact: true }).click();
  await expect(page).toHaveURL(opPad(NIEUWE_ZORGVERLENER));
  await wachtOpHydratie(b);
  const posts: string[] = [];
  page.on("request", (verzoek) => {
    if (verzoek.method() === "POST") posts.push(verzoek.url());
  });
  const som = page.locator("[data-live-som]");
  const uren = zorgverlenerVeld.uren(page);
  const tarief = zorgverlenerVeld.uurtarief(page);
  await expect(som).toContainText(vraagFormulier.som.leeg);
  await uren.pressSequentially("2");
  // Hours without an uurtarief: nothing to work out yet.
  await expect(som).toContainText(vraagFormulier.som.leeg);
  await tarief.pressSequentially("1");
  await zieLiveSom(page, "€ 9,00", "€ 108,00");
  await tarief.press("End");
  await tarief.pressSequentially("5");
  await zieLiveSom(page, "€ 130,00", "€ 1.560,00");
  await uren.press("End");
  await uren.pressSequentially("5");
  await zieLiveSom(page, MOEDER_PER_MAAND, MOEDER_PER_JAAR);
  await expect(som).toContainText(vraagFormulier.som.afgerond("€ 1.623,75"));
  // Clearing the hours clears the sum.
  await uren.fill("");
  await expect(som).toContainText(vraagFormulier.som.leeg);
  await expect(som.locator("[data-per-maand]")).toHaveCount(0);
  expect(posts, "geen verzoek aan de server tijdens het typen").toEqual([]);
  await page.goto(ZORGVERLENERS);
}

/** The sums on the bedragen page or the check page: table from 640 px, lines on a phone. */
async function zieSommen(b: Bezoeker): Promise<void> {
  const { page } = b;
  await expect(somTabel(page)).toBeVisible();
  await expect(somRegels(page)).toBeHidden();
  await expect(somRij(page, MOEDER.naam)).toContainText(MOEDER_PER_MAAND);
  await expect(somRij(page, MOEDER.naam)).toContainText(MOEDER_PER_JAAR);
  await expect(somRij(page, BUURVROUW.naam)).toContainText(BUURVROUW_PER_JAAR);
  await expect(somTabel(page).getByRole("row").filter({ has: page.getByRole("rowheader", { name: budgetplanOverzicht.tabel.totaal, exact: true }) })).toContainText(TOTAAL);
  await expect(somTabel(page)).not.toContainText(ZZP.naam);

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(somTabel(page)).toBeHidden();
  await expect(somRegels(page)).toBeVisible();
  await expect(somRegels(page)).toContainText(budgetplanOverzicht.tabel.somPerMaand("25", "€ 15,00", "4,33", MOEDER_PER_MAAND));
  await expect(somRegels(page)).toContainText(budgetplanOverzicht.tabel.somPerJaar(MOEDER_PER_MAAND, "12", MOEDER_PER_JAAR));
  await expect(somRegels(page)).toContainText(`${budgetplanOverzicht.tabel.totaal}: ${TOTAAL}`);
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte, "de pagina schuift niet opzij op 360 px").toBeLessThanOrEqual(360);
  await controleerAxe(b);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/**
 * What part 1 of the brochure's journey leaves behind (moeder and the neighbour, the zzp'er
 * removed), on the bedragen page: the seed of part 2.
 */
const BROCHURE_NA_ZORGVERLENERS: Antwoorden = {
  ...bijBudgetplan(HULP),
  persoonsgegevens: { achternaam: PERSOON.achternaam, geboortedatum: "1948-05-17", bsn: PERSOON.bsn },
  budgetplanZorgprofiel: "5VV",
  redenKeuzePgb: REDEN,
  zorgInkopen: ZORG,
  zorgverleners: [MOEDER_OPGESLAGEN, BUURVROUW_OPGESLAGEN],
  gezien: ["uitkomst", "zorgverleners"],
};

/**
 * The acceptance journey, the same with and without JavaScript, in two parts. Part 1: moeder (the
 * brochure's example), a zzp'er and the neighbour entered, the zzp'er removed; it ends by checking
 * that its draft is the seed of part 2 (hulp/zaaien.ts).
 */
async function brochureDeel1(b: Bezoeker, baseURL: string | undefined): Promise<void> {
  const { page } = b;
  // Steps 1 and 2 and stap 3's own questions are other specs' business: seeded (hulp/zaden.ts).
  await zaaiDraft(page.context(), baseURL, bijBudgetplan(HULP));
  await page.goto(vraagPad("aanvraag", "persoonsgegevens"));
  await wachtOpHydratie(b);
  await geefPersoonsgegevens(b, PERSOON);
  await bevestigBudgetplanZorgprofiel(b);
  await geefRedenPgb(b, REDEN);
  await beschrijfZorg(b, ZORG);

  await bekijkLegeLijst(b);
  if (b.javaScriptEnabled) await typEnZieDeSom(b);
  await voegZorgverlenerToe(b, MOEDER);
  await voegZorgverlenerToe(b, ZZP);
  await voegZorgverlenerToe(b, BUURVROUW);
  await zieZorgverlenerLijst(b, [MOEDER.naam, ZZP.naam, BUURVROUW.naam]);
  await expect(page.getByText(`${bp.zorgverleners.rijen.nummerKvk} ${ZZP.nummer}`)).toBeVisible();
  // Someone else's BSN is masked on the list.
  await expect(page.getByText(`${MOEDER.plaats}. ${bp.zorgverleners.rijen.nummerBsn} *****6782.`)).toBeVisible();
  await expect(page.getByText(MOEDER.nummer)).toHaveCount(0);
  await verwijderZorgverlener(b, ZZP.naam);
  await zieZorgverlenerLijst(b, [MOEDER.naam, BUURVROUW.naam]);
  await zorgverlenersDoorgaan(b);
  // Nothing of the removed zzp'er is left in the draft (so neither on the pages nor in the PDF of part 2).
  await verwachtDraft(page.context(), BROCHURE_NA_ZORGVERLENERS);
}

/** Part 2, from the bedragen page: the sums, warnings, signature, check page, PDF. */
async function brochureDeel2(b: Bezoeker, baseURL: string | undefined): Promise<void> {
  const { page } = b;
  await zaaiDraft(page.context(), baseURL, BROCHURE_NA_ZORGVERLENERS);
  await page.goto(vraagPad("aanvraag", "bedragen"));
  await bekijkBedragen(b, {
    // Above the sums' total: the warning BP-02 shows once the page is saved (the check page).
    verwacht: "25.000",
    controleer: async () => {
      await zieSommen(b);
      const buurvrouw = waarschuwingenVoor(page, BUURVROUW.naam);
      await expect(buurvrouw.getByRole("heading", { name: w.werkgever.titel, exact: true })).toBeVisible();
      await expect(buurvrouw.getByRole("heading", { name: w.loonbelasting.titel, exact: true })).toBeVisible();
      // Family on an overeenkomst van opdracht: nothing to look out for.
      await expect(waarschuwingenVoor(page, MOEDER.naam)).toHaveCount(0);
      await expect(page.getByRole("heading", { name: w.bovenBudget.titel })).toHaveCount(0);
    },
  });
  await onderteken(b, [{ rol: "gewaarborgde-hulp", naam: HULP.naam, relatie: HULP.relatie }]);
  // ZK-01: Weesp is a woonplaats of Amsterdam now; the gesprek page and the PDF name its zorgkantoor.
  await geefWoonplaats(b, "Weesp", "Amsterdam");
  await leesGesprek(b);

  // The check page: the sums, the warning above the pgb, and the PDF.
  await expect(page).toHaveURL(opPad(controlePad("aanvraag")));
  await zieSommen(b);
  await expect(page.getByRole("heading", { name: w.bovenBudget.titel })).toBeVisible();
  await expect(page.locator("main")).toContainText(w.bovenBudget.tekst(TOTAAL, "€ 25.000,00", "€ 4.772,00"));
  await expect(pdfLink(page)).toHaveAttribute("href", BUDGETPLAN_PDF);
  const { download, tekst } = await downloadPdf(page);
  expect(download.suggestedFilename()).toBe(`budgetplan-de-vries-${vandaagJjjjMmDd()}.pdf`);
  const regels = alsEenRegel(tekst);
  for (const verwacht of [PERSOON.achternaam, MOEDER.naam, BUURVROUW.naam, "€ 1.624", "€ 19.488", "€ 10.284", TOTAAL, HULP.naam, "Zorgkantoor Amsterdam (Zilveren Kruis)"]) {
    expect(regels, `de pdf noemt ${verwacht}`).toContain(verwacht);
  }
  expect(regels, "de verwijderde zzp'er staat niet in de pdf").not.toContain(ZZP.naam);
  expect(regels).not.toContain(ZZP.nummer);

  await controleerEnRondAf(b, "aanvraag", [[bp.bedragen.totaalRij, TOTAAL]]);
  await bekijkResultaat(b);
  await expect(pdfLink(page)).toBeVisible();
}

test.describe("het budgetplan van de brochure", () => {
  test("deel 1: invullen en één verwijderen (met JavaScript rekent de som mee tijdens het typen)", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    await brochureDeel1(bezoeker(page, { browser, javaScriptEnabled, axe: true }), baseURL);
  });

  test("deel 2: de sommen, de waarschuwingen, de ondertekening, de controlepagina en de pdf", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    await brochureDeel2(bezoeker(page, { browser, javaScriptEnabled, axe: true }), baseURL);
  });
});

test.describe("acht zorgverleners", () => {
  test("alle acht staan in de pdf; na de zesde op een vervolgblad (BP-06)", async ({ page, browser, javaScriptEnabled }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    const acht: TestZorgverlener[] = [
      MOEDER,
      { ...ZZP, naam: "Thuiszorg Zonnebloem", soort: "instelling", registraties: [], nummer: "23456789" },
      BUURVROUW,
      { ...ZZP, naam: "Zorgboerderij De Hoeve", plaats: "Bunnik", soort: "instelling", nummer: "87654321" },
      { ...BUURVROUW, naam: "Neef Pieter", plaats: "Nieuwegein", nummer: "111111110", overeenkomst: "opdracht", uren: "3,25" },
      { ...ZZP, naam: "Logeerhuis Het Anker", plaats: "Amersfoort", soort: "instelling", nummer: "34567890" },
      { ...MOEDER, naam: "Dochter Anouk", plaats: "Vianen", nummer: "111222333", uren: "15,5", uurtarief: "17,25" },
      { ...ZZP, naam: "Vervoer Groen", plaats: "IJsselstein", nummer: "45678901", uren: "2" },
    ];
    // This journey clicks the way to the budgetplan, and checks on the way that it leaves the
    // seeds behind that other tests start from (hulp/zaden.ts).
    await snelNaStap1(b, "5VV");
    await verwachtDraft(page.context(), NA_STAP_1);
    await doeStap2(b, "thuis", "zelf");
    await verwachtDraft(page.context(), NA_STAP_2);
    await beantwoordStap3Vragen(b);
    await verwachtDraft(page.context(), bijBudgetplan());
    await geefPersoonsgegevens(b, PERSOON);
    await bevestigBudgetplanZorgprofiel(b);
    await geefRedenPgb(b, "Zelf kiezen wie helpt.");
    await beschrijfZorg(b, "Wassen, aankleden, vervoer en logeren.");
    for (const zv of acht) await voegZorgverlenerToe(b, zv);
    await zieZorgverlenerLijst(b, acht.map((zv) => zv.naam));
    await expect(page.getByText(bp.zorgverleners.meerDanZes(8))).toBeVisible();
    // The eighth is row B of sheet 2.
    await expect(page.getByRole("heading", { level: 3 }).filter({ hasText: bp.zorgverleners.samenvatting("B", 2) })).toContainText(acht[7]?.naam ?? "?");
    await zorgverlenersDoorgaan(b);
    await bekijkBedragen(b);
    await onderteken(b, [{ rol: "budgethouder", naam: "Maria de Vries" }]);
    await geefWoonplaats(b, "Utrecht", "Utrecht");
    await leesGesprek(b);

    const { tekst } = await downloadPdf(page);
    const regels = alsEenRegel(tekst);
    for (const zv of acht) expect(regels, `de pdf noemt ${zv.naam}`).toContain(zv.naam);
    expect(regels).toContain(budgetplanPdf.vervolgblad(2));
    expect(regels).not.toContain(budgetplanPdf.vervolgblad(3));
  });
});

test.describe("foute invoer in het budgetplan", () => {
  /** The message sits at the field (its description, marked invalid) and in the error summary. */
  async function zieFoutBijVeld(page: Page, veld: Locator, fout: string): Promise<void> {
    await expect(foutSamenvatting(page).getByRole("link", { name: fout, exact: true })).toBeVisible();
    await expect(veld).toHaveAttribute("aria-invalid", "true");
    await expect(veld).toHaveAccessibleDescription(new RegExp(regexVeilig(fout)));
  }

  test("een fout BSN, KVK-nummer, aantal uren of uurtarief: een Nederlandse fout bij het veld, niets gaat verloren", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await zaaiDraft(page.context(), baseURL, bijBudgetplan());

    // Deel 1: a BSN that fails the elfproef (BP-05).
    const pg = vraagPad("aanvraag", "persoonsgegevens");
    await page.goto(pg);
    await wachtOpHydratie(b);
    await vulPersoonsgegevens(page, { ...PERSOON, bsn: "123456789" });
    await page.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
    await expect(page).toHaveURL(opPad(pg));
    await zieFoutBijVeld(page, personalia.bsn(page), bp.persoonsgegevens.bsnFout);
    await expect(foutSamenvatting(page).getByRole("listitem")).toHaveCount(1);
    await expect(personalia.achternaam(page)).toHaveValue(PERSOON.achternaam);
    await expect(personalia.geboortedatum(page)).toHaveValue(PERSOON.geboortedatum);
    await expect(personalia.bsn(page)).toHaveValue("123456789");
    await personalia.bsn(page).fill(PERSOON.bsn);
    await page.getByRole("button", { name: formulier.doorgaan, exact: true }).click();
    await bevestigBudgetplanZorgprofiel(b);
    await geefRedenPgb(b, "Zelf kiezen.");
    await beschrijfZorg(b, "Wassen en aankleden.");

    // Deel 5: a person with a wrong BSN, hours below zero, an uurtarief that is no amount.
    await page.getByRole("button", { name: bp.zorgverleners.toevoegen, exact: true }).click();
    await expect(page).toHaveURL(opPad(NIEUWE_ZORGVERLENER));
    const opslaan = page.getByRole("button", { name: bp.zorgverlener.knop, exact: true });
    const v = zorgverlenerVeld;
    const fout1: TestZorgverlener = { ...BUURVROUW, registraties: ["big"], nummer: "123456789", uren: "-3", uurtarief: "abc" };
    await vulZorgverlener(page, fout1);
    await opslaan.click();
    await expect(page).toHaveURL(opPad(NIEUWE_ZORGVERLENER));
    await zieFoutBijVeld(page, v.nummer(page), zvt.nummer.bsnFout);
    await zieFoutBijVeld(page, v.uren(page), zvt.uren.bereik);
    await zieFoutBijVeld(page, v.uurtarief(page), zvt.uurtarief.fout);
    await expect(foutSamenvatting(page).getByRole("listitem")).toHaveCount(3);
    await zieZorgverlenerIngevuld(page, fout1);

    // A zzp'er with a KVK-nummer that is too short, and more hours than a week has.
    const fout2: TestZorgverlener = { ...fout1, soort: "zzp", nummer: "1234", uren: "169", uurtarief: "15" };
    await v.soort(page, "zzp").check();
    await v.nummer(page).fill(fout2.nummer);
    await v.uren(page).fill(fout2.uren);
    await v.uurtarief(page).fill(fout2.uurtarief);
    await opslaan.click();
    await expect(page).toHaveURL(opPad(NIEUWE_ZORGVERLENER));
    await zieFoutBijVeld(page, v.nummer(page), zvt.nummer.kvkFout);
    await zieFoutBijVeld(page, v.uren(page), zvt.uren.bereik);
    await expect(foutSamenvatting(page).getByRole("listitem")).toHaveCount(2);
    await expect(v.uurtarief(page)).not.toHaveAttribute("aria-invalid", "true");
    await zieZorgverlenerIngevuld(page, fout2);

    // Put right: saved, with everything as typed.
    const goed: TestZorgverlener = { ...fout2, soort: "persoon", nummer: BUURVROUW.nummer, uren: BUURVROUW.uren, uurtarief: BUURVROUW.uurtarief };
    await v.soort(page, "persoon").check();
    await v.nummer(page).fill(goed.nummer);
    await v.uren(page).fill(goed.uren);
    await v.uurtarief(page).fill(goed.uurtarief);
    await opslaan.click();
    await expect(page).toHaveURL(new RegExp(`\\?opgeslagen=[a-z0-9]+$`));
    await zieZorgverlenerLijst(b, [goed.naam]);
    await page.getByRole("link", { name: `${bp.zorgverleners.wijzig}${bp.zorgverleners.welke(goed.naam)}`, exact: true }).click();
    await expect(kop(page)).toContainText(bp.zorgverlener.wijzigTitel(goed.naam));
    await zieZorgverlenerIngevuld(page, goed);
    // The server renders the saved sum: 12 × € 16,50 × 4,33.
    await zieLiveSom(page, "€ 857,00", BUURVROUW_PER_JAAR);
  });
});

test.describe("de pdf zonder aanvraag", () => {
  test("GET /aanvraag/budgetplan/pdf zonder cookie stuurt naar de startpagina", async ({ request }) => {
    const antwoord = await request.get(BUDGETPLAN_PDF, { maxRedirects: 0 });
    expect(antwoord.status()).toBe(303);
    expect(antwoord.headers()["location"]).toBe("/");
    expect(antwoord.headers()["content-type"] ?? "").not.toContain("application/pdf");
    const gevolgd = await request.get(BUDGETPLAN_PDF);
    expect(new URL(gevolgd.url()).pathname).toBe("/");
    expect(gevolgd.headers()["content-type"]).toContain("text/html");
    expect(await gevolgd.text()).toContain(start.titel);
  });
});
