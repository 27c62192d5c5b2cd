/**
 * The glossary: the words of the brochure "Zelf uw zorg inkopen in 6 stappen" that people meet on
 * this site, each explained in plain Dutch (B1), with an id so a page can link to one term
 * (`/begrippen#pgb`).
 */
import { componenten } from "@/content/componenten";

export interface Begrip {
  /** The anchor: `/begrippen#<id>`. */
  id: string;
  term: string;
  uitleg: readonly string[];
  /**
   * How the term is written in running text on the site's pages. The first of these on a page
   * links to the entry (lib/begrippen.ts, docs/decisions/031-burgerpaginas.md). An all-capitals
   * form matches only in capitals, so "ZZP" never matches "zzp'er"; others ignore case.
   */
  herken?: readonly string[];
}

export const begrippen = {
  titel: "Begrippen",
  inleiding: "Op deze website staan woorden die u misschien niet kent. Hier leest u wat ze betekenen.",
  inhoudKop: "Welke woorden staan hier?",
  startTekst: "Kent u een woord niet, zoals Wlz, zorgprofiel of gewaarborgde hulp? Kijk dan bij",
  startLinkTekst: "Begrippen",
  /** Read after a linked term (BegripUitleg in the root layout): the words of componenten.ts, per language here. */
  linkUitleg: componenten.begrip.nieuwTabblad,
  lijst: [
    {
      id: "wlz",
      term: "Wlz (Wet langdurige zorg)",
      herken: ["Wet langdurige zorg (Wlz)", "Wet langdurige zorg", "Wlz"],
      uitleg: [
        "De wet voor mensen die de hele dag zorg of toezicht in de buurt nodig hebben. Bijvoorbeeld door ouderdom, een beperking of een ziekte die niet overgaat.",
        "Uit de Wlz kunt u zorg krijgen in een instelling of thuis.",
      ],
    },
    {
      id: "ciz",
      term: "CIZ (Centrum indicatiestelling zorg)",
      uitleg: [
        "Het CIZ kijkt of iemand zorg uit de Wlz nodig heeft. Is dat zo? Dan stuurt het CIZ een brief: het indicatiebesluit.",
      ],
    },
    {
      id: "indicatiebesluit",
      term: "Indicatiebesluit",
      uitleg: ["De brief van het CIZ. Daarin staat dat u Wlz-zorg krijgt en welk zorgprofiel u heeft."],
    },
    {
      id: "zorgprofiel",
      term: "Zorgprofiel (ZZP)",
      herken: ["zorgzwaartepakket (ZZP)", "zorgzwaartepakket", "zorgprofielen", "zorgprofiel", "ZZP"],
      uitleg: [
        "Het zorgprofiel zegt welke soort zorg u nodig heeft en hoeveel. Bijvoorbeeld VV 5 of VG 3. Het staat in het indicatiebesluit van het CIZ, onder ‘A Soort zorg’.",
        "Vroeger heette dit een zorgzwaartepakket, kort ZZP. Dat woord hoort u soms nog. Het heeft niets te maken met een zzp'er (een zelfstandige zonder personeel). Een zzp'er kan wel uw zorgverlener zijn.",
      ],
    },
    {
      id: "zorgkantoor",
      term: "Zorgkantoor",
      herken: ["zorgkantoren", "zorgkantoor"],
      uitleg: [
        "Het zorgkantoor regelt de Wlz-zorg in uw regio. U vraagt het pgb aan bij het zorgkantoor. Het zorgkantoor beslist of u het pgb krijgt en hoe hoog het is.",
        "Welk zorgkantoor u heeft, hangt af van waar u woont.",
      ],
    },
    {
      id: "zorg-in-natura",
      term: "Zorg in natura",
      uitleg: ["Het zorgkantoor regelt de zorg voor u, bij zorgaanbieders waar het afspraken mee heeft. U krijgt dan geen geld, maar zorg."],
    },
    {
      id: "vpt",
      term: "Vpt (volledig pakket thuis)",
      herken: ["volledig pakket thuis (vpt)", "volledig pakket thuis", "vpt"],
      uitleg: [
        "Zorg in natura bij u thuis. Een zorgaanbieder geeft thuis bijna alle zorg die u in een instelling ook zou krijgen, zoals verzorging en begeleiding.",
      ],
    },
    {
      id: "mpt",
      term: "Mpt (modulair pakket thuis)",
      herken: ["modulair pakket thuis (mpt)", "modulair pakket thuis", "mpt"],
      uitleg: [
        "Zorg in natura bij u thuis, maar alleen de delen die u kiest. Bijvoorbeeld alleen verzorging. U kunt een mpt samen met een pgb krijgen.",
      ],
    },
    {
      id: "pgb",
      term: "Pgb (persoonsgebonden budget)",
      herken: ["persoonsgebonden budget (pgb)", "persoonsgebonden budget", "pgb"],
      uitleg: [
        "Geld om zelf uw zorg te kopen en te regelen. U kiest zelf wie u zorg geeft en wanneer.",
        "Het geld komt niet op uw eigen rekening. De SVB betaalt uw zorgverleners uit uw budget.",
      ],
    },
    {
      id: "budgethouder",
      term: "Budgethouder",
      herken: ["budgethouders", "budgethouder"],
      uitleg: [
        "De persoon die het pgb krijgt. De budgethouder of zijn vertegenwoordiger maakt afspraken met de zorgverleners en let op het geld.",
      ],
    },
    {
      id: "gewaarborgde-hulp",
      term: "Gewaarborgde hulp",
      herken: ["gewaarborgde hulp"],
      uitleg: [
        "Iemand die de budgethouder helpt met alles wat bij een pgb hoort: de zorg regelen, de afspraken en de administratie. Bijvoorbeeld een familielid, een vriend of een bewindvoerder.",
        "Soms is een gewaarborgde hulp verplicht, bijvoorbeeld als iemand dit niet zelf kan. De gewaarborgde hulp tekent ook het budgetplan.",
      ],
    },
    {
      id: "svb",
      term: "SVB (Sociale Verzekeringsbank)",
      herken: ["Sociale Verzekeringsbank (SVB)", "Sociale Verzekeringsbank", "SVB"],
      uitleg: [
        "De SVB beheert het geld van uw pgb. Stuurt u een declaratie? Dan betaalt de SVB uw zorgverlener. Is uw zorgverlener bij u in loondienst? Dan doet de SVB de salarisadministratie.",
      ],
    },
    {
      id: "cak",
      term: "CAK",
      uitleg: [
        "Het CAK stelt de eigen bijdrage vast. Dat is het geld dat u zelf betaalt voor zorg uit de Wlz. U betaalt de eigen bijdrage aan het CAK, niet aan het zorgkantoor.",
      ],
    },
  ] satisfies readonly Begrip[],
} as const;
