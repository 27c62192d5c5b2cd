/**
 * The English of content/zorgkantoor-staf.ts: the staff pages /zorgkantoor/profielen and
 * /zorgkantoor/parameters (docs/decisions/032-talen.md). The names of zorgprofielen, sectors and
 * leveringsvormen are the Wlz's; they are explained in English where the page first uses them.
 */
import type { parametersStaf as parametersNl, profielenStaf as profielenNl, stafAlgemeen as algemeenNl } from "@/content/zorgkantoor-staf";
import type { Vertaling } from "@/content/vertaling";

export const stafAlgemeen: Vertaling<typeof algemeenNl> = {
  geenPersoonsgegevens:
    "This page is for staff of the zorgkantoor (the care office of a region). You do not fill in personal data here, and the page keeps nothing. The page decides nothing: the zorgkantoor decides.",
};

export const profielenStaf: Vertaling<typeof profielenNl> = {
  titel: "Zorgprofielen and leveringsvormen",
  inleiding:
    "This table shows, for each zorgprofiel (care profile) of the Wlz, which leveringsvormen (ways of delivering care) are possible. And whether gewaarborgde hulp (a guaranteed helper) is required.",
  situatie:
    "Each row is the answer of our rules for someone who lives at home. The rules know nothing else about that person. Does someone live in an institution, are they bankrupt or do they live abroad? Then the answer can be different.",
  api: "These are the same answers as those of POST /api/v1/beoordelingen, with only the zorgprofiel and the living situation at home.",
  uitlegKop: "What do the words in the table mean?",
  uitleg: {
    ja: "Yes: the rules allow this. For gewaarborgde hulp: it is required.",
    nee: "No: the rules do not allow this. For gewaarborgde hulp: it is not required.",
    navragen: "Ask: the zorgkantoor decides. The rules give no fixed answer.",
  },
  redenUitleg: "Click a word in the table, or go to it with Tab and press Enter. Then you see why.",

  filterKop: "Choose a sector",
  sectorLabel: "Sector",
  sectorHint: "You then only see the zorgprofielen of that sector.",
  alleSectoren: "All sectors",
  knop: "Show zorgprofielen",
  fout: {
    onbekendeSector: "Choose a sector from the list.",
  },

  bijschrift: "Leveringsvormen per zorgprofiel, for someone who lives at home",
  bijschriftSector: (sector: string) => `Leveringsvormen per zorgprofiel in the sector ${sector}, for someone who lives at home`,
  scrollgebied: "Table of zorgprofielen, scrolls sideways",
  kolomZorgprofiel: "Zorgprofiel",
  kolom: {
    pgb: "Pgb",
    vpt: "Vpt",
    mpt: "Mpt",
    pgbMetMpt: "Pgb with mpt",
    verblijf: "Stay in an institution",
    deeltijdverblijf: "Part-time stay",
    gewaarborgdeHulp: "Gewaarborgde hulp required",
  },
  woord: {
    ja: "Yes",
    nee: "No",
    navragen: "Ask",
  },
  waarom: ", why?",
  nietInBijlage4: "Not in Bijlage 4 (Annex 4).",
  sector: {
    VV: "Nursing and care (VV)",
    VG: "Intellectual disability (VG)",
    LG: "Physical disability (LG)",
    ZGvis: "Sensory disability, visual (ZGvis)",
    ZGaud: "Sensory disability, hearing (ZGaud)",
    "GGZ-W": "Mental health care, living (GGZ-W)",
    "GGZ-B": "Mental health care, treatment (GGZ-B)",
    LVG: "Mild intellectual disability (LVG)",
    SGLVG: "Severe behavioural problems with mild intellectual disability (SGLVG)",
  },
};

export const parametersStaf: Vertaling<typeof parametersNl> = {
  titel: "Yearly parameters on a date",
  inleiding:
    "Here you see which amounts and numbers our rules use on a date. Each part shows its source, and the date it applies from.",

  datumLabel: "Date",
  datumHint: "For example 24-11-2026. Write the date as dd-mm-yyyy.",
  knop: "Show parameters",
  fout: {
    leeg: "Fill in a date.",
    ongeldig: "Fill in a date that exists as dd-mm-yyyy, for example 24-11-2026.",
  },

  uitkomstKop: (datum: string) => `Parameters on ${datum}`,
  geldigVanaf: (datum: string) => `Applies from ${datum}.`,
  bron: (bron: string) => `Source: ${bron} (in Dutch).`,
  uitBestand: (bestand: string) => `These values come from this server's parameter file ${bestand}, not from the built-in data.`,
  nietBekend: "Not known",
  nietBekendWatTeDoen:
    "We have no source for this. Ask the zorgkantoor, or look on the zorgkantoor's website.",
  groepNietBekend: "We have no data for this date.",
  brochureUitleg:
    "These numbers are in the brochure. We also use them for dates before the brochure, because we have no other source.",
  kop: {
    maximumtarieven: "Maximum rates",
    toeslagen: "Supplements",
    eigenBijdrage: "Low eigen bijdrage (personal contribution)",
    brochure: "Numbers from the brochure",
  },
  label: {
    professioneelPerUur: "Professional care provider, per hour",
    nietProfessioneelPerUur: "Non-professional care provider, per hour",
    begeleidingGroepPerDagdeel: "Group support, per part of a day",
    wooninitiatief: "Supplement for a wooninitiatief (shared housing), per year",
    kwaliteitVV: "Supplement Kwaliteit V&V, per year",
    indexatie: "Indexation of the pgb",
    percentage: "Percentage of the income the contribution is based on, per year",
    minimumPerMaand: "Minimum, per month",
    maximumPerMaand: "Maximum, per month",
    kortingPgbOfMptPerMaand: "Discount with pgb or mpt, per month",
    aftrekInkomenBijMptOfPgbPerJaar: "Deduction from income with mpt or pgb, per year",
    wekenPerMaand: "Average number of weeks per month",
    maandenPerJaar: "Months per year",
    verantwoordingsvrijBedrag: "Amount you need not account for (verantwoordingsvrij bedrag)",
    maxLogeeropvangEtmalen: "Logeeropvang (respite stays), at most per year",
    meldplichtBuitenlandNaWeken: "Report a stay abroad longer than",
    maxWekenBuitenlandElders: "Pgb abroad outside the EEA and Switzerland, at most",
    maxWekenBuitenlandEer: "Pgb abroad inside the EEA and Switzerland, at most",
    aanvaardbaarheidspercentages: "Acceptability percentages (aanvaardbaarheidspercentages)",
    loonbelastingMaxDagenZonderInhouding: "Employment contract without deducting wage tax, at most",
    declaratieTermijnWeken: "Send a claim to the SVB, within",
    deeltijdverblijfDagenPer14: "Part-time stay",
  },
  waarde: {
    vvb: (procent: string, minimum: string, maximum: string) =>
      `${procent} of the pgb, at least ${minimum} and at most ${maximum} per year`,
    etmalen: (aantal: number) => (aantal === 1 ? "1 day and night" : `${aantal} days and nights`),
    weken: (aantal: number) => (aantal === 1 ? "1 week" : `${aantal} weeks`),
    dagen: (aantal: number) => (aantal === 1 ? "1 day per week" : `${aantal} days per week`),
    land: (land: string, procent: number) => `${land}: ${procent}%`,
    dagenPer14: (dagen: readonly number[]) =>
      `${dagen.slice(0, -1).join(", ")} or ${dagen.at(-1) ?? ""} days per 14 days in the institution`,
  },
};
