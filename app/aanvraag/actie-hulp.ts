/** Shared by the wizard's server actions (not actions themselves: this file is not "use server"). */
import "server-only";
import { redirect } from "next/navigation";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { hervatMisluktPad } from "@/lib/wizard/paden";
import { bewaarSessie, type Sessie } from "@/lib/wizard/sessie";

/**
 * An action is a public endpoint: a hand-made request decides what React hands it, and that need
 * not be (previous state, FormData) at all. Anything that is not a FormData is an empty form,
 * which every action answers with its usual errors (docs/decisions/024-foutpaden.md).
 */
export function alsFormulier(waarde: unknown): FormData {
  return waarde instanceof FormData ? waarde : new FormData();
}

export function versieUit(formData: FormData): number {
  const versie = Number(formData.get("versie"));
  return Number.isInteger(versie) && versie > 0 ? versie : 0;
}

export function vereistSessie(sessie: Sessie): asserts sessie is Extract<Sessie, { status: "ok" }> {
  if (sessie.status === "geen") redirect("/");
  if (sessie.status !== "ok") redirect(hervatMisluktPad(sessie.status));
}

export async function bewaar(sessie: Extract<Sessie, { status: "ok" }>, versie: number, antwoorden: Antwoorden): Promise<"ok" | "gewijzigd"> {
  const resultaat = await bewaarSessie(sessie.toegang, versie, antwoorden);
  if (resultaat.status === "gewijzigd") return "gewijzigd";
  if (resultaat.status !== "ok") redirect(hervatMisluktPad(resultaat.status));
  return "ok";
}

