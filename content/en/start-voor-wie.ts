/**
 * The English of the start page's form, `start.voorWie` of content/start.ts: who fills this in.
 * A file of its own, so the form's words and the rest of the start page's words can be
 * translated apart; content/en/start.ts, when there is one, takes `voorWie` from here.
 */
import type { start } from "@/content/start";
import type { Vertaling } from "@/content/vertaling";

export const voorWie: Vertaling<typeof start.voorWie> = {
  vraag: "Are you filling this in for yourself, or for someone else?",
  opties: {
    zelf: "For myself",
    "gewaarborgde-hulp": "For someone else, as their gewaarborgde hulp",
    "wettelijk-vertegenwoordiger": "For someone else, as their legal representative",
    familie: "For someone else, as a family member or someone close",
  },
  hints: {
    "gewaarborgde-hulp": "A gewaarborgde hulp (a trusted helper the zorgkantoor requires) helps the applicant with the care and the paperwork of the pgb.",
    "wettelijk-vertegenwoordiger": "For example a parent, curator, mentor or bewindvoerder (guardian or administrator).",
  },
  naamLabel: "First name of the applicant (optional)",
  naamHint: "If you fill this in, we use this name in the questions. Are you filling this in for yourself? Then leave this empty.",
  fout: "Choose who you are filling this in for.",
  naamTeLang: "The name must be 200 characters or fewer.",
  knop: "Start",
};
