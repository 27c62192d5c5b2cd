/**
 * The brochure's example case after stap 3, as a seed (hulp/zaaien.ts): 5VV, thuis, zelf regelen
 * met een pgb, de moeder als zorgverlener (25 uur × € 15,-), een gewaarborgde hulp. Reis a in
 * reizen.spec.ts clicks its way to exactly this.
 */
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { STANDAARD_BUDGETPLAN_OPGESLAGEN } from "./budgetplan";
import { GEEN_WEIGERINGSGROND } from "./stappen";

const HULP = { naam: "Ans de Vries", relatie: "dochter" } as const;

export const BROCHURE_VOORBEELD: Antwoorden = {
  voorWie: "zelf",
  heeftIndicatie: "ja",
  zorgprofiel: "VV 5",
  woonwens: "thuis",
  regie: "zelf",
  vaardigheden: ["overzicht-zorgvraag", "regels-kennen", "administratie", "communiceren", "zelfstandig-kiezen", "afspraken-vastleggen", "kwaliteit-beoordelen"],
  heeftGewaarborgdeHulp: "ja",
  gewaarborgdeHulp: { naam: HULP.naam, relatie: HULP.relatie, isWettelijkVertegenwoordiger: "nee", telefoon: "06 12345678" },
  ...GEEN_WEIGERINGSGROND,
  ...STANDAARD_BUDGETPLAN_OPGESLAGEN,
  budgetplanZorgprofiel: "VV 5",
  ondertekening: [{ naam: HULP.naam, relatie: HULP.relatie }],
  gezien: ["uitkomst", "zorgverleners", "gesprek"],
  bevestigd: ["indicatie", "keuze", "aanvraag"],
};

