/**
 * English words for the reasons about the toekenning, the toeslagen, the eigen bijdrage and the end
 * of the pgb (TK-01 … TK-05), for the applicant: the Dutch `u` texts of content/redenen/toekenning.ts
 * and of the pages that give the reasons (content/wizard/declaraties.ts, content/wizard/toekenning.ts),
 * with the same facts. Amounts, dates and percentages keep the Dutch notation (content/redenen/gegevens.ts).
 */
import type { Eindgrond } from "../../../rules/toekenning";
import { bedrag, datum, getal, procent, tekst, uitTabel } from "../gegevens";
import type { FamilieEn } from "./typen";

/** TK-02: the toeslagen by their key in the facts (rules/toekenning.ts `toeslagBedrag`). */
type Toeslag = "wooninitiatief" | "kwaliteit-vv";
const TOESLAG_NAAM: Readonly<Record<Toeslag, string>> = {
  wooninitiatief: "supplement for a shared home (wooninitiatief)",
  "kwaliteit-vv": "supplement Kwaliteit V&V",
};

/** TK-04: one sentence per ground; typed so that a ground without words fails the typecheck. */
const EINDGROND: Readonly<Record<Eindgrond, string>> = {
  permanenteOpname: "The pgb stops if you are admitted to a Wlz institution (Wlz-instelling) for good.",
  opnameLangerDanTweeMaanden: "The pgb stops if you have been admitted to a Wlz institution (Wlz-instelling) or a hospital for more than 2 months.",
  eigenVerzoek: "The pgb stops if you ask for it to stop.",
  zorgInNatura: "The pgb stops if you would rather get your care as zorg in natura. Then the zorgkantoor arranges the care.",
  faillietOfWsnp: "The pgb stops if you are declared bankrupt or if you are in a debt restructuring scheme (WSNP).",
  geenVastWoonadres: "The pgb stops if you no longer have a permanent address.",
  verplichtingenNietNagekomen: "The pgb stops if you do not keep to the obligations.",
  overlijden: "The pgb stops if you die.",
  ondersteuningNietGoedGeregeld: "The pgb stops if the zorgkantoor finds that the support from your gewaarborgde hulp is no longer well arranged.",
  geenGewaarborgdeHulpMeer: "The pgb stops if you no longer have a gewaarborgde hulp.",
};

/** TK-03: the eigen bijdrage, named with its Dutch term. */
const EIGEN_BIJDRAGE = "personal contribution (eigen bijdrage)";

