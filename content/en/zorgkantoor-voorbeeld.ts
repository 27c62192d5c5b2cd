/**
 * The English of content/zorgkantoor-voorbeeld.ts: the example page for zorgkantoor staff
 * (docs/decisions/032-talen.md). The reasons on that page stay Dutch (decision 032, addendum
 * 2026-12-05): `redenenInHetNederlands` says so above the outcome.
 */
import type { voorbeeldPagina as nl } from "@/content/zorgkantoor-voorbeeld";
import type { Vertaling } from "@/content/vertaling";

export const voorbeeldPagina: Vertaling<typeof nl> = {
  titel: "Example: what do the rules say about a situation?",
  inleiding:
    "Fill in a situation. You then see what the rules of the brochure about the pgb (personal budget) from the Wlz (Long-term Care Act) say, with the rule and the part of the brochure. Only the zorgprofiel (care profile) is required.",
  privacy:
    "This page keeps nothing and asks for no personal data. So do not fill in real names. The outcome is an example: the zorgkantoor (the care office of the region) decides.",
  link: "The situation is in the web address of this page. You can save or share the address.",
  knop: "See the outcome",
  leeg: "Not filled in",
  ja: "Yes",
  nee: "No",

  groepen: {
    persoon: "Indicatie and person",
    wonen: "Living",
    zorgverleners: "Care providers",
    zorgverlenersHint: "Only fill in the care providers you need. An empty care provider does not count.",
    zorgverlener: (rij: number) => `Care provider ${rij}`,
    budget: "Budget and logeeropvang (respite stays)",
    buitenland: "Going abroad",
    buitenlandHint: "Only fill this in if the budgethouder (budget holder) goes abroad.",
    peildatum: "Date",
  },

  velden: {
    zorgprofiel: { label: "Zorgprofiel", hint: "For example 5VV, ZZP 3 VG or 5GGZ W." },
    leeftijd: { label: "Age", hint: "In years." },
    woontInNederland: { label: "Lives in the Netherlands" },
    vastWoonadres: { label: "Has a permanent home address" },
    failliet: { label: "Has been declared bankrupt" },
    wsnp: { label: "Is in debt restructuring (Wsnp)" },
    gewaarborgdeHulp: { label: "Has a gewaarborgde hulp (guaranteed helper)" },
    woonsituatie: { label: "Living situation" },
    dagenInInstellingPer14Dagen: { label: "Days in an institution, per 14 days", hint: "From 0 up to and including 14." },
    dagbestedingVanInstelling: { label: "Gets day activities from an institution" },
    naam: { label: "Name or description", hint: "For example Mother or Home care." },
    urenPerWeek: { label: "Hours per week", hint: "For example 25 or 7,5." },
    uurtarief: { label: "Hourly rate in euros", hint: "For example 15,50." },
    soort: { label: "Kind of care provider" },
    relatie: { label: "Family of the budgethouder" },
    bigGeregistreerd: { label: "Is in the BIG register" },
    kvkGeregistreerd: { label: "Is registered with the KvK (Chamber of Commerce)" },
    overeenkomst: { label: "Kind of contract" },
    dagenPerWeek: { label: "Days per week", hint: "From 0 up to and including 7." },
    optingIn: { label: "Chose opting-in" },
    pgbJaarbedrag: { label: "Pgb per year in euros", hint: "For example 50.000 or 50.000,00." },
    uitgavenAanZorg: { label: "Spending on care per year in euros" },
    logeeropvangEtmalen: { label: "Days and nights of logeeropvang per year" },
    land: { label: "Country" },
    weken: { label: "Number of weeks", hint: "How long the budgethouder is away." },
    palliatiefTerminaal: { label: "Gets palliative terminal care" },
    zorgverlenersBuitenNederlandseBelasting: { label: "Care providers do not fall under Dutch tax law" },
    logeeropvangBuitenland: { label: "Logeeropvang abroad" },
    peildatum: {
      label: "Date on which the rules apply",
      hint: "As dd-mm-yyyy. Empty: today. The amounts of the rules differ per year.",
    },
  },

  opties: {
    woonsituatie: { thuis: "At home", wooninitiatief: "In a wooninitiatief (shared housing)", instelling: "In an institution" },
    soort: { instelling: "Care institution", zzp: "Self-employed (zzp'er)", persoon: "Person, not a care provider by profession" },
    relatie: {
      partner: "Partner",
      "familie-1e-graad": "Family in the 1st degree (parent or child)",
      "familie-2e-graad": "Family in the 2nd degree (for example brother, sister, grandparent)",
      overig: "No family",
    },
    overeenkomst: { arbeidsovereenkomst: "Employment contract", opdracht: "Contract for services" },
  },

  fout: {
    profielLeeg: "Fill in a zorgprofiel, for example 5VV.",
    geheelGetal: (veld: string) => `${veld}: fill in a whole number, without a point or comma.`,
    bedrag: (veld: string) => `${veld}: fill in an amount in euros, for example 15,50 or 1.624.`,
    uren: (veld: string) => `${veld}: fill in a number of hours, for example 25 or 7,5.`,
    datum: (veld: string) => `${veld}: fill in a date that exists as dd-mm-yyyy, for example 01-01-2026.`,
    keuze: (veld: string) => `${veld}: choose one of the options.`,
    verplicht: (veld: string) => `${veld}: fill this in. Or empty the whole care provider.`,
    landLeeg: "Choose the country the budgethouder goes to.",
    wekenLeeg: "Fill in how many weeks the budgethouder is abroad.",
    api: (veld: string, reden: string) => `${veld}: ${reden}`,
    zorgverlenerVeld: (rij: number, veld: string) => `Care provider ${rij}, ${veld.toLowerCase()}`,
    geenUitkomst: "First correct the errors in the form. Then you see the outcome here.",
  },

  uitkomstKop: "Outcome",
  naarUitkomst: "Go to the outcome",
  geenSituatie: "Fill in a situation above and choose the button. Then you see the outcome here.",
  bijgewerkt: "The outcome has been updated.",
  zorgprofielKop: "Zorgprofiel",
  zorgprofiel: (code: string, omschrijving: string | null) => (omschrijving === null ? code : `${code}: ${omschrijving}`),
  nietInBijlage4: "This zorgprofiel is not in Bijlage 4 (Annex 4) of the brochure.",
  peildatum: (datum: string) => `The rules and amounts of ${datum}.`,
  leveringsvormenKop: "Leveringsvormen (ways of delivering care)",
  leveringsvormen: {
    pgb: "Personal budget (pgb)",
    vpt: "Full package at home (vpt)",
    mpt: "Modular package at home (mpt)",
    pgbMetMpt: "Pgb together with mpt",
    verblijf: "Stay in an institution",
    deeltijdverblijf: "Part-time stay",
  },
  gewaarborgdeHulpKop: "Gewaarborgde hulp",
  gewaarborgdeHulpVerplicht: "A gewaarborgde hulp is required.",
  gewaarborgdeHulpNietVerplicht: "A gewaarborgde hulp is not required.",
  aanvraagKop: "Can the application go ahead?",
  budgetplanKop: "Budgetplan",
  budgetplan: {
    bijschrift: "Costs per care provider",
    naam: "Care provider",
    perMaand: "Per month",
    perJaar: "Per year",
    totaal: "Total per year",
    binnenBudget: "The budgetplan fits within the pgb.",
    buitenBudget: "The budgetplan does not fit within the pgb.",
    scrollgebied: "Table of costs per care provider, scrolls sideways",
  },
  zorgverlenerKop: (naam: string) => `Care provider: ${naam}`,
  zorgverlener: {
    rolWerkgever: "The budgethouder is the employer.",
    rolOpdrachtgever: "The budgethouder is the client (opdrachtgever).",
    professioneel: "Professional care provider.",
    nietProfessioneel: "Not a professional care provider.",
    loonbelastingJa: "Deduct wage tax: yes.",
    loonbelastingNee: "Deduct wage tax: no.",
    maximumtariefKop: "Is the hourly rate allowed?",
  },
  vvbKop: "Verantwoordingsvrij bedrag",
  vvb: (bedrag: string) => `Verantwoordingsvrij bedrag (amount you need not account for): ${bedrag}.`,
  logeeropvangKop: "Logeeropvang",
  buitenlandKop: "Abroad",
  buitenland: {
    maximaleDuur: (weken: number) => `The budgethouder may go abroad with the pgb for at most ${weken} weeks.`,
    meldplichtJa: "The budgethouder must report the stay to the zorgkantoor.",
    meldplichtNee: "The budgethouder does not need to report the stay.",
    percentage: (procent: number) => `Aanvaardbaarheidspercentage (acceptability percentage): ${procent}%.`,
    logeeropvangKop: "Logeeropvang abroad",
  },
  eigenBijdrageKop: "Eigen bijdrage (personal contribution)",
  eigenBijdrageJa: "The budgethouder pays an eigen bijdrage.",
  eigenBijdrageNee: "The budgethouder pays no eigen bijdrage.",
  jsonKop: "The API's answer",
  jsonUitleg: (pad: string) => `${pad} gives this answer to the same situation.`,
  verzoekKop: "The request to the API",
  kopieer: "Copy the answer",
  gekopieerd: "The answer has been copied.",
};

/**
 * English only: said above the outcome, because the reasons for staff have no English words yet
 * (content/redenen/index.ts) and show in Dutch, marked `lang="nl"`.
 */
export const redenenInHetNederlands = "The reasons in the outcome below are in Dutch.";
