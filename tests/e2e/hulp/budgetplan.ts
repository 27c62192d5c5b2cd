/**
 * The budgetplan of stap 3 (Bijlage 3) walked as a person walks it: the persoonsgegevens, the
 * zorgprofiel, the reason and the care, the zorgverleners one by one (add, change, remove), the
 * sums, the signatures. Same style as stappen.ts: texts from content/, every page through
 * `beantwoordPagina`, and with `b.axe` each page checked empty, with errors and filled. Pages
 * that arrive filled in (the zorgprofiel from stap 1, a signer already known) or whose fields are
 * optional get their error state from a wrong value instead of an empty submit.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Download, Locator, Page } from "@playwright/test";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { budgetplanOverzicht } from "@/content/budgetplan-overzicht";
import { componenten } from "@/content/componenten";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { formulier } from "@/content/wizard/algemeen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { zorgverlenerFormulier } from "@/content/wizard/zorgverlener";
import type { OVEREENKOMSTEN, REGISTRATIES, ZORGVERLENER_RELATIES, ZORGVERLENER_SOORTEN } from "@/lib/wizard/antwoorden";
import type { OndertekenRol } from "@/lib/wizard/vragen/ondertekening";
import { controleerAxe, expect, type Bezoeker } from "./bezoeker";
import {
  beantwoordPagina,
  beantwoordWeigeringsgronden,
  doeStap2,
  foutSamenvatting,
  geefGewaarborgdeHulp,
  kop,
  opPad,
  openStap,
  regexVeilig,
  snelNaStap1,
  vinkVaardighedenAan,
  vraagPad,
  type GewaarborgdeHulp,
} from "./stappen";

const bp = budgetplanVragen;
const zvt = zorgverlenerFormulier;

export const ZORGVERLENERS = vraagPad("aanvraag", "zorgverleners");
export const zorgverlenerPad = (id: string): string => `/aanvraag/budgetplan/zorgverlener/${id}`;
export const NIEUWE_ZORGVERLENER = zorgverlenerPad("nieuw");
export const BUDGETPLAN_PDF = "/aanvraag/budgetplan/pdf";

const knop = (page: Page, naam: string): Locator => page.getByRole("button", { name: naam, exact: true });

/**
 * With axe: the page's error state from `maakFout` (fill wrong values, or clear what came
 * filled in), submitted and checked, then the page opened afresh. Without axe: nothing.
 */
async function foutToestand(b: Bezoeker, pad: string, maakFout: () => Promise<void>, knopNaam: string = formulier.doorgaan): Promise<void> {
  if (!b.axe) return;
  await maakFout();
  await knop(b.page, knopNaam).click();
  await expect(foutSamenvatting(b.page)).toBeVisible();
  await controleerAxe(b);
  await b.page.goto(pad);
  await expect(foutSamenvatting(b.page)).toHaveCount(0);
}

// ---------------------------------------------------------------- deel 1 to 4

export interface Persoonsgegevens {
  achternaam: string;
  /** As typed: "17-05-1948". */
  geboortedatum: string;
  bsn: string;
}

export const personalia = {
  achternaam: (page: Page) => page.getByLabel(bp.persoonsgegevens.achternaamLabel, { exact: true }),
  geboortedatum: (page: Page) => page.getByLabel(bp.persoonsgegevens.geboortedatumLabel, { exact: true }),
  bsn: (page: Page) => page.getByLabel(bp.persoonsgegevens.bsnLabel, { exact: true }),
};

export async function vulPersoonsgegevens(page: Page, p: Persoonsgegevens): Promise<void> {
  await personalia.achternaam(page).fill(p.achternaam);
  await personalia.geboortedatum(page).fill(p.geboortedatum);
  await personalia.bsn(page).fill(p.bsn);
}

