/**
 * The pages for zorgkantoor staff under /zorgkantoor/: the profiles matrix and the yearly
 * parameters. B1 Dutch; the reader is a zorgkantoor employee, addressed as "u".
 */
import type { Antwoord } from "@/rules/types";
import type { Sector } from "@/rules/zorgprofiel";

/** Said on every staff page: no personal data, and this website decides nothing. */
export const stafAlgemeen = {
  geenPersoonsgegevens:
    "Deze pagina is voor medewerkers van het zorgkantoor. U vult hier geen persoonsgegevens in, en de pagina bewaart niets. De pagina beslist niets: het zorgkantoor beslist.",
} as const;

export const profielenStaf = {
  titel: "Zorgprofielen en leveringsvormen",
  inleiding:
    "Deze tabel laat voor elk zorgprofiel uit de Wlz zien welke leveringsvormen mogelijk zijn. En of gewaarborgde hulp verplicht is.",
  situatie:
    "Elke rij is het antwoord van onze regels voor iemand die thuis woont. Verder weten de regels niets over die persoon. Woont iemand in een instelling, is iemand failliet of woont iemand in het buitenland? Dan kan het antwoord anders zijn.",
  api: "Dit zijn dezelfde antwoorden als die van POST /api/v1/beoordelingen, met alleen het zorgprofiel en woonsituatie thuis.",
  uitlegKop: "Wat betekenen de woorden in de tabel?",
  uitleg: {
    ja: "Ja: dit kan volgens de regels. Bij gewaarborgde hulp: die is verplicht.",
    nee: "Nee: dit kan niet volgens de regels. Bij gewaarborgde hulp: die is niet verplicht.",
    navragen: "Navragen: het zorgkantoor beslist. De regels geven geen vast antwoord.",
  } satisfies Record<Antwoord, string>,
  redenUitleg: "Klik op een woord in de tabel, of ga erheen met Tab en druk op Enter. Dan ziet u waarom.",

  // The sector filter
  filterKop: "Kies een sector",
  sectorLabel: "Sector",
  sectorHint: "U ziet dan alleen de zorgprofielen van die sector.",
  alleSectoren: "Alle sectoren",
  knop: "Toon zorgprofielen",
  fout: {
    onbekendeSector: "Kies een sector uit de lijst.",
  },

  // The table
  bijschrift: "Leveringsvormen per zorgprofiel, voor iemand die thuis woont",
  bijschriftSector: (sector: string) => `Leveringsvormen per zorgprofiel in de sector ${sector}, voor iemand die thuis woont`,
  scrollgebied: "Tabel met zorgprofielen, schuift opzij",
  kolomZorgprofiel: "Zorgprofiel",
  kolom: {
    pgb: "Pgb",
    vpt: "Vpt",
    mpt: "Mpt",
    pgbMetMpt: "Pgb met mpt",
    verblijf: "Verblijf",
    deeltijdverblijf: "Deeltijdverblijf",
    gewaarborgdeHulp: "Gewaarborgde hulp verplicht",
  },
  woord: {
    ja: "Ja",
    nee: "Nee",
    navragen: "Navragen",
  } satisfies Record<Antwoord, string>,
  /** Read after the word in a cell's summary: it opens the reasons */
  waarom: ", waarom?",
  nietInBijlage4: "Staat niet in Bijlage 4.",
  sector: {
    VV: "Verpleging en verzorging (VV)",
    VG: "Verstandelijk gehandicapt (VG)",
    LG: "Lichamelijk gehandicapt (LG)",
    ZGvis: "Zintuiglijk gehandicapt, visueel (ZGvis)",
    ZGaud: "Zintuiglijk gehandicapt, auditief (ZGaud)",
    "GGZ-W": "Geestelijke gezondheidszorg, wonen (GGZ-W)",
    "GGZ-B": "Geestelijke gezondheidszorg, behandeling (GGZ-B)",
    LVG: "Licht verstandelijk gehandicapt (LVG)",
    SGLVG: "Sterk gedragsgestoord licht verstandelijk gehandicapt (SGLVG)",
  } satisfies Record<Sector, string>,
} as const;

