/**
 * English words for the toekenning, the toeslagen, the eigen bijdrage and the end of the pgb (TK-01
 * … TK-05) for every reader but the applicant: the applicant as a third person (../persoon.ts).
 */
import type { Eindgrond } from "../../../../rules/toekenning";
import { bedrag, datum, getal, procent, tekst, uitTabel } from "../../gegevens";
import { naam, Naam, van, Van, type PersoonEn } from "../persoon";
import { EN_TK } from "../tk";
import type { FamilieAnderEn } from "../typen";

type Toeslag = "wooninitiatief" | "kwaliteit-vv";
const TOESLAG_NAAM: Readonly<Record<Toeslag, string>> = {
  wooninitiatief: "supplement for a shared home (wooninitiatief)",
  "kwaliteit-vv": "supplement Kwaliteit V&V",
};

/** TK-04: one sentence per ground; typed so that a ground without words fails the typecheck. */
const EINDGROND: Readonly<Record<Eindgrond, (p: PersoonEn) => string>> = {
  permanenteOpname: (p) => `The pgb stops if ${naam(p)} is admitted to a Wlz institution (Wlz-instelling) for good.`,
  opnameLangerDanTweeMaanden: (p) =>
    `The pgb stops if ${naam(p)} has been admitted to a Wlz institution (Wlz-instelling) or a hospital for more than 2 months.`,
  eigenVerzoek: (p) => `The pgb stops if ${naam(p)} asks for it to stop.`,
  zorgInNatura: (p) => `The pgb stops if ${naam(p)} would rather get the care as zorg in natura. Then the zorgkantoor arranges the care.`,
  faillietOfWsnp: (p) => `The pgb stops if ${naam(p)} is declared bankrupt or is in a debt restructuring scheme (WSNP).`,
  geenVastWoonadres: (p) => `The pgb stops if ${naam(p)} no longer has a permanent address.`,
  verplichtingenNietNagekomen: (p) => `The pgb stops if ${naam(p)} does not keep to the obligations.`,
  overlijden: (p) => `The pgb stops if ${naam(p)} dies.`,
  ondersteuningNietGoedGeregeld: (p) =>
    `The pgb stops if the zorgkantoor finds that the support from ${van(p)} gewaarborgde hulp is no longer well arranged.`,
  geenGewaarborgdeHulpMeer: (p) => `The pgb stops if ${naam(p)} no longer has a gewaarborgde hulp.`,
};

const EIGEN_BIJDRAGE = "personal contribution (eigen bijdrage)";