/** Deel 1: achternaam, geboortedatum, BSN. */
export async function geefPersoonsgegevens(b: Bezoeker, p: Persoonsgegevens): Promise<void> {
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "persoonsgegevens",
    titel: bp.persoonsgegevens.titel(b.aanspreking),
    vul: () => vulPersoonsgegevens(b.page, p),
    naar: vraagPad("aanvraag", "budgetplan-zorgprofiel"),
  });
}

/** Deel 2: the zorgprofiel, filled in from stap 1; `zorgprofiel` types another one. */
export async function bevestigBudgetplanZorgprofiel(b: Bezoeker, zorgprofiel?: string): Promise<void> {
  const pad = vraagPad("aanvraag", "budgetplan-zorgprofiel");
  const veld = () => b.page.getByLabel(indicatieVragen.zorgprofiel.label, { exact: true });
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "budgetplan-zorgprofiel",
    titel: bp.zorgprofiel.titel,
    leegIsFout: false,
    vul: async () => {
      await expect(veld()).not.toHaveValue("");
      await foutToestand(b, pad, () => veld().fill(""));
      if (zorgprofiel !== undefined) await veld().fill(zorgprofiel);
    },
    naar: vraagPad("aanvraag", "reden-pgb"),
  });
}

/** Deel 3: why a pgb. */
export async function geefRedenPgb(b: Bezoeker, reden: string): Promise<void> {
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "reden-pgb",
    titel: bp.reden.titel(b.aanspreking),
    vul: () => b.page.getByLabel(bp.reden.label, { exact: true }).fill(reden),
    naar: vraagPad("aanvraag", "zorg-inkopen"),
  });
}

/** Deel 4: the care to buy. */
export async function beschrijfZorg(b: Bezoeker, zorg: string): Promise<void> {
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "zorg-inkopen",
    titel: bp.zorg.titel(b.aanspreking),
    vul: () => b.page.getByLabel(bp.zorg.label, { exact: true }).fill(zorg),
    naar: ZORGVERLENERS,
  });
}

// ---------------------------------------------------------------- deel 5: the zorgverleners

export interface TestZorgverlener {
  naam: string;
  plaats: string;
  soort: (typeof ZORGVERLENER_SOORTEN)[number];
  relatie: (typeof ZORGVERLENER_RELATIES)[number];
  registraties?: (typeof REGISTRATIES)[number][];
  /** KVK-nummer or BSN, as typed. */
  nummer: string;
  overeenkomst: (typeof OVEREENKOMSTEN)[number];
  dagen: string;
  uren: string;
  uurtarief: string;
}

/** The brochure's example (BP-03): 25 uur × € 15,- × 4,33 = € 1.624,- per maand, € 19.488,- per jaar. */
export const MOEDER: TestZorgverlener = {
  naam: "Moeder Maria",
  plaats: "Utrecht",
  soort: "persoon",
  relatie: "familie-1e-graad",
  nummer: "123456782",
  overeenkomst: "opdracht",
  dagen: "5",
  uren: "25",
  uurtarief: "15,-",
};
export const MOEDER_PER_MAAND = "€ 1.624,00";
export const MOEDER_PER_JAAR = "€ 19.488,00";

/** A neighbour on an arbeidsovereenkomst for 4 days: werkgever (ZO-02) and loonbelasting (ZO-06). */
export const BUURVROUW: TestZorgverlener = {
  naam: "Buurvrouw Fatma",
  plaats: "Houten",
  soort: "persoon",
  relatie: "overig",
  nummer: "100000009",
  overeenkomst: "arbeidsovereenkomst",
  dagen: "4",
  uren: "12",
  uurtarief: "16,50",
};
/** 12 × € 16,50 × 4,33 = € 857,34, afgerond € 857,00; × 12 = € 10.284,00. */
export const BUURVROUW_PER_JAAR = "€ 10.284,00";

/** A professional zzp'er with a KVK-nummer. */
export const ZZP: TestZorgverlener = {
  naam: "Wijkverpleging Pieters",
  plaats: "Zeist",
  soort: "zzp",
  relatie: "overig",
  registraties: ["big", "kvk"],
  nummer: "69599084",
  overeenkomst: "opdracht",
  dagen: "2",
  uren: "6",
  uurtarief: "52,50",
};

