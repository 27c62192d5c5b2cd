/** Dates as Dutch people read them: dd-mm-jjjj, in Europe/Amsterdam. */
const NL = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", day: "2-digit", month: "2-digit", year: "numeric" });

export function formatDatumTijdstip(moment: Date): string {
  // nl-NL formats as dd-mm-jjjj already.
  return NL.format(moment);
}
