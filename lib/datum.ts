/**
 * The one place that reads the clock for the rules: today's date in Europe/Amsterdam, the date a
 * Dutch user means by "vandaag", whatever the server's own time zone.
 */
import type { IsoDatum } from "@/rules/types";

const AMSTERDAM = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function vandaagInAmsterdam(nu: Date = new Date()): IsoDatum {
  // en-CA formats as yyyy-mm-dd.
  return AMSTERDAM.format(nu);
}