export const EN_TK_ANDER = {
  "tk.beschikking": (_, p) =>
    `Does the zorgkantoor approve ${van(p)} application? Then ${naam(p)} gets a decision letter (toekenningsbeschikking). It says how high the pgb is.`,
  "tk.svb": (_, p) =>
    `The zorgkantoor transfers ${van(p)} budget to the SVB. The SVB manages the budget. The SVB pays the care providers as agreed in the zorgovereenkomsten.`,
  "tk.looptijd": (g, p) => `The zorgkantoor grants ${van(p)} pgb until 31 December ${tekst(g, "jaar")} at the latest.`,
  "tk.nieuwe-beschikking": (g, p) =>
    `In December ${naam(p)} gets a new decision letter (toekenningsbeschikking). It says how high the pgb is in ${tekst(g, "jaar")}.`,
  "tk.hoogte": (_, p) => `The zorgkantoor decides how high ${van(p)} pgb is. That depends on the care ${naam(p)} needs.`,
  "tk.wooninitiatief": (_, p) =>
    `${Naam(p)} lives in a shared home (wooninitiatief). That is a place where several budgethouders live together. So ${naam(p)} gets an extra supplement (toeslag) on the pgb.`,
  "tk.wooninitiatief-mogelijk": (_, p) =>
    `Does ${naam(p)} live in a shared home (wooninitiatief)? That is a place where several budgethouders live together. Then ${naam(p)} gets an extra supplement (toeslag) on the pgb.`,
  "tk.geen-wooninitiatief": (_, p) =>
    `${Naam(p)} does not live in a shared home (wooninitiatief). So ${naam(p)} does not get the supplement for a shared home.`,
  "tk.kwaliteit-vv": (_, p) =>
    `${Naam(p)} has a zorgprofiel VV and lives in a shared home (wooninitiatief). So ${naam(p)} also gets the supplement Kwaliteit V&V.`,
  "tk.kwaliteit-vv-mogelijk": (_, p) => `Does ${naam(p)} have a zorgprofiel VV? Then ${naam(p)} also gets the supplement Kwaliteit V&V.`,
  "tk.geen-kwaliteit-vv": EN_TK["tk.geen-kwaliteit-vv"],
  "tk.toeslag-bedrag": (g, p) =>
    `In ${tekst(g, "jaar")}, the ${uitTabel(TOESLAG_NAAM, g, "toeslag")} is ${bedrag(g, "bedrag")} a year (source: ${tekst(g, "bron")}). The amount that applies to ${naam(p)} is on the website of ${van(p)} zorgkantoor.`,
  "tk.toeslag-onbekend": (g, p) =>
    `We do not know how high the ${uitTabel(TOESLAG_NAAM, g, "toeslag")} is in ${tekst(g, "jaar")}. The amount is on the website of ${van(p)} zorgkantoor.`,
  "tk.eigen-bijdrage-verschuldigd": (g, p) =>
    `${Naam(p)} is ${getal(g, "vanafLeeftijd")} years old or older. Then ${naam(p)} pays a ${EIGEN_BIJDRAGE} for the pgb.`,
  "tk.eigen-bijdrage-niet-verschuldigd": (g, p) =>
    `${Naam(p)} is younger than ${getal(g, "vanafLeeftijd")} years old. Then ${naam(p)} does not pay a ${EIGEN_BIJDRAGE} for the pgb.`,
  "tk.cak-rekening": (_, p) =>
    `${Naam(p)} gets a bill from the CAK every month. The ${EIGEN_BIJDRAGE} may not be paid from the pgb.`,
  "tk.inkomensafhankelijk": (_, p) =>
    `The ${EIGEN_BIJDRAGE} depends on ${van(p)} income. It does not depend on the amount of the pgb.`,
  "tk.met-mpt": (_, p) =>
    `Besides the pgb, ${naam(p)} also uses the modular package at home (modulair pakket thuis, mpt). This does not make the ${EIGEN_BIJDRAGE} for the pgb lower. There is no personal contribution for the mpt.`,
  "tk.ingangsdatum": (_, p) =>
    `${Naam(p)} pays the ${EIGEN_BIJDRAGE} from the start date of the pgb. So make clear agreements about that date with the zorgkantoor. Otherwise ${naam(p)} may already pay a personal contribution while not buying any care yet.`,
  "tk.cak": EN_TK["tk.cak"],
  "tk.schatting-inleiding": EN_TK["tk.schatting-inleiding"],
  "tk.schatting-berekening": (g, p) =>
    `${Van(p)} income that counts for the contribution (bijdrageplichtig inkomen) is ${bedrag(g, "inkomen")} a year. Because of the pgb, ${bedrag(g, "aftrek")} is taken off. On the rest (${bedrag(g, "grondslag")}) ${naam(p)} pays ${procent(g, "basispunten")} a year. That is ${bedrag(g, "perMaand")} a month (rounded to whole cents).`,
  "tk.schatting-minimum": (g, p) => `That is less than the minimum. Then ${naam(p)} pays the minimum of ${bedrag(g, "minimum")} a month.`,
  "tk.schatting-maximum": (g, p) => `That is more than the maximum. Then ${naam(p)} pays the maximum of ${bedrag(g, "maximum")} a month.`,
  "tk.schatting-korting": (g, p) =>
    `With a pgb there is a discount of ${bedrag(g, "korting")} a month. ${Van(p)} personal contribution is then about ${bedrag(g, "perMaand")} a month.`,
  "tk.schatting-aanname": (_, p) =>
    `The estimate is for someone without a partner. Does ${naam(p)} have a partner? Then the amount can be different. The CAK looks at ${van(p)} income of 2 years earlier.`,
  "tk.eindgrond": (g, p) => {
    const grond = tekst(g, "grond");
    if (!Object.hasOwn(EINDGROND, grond)) throw new Error(`reden met onbekend gegeven grond: ${grond}`);
    return EINDGROND[grond as Eindgrond](p);
  },
  "tk.wijzigingen-melden": (_, p) =>
    `Does something change in ${van(p)} situation that affects the pgb? Then the zorgkantoor must be told.`,
  "tk.opzegtermijnen": (_, p) =>
    `Does ${van(p)} pgb stop? Then the pgb may still be used for the wages of the care providers during the legal notice period. Also for holiday pay and days off.`,
  "tk.budget-tot-einde-jaar": (g, p) =>
    `${Van(p)} pgb runs until ${datum(g, "einde")} at the latest. So we count up to and including that day.`,
  "tk.eigen-bijdrage-mpt": (_, p) =>
    `Does ${naam(p)} use the modular package at home (modulair pakket thuis, mpt) besides the pgb? Then the ${EIGEN_BIJDRAGE} for the pgb does not get lower. There is no personal contribution for the mpt.`,
} satisfies FamilieAnderEn<"tk">;
