/**
 * The wizard walked as a person walks it: one function per thing they do ("kies voor wie",
 * "vul het zorgprofiel in", "rond de stap af"). Every page they pass is checked with axe when
 * the journey asks for it (`b.axe`), in each state it has: empty on arrival, with errors after
 * submitting it empty, and filled (the page as the server renders it with the answers, opened
 * again from the check page). Texts come from content/, so a wording change does not break them.
 */
import type { Locator, Page } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { start } from "@/content/start";
import { versturen } from "@/content/versturen";
import { formulier } from "@/content/wizard/algemeen";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { keuzeVragen } from "@/content/wizard/keuze";
import { linksOpenen } from "@/content/links-openen";
import type { VoorWie } from "@/lib/wizard/antwoorden";
import type { StapSlug } from "@/lib/wizard/types";
import { controleerAxe, expect, wachtOpHydratie, type Bezoeker } from "./bezoeker";

export const STAP_NUMMER: Record<StapSlug, number> = {
  indicatie: 1,
  keuze: 2,
  aanvraag: 3,
  toekenning: 4,
  zorgovereenkomsten: 5,
  declaraties: 6,
};

export const OVERZICHT = "/aanvraag";
export const RESULTAAT = "/aanvraag/resultaat";
export const BEWAREN = "/aanvraag/bewaren";
/** After stap 3: what to send and "verstuurd" (docs/decisions/031-burgerpaginas.md). */
export const VERSTUREN = "/aanvraag/versturen";
export const vraagPad = (stap: StapSlug, slug: string) => `/aanvraag/${stap}/${slug}`;
export const controlePad = (stap: StapSlug) => vraagPad(stap, "controleren");

export const regexVeilig = (tekst: string): string => tekst.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The pathname exactly (a query such as `?gewijzigd=1` allowed). */
export function opPad(pad: string): RegExp {
  return new RegExp(`^https?://[^/]+${regexVeilig(pad)}(?:\\?.*)?$`);
}

export const kop = (page: Page): Locator => page.getByRole("heading", { level: 1 });
export const foutSamenvatting = (page: Page): Locator => page.locator("[data-fout-samenvatting]");
const knop = (page: Page, naam: string): Locator => page.getByRole("button", { name: naam, exact: true });

export interface VraagPagina {
  stap: StapSlug;
  slug: string;
  /** The question as the page must show it for this person. */
  titel: string;
  /** The person's answer. */
  vul: () => Promise<void>;
  /** Submitting the page untouched gives an error (not for a checkbox group or an information page). */
  leegIsFout?: boolean;
  knop?: string;
  /** Where the answer leads. */
  naar: string;
}

/**
 * One question page: arrive, (axe empty; submit empty, see the focused error summary, axe with
 * errors; open it afresh), answer, submit, arrive where the answer leads.
 */
export async function beantwoordPagina(b: Bezoeker, p: VraagPagina): Promise<void> {
  const { page } = b;
  const pad = vraagPad(p.stap, p.slug);
  await expect(page).toHaveURL(opPad(pad));
  await expect(kop(page)).toContainText(componenten.stap.van(STAP_NUMMER[p.stap], 6));
  await expect(kop(page)).toContainText(p.titel);
  await expect(page).toHaveTitle(new RegExp(`^${regexVeilig(`${componenten.stap.van(STAP_NUMMER[p.stap], 6)}: ${p.titel}`)}`));
  if (b.axe) {
    await controleerAxe(b);
    if (p.leegIsFout !== false) {
      await knop(page, p.knop ?? formulier.doorgaan).click();
      // Focus itself is checked in focus.spec.ts; a journey checks what the page shows.
      await expect(foutSamenvatting(page)).toBeVisible();
      await controleerAxe(b);
      await page.goto(pad);
    }
  }
  await p.vul();
  await knop(page, p.knop ?? formulier.doorgaan).click();
  await expect(page).toHaveURL(opPad(p.naar));
}

// ---------------------------------------------------------------- start and overview

export async function begin(b: Bezoeker): Promise<void> {
  await b.page.goto("/");
  await expect(kop(b.page)).toHaveText(start.titel);
}

