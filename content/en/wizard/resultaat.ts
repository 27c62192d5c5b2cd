/** The English of content/wizard/resultaat.ts: the result of steps 1–3. */
import type { resultaatTeksten as nl } from "@/content/wizard/resultaat";
import type { Vertaling } from "@/content/vertaling";

export const resultaatTeksten: Vertaling<typeof nl> = {
  kop: {
    geenWlz: "The Wlz does not fit. There is other help.",
    vraagIndicatie: "First apply for an indicatie (care assessment) at the CIZ.",
    stap2: "Finish step 2. Then you see what is possible.",
    pgbJa: "You can apply for a pgb. The zorgkantoor decides on the application.",
    pgbNavragen: "A pgb may be possible. Ask the zorgkantoor.",
    pgbNee: "A pgb is not possible.",
    keuzeNee: "This choice is not possible.",
    zin: (vorm: string): string => `Chosen: ${vorm}. The zorgkantoor arranges the care.`,
  },
  verwijzingen: {
    "wmo-loket": "The Wmo desk of the municipality",
    "jeugdzorg-loket": "The youth care desk (jeugdzorg) of the municipality",
    huisarts: "Your GP (huisarts)",
  },
  nodig: {
    indicatie: "An indicatiebesluit from the CIZ",
    gewaarborgdeHulp: "A gewaarborgde hulp (required)",
    gewaarborgdeHulpWie: (naam: string, relatie: string): string => `${naam} (${relatie})`,
    gesprek: "The bewuste-keuzegesprek (the conversation about your choice) with the zorgkantoor",
  },
  ontbreekt: {
    stapNietKlaar: (nummer: number): string => `Step ${nummer} is not finished yet`,
    stapVragen: "These questions have not been answered yet:",
    stapBevestigen: "Check the answers and finish the step.",
    gewaarborgdeHulp: "A gewaarborgde hulp",
    gewaarborgdeHulpGevolg: "Without a gewaarborgde hulp the zorgkantoor refuses the application.",
    vaardigheden: "Help with managing the pgb",
    vaardighedenNietAangekruist: "You did not tick these points:",
    weigering: {
      failliet: "Declared bankrupt",
      wsnp: "In debt restructuring (WSNP)",
      "geen-vast-woonadres": "No fixed address",
      "niet-in-nederland": "Does not live in the Netherlands",
    },
  },
};