/** The form's fields by their labels. */
export const zorgverlenerVeld = {
  naam: (page: Page) => page.getByLabel(zvt.naam.label, { exact: true }),
  plaats: (page: Page) => page.getByLabel(zvt.plaats.label, { exact: true }),
  soort: (page: Page, soort: TestZorgverlener["soort"]) => page.getByRole("radio", { name: zvt.soort.opties[soort].label, exact: true }),
  relatie: (page: Page, relatie: TestZorgverlener["relatie"]) => page.getByRole("radio", { name: zvt.relatie.opties[relatie].label, exact: true }),
  registratie: (page: Page, r: (typeof REGISTRATIES)[number]) => page.getByRole("checkbox", { name: zvt.registraties.opties[r].label, exact: true }),
  /** Its label names KVK-nummer and BSN both (the soort can still change on the page). */
  nummer: (page: Page) => page.getByLabel(zvt.nummer.label, { exact: true }),
  overeenkomst: (page: Page, o: TestZorgverlener["overeenkomst"]) => page.getByRole("radio", { name: zvt.overeenkomst.opties[o].label, exact: true }),
  dagen: (page: Page) => page.getByLabel(zvt.dagen.label, { exact: true }),
  uren: (page: Page) => page.getByLabel(zvt.uren.label, { exact: true }),
  uurtarief: (page: Page) => page.getByLabel(zvt.uurtarief.label, { exact: true }),
};

/** Fills the form for one zorgverlener without saving it. */
export async function vulZorgverlener(page: Page, zv: TestZorgverlener): Promise<void> {
  const v = zorgverlenerVeld;
  await v.naam(page).fill(zv.naam);
  await v.plaats(page).fill(zv.plaats);
  await v.soort(page, zv.soort).check();
  await v.relatie(page, zv.relatie).check();
  for (const r of ["big", "kvk"] as const) await v.registratie(page, r).setChecked(zv.registraties?.includes(r) === true);
  await v.nummer(page).fill(zv.nummer);
  await v.overeenkomst(page, zv.overeenkomst).check();
  await v.dagen(page).fill(zv.dagen);
  await v.uren(page).fill(zv.uren);
  await v.uurtarief(page).fill(zv.uurtarief);
}

/** What the fields hold now is what `zv` says: nothing typed was lost. */
export async function zieZorgverlenerIngevuld(page: Page, zv: TestZorgverlener, behalve: (keyof TestZorgverlener)[] = []): Promise<void> {
  const v = zorgverlenerVeld;
  const teksten = [
    ["naam", v.naam(page)],
    ["plaats", v.plaats(page)],
    ["nummer", v.nummer(page)],
    ["dagen", v.dagen(page)],
    ["uren", v.uren(page)],
    ["uurtarief", v.uurtarief(page)],
  ] as const;
  for (const [naam, veld] of teksten) if (!behalve.includes(naam)) await expect(veld, naam).toHaveValue(zv[naam]);
  await expect(v.soort(page, zv.soort)).toBeChecked();
  await expect(v.relatie(page, zv.relatie)).toBeChecked();
  await expect(v.overeenkomst(page, zv.overeenkomst)).toBeChecked();
  for (const r of ["big", "kvk"] as const) {
    await expect(v.registratie(page, r)).toBeChecked({ checked: zv.registraties?.includes(r) === true });
  }
}

/** The list page, with its heading for the number of zorgverleners (0: the empty state). */
export async function zieZorgverlenerLijst(b: Bezoeker, namen: string[]): Promise<void> {
  const { page } = b;
  await expect(page).toHaveURL(opPad(ZORGVERLENERS));
  await expect(kop(page)).toContainText(bp.zorgverleners.titel(b.aanspreking));
  const t = bp.zorgverleners;
  await expect(page.getByRole("heading", { level: 2, name: namen.length === 0 ? t.leegKop : t.lijstKop(namen.length), exact: true })).toBeVisible();
  const koppen = page.getByRole("list").getByRole("heading", { level: 3 });
  await expect(koppen).toHaveCount(namen.length);
  for (const [i, naam] of namen.entries()) await expect(koppen.nth(i)).toContainText(naam);
}