export const EN_TK = {
  "tk.beschikking": () =>
    "Does the zorgkantoor approve your application? Then you get a decision letter (toekenningsbeschikking). It says how high your pgb is.",
  "tk.svb": () =>
    "The zorgkantoor transfers your budget to the SVB. The SVB manages your budget. The SVB pays your care providers as agreed in your zorgovereenkomsten.",
  "tk.looptijd": (g) => `The zorgkantoor grants your pgb until 31 December ${tekst(g, "jaar")} at the latest.`,
  "tk.nieuwe-beschikking": (g) =>
    `In December you get a new decision letter (toekenningsbeschikking). It says how high your pgb is in ${tekst(g, "jaar")}.`,

  "tk.hoogte": () => "The zorgkantoor decides how high your pgb is. That depends on the care you need.",
  "tk.wooninitiatief": () =>
    "You live in a shared home (wooninitiatief). That is a place where several budgethouders live together. So you get an extra supplement (toeslag) on your pgb.",
  "tk.wooninitiatief-mogelijk": () =>
    "Do you live in a shared home (wooninitiatief)? That is a place where several budgethouders live together. Then you get an extra supplement (toeslag) on your pgb.",
  "tk.geen-wooninitiatief": () =>
    "You do not live in a shared home (wooninitiatief). So you do not get the supplement for a shared home.",
  "tk.kwaliteit-vv": () =>
    "You have a zorgprofiel VV and you live in a shared home (wooninitiatief). So you also get the supplement Kwaliteit V&V.",
  "tk.kwaliteit-vv-mogelijk": () => "Do you have a zorgprofiel VV? Then you also get the supplement Kwaliteit V&V.",
  "tk.geen-kwaliteit-vv": () => "The supplement Kwaliteit V&V is only for budgethouders with a zorgprofiel VV.",
  "tk.toeslag-bedrag": (g) =>
    `In ${tekst(g, "jaar")}, the ${uitTabel(TOESLAG_NAAM, g, "toeslag")} is ${bedrag(g, "bedrag")} a year (source: ${tekst(g, "bron")}). The amount that applies to you is on the website of your zorgkantoor.`,
  "tk.toeslag-onbekend": (g) =>
    `We do not know how high the ${uitTabel(TOESLAG_NAAM, g, "toeslag")} is in ${tekst(g, "jaar")}. The amount is on the website of your zorgkantoor.`,

  "tk.eigen-bijdrage-verschuldigd": (g) =>
    `You are ${getal(g, "vanafLeeftijd")} years old or older. Then you pay a ${EIGEN_BIJDRAGE} for the pgb.`,
  "tk.eigen-bijdrage-niet-verschuldigd": (g) =>
    `You are younger than ${getal(g, "vanafLeeftijd")} years old. Then you do not pay a ${EIGEN_BIJDRAGE} for the pgb.`,
  "tk.cak-rekening": () => `You get a bill from the CAK every month. You may not pay the ${EIGEN_BIJDRAGE} from your pgb.`,
  "tk.inkomensafhankelijk": () => `The ${EIGEN_BIJDRAGE} depends on your income. It does not depend on the amount of your pgb.`,
  "tk.met-mpt": () =>
    `Besides the pgb, you also use the modular package at home (modulair pakket thuis, mpt). This does not make the ${EIGEN_BIJDRAGE} for the pgb lower. You do not pay a personal contribution for the mpt.`,
  "tk.ingangsdatum": () =>
    `You pay the ${EIGEN_BIJDRAGE} from the start date of your pgb. So make clear agreements about that date with the zorgkantoor. Otherwise you may already pay a personal contribution while you do not buy any care yet.`,
  "tk.cak": () =>
    `The CAK sets the ${EIGEN_BIJDRAGE}. There is a calculator on www.hetcak.nl. Questions? Call the CAK for free: 0800 – 0087.`,

  "tk.schatting-inleiding": (g) =>
    `This is an estimate of the low personal contribution (lage eigen bijdrage) in ${tekst(g, "jaar")}. The CAK sets the real amount.`,
  "tk.schatting-berekening": (g) =>
    `Your income that counts for the contribution (bijdrageplichtig inkomen) is ${bedrag(g, "inkomen")} a year. Because you have a pgb, ${bedrag(g, "aftrek")} is taken off. On the rest (${bedrag(g, "grondslag")}) you pay ${procent(g, "basispunten")} a year. That is ${bedrag(g, "perMaand")} a month (rounded to whole cents).`,
  "tk.schatting-minimum": (g) => `That is less than the minimum. Then you pay the minimum of ${bedrag(g, "minimum")} a month.`,
  "tk.schatting-maximum": (g) => `That is more than the maximum. Then you pay the maximum of ${bedrag(g, "maximum")} a month.`,
  "tk.schatting-korting": (g) =>
    `With a pgb you get a discount of ${bedrag(g, "korting")} a month. Your personal contribution is then about ${bedrag(g, "perMaand")} a month.`,
  "tk.schatting-aanname": () =>
    "The estimate is for someone without a partner. Do you have a partner? Then the amount can be different. The CAK looks at your income of 2 years earlier.",

  "tk.eindgrond": (g) => uitTabel(EINDGROND, g, "grond"),
  "tk.wijzigingen-melden": () =>
    "Does something change in your situation that affects your pgb? Then you must tell the zorgkantoor yourself.",
  "tk.opzegtermijnen": () =>
    "Does your pgb stop? Then you may still use your pgb for the wages you must pay your care providers during the legal notice period. Also for holiday pay and days off.",

  "tk.budget-tot-einde-jaar": (g) => `Your pgb runs until ${datum(g, "einde")} at the latest. So we count up to and including that day.`,
  "tk.eigen-bijdrage-mpt": () =>
    `Do you use the modular package at home (modulair pakket thuis, mpt) besides the pgb? Then the ${EIGEN_BIJDRAGE} for the pgb does not get lower. You then pay no personal contribution for the mpt.`,
} satisfies FamilieEn<"tk">;
