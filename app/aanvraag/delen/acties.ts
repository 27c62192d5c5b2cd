"use server";
/**
 * The applicant's side of sharing: sign the budgetplan, make a share link, revoke one. Same
 * contract as the wizard's actions: the shared zod schema on the server, the encrypted draft with
 * its version, POST–redirect–GET, and on errors the typed values back. All work without JavaScript.
 */
import { redirect } from "next/navigation";
import { beveiligingTeksten } from "@/content/beveiliging";
import { deellinkSchemaIn, eigenRol, ghViaLink, ondertekenAanvragerSchemaIn, ondertekenGhSchemaIn } from "@/lib/delen/formulieren";
import { onderteken } from "@/lib/delen/handtekeningen";
import { MAX_ACTIEVE_DEELLINKEN } from "@/lib/drafts/deellinks";
import { deellinken } from "@/lib/drafts/server";
import { aanmakenGeweigerd } from "@/lib/http/aanmaken";
import type { FormulierStatus } from "@/lib/wizard/formulier-status";
import { budgetplanKlaar } from "@/lib/wizard/journey";
import { DELEN, hervatMisluktPad } from "@/lib/wizard/paden";
import { leesSessie } from "@/lib/wizard/sessie";
import { leesTaal } from "@/lib/taal";
import { alsFormulier, ofStoring, parseBewaarEnGa, vereistSessie, zonderVerlies } from "@/lib/wizard/actie-hulp";

const DAG_MS = 24 * 60 * 60 * 1000;

export async function ondertekenZelf(_vorige: FormulierStatus, formData: FormData): Promise<FormulierStatus> {
  formData = alsFormulier(formData);
  return zonderVerlies(formData, () => teken(formData));
}

async function teken(formData: FormData): Promise<FormulierStatus> {
  const sessie = await leesSessie();
  vereistSessie(sessie);
  const a = sessie.antwoorden;
  // The form is only shown for a finished plan; a forged post for an unfinished one goes back.
  if (!budgetplanKlaar(a)) redirect(DELEN);
  const rol = eigenRol(a);
  const teken = (geldig: Parameters<typeof onderteken>[2]) => ({ antwoorden: onderteken(a, rol, geldig, new Date()), naar: `${DELEN}?ondertekend=1` });
  // The messages in the page's language, the same schema the browser loads (docs/decisions/032-talen.md).
  const taal = await leesTaal();
  return rol === "gewaarborgde-hulp"
    ? parseBewaarEnGa(formData, sessie, ondertekenGhSchemaIn(taal), teken)
    : parseBewaarEnGa(formData, sessie, ondertekenAanvragerSchemaIn(taal), teken);
}

export async function maakDeellink(_vorige: FormulierStatus, formData: FormData): Promise<FormulierStatus> {
  formData = alsFormulier(formData);
  return zonderVerlies(formData, () => maakLink(formData));
}

async function maakLink(formData: FormData): Promise<FormulierStatus> {
  const sessie = await leesSessie();
  vereistSessie(sessie);
  // The link goes into its own store, not the draft: this work ends with its own redirect.
  return parseBewaarEnGa(formData, sessie, deellinkSchemaIn(await leesTaal()), async ({ rol, geldig }) => {
    // The form offers the role only when it makes sense; a forged post for it goes back.
    if (rol === "gewaarborgde-hulp" && !ghViaLink(sessie.antwoorden)) redirect(DELEN);
    // The limits (docs/decisions/023-grenzen.md): on the role field, so the error summary links to
    // the form; the choices come back as they were.
    const teVaak = await aanmakenGeweigerd();
    if (teVaak !== null) return { fouten: { rol: teVaak } };
    const nu = new Date();
    const tot = geldig === "aanvraag" ? null : new Date(nu.getTime() + Number(geldig) * DAG_MS);
    const gemaakt = await deellinken().maak(sessie.toegang, rol, tot, nu);
    if (gemaakt.status === "te-veel") return { fouten: { rol: beveiligingTeksten.grenzen.teVeelLinks(MAX_ACTIEVE_DEELLINKEN) } };
    if (gemaakt.status !== "ok") redirect(hervatMisluktPad(gemaakt.status));
    redirect(`${DELEN}?nieuw=${gemaakt.link.id}`);
  });
}

export async function trekDeellinkIn(formData: FormData): Promise<void> {
  formData = alsFormulier(formData);
  return ofStoring(() => trekIn(formData));
}

async function trekIn(formData: FormData): Promise<void> {
  const sessie = await leesSessie();
  vereistSessie(sessie);
  const status = await deellinken().trekIn(sessie.toegang, String(formData.get("link") ?? ""), new Date());
  if (status === "sleutel-onjuist") redirect(hervatMisluktPad(status));
  redirect(`${DELEN}?${status === "ok" ? "ingetrokken=1" : "onbekend=1"}`);
}