/**
 * From the list: "Zorgverlener toevoegen" (or "Nog een …"), the form, "Zorgverlener opslaan",
 * back on the list with the message. With axe the form is checked empty and with errors, and
 * afterwards in its filled state (opened again by "Wijzig <naam>"). Returns the new id.
 */
export async function voegZorgverlenerToe(b: Bezoeker, zv: TestZorgverlener): Promise<string> {
  const { page } = b;
  const t = bp.zorgverleners;
  await expect(page).toHaveURL(opPad(ZORGVERLENERS));
  const toevoegen = page.getByRole("button", { name: new RegExp(`^(${regexVeilig(t.toevoegen)}|${regexVeilig(t.nogEen)})$`) });
  await toevoegen.click();
  await expect(page).toHaveURL(opPad(NIEUWE_ZORGVERLENER));
  await expect(kop(page)).toContainText(componenten.stap.van(3, 6));
  await expect(kop(page)).toContainText(bp.zorgverlener.nieuwTitel);
  await expect(page).toHaveTitle(new RegExp(`^${regexVeilig(`${componenten.stap.van(3, 6)}: ${bp.zorgverlener.nieuwTitel}`)}`));
  if (b.axe) {
    await controleerAxe(b);
    await knop(page, bp.zorgverlener.knop).click();
    await expect(foutSamenvatting(page)).toBeVisible();
    await controleerAxe(b);
    await page.goto(NIEUWE_ZORGVERLENER);
  }
  await vulZorgverlener(page, zv);
  await knop(page, bp.zorgverlener.knop).click();
  await expect(page).toHaveURL(new RegExp(`${regexVeilig(ZORGVERLENERS)}\\?opgeslagen=[a-z0-9]+$`));
  await expect(page.getByText(t.opgeslagen(zv.naam), { exact: true })).toBeVisible();
  const id = new URL(page.url()).searchParams.get("opgeslagen") ?? "";
  if (b.axe) {
    await controleerAxe(b);
    await wijzigZorgverlener(b, zv.naam);
    await zieZorgverlenerIngevuld(page, zv, ["uurtarief"]);
    await controleerAxe(b);
    await page.goto(ZORGVERLENERS);
  }
  return id;
}

/** "Wijzig <naam>" on the list: that zorgverlener's page, filled in. */
export async function wijzigZorgverlener(b: Bezoeker, naam: string): Promise<void> {
  const { page } = b;
  await page.getByRole("link", { name: `${bp.zorgverleners.wijzig}${bp.zorgverleners.welke(naam)}`, exact: true }).click();
  await expect(page).toHaveURL(/\/aanvraag\/budgetplan\/zorgverlener\/[a-z0-9]+$/);
  await expect(kop(page)).toContainText(bp.zorgverlener.wijzigTitel(naam));
}

/** "Verwijder <naam>" on the list: gone, with the message. */
export async function verwijderZorgverlener(b: Bezoeker, naam: string): Promise<void> {
  const { page } = b;
  await knop(page, `${bp.zorgverleners.verwijder}${bp.zorgverleners.welke(naam)}`).click();
  await expect(page).toHaveURL(new RegExp(`${regexVeilig(ZORGVERLENERS)}\\?verwijderd=1$`));
  await expect(page.getByText(bp.zorgverleners.verwijderd, { exact: true })).toBeVisible();
  await expect(knop(page, `${bp.zorgverleners.verwijder}${bp.zorgverleners.welke(naam)}`)).toHaveCount(0);
  await controleerAxe(b);
}

/** "Doorgaan" on the list, to the sums. */
export async function zorgverlenersDoorgaan(b: Bezoeker): Promise<void> {
  await knop(b.page, formulier.doorgaan).click();
  await expect(b.page).toHaveURL(opPad(vraagPad("aanvraag", "bedragen")));
}

