/** Shared by the wizard's pages: the session, or a redirect to where it can be fixed. */
import "server-only";
import { redirect } from "next/navigation";
import { kanStapBeginnen } from "@/lib/wizard/journey";
import { hervatMisluktPad, OVERZICHT } from "@/lib/wizard/paden";
import type { StapSlug } from "@/lib/wizard/types";
import { leesSessie, type Sessie } from "@/lib/wizard/sessie";

export async function vereisSessie(): Promise<Extract<Sessie, { status: "ok" }>> {
  const sessie = await leesSessie();
  if (sessie.status === "geen") redirect("/");
  if (sessie.status !== "ok") redirect(hervatMisluktPad(sessie.status));
  return sessie;
}

/** The session, for a page of a step that may begin; otherwise to the overview. */
export async function vereisStap(stap: StapSlug): Promise<Extract<Sessie, { status: "ok" }>> {
  const sessie = await vereisSessie();
  if (!kanStapBeginnen(stap, sessie.antwoorden)) redirect(OVERZICHT);
  return sessie;
}
