/** Texts for rules/zorgprofiel.ts (IND-03, IND-05). B1 Dutch; the reader is "u". */
export const zorgprofielTeksten = {
  leeg: "U heeft nog geen zorgprofiel ingevuld. Uw zorgprofiel staat in het indicatiebesluit van het CIZ. Bijvoorbeeld: ZP 5 VV.",
  onbekend:
    "Wij herkennen dit zorgprofiel niet. Kijk in het indicatiebesluit van het CIZ welk zorgprofiel daar staat. Bijvoorbeeld: ZP 5 VV, ZP 3 VG, ZP 2 ZGaud of ZP SGLVG.",
  inBijlage4: (zorgprofiel: string, omschrijving: string): string =>
    `Uw zorgprofiel is ${zorgprofiel} (${omschrijving}). Het zorgkantoor noemt dit een zorgzwaartepakket (ZZP). Dit ZZP staat in bijlage 4 van de brochure: de lijst van ZZP's die toegang geven tot het pgb.`,
  nietInBijlage4: (zorgprofiel: string): string =>
    `Uw zorgprofiel is ${zorgprofiel}. Het zorgkantoor noemt dit een zorgzwaartepakket (ZZP). Dit ZZP staat niet in bijlage 4 van de brochure: de lijst van ZZP's die toegang geven tot het pgb.`,
};
