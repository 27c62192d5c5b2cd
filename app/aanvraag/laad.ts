/** Shared by the wizard's pages: the session, or a redirect to where it can be fixed. */
import "server-only";
import { redirect } from "next/navigation";
import { hervatMisluktPad } from "@/lib/wizard/paden";
import { leesSessie, type Sessie } from "@/lib/wizard/sessie";

export async function vereisSessie(): Promise<Extract<Sessie, { status: "ok" }>> {
  const sessie = await leesSessie();
  if (sessie.status === "geen") redirect("/");
  if (sessie.status !== "ok") redirect(hervatMisluktPad(sessie.status));
  return sessie;
}
