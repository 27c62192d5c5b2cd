/**
 * Texts for the budgetplan reasons (BP-01..BP-06). B1 Dutch, the reader is "u". Amounts and hours
 * arrive already formatted ("€ 1.624,00", "7,5"), so these stay plain text without logic.
 */
export const budgetplanTeksten = {
  /** BP-02: the sum per zorgverlener, as on the form. */
  somPerMaand: (uren: string, uurtarief: string, weken: string, perMaand: string) =>
    `${uren} uur per week × ${uurtarief} per uur × ${weken} weken per maand = ${perMaand} per maand.`,
  /** BP-03: the form rounds to whole euros; say so when it changes the figure. */
  afgerond: (onafgerond: string, afgerond: string) =>
    `De som komt uit op ${onafgerond}. Net als in het voorbeeld van het budgetplan ronden we af op hele euro's: ${afgerond} per maand.`,
  /** BP-02 */
  somPerJaar: (perMaand: string, maanden: number, perJaar: string) =>
    `${perMaand} per maand × ${maanden} maanden = ${perJaar} per jaar.`,
  /** BP-02 */
  totaal: (aantal: number, totaal: string) =>
    aantal === 1
      ? `U heeft 1 zorgverlener. Het totaal per jaar is ${totaal}.`
      : `U heeft ${aantal} zorgverleners. Samen kosten ze ${totaal} per jaar.`,
  geenZorgverleners: "U heeft nog geen zorgverleners ingevuld. Het totaal per jaar is € 0,00.",
  binnenBudget: (totaal: string, pgb: string) => `Het totaal van ${totaal} past binnen uw pgb van ${pgb} per jaar.`,
  buitenBudget: (totaal: string, pgb: string, tekort: string) =>
    `Het totaal van ${totaal} is hoger dan uw pgb van ${pgb} per jaar. U komt ${tekort} tekort. Maak minder uren of een lager uurtarief af, of overleg met uw zorgkantoor.`,
  /** BP-06 */
  extraBlad: (aantal: number, bladen: number) =>
    `Op het formulier is plaats voor 6 zorgverleners (A tot en met F). U heeft er ${aantal}. Gebruik ${bladen - 1 === 1 ? "een extra blad" : `${bladen - 1} extra bladen`} voor de andere zorgverleners.`,
  /** BP-01 */
  onderdelen:
    "Het budgetplan heeft 7 onderdelen: uw persoonsgegevens, uw zorgprofiel, de reden dat u een pgb kiest, de zorg die u wilt inkopen, uw zorgverleners, het bedrag per zorgverlener en de ondertekening.",
} as const;