/** The list before anyone is added; with axe checked, and with the error "Doorgaan" gives then. */
export async function bekijkLegeLijst(b: Bezoeker): Promise<void> {
  const { page } = b;
  await zieZorgverlenerLijst(b, []);
  await expect(page).toHaveTitle(new RegExp(`^${regexVeilig(`${componenten.stap.van(3, 6)}: ${bp.zorgverleners.titel(b.aanspreking)}`)}`));
  if (b.axe) {
    await controleerAxe(b);
    await knop(page, formulier.doorgaan).click();
    await expect(page).toHaveURL(new RegExp(`${regexVeilig(ZORGVERLENERS)}\\?leeg=1$`));
    await expect(foutSamenvatting(page)).toContainText(bp.zorgverleners.leegFout);
    await controleerAxe(b);
    await page.goto(ZORGVERLENERS);
  }
}

/** Deel 5 as a whole: the empty list, each zorgverlener added, the list, "Doorgaan". */
export async function voegZorgverlenersToe(b: Bezoeker, zorgverleners: TestZorgverlener[]): Promise<void> {
  await bekijkLegeLijst(b);
  for (const zv of zorgverleners) await voegZorgverlenerToe(b, zv);
  await zieZorgverlenerLijst(b, zorgverleners.map((zv) => zv.naam));
  await zorgverlenersDoorgaan(b);
}

// ---------------------------------------------------------------- deel 6 and 7

const budgetVeld = (page: Page) => page.getByLabel(bp.bedragen.budgetLabel, { exact: true });

/** The sums as a phone shows them (< 640 px): a line per zorgverlener and the total. */
export const somRegels = (page: Page): Locator => page.locator('section[aria-labelledby="budgetplan-som-kop"]');
/** The sums as a table (from 640 px), in its named scroll region. */
export const somTabel = (page: Page): Locator => page.getByRole("region", { name: budgetplanOverzicht.tabel.scrollgebied, exact: true });
/** A zorgverlener's row of the table. */
export const somRij = (page: Page, naam: string): Locator => somTabel(page).getByRole("row").filter({ has: page.getByRole("rowheader", { name: naam, exact: true }) });
/** The warnings under "Let op bij <naam>". */
export const waarschuwingenVoor = (page: Page, naam: string): Locator =>
  page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: budgetplanOverzicht.waarschuwingen.perZorgverlener(naam), exact: true }) });

/**
 * Deel 6: the sums; `controleer` looks at them first. `verwacht`: the pgb per year to type (empty:
 * not known). With axe the error state comes from an amount that is no amount.
 */
export async function bekijkBedragen(b: Bezoeker, opties: { verwacht?: string; controleer?: (page: Page) => Promise<void> } = {}): Promise<void> {
  const pad = vraagPad("aanvraag", "bedragen");
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "bedragen",
    titel: bp.bedragen.titel,
    leegIsFout: false,
    vul: async () => {
      await opties.controleer?.(b.page);
      await foutToestand(b, pad, () => budgetVeld(b.page).fill("veel"));
      await budgetVeld(b.page).fill(opties.verwacht ?? "");
    },
    naar: vraagPad("aanvraag", "ondertekening"),
  });
}

export interface Ondertekenaar {
  rol: OndertekenRol;
  /** Types these over what the page filled in; left as is when not given. */
  naam?: string;
  relatie?: string;
  datum?: string;
}

/** Deel 7's fields of block `i` (0-based), by their labels. */
export const ondertekenVeld = {
  naam: (page: Page, rol: OndertekenRol) => page.getByLabel(bp.ondertekening.naamLabel(bp.ondertekening.rollen[rol]), { exact: true }),
  relatie: (page: Page, i: number) => page.getByLabel(bp.ondertekening.relatieLabel, { exact: true }).nth(i),
  datum: (page: Page, i: number) => page.getByLabel(bp.ondertekening.datumLabel, { exact: true }).nth(i),
};

