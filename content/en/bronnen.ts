/**
 * The English of content/bronnen.ts. The titles are Dutch names and stay as they are: a page
 * shows them with lang="nl" (docs/decisions/032-talen.md).
 */
import type { bronnen as nl } from "@/content/bronnen";
import type { Vertaling } from "@/content/vertaling";

export const bronnen: Vertaling<typeof nl> = {
  brochure: {
    titel: "Zelf uw zorg inkopen in 6 stappen. Persoonsgebonden budget Wlz",
    uitgever: "Zorgverzekeraars Nederland",
    datum: "situation on 01-01-2022",
  },
  vindUwZorgkantoor: {
    titel: "Vind uw zorgkantoor",
    uitgever: "Zorgverzekeraars Nederland",
    datum: "web page",
  },
};
