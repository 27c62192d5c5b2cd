/**
 * After stap 3: "Klaar" means the aanvraag is complete, not that it went anywhere. This service
 * sends nothing; the person sends the aanvraag to the zorgkantoor and may tick here that they did,
 * which keeps the day, and untick it again (docs/decisions/031-burgerpaginas.md).
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

/**
 * The answers after the form "Ik heb de aanvraag naar het zorgkantoor gestuurd": ticked, the day
 * it was first ticked (`vandaag`, from the caller's clock; saving it again ticked keeps that day);
 * unticked, no day.
 */
export function zetVerstuurd(a: Antwoorden, aangevinkt: boolean, vandaag: IsoDatum): Antwoorden {
  if (!aangevinkt) return zonder(a, "verstuurd");
  return a.verstuurd === undefined ? { ...a, verstuurd: vandaag } : a;
}
