/**
 * Stap 4, the toekenning (TK-01..TK-07; brochure Stap 4): the step page, the beschikking, the
 * eigen bijdrage, the end of the pgb and a stay abroad. Dutch, B1. The rule texts themselves are
 * in content/redenen/toekenning.ts and content/redenen/buitenland.ts; these are the pages' words.
 * Error messages never say "u" or a name (content/wizard/algemeen.ts).
 */
import type { Aanspreking } from "@/lib/wizard/types";

/** "u" when the applicant fills it in, else the applicant's name: `wie(a, "Woont u", "Woont")`. */
const wie = (a: Aanspreking, metU: string, zonderU: string): string => (a.zelf ? metU : `${zonderU} ${a.naam}`);

export const toekenningPaginas = {
  terugNaarStap: "Terug naar stap 4",

  overzicht: {
    titel: "Het zorgkantoor kent het pgb toe",
    inleiding: (a: Aanspreking): string[] => [
      a.zelf
        ? "Keurt het zorgkantoor uw aanvraag goed? Dan krijgt u een brief: de toekenningsbeschikking. Daarin staat hoe hoog uw pgb is."
        : `Keurt het zorgkantoor de aanvraag van ${a.naam} goed? Dan komt er een brief: de toekenningsbeschikking. Daarin staat hoe hoog het pgb is.`,
      a.zelf
        ? "Op de pagina's hieronder leest u wat de beschikking betekent en wat u moet weten zolang het pgb loopt. U hoeft hier niets in te vullen voor de aanvraag. Op sommige pagina's kunt u iets nakijken voor uw eigen situatie."
        : `Op de pagina's hieronder leest u wat de beschikking betekent en wat u moet weten zolang het pgb loopt. U hoeft hier niets in te vullen voor de aanvraag. Op sommige pagina's kunt u iets nakijken voor de situatie van ${a.naam}.`,
    ],
    delenKop: "Wat u moet weten",
    klaarKop: "Klaar met deze stap?",
    klaarTekst: "Heeft u alles gelezen? Rond de stap dan af. U kunt deze pagina's later altijd weer openen.",
    afgerond: "U heeft deze stap afgerond. U kunt de pagina's hieronder altijd weer lezen.",
  },

  /** The four parts of the step: the link on the step page is the part's title. */
  delen: {
    beschikking: {
      titel: "De toekenningsbeschikking",
      omschrijving: "Wat er in de brief staat, hoe lang het pgb loopt en welke toeslagen er zijn.",
    },
    eigenBijdrage: {
      titel: "De eigen bijdrage",
      omschrijving: "Wat u zelf betaalt aan het CAK. Met een schatting van het bedrag.",
    },
    einde: {
      titel: "Wanneer stopt het pgb?",
      omschrijving: "Wanneer het pgb eindigt, en wat u daarna nog mag betalen.",
    },
    buitenland: {
      titel: "Naar het buitenland met een pgb",
      omschrijving: "Hoe lang u in het buitenland zorg mag inkopen, en wat u moet melden.",
    },
  },

  beschikking: {
    inleiding:
      "Keurt het zorgkantoor de aanvraag goed? Dan stelt het zorgkantoor het budget officieel vast. Dat heet 'toekennen'.",
    watKop: "Wat betekent de toekenningsbeschikking?",
    hoogteKop: "Hoe hoog is het pgb?",
    zorgprofiel: (zorgprofiel: string): string => `Zorgprofiel uit stap 1: ${zorgprofiel}.`,
    wooninitiatief: {
      vraag: (a: Aanspreking): string => `${wie(a, "Woont u", "Woont")} in een wooninitiatief?`,
      hint: "Een wooninitiatief is een huis of woongroep waar meer mensen met een pgb samen wonen.",
      knop: "Bekijk de toeslagen",
    },
  },

  eigenBijdrage: {
    inleiding: (a: Aanspreking): string =>
      a.zelf
        ? "De eigen bijdrage is geld dat u zelf betaalt voor de zorg uit de Wlz. U betaalt het niet aan het zorgkantoor, maar aan het CAK. Het CAK is de organisatie die de eigen bijdrage vaststelt."
        : `De eigen bijdrage is geld dat ${a.naam} zelf betaalt voor de zorg uit de Wlz. Dat geld gaat niet naar het zorgkantoor, maar naar het CAK. Het CAK is de organisatie die de eigen bijdrage vaststelt.`,
    betaaltKop: (a: Aanspreking): string => `${wie(a, "Betaalt u", "Betaalt")} een eigen bijdrage?`,
    leeftijd: {
      geboortedatum: (leeftijd: number): string =>
        `Volgens de geboortedatum in het budgetplan is de leeftijd nu ${leeftijd} jaar.`,
      jonger: "In stap 1 staat: jonger dan 18 jaar.",
      ouder: "In stap 1 staat: 18 jaar of ouder.",
      onbekend: "Wij weten de leeftijd niet. Hieronder staat wat geldt vanaf 18 jaar.",
    },
    mptKop: "Pgb en mpt samen",
    mpt: "Gebruikt u naast het pgb ook het modulair pakket thuis (mpt)? Dan wordt de eigen bijdrage voor het pgb niet lager. Voor het mpt betaalt u dan geen eigen bijdrage.",
    cak: {
      kop: "Vragen? Neem contact op met het CAK",
      telefoonLabel: "Telefoon (gratis)",
      telefoon: "0800-0087",
      websiteLabel: "Website",
      website: "www.hetcak.nl",
      rekenprogramma: "Op de website van het CAK staat een rekenprogramma. Daarmee rekent u de eigen bijdrage zelf uit.",
    },
    schatting: {
      kop: "Schat de eigen bijdrage",
      uitleg:
        "Wilt u alvast weten hoeveel het ongeveer is? Vul het inkomen in. U krijgt dan een schatting. Het CAK stelt het echte bedrag vast.",
      opnieuwKop: "Een ander inkomen proberen",
      /** `peiljaar`: 2 years before, as the CAK counts (bronnen/wlz_eigen_bijdrage_laag_blz_2024-2026.csv, peiljaar t-2). */
      label: (a: Aanspreking, peiljaar: number): string =>
        a.zelf ? `Wat was uw verzamelinkomen in ${peiljaar}?` : `Wat was het verzamelinkomen van ${a.naam} in ${peiljaar}?`,
      hint: (peiljaar: number): string =>
        `Het CAK rekent met het inkomen van 2 jaar geleden. Het verzamelinkomen staat op de aanslag inkomstenbelasting over ${peiljaar}. U vindt het ook in Mijn Belastingdienst. Vul een bedrag in euro's in, bijvoorbeeld 24.000.`,
      knop: "Bereken de schatting",
      uitkomstKop: "Schatting van de eigen bijdrage",
      perMaand: (bedrag: string): string => `Ongeveer ${bedrag} per maand`,
      isSchatting: "Dit is een schatting, geen besluit. Het echte bedrag staat in de brief van het CAK.",
      hoeKop: "Hoe is dit berekend?",
      geenBedragen: (jaar: string): string =>
        `Voor ${jaar} kennen wij de bedragen van de eigen bijdrage niet. Daarom kunnen wij geen schatting maken. Gebruik het rekenprogramma op www.hetcak.nl.`,
      fouten: {
        leeg: "Vul het inkomen per jaar in.",
        ongeldig: "Vul het inkomen in als bedrag in euro's, bijvoorbeeld 24.000 of 24.000,50.",
        negatief: "Het inkomen kan niet lager zijn dan € 0. Is er geen inkomen? Vul dan 0 in.",
        teHoog: (max: string): string => `Het inkomen kan niet hoger zijn dan ${max} per jaar. Controleer het bedrag.`,
      },
    },
  },

  einde: {
    inleiding: (a: Aanspreking): string =>
      a.zelf
        ? "In sommige situaties stopt het pgb. Daarna krijgt u geen pgb meer. Hieronder staat wanneer dat zo is, en wat u daarna nog mag betalen."
        : `In sommige situaties stopt het pgb. Daarna krijgt ${a.naam} geen pgb meer. Hieronder staat wanneer dat zo is, en wat er daarna nog betaald mag worden.`,
    grondenKop: "Het pgb stopt in deze situaties",
    metGewaarborgdeHulp:
      "Er is een gewaarborgde hulp. Daarom staan er ook 2 situaties over de gewaarborgde hulp in de lijst.",
    meldenKop: "Verandert er iets?",
    naHetEindeKop: (a: Aanspreking): string => (a.zelf ? "Wat mag u na het einde nog betalen?" : "Wat mag er na het einde nog betaald worden?"),
    zorgkantoorKop: (a: Aanspreking): string => (a.zelf ? "Uw zorgkantoor" : `Het zorgkantoor van ${a.naam}`),
  },

  buitenland: {
    inleiding: (a: Aanspreking): string[] =>
      a.zelf
        ? [
            "Woont u niet in Nederland? Dan kunt u geen pgb krijgen.",
            "Gaat u tijdelijk naar het buitenland? Dan kunt u soms zorg blijven inkopen met het pgb. Vul hieronder in waar u naartoe gaat en hoe lang. Dan ziet u wat er geldt.",
          ]
        : [
            `Woont ${a.naam} niet in Nederland? Dan kan ${a.naam} geen pgb krijgen.`,
            `Gaat ${a.naam} tijdelijk naar het buitenland? Dan kan er soms zorg ingekocht blijven worden met het pgb. Vul hieronder in waar ${a.naam} naartoe gaat en hoe lang. Dan is te zien wat er geldt.`,
          ],
    formulierKop: (a: Aanspreking): string => (a.zelf ? "Uw reis" : `De reis van ${a.naam}`),
    opnieuwKop: "Een andere reis bekijken",
    knop: "Bekijk wat er geldt",
    land: {
      label: (a: Aanspreking): string => `Naar welk land gaat ${a.zelf ? "u" : a.naam}?`,
      kies: "Kies een land",
    },
    weken: {
      label: (a: Aanspreking): string => `Hoeveel weken blijft ${a.zelf ? "u" : a.naam} weg?`,
      hint: (min: number, max: number): string =>
        `Vul een heel aantal weken in, van ${min} tot en met ${max}. Een maand is ongeveer 4 weken.`,
    },
    palliatief: {
      label: (a: Aanspreking): string => `${wie(a, "Koopt u", "Koopt")} palliatief terminale zorg in?`,
      hint: "Dat is zorg in de laatste fase van het leven.",
    },
    belasting: {
      label: "Vallen de zorgverleners onder de Nederlandse belastingwetgeving?",
      hint: (a: Aanspreking): string =>
        `Zorgverleners die in Nederland wonen en werken, vallen daar meestal onder. Een zorgverlener die ${a.zelf ? "u" : a.naam} in het buitenland inhuurt, meestal niet.`,
      weetNiet: "Weet ik niet",
    },
    logeeropvang: {
      label: (a: Aanspreking): string => `${wie(a, "Wilt u", "Wil")} in het buitenland logeeropvang inkopen?`,
      hint: (a: Aanspreking): string =>
        a.zelf
          ? "Bij logeeropvang logeert u een of meer dagen en nachten ergens anders. Zo kan uw mantelzorger even rusten."
          : `Bij logeeropvang logeert ${a.naam} een of meer dagen en nachten ergens anders. Zo kan de mantelzorger van ${a.naam} even rusten.`,
    },
    uitkomst: {
      kop: (land: string): string => `Zorg inkopen met het pgb in ${land}`,
      // Names nobody: the facts come from lib/toekenning/buitenland.ts, which does not know who reads (docs/decisions/028).
      reisLabel: "De reis",
      reis: (land: string, weken: number): string => `${land}, ${weken} ${weken === 1 ? "week" : "weken"}`,
      maxDuurLabel: "Hoe lang mag het?",
      maxDuurJaar: (weken: number): string => `Maximaal 1 jaar (${weken} weken)`,
      maxDuurWeken: (weken: number): string => `Maximaal ${weken} weken`,
      meldenLabel: "Melden bij het zorgkantoor?",
      meldenJa: "Ja, dat moet",
      meldenNee: "Nee, dat hoeft niet",
      verlagingLabel: "Wordt het pgb lager?",
      verlaging: (percentage: number): string => `Ja, naar ${percentage}% voor de hele periode in het buitenland`,
      zorgkantoorKop: (a: Aanspreking): string => (a.zelf ? "Uw zorgkantoor" : `Het zorgkantoor van ${a.naam}`),
    },
    fouten: {
      landLeeg: "Kies het land waar de reis naartoe gaat.",
      landOnbekend: "Kies een land uit de lijst.",
      wekenLeeg: "Vul het aantal weken in.",
      wekenGeenGetal: "Vul het aantal weken in als getal, bijvoorbeeld 8.",
      wekenGeheel: "Vul een heel aantal weken in, bijvoorbeeld 8.",
      wekenBereik: (min: number, max: number): string => `Vul een aantal weken in van ${min} tot en met ${max}.`,
      palliatiefLeeg: "Kies ja of nee bij palliatief terminale zorg.",
      belastingLeeg: "Kies ja, nee of weet ik niet bij de belastingwetgeving.",
      logeeropvangLeeg: "Kies ja of nee bij logeeropvang.",
    },
  },
} as const;
