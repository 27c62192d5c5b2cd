/** The English of content/algemeen.ts: words on every page (header, footer, skip link). */
import type { algemeen as nl } from "@/content/algemeen";
import type { Vertaling } from "@/content/vertaling";

export const algemeen: Vertaling<typeof nl> = {
  dienstnaam: "Applying for a Wlz pgb",
  dienstOndertitel: "Help with the personal budget (pgb) of the Long-term Care Act (Wlz)",
  naarInhoud: "Skip to main content",
  voetTekst: "This website helps you. It does not decide anything. The zorgkantoor (the care office of your region) decides on your application.",
  hoofdmenu: {
    label: "Main menu",
    begrippen: "Words explained",
    zorgkantoor: "Find your zorgkantoor",
    contact: "Contact",
  },
  overDezeWebsite: {
    label: "About this website",
    privacy: "Privacy",
    toegankelijkheid: "Accessibility",
    contact: "Contact",
    begrippen: "Words explained",
    reactie: "Give your opinion",
  },
  voetLinks: {
    zorgkantoor: "Find your zorgkantoor",
    staf: "For zorgkantoor staff",
    voorbeeld: "Example of an assessment",
    profielen: "Care profiles and ways of delivery",
    parameters: "Yearly parameters",
  },
};