/** Deel 7: who signs (AV-08), one block each. With axe the error state comes from a cleared name. */
export async function onderteken(b: Bezoeker, ondertekenaars: Ondertekenaar[]): Promise<void> {
  const pad = vraagPad("aanvraag", "ondertekening");
  const { page } = b;
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "ondertekening",
    titel: bp.ondertekening.titel,
    leegIsFout: false,
    vul: async () => {
      await expect(page.getByLabel(bp.ondertekening.relatieLabel, { exact: true })).toHaveCount(ondertekenaars.length);
      const eerste = ondertekenaars[0];
      if (eerste !== undefined) await foutToestand(b, pad, () => ondertekenVeld.naam(page, eerste.rol).fill(""));
      for (const [i, o] of ondertekenaars.entries()) {
        if (o.naam !== undefined) await ondertekenVeld.naam(page, o.rol).fill(o.naam);
        if (o.relatie !== undefined) await ondertekenVeld.relatie(page, i).fill(o.relatie);
        if (o.datum !== undefined) await ondertekenVeld.datum(page, i).fill(o.datum);
      }
    },
    naar: vraagPad("aanvraag", "zorgkantoor"),
  });
}

/** ZK-01: where the applicant lives; the next page (the gesprek) names the zorgkantoor found. */
export async function geefWoonplaats(b: Bezoeker, woonplaats: string, regio: string): Promise<void> {
  const t = aanvraagVragen.zorgkantoor;
  const { page } = b;
  await beantwoordPagina(b, {
    stap: "aanvraag",
    slug: "zorgkantoor",
    titel: t.titel(b.aanspreking),
    vul: () => page.getByLabel(t.label, { exact: true }).fill(woonplaats),
    naar: vraagPad("aanvraag", "gesprek"),
  });
  await expect(page.getByText(new RegExp(`^Zorgkantoor ${regexVeilig(regio)}, van `))).toBeVisible();
}

// ---------------------------------------------------------------- the whole budgetplan

export interface Budgetplan {
  persoonsgegevens: Persoonsgegevens;
  reden: string;
  zorg: string;
  zorgverleners: TestZorgverlener[];
  /** Pgb per year, as typed; empty or absent: not known. */
  verwacht?: string;
  ondertekenaars: Ondertekenaar[];
  /** ZK-01, with the regio it must give; default Tilburg, Midden Brabant. */
  woonplaats?: { invoer: string; regio: string };
}

/** The brochure's example with one zorgverlener: what a journey about something else fills in. */
export function standaardBudgetplan(ondertekenaar: Ondertekenaar): Budgetplan {
  return {
    persoonsgegevens: { achternaam: "de Vries", geboortedatum: "17-05-1948", bsn: "111222333" },
    reden: "Ik wil zelf kiezen wie mij helpt. Mijn moeder kent mij en mijn gewoontes.",
    zorg: "Wassen en aankleden, elke ochtend. Samen boodschappen doen, twee keer per week.",
    zorgverleners: [MOEDER],
    ondertekenaars: [ondertekenaar],
  };
}

/**
 * From the first budgetplan page (after the weigeringsgronden) to the gesprek: deel 1 to 7, and
 * where the applicant lives (the zorgkantoor).
 */
export async function vulBudgetplanIn(b: Bezoeker, plan: Budgetplan): Promise<void> {
  await geefPersoonsgegevens(b, plan.persoonsgegevens);
  await bevestigBudgetplanZorgprofiel(b);
  await geefRedenPgb(b, plan.reden);
  await beschrijfZorg(b, plan.zorg);
  await voegZorgverlenersToe(b, plan.zorgverleners);
  await bekijkBedragen(b, plan.verwacht === undefined ? {} : { verwacht: plan.verwacht });
  await onderteken(b, plan.ondertekenaars);
  const { invoer, regio } = plan.woonplaats ?? { invoer: "Tilburg", regio: "Midden Brabant" };
  await geefWoonplaats(b, invoer, regio);
}