/** The start page's question: for whom, and (for someone else) the applicant's first name. */
export async function kiesVoorWie(b: Bezoeker, wie: VoorWie, naam?: string): Promise<void> {
  const { page } = b;
  if (b.axe) {
    await controleerAxe(b);
    await knop(page, start.voorWie.knop).click();
    await expect(foutSamenvatting(page)).toContainText(start.voorWie.fout);
    await controleerAxe(b);
    await page.goto("/");
  }
  await page.getByRole("radio", { name: start.voorWie.opties[wie], exact: true }).check();
  if (naam !== undefined) await page.getByLabel(start.voorWie.naamLabel).fill(naam);
  if (b.axe) await controleerAxe(b);
  await knop(page, start.voorWie.knop).click();
  await expect(page).toHaveURL(opPad(OVERZICHT));
  await expect(kop(page)).toHaveText(aanvraag.overzicht.titel);
  await controleerAxe(b);
}

export const taakStatus = (page: Page, stap: StapSlug): Locator => page.locator(`#taak-${STAP_NUMMER[stap]}-status`);

export async function zieStapStatus(b: Bezoeker, stap: StapSlug, status: keyof typeof componenten.status): Promise<void> {
  await expect(taakStatus(b.page, stap)).toHaveText(componenten.status[status]);
}

/** From the overview: open a step by its title in the task list. */
export async function openStap(b: Bezoeker, stap: Exclude<StapSlug, "toekenning" | "zorgovereenkomsten" | "declaraties">, eerstePagina: string): Promise<void> {
  await expect(b.page).toHaveURL(opPad(OVERZICHT));
  await b.page.getByRole("link", { name: aanvraag.overzicht.stappen[stap] }).click();
  await expect(b.page).toHaveURL(opPad(vraagPad(stap, eerstePagina)));
}

/**
 * The overview, freshly loaded (after a seed, often): with JavaScript, hydrated before the test
 * goes on, so what it does next goes through the scripts, as it would for a person arriving there
 * by a link.
 */
export async function naarOverzicht(b: Bezoeker): Promise<void> {
  await b.page.goto(OVERZICHT);
  await expect(kop(b.page)).toHaveText(aanvraag.overzicht.titel);
  await wachtOpHydratie(b);
}

// ---------------------------------------------------------------- step 1

const ind = indicatieVragen;

export async function heeftIndicatie(b: Bezoeker, antwoord: "ja" | "nee"): Promise<void> {
  await beantwoordPagina(b, {
    stap: "indicatie",
    slug: "heeft-indicatie",
    titel: ind.heeftIndicatie.titel(b.aanspreking),
    vul: () => b.page.getByRole("radio", { name: antwoord === "ja" ? formulier.ja : formulier.nee, exact: true }).check(),
    naar: vraagPad("indicatie", antwoord === "ja" ? "zorgprofiel" : "zorgbehoefte"),
  });
}

export async function vulZorgprofielIn(b: Bezoeker, zorgprofiel: string): Promise<void> {
  await beantwoordPagina(b, {
    stap: "indicatie",
    slug: "zorgprofiel",
    titel: ind.zorgprofiel.titel(b.aanspreking),
    vul: () => b.page.getByLabel(ind.zorgprofiel.label, { exact: true }).fill(zorgprofiel),
    naar: controlePad("indicatie"),
  });
}

export async function zorgbehoefte(b: Bezoeker, antwoord: "ja" | "nee" | "weet-niet"): Promise<void> {
  await beantwoordPagina(b, {
    stap: "indicatie",
    slug: "zorgbehoefte",
    titel: ind.zorgbehoefte.titel(b.aanspreking),
    vul: () => b.page.getByRole("radio", { name: ind.zorgbehoefte.opties[antwoord], exact: true }).check(),
    naar: antwoord === "nee" ? vraagPad("indicatie", "leeftijd") : controlePad("indicatie"),
  });
}

