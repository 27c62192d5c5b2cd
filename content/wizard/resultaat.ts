/** The result of steps 1–3: what is possible, what is needed, what is missing. Dutch, B1. */
import type { Verwijzing } from "@/rules/indicatie";
import type { Weigeringsgrond } from "@/rules/aanvraag";

export const resultaatTeksten = {
  kop: {
    geenWlz: "De Wlz past niet. Er is wel andere hulp.",
    vraagIndicatie: "Vraag eerst een indicatie aan bij het CIZ.",
    stap2: "Maak stap 2 af. Dan ziet u wat mogelijk is.",
    pgbJa: "Een pgb aanvragen kan. Het zorgkantoor beslist over de aanvraag.",
    pgbNavragen: "Een pgb is misschien mogelijk. Vraag het zorgkantoor.",
    pgbNee: "Een pgb is niet mogelijk.",
    keuzeNee: "Deze keuze is niet mogelijk.",
    zin: (vorm: string): string => `Gekozen: ${vorm}. Het zorgkantoor regelt de zorg.`,
  },
  verwijzingen: {
    "wmo-loket": "Het Wmo-loket van de gemeente",
    "jeugdzorg-loket": "Het loket voor jeugdzorg van de gemeente",
    huisarts: "De huisarts",
  } satisfies Record<Verwijzing, string>,
  nodig: {
    indicatie: "Een indicatiebesluit van het CIZ",
    gewaarborgdeHulp: "Een gewaarborgde hulp (verplicht)",
    gewaarborgdeHulpWie: (naam: string, relatie: string): string => `${naam} (${relatie})`,
    gesprek: "Het bewuste-keuzegesprek met het zorgkantoor",
  },
  ontbreekt: {
    stapNietKlaar: (nummer: number): string => `Stap ${nummer} is nog niet klaar`,
    stapVragen: "Deze vragen zijn nog niet beantwoord:",
    stapBevestigen: "Controleer de antwoorden en rond de stap af.",
    gewaarborgdeHulp: "Een gewaarborgde hulp",
    gewaarborgdeHulpGevolg: "Zonder gewaarborgde hulp wijst het zorgkantoor de aanvraag af.",
    vaardigheden: "Hulp bij het regelen van het pgb",
    vaardighedenNietAangekruist: "Deze punten kruiste u niet aan:",
    weigering: {
      failliet: "Failliet verklaard",
      wsnp: "In de schuldsanering (WSNP)",
      "geen-vast-woonadres": "Geen vast woonadres",
      "niet-in-nederland": "Woont niet in Nederland",
    } satisfies Record<Exclude<Weigeringsgrond, "bewuste-keuzegesprek">, string>,
  },
} as const;
