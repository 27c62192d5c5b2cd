/**
 * After stap 3: "Klaar" means the aanvraag is complete, not that it went anywhere. This service
 * sends nothing; the person sends the aanvraag to the zorgkantoor and may note here that they did,
 * with the date, and undo that note (docs/decisions/031-burgerpaginas.md).
 */
import type { IsoDatum } from "@/rules/types";
import type { Antwoorden } from "./antwoorden";
import { stapStatus } from "./journey";
import { zonder } from "./vragen/velden";

/** `nog-niet-klaar`: stap 3 is not klaar (again), so there is nothing to send yet. */
export type VerstuurStatus = "nog-niet-klaar" | "klaar-om-te-versturen" | "verstuurd";

export function verstuurStatus(a: Antwoorden): VerstuurStatus {
  if (stapStatus("aanvraag", a) !== "klaar") return "nog-niet-klaar";
  return a.verstuurd === undefined ? "klaar-om-te-versturen" : "verstuurd";
}

/** The answers with the day the person says they sent the aanvraag; `vandaag` comes from the caller's clock. */
export function metVerstuurd(a: Antwoorden, vandaag: IsoDatum): Antwoorden {
  return { ...a, verstuurd: vandaag };
}

/** The answers without that note: "Ik heb het toch nog niet verstuurd". */
export function zonderVerstuurd(a: Antwoorden): Antwoorden {
  return zonder(a, "verstuurd");
}