export async function jongerDan18(b: Bezoeker, antwoord: "ja" | "nee"): Promise<void> {
  await beantwoordPagina(b, {
    stap: "indicatie",
    slug: "leeftijd",
    titel: ind.leeftijd.titel(b.aanspreking),
    vul: () => b.page.getByRole("radio", { name: antwoord === "ja" ? formulier.ja : formulier.nee, exact: true }).check(),
    naar: controlePad("indicatie"),
  });
}

// ---------------------------------------------------------------- step 2

const keuze = keuzeVragen;

export async function kiesWoonwens(b: Bezoeker, woonwens: "thuis" | "instelling" | "deeltijd", dagen?: string): Promise<void> {
  await beantwoordPagina(b, {
    stap: "keuze",
    slug: "woonwens",
    titel: keuze.woonwens.titel(b.aanspreking),
    vul: async () => {
      await b.page.getByRole("radio", { name: keuze.woonwens.opties[woonwens], exact: true }).check();
      if (dagen !== undefined) await b.page.getByLabel(keuze.woonwens.dagenLabel(b.aanspreking)).fill(dagen);
    },
    naar: vraagPad("keuze", "regie"),
  });
}

export async function kiesRegie(b: Bezoeker, regie: "zorgkantoor" | "zelf" | "allebei"): Promise<void> {
  await beantwoordPagina(b, {
    stap: "keuze",
    slug: "regie",
    titel: keuze.regie.titel(b.aanspreking),
    vul: () => b.page.getByRole("radio", { name: keuze.regie.opties[regie], exact: true }).check(),
    naar: vraagPad("keuze", "uitkomst"),
  });
}

/** The information page of step 2; `controleer` looks at it before going on. */
export async function leesUitkomst(b: Bezoeker, controleer?: (page: Page) => Promise<void>): Promise<void> {
  await beantwoordPagina(b, {
    stap: "keuze",
    slug: "uitkomst",
    titel: keuze.uitkomst.titel(b.aanspreking),
    leegIsFout: false,
    vul: async () => {
      await controleer?.(b.page);
    },
    naar: controlePad("keuze"),
  });
}

// ---------------------------------------------------------------- step 3

const av = aanvraagVragen;

/** AV-01: tick the first `aantal` of the ten points. */
export async function vinkVaardighedenAan(b: Bezoeker, aantal: number): Promise<void> {
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "vaardigheden",
    titel: av.vaardigheden.titel(b.aanspreking),
    leegIsFout: false,
    vul: async () => {
      const vakjes = b.page.getByRole("checkbox");
      await expect(vakjes).toHaveCount(10);
      for (let i = 0; i < aantal; i++) await vakjes.nth(i).check();
    },
    naar: vraagPad("aanvraag", "gewaarborgde-hulp"),
  });
}

export interface GewaarborgdeHulp {
  naam: string;
  relatie: string;
  wettelijkVertegenwoordiger: "ja" | "nee";
  telefoon?: string;
  email?: string;
}

export const ghGroep = (b: Bezoeker): Locator => b.page.getByRole("group", { name: av.gewaarborgdeHulp.vraag(b.aanspreking) });
/**
 * The "ja" or "nee" of the first question. The details sit inside its group, under "ja" (conditional
 * reveal), so the group also holds the ja/nee of the wettelijk vertegenwoordiger: pick by name.
 */
export const ghKeuze = (b: Bezoeker, antwoord: "ja" | "nee"): Locator =>
  ghGroep(b)
    .getByRole("radio", { name: antwoord === "ja" ? formulier.ja : formulier.nee, exact: true })
    .and(b.page.locator('[name="heeftGewaarborgdeHulp"]'));
/** The block of details under "ja". */
export const ghDetails = (b: Bezoeker): Locator => b.page.locator("#veld-heeftGewaarborgdeHulp-onthul");
export const wvGroep = (b: Bezoeker): Locator => b.page.getByRole("group", { name: av.gewaarborgdeHulp.wvLabel(b.aanspreking) });

