/**
 * The English of content/wizard/indicatie.ts: stap 1, the indicatiebesluit of the CIZ. Dutch
 * names (CIZ, indicatiebesluit, zorgprofiel, Wlz) stay and are explained once.
 */
import type { indicatieVragen as nl } from "@/content/wizard/indicatie";
import type { Vertaling } from "@/content/vertaling";
import type { Aanspreking } from "@/lib/wizard/types";

const WAAR_ZORGPROFIEL = "You find it in the indicatiebesluit of the CIZ, under ‘A Soort zorg’.";

export const indicatieVragen: Vertaling<typeof nl> = {
  heeftIndicatie: {
    titel: (a: Aanspreking): string =>
      a.zelf ? "Do you have an indicatiebesluit from the CIZ?" : `Does ${a.naam} have an indicatiebesluit from the CIZ?`,
    hint: "The CIZ (Centrum indicatiestelling zorg, the Dutch care assessment centre) checks if someone needs care from the Long-term Care Act (Wet langdurige zorg, Wlz). If so, the CIZ sends a letter: the indicatiebesluit (the decision on care needs). It names the zorgprofiel. That is the kind of care someone needs.",
    leeg: "Choose yes or no for the question about the indicatiebesluit.",
  },
  zorgprofiel: {
    titel: (a: Aanspreking): string =>
      a.zelf ? "Which zorgprofiel is in your indicatiebesluit?" : `Which zorgprofiel is in the indicatiebesluit of ${a.naam}?`,
    label: "Zorgprofiel",
    hint: `${WAAR_ZORGPROFIEL} For example: ZP 5 VV. You can write it any way you like: 5VV and VV 5 are fine too.`,
    leeg: `Enter the zorgprofiel. ${WAAR_ZORGPROFIEL} For example: ZP 5 VV.`,
    onbekend: "We do not recognise this zorgprofiel. Copy it from the indicatiebesluit of the CIZ, under ‘A Soort zorg’. For example: ZP 5 VV, ZP 3 VG or ZP 2 ZGaud.",
    hulpKop: "Which zorgprofielen are there?",
    hulpTekst:
      "Annex 4 (bijlage 4) of the brochure lists the zorgprofielen (care profiles) that give access to the pgb. The zorgkantoor also calls a zorgprofiel a zorgzwaartepakket (ZZP). Is the zorgprofiel not in the list? Enter it anyway.",
    rij: (code: string, omschrijving: string): string => `${code} – ${omschrijving}`,
    besluitKop: "What else should you know about the indicatiebesluit?",
  },
  zorgbehoefte: {
    titel: (a: Aanspreking): string =>
      a.zelf
        ? "Do you need care or supervision nearby all day?"
        : `Does ${a.naam} need care or supervision nearby all day?`,
    hint: "The Long-term Care Act (Wet langdurige zorg, Wlz) is for people who always need supervision. Or care that must be close by day and night. For example older people with advanced dementia. Or people with a severe intellectual, physical or sensory disability.",
    opties: { ja: "Yes", nee: "No", "weet-niet": "I do not know" },
    leeg: "Choose yes, no or ‘I do not know’ for the question about care and supervision.",
  },
  leeftijd: {
    titel: (a: Aanspreking): string => (a.zelf ? "Are you younger than 18?" : `Is ${a.naam} younger than 18?`),
    hint: "We ask this to tell you where to go. Young people can go to the youth care desk (jeugdzorg) of the municipality. Adults can go to the Wmo desk of the municipality.",
    leeg: "Choose yes or no for the question about age.",
  },
};
