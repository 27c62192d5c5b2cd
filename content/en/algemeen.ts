/** The English of content/algemeen.ts: words on every page (header, footer, skip link). */
import type { algemeen as nl } from "@/content/algemeen";
import type { Vertaling } from "@/content/vertaling";
import { foutTeksten } from "./fouten";

// The name and the footer also frame the pages the server builds without React, as in Dutch.
const kader = foutTeksten.serverpaginas.kader;

export const algemeen: Vertaling<typeof nl> = {
  dienstnaam: kader.dienstnaam,
  dienstOndertitel: "Help with the personal budget (pgb) of the Long-term Care Act (Wlz)",
  naarInhoud: "Skip to main content",
  voetTekst: kader.voetTekst,
  hoofdmenu: {
    label: "Main menu",
    begrippen: "Words explained",
    zorgkantoor: "Find your zorgkantoor",
    contact: "Contact",
  },
  overDezeWebsite: kader.overDezeWebsite,
  voetLinks: {
    zorgkantoor: "Find your zorgkantoor",
    staf: "For zorgkantoor staff",
    voorbeeld: "Example of an assessment",
    profielen: "Care profiles and ways of delivery",
    parameters: "Yearly parameters",
  },
};