/** Fills the gewaarborgde-hulp page without submitting it. */
export async function vulGewaarborgdeHulp(b: Bezoeker, hulp: GewaarborgdeHulp | "nee"): Promise<void> {
  const t = av.gewaarborgdeHulp;
  const { page } = b;
  if (hulp === "nee") {
    await ghKeuze(b, "nee").check();
    return;
  }
  await ghKeuze(b, "ja").check();
  await page.getByLabel(t.naamLabel, { exact: true }).fill(hulp.naam);
  await page.getByLabel(t.relatieLabel(b.aanspreking), { exact: true }).fill(hulp.relatie);
  await wvGroep(b).getByRole("radio", { name: hulp.wettelijkVertegenwoordiger === "ja" ? formulier.ja : formulier.nee, exact: true }).check();
  if (hulp.telefoon !== undefined) await page.getByLabel(t.telefoonLabel, { exact: true }).fill(hulp.telefoon);
  if (hulp.email !== undefined) await page.getByLabel(t.emailLabel, { exact: true }).fill(hulp.email);
}

export async function geefGewaarborgdeHulp(b: Bezoeker, hulp: GewaarborgdeHulp | "nee"): Promise<void> {
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "gewaarborgde-hulp",
    titel: av.gewaarborgdeHulp.titel(b.aanspreking),
    vul: () => vulGewaarborgdeHulp(b, hulp),
    naar: vraagPad("aanvraag", "weigeringsgronden"),
  });
}

export type Weigeringsantwoorden = Record<"failliet" | "wsnp" | "vastWoonadres" | "woontInNederland", "ja" | "nee">;

/** The answers that give no ground for refusal (AV-06, AV-07). */
export const GEEN_WEIGERINGSGROND: Weigeringsantwoorden = { failliet: "nee", wsnp: "nee", vastWoonadres: "ja", woontInNederland: "ja" };

export async function beantwoordWeigeringsgronden(b: Bezoeker, antwoorden: Weigeringsantwoorden = GEEN_WEIGERINGSGROND): Promise<void> {
  const t = av.weigeringsgronden;
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "weigeringsgronden",
    titel: t.titel,
    vul: async () => {
      for (const veld of ["failliet", "wsnp", "vastWoonadres", "woontInNederland"] as const) {
        const groep = b.page.getByRole("group", { name: t[veld].vraag(b.aanspreking) });
        await groep.getByRole("radio", { name: antwoorden[veld] === "ja" ? formulier.ja : formulier.nee, exact: true }).check();
      }
    },
    // Then the budgetplan (Bijlage 3): hulp/budgetplan.ts.
    naar: vraagPad("aanvraag", "persoonsgegevens"),
  });
}

export async function leesGesprek(b: Bezoeker, controleer?: (page: Page) => Promise<void>): Promise<void> {
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "gesprek",
    titel: av.gesprek.titel,
    leegIsFout: false,
    vul: async () => {
      await controleer?.(b.page);
    },
    naar: controlePad("aanvraag"),
  });
}

// ---------------------------------------------------------------- check, result, save