export const parametersStaf = {
  titel: "Jaarparameters op een datum",
  inleiding:
    "Hier ziet u welke bedragen en getallen onze regels gebruiken op een datum. Bij elk onderdeel staat de bron, en vanaf welke datum het geldt.",

  // The date field
  datumLabel: "Datum",
  datumHint: "Bijvoorbeeld 24-11-2026. Schrijf de datum als dd-mm-jjjj.",
  knop: "Toon parameters",
  fout: {
    leeg: "Vul een datum in.",
    ongeldig: "Vul een bestaande datum in als dd-mm-jjjj, bijvoorbeeld 24-11-2026.",
  },

  uitkomstKop: (datum: string) => `Parameters op ${datum}`,
  geldigVanaf: (datum: string) => `Geldt vanaf ${datum}.`,
  bron: (bron: string) => `Bron: ${bron}.`,
  uitBestand: (bestand: string) => `Deze waarden komen uit het parameterbestand ${bestand} van deze server, niet uit de ingebouwde gegevens.`,
  nietBekend: "Niet bekend",
  nietBekendWatTeDoen:
    "Wij hebben hiervoor geen bron. Vraag het na bij het zorgkantoor, of kijk op de website van het zorgkantoor.",
  groepNietBekend: "Voor deze datum hebben wij geen gegevens.",
  brochureUitleg:
    "Deze getallen staan in de brochure. Wij gebruiken ze ook voor datums vóór de brochure, omdat wij geen andere bron hebben.",
  kop: {
    maximumtarieven: "Maximumtarieven",
    toeslagen: "Toeslagen",
    eigenBijdrage: "Lage eigen bijdrage",
    brochure: "Getallen uit de brochure",
  },
  label: {
    professioneelPerUur: "Professionele zorgverlener, per uur",
    nietProfessioneelPerUur: "Niet-professionele zorgverlener, per uur",
    begeleidingGroepPerDagdeel: "Begeleiding groep, per dagdeel",
    wooninitiatief: "Toeslag wooninitiatief, per jaar",
    kwaliteitVV: "Toeslag Kwaliteit V&V, per jaar",
    indexatie: "Indexatie van het pgb",
    percentage: "Percentage van het bijdrageplichtig inkomen, per jaar",
    minimumPerMaand: "Minimum, per maand",
    maximumPerMaand: "Maximum, per maand",
    kortingPgbOfMptPerMaand: "Korting bij pgb of mpt, per maand",
    aftrekInkomenBijMptOfPgbPerJaar: "Aftrek van het inkomen bij mpt of pgb, per jaar",
    wekenPerMaand: "Gemiddeld aantal weken per maand",
    maandenPerJaar: "Maanden per jaar",
    verantwoordingsvrijBedrag: "Verantwoordingsvrij bedrag",
    maxLogeeropvangEtmalen: "Logeeropvang, hoogstens per jaar",
    meldplichtBuitenlandNaWeken: "Melden bij verblijf in het buitenland, langer dan",
    maxWekenBuitenlandElders: "Pgb in het buitenland buiten EER en Zwitserland, hoogstens",
    maxWekenBuitenlandEer: "Pgb in het buitenland binnen EER en Zwitserland, hoogstens",
    aanvaardbaarheidspercentages: "Aanvaardbaarheidspercentages",
    loonbelastingMaxDagenZonderInhouding: "Arbeidsovereenkomst zonder inhouding loonbelasting, hoogstens",
    declaratieTermijnWeken: "Declaratie doorsturen naar de SVB, binnen",
    deeltijdverblijfDagenPer14: "Deeltijdverblijf",
  },
  waarde: {
    vvb: (procent: string, minimum: string, maximum: string) =>
      `${procent} van het pgb, minimaal ${minimum} en maximaal ${maximum} per jaar`,
    etmalen: (aantal: number) => `${aantal} etmalen`,
    weken: (aantal: number) => (aantal === 1 ? "1 week" : `${aantal} weken`),
    dagen: (aantal: number) => (aantal === 1 ? "1 dag per week" : `${aantal} dagen per week`),
    land: (land: string, procent: number) => `${land}: ${procent}%`,
    dagenPer14: (dagen: readonly number[]) =>
      `${dagen.slice(0, -1).join(", ")} of ${dagen.at(-1) ?? ""} dagen per 14 dagen in de instelling`,
  },
} as const;