/** Start page to the budgetplan's first page, quickly: steps 1 and 2, stap 3's own questions. */
export async function snelNaarBudgetplan(b: Bezoeker, hulp: GewaarborgdeHulp | "nee" = "nee"): Promise<void> {
  await snelNaStap1(b, "5VV");
  await doeStap2(b, "thuis", "zelf");
  await beantwoordStap3Vragen(b, hulp);
}

/** From the overview after stap 2 to the budgetplan's first page: all ten vaardigheden, the gewaarborgde hulp, no weigeringsgrond. */
export async function beantwoordStap3Vragen(b: Bezoeker, hulp: GewaarborgdeHulp | "nee" = "nee"): Promise<void> {
  await openStap(b, "aanvraag", "vaardigheden");
  await vinkVaardighedenAan(b, 10);
  await geefGewaarborgdeHulp(b, hulp);
  await beantwoordWeigeringsgronden(b);
}

// ---------------------------------------------------------------- the PDF

/** The "Download budgetplan (pdf)" link of the check or result page. */
export const pdfLink = (page: Page): Locator => page.getByRole("link", { name: bp.pdf.link, exact: true });

/** Clicks the PDF link; returns the download, saved to a file of its own, and that file's text (pdftotext -layout). */
export async function downloadPdf(page: Page): Promise<{ download: Download; bestand: string; tekst: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), pdfLink(page).click()]);
  const bestand = path.join(mkdtempSync(path.join(tmpdir(), "budgetplan-e2e-")), download.suggestedFilename());
  await download.saveAs(bestand);
  const tekst = execFileSync("pdftotext", ["-layout", bestand, "-"], { encoding: "utf8" });
  return { download, bestand, tekst };
}

/** Today in Europe/Amsterdam as jjjj-mm-dd, as the PDF's file name has it. */
export function vandaagJjjjMmDd(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** The PDF's text with runs of spaces made one: table cells read "A Moeder Maria Utrecht …". */
export function alsEenRegel(tekst: string): string {
  return tekst.replace(/[ \t\u00a0]+/g, " ");
}

/** MOEDER and BUURVROUW as the zorgverlener pages store them (a seed's ids are fixed). */
export const MOEDER_OPGESLAGEN = {
  id: "moeder",
  naam: MOEDER.naam,
  plaats: MOEDER.plaats,
  soort: "persoon",
  relatie: "familie-1e-graad",
  registraties: [],
  nummer: MOEDER.nummer,
  overeenkomst: "opdracht",
  dagenPerWeek: 5,
  urenPerWeek: 2500,
  uurtarief: 1500,
} satisfies NonNullable<Antwoorden["zorgverleners"]>[number];
export const BUURVROUW_OPGESLAGEN = {
  id: "buurvrouw",
  naam: BUURVROUW.naam,
  plaats: BUURVROUW.plaats,
  soort: "persoon",
  relatie: "overig",
  registraties: [],
  nummer: BUURVROUW.nummer,
  overeenkomst: "arbeidsovereenkomst",
  dagenPerWeek: 4,
  urenPerWeek: 1200,
  uurtarief: 1650,
} satisfies NonNullable<Antwoorden["zorgverleners"]>[number];

/** The budgetplan both journeys fill in (standaardBudgetplan), as stored. */
export const STANDAARD_BUDGETPLAN_OPGESLAGEN = {
  persoonsgegevens: { achternaam: "de Vries", geboortedatum: "1948-05-17", bsn: "111222333" },
  redenKeuzePgb: "Ik wil zelf kiezen wie mij helpt. Mijn moeder kent mij en mijn gewoontes.",
  zorgInkopen: "Wassen en aankleden, elke ochtend. Samen boodschappen doen, twee keer per week.",
  zorgverleners: [MOEDER_OPGESLAGEN],
  verwachtJaarbudget: null,
  woonplaats: { invoer: "Tilburg", zkCode: "ZK12", gemeente: "Tilburg", viaPostcode: false },
} satisfies Antwoorden;