/** The row of the check page for a question (its whole text: "Naam" is not "Achternaam"). */
export const controleRij = (page: Page, vraag: string): Locator =>
  page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^\\s*${regexVeilig(vraag)}\\s*$`) }) });

/**
 * The check page of a step: its rows are there; with axe, each question page is opened again from
 * its "Wijzig" link (its filled state) and checked; then "Dit klopt, stap afronden".
 */
export async function controleerEnRondAf(b: Bezoeker, stap: StapSlug, rijen: [vraag: string, antwoord: string][] = []): Promise<void> {
  const { page } = b;
  const pad = controlePad(stap);
  await expect(page).toHaveURL(opPad(pad));
  await expect(kop(page)).toContainText(aanvraag.controleren.titel);
  await expect(kop(page)).toContainText(componenten.stap.van(STAP_NUMMER[stap], 6));
  for (const [vraag, antwoord] of rijen) await expect(controleRij(page, vraag).locator("dd").first()).toHaveText(antwoord);
  if (b.axe) {
    await controleerAxe(b);
    const wijzig = page.getByRole("link", { name: new RegExp(`^${componenten.samenvatting.wijzig}\\b`) });
    const paden = [...new Set(await wijzig.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "")))];
    for (const vraag of paden) {
      await page.goto(vraag);
      await expect(page).toHaveURL(opPad(vraag));
      await expect(foutSamenvatting(page)).toHaveCount(0);
      await controleerAxe(b);
    }
    if (paden.length > 0) await page.goto(pad);
  }
  await knop(page, aanvraag.controleren.knop).click();
  if (stap === "aanvraag") {
    // Klaar is not sent: stap 3 ends on the page that says what is still to do; its way back
    // leads to the overview, where the journeys go on.
    await expect(page).toHaveURL(opPad(VERSTUREN));
    await expect(kop(page)).toContainText(versturen.titel);
    await controleerAxe(b);
    await page.getByRole("link", { name: versturen.terug, exact: true }).click();
  }
  await expect(page).toHaveURL(opPad(OVERZICHT));
  await expect(kop(page)).toHaveText(aanvraag.overzicht.titel);
  await controleerAxe(b);
}

export async function bekijkResultaat(b: Bezoeker): Promise<void> {
  await expect(b.page).toHaveURL(opPad(OVERZICHT));
  await b.page.getByRole("link", { name: aanvraag.overzicht.resultaatLink }).click();
  await expect(b.page).toHaveURL(opPad(RESULTAAT));
  await expect(kop(b.page)).toHaveText(aanvraag.resultaat.titel);
  await controleerAxe(b);
}

/** "Bewaren en later verder": the page with the resume link; returns the link. */
export async function bewaarVoorLater(b: Bezoeker): Promise<string> {
  await b.page.getByRole("link", { name: aanvraag.bewaren.knop }).click();
  await expect(b.page).toHaveURL(opPad(BEWAREN));
  await expect(kop(b.page)).toHaveText(aanvraag.bewaren.titel);
  await controleerAxe(b);
  const link = ((await b.page.locator("#hervat-link").textContent()) ?? "").trim();
  expect(link).toMatch(/\/hervat\?sleutel=[\w-]+\.[\w-]+$/);
  return link;
}

/**
 * Opens a resume link as a person does (docs/decisions/022-links-openen.md): the link shows a page
 * and opens nothing; its button does, and lands without the key in the address on `naar`: the
 * overview, or the first unanswered page of a step begun (journey.ts `hervatBestemming`).
 * `wissel`: this browser has another application open, so the page warns and the button switches.
 */
export async function openHervatLink(b: Bezoeker, link: string, { wissel = false, naar = OVERZICHT }: { wissel?: boolean; naar?: string } = {}): Promise<void> {
  const t = linksOpenen.hervat;
  await b.page.goto(link);
  await expect(kop(b.page)).toHaveText(t.titel);
  if (wissel) await expect(b.page.getByRole("region", { name: t.andere.titel })).toBeVisible();
  await controleerAxe(b);
  await knop(b.page, wissel ? t.andere.wisselKnop : t.openKnop).click();
  await expect(b.page).toHaveURL(new RegExp(`^https?://[^/]+${regexVeilig(naar)}$`));
}

// ---------------------------------------------------------------- whole steps, the usual way

/** Step 1 with an indicatiebesluit: ja, the zorgprofiel, check, confirm. */
export async function doeStap1MetIndicatie(b: Bezoeker, zorgprofiel: string): Promise<void> {
  await openStap(b, "indicatie", "heeft-indicatie");
  await heeftIndicatie(b, "ja");
  await vulZorgprofielIn(b, zorgprofiel);
  await controleerEnRondAf(b, "indicatie");
}

export async function doeStap2(b: Bezoeker, woonwens: "thuis" | "instelling", regie: "zorgkantoor" | "zelf" | "allebei"): Promise<void> {
  await openStap(b, "keuze", "woonwens");
  await kiesWoonwens(b, woonwens);
  await kiesRegie(b, regie);
  await leesUitkomst(b);
  await controleerEnRondAf(b, "keuze");
}

/** From the start page to the overview with step 1 confirmed, without axe: for tests of other things. */
export async function snelNaStap1(b: Bezoeker, zorgprofiel = "5VV", wie: VoorWie = "zelf"): Promise<void> {
  await begin(b);
  await kiesVoorWie(b, wie);
  await doeStap1MetIndicatie(b, zorgprofiel);
}
