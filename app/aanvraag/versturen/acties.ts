"use server";
/**
 * "Ik heb de aanvraag naar het zorgkantoor gestuurd": ticked, the draft keeps today's date
 * (Europe/Amsterdam, from the server's clock); unticked, it forgets it. A plain form post, so it
 * works without JavaScript and passes the same-origin check of every post (proxy.ts,
 * docs/decisions/020-beveiliging.md); nothing is sent anywhere (docs/decisions/031-burgerpaginas.md).
 */
import { redirect } from "next/navigation";
import { vandaagInAmsterdam } from "@/lib/datum";
import { alsFormulier, bewaarEnGa, ofStoring, vereistSessie } from "@/lib/wizard/actie-hulp";
import { OVERZICHT, VERSTUREN } from "@/lib/wizard/paden";
import { leesSessie } from "@/lib/wizard/sessie";
import { verstuurStatus, zetVerstuurd } from "@/lib/wizard/versturen";

export async function meldVerstuurd(formData: FormData): Promise<void> {
  formData = alsFormulier(formData);
  return ofStoring(() => meld(formData));
}

async function meld(formData: FormData): Promise<void> {
  const sessie = await leesSessie();
  vereistSessie(sessie);
  // Nothing to send before stap 3 is klaar: the overview says what is left.
  if (verstuurStatus(sessie.antwoorden) === "nog-niet-klaar") redirect(OVERZICHT);
  const antwoorden = zetVerstuurd(sessie.antwoorden, formData.get("verstuurd") === "ja", vandaagInAmsterdam());
  return bewaarEnGa(formData, sessie, antwoorden, OVERZICHT, `${VERSTUREN}?gewijzigd=1`);
}
