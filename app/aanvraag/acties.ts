"use server";
/**
 * The wizard's server actions. Each validates with the same zod schema the browser uses, saves
 * the encrypted draft and redirects (POST–redirect–GET); with errors it returns them with every
 * value the person typed, so nothing is lost; also when the database fails (zonderVerlies,
 * ofStoring). They work the same with JavaScript off.
 */
import { redirect } from "next/navigation";
import { aanmakenGeweigerd } from "@/lib/http/aanmaken";
import { bevestig as metBevestigd, magBezoeken, volgende } from "@/lib/wizard/journey";
import { SERVER_STAPPEN } from "@/lib/wizard/server-stappen";
import { controlePad, naBevestigen, OVERZICHT, padVan } from "@/lib/wizard/paden";
import { leesSessie, maakSessie, verwijderSessie, type Sessie } from "@/lib/wizard/sessie";
import { startSchemaIn, verwerkStart } from "@/lib/wizard/start";
import { leesTaal } from "@/lib/taal";
import type { FormulierStatus } from "@/lib/wizard/formulier-status";
import { zoekStap } from "@/lib/wizard/stappen";
import { schemaVan, vraagVoor } from "@/lib/wizard/vragen";
import { alsFormulier, bewaar, bewaarEnGa, type Bewaren, ofStoring, parseBewaarEnGa, vereistSessie, zonderVerlies } from "@/lib/wizard/actie-hulp";
import { eigenWaarde } from "@/lib/eigen-sleutel";

export async function startAanvraag(_vorige: FormulierStatus, formData: FormData): Promise<FormulierStatus> {
  formData = alsFormulier(formData);
  return zonderVerlies(formData, () => start(formData));
}

async function start(formData: FormData): Promise<FormulierStatus> {
  // Read once the choice is valid; the save below needs the same session.
  let sessie: Sessie = { status: "geen" };
  const bewaarStart: Bewaren = async (antwoorden, versie) => {
    if (sessie.status === "ok") return bewaar(sessie, versie || sessie.versie, antwoorden);
    await maakSessie(antwoorden);
    return "ok";
  };
  // The messages in the page's language, as the browser showed them (docs/decisions/032-talen.md).
  const schema = startSchemaIn(await leesTaal());
  return parseBewaarEnGa(formData, bewaarStart, schema, async (geldig) => {
    sessie = await leesSessie();
    if (sessie.status === "ok") return { antwoorden: verwerkStart(geldig, sessie.antwoorden), naar: OVERZICHT };
    // A new draft counts against the address's limit (docs/decisions/023-grenzen.md); the choice stays.
    const teVaak = await aanmakenGeweigerd();
    if (teVaak !== null) return { fouten: { voorWie: teVaak } };
    return { antwoorden: verwerkStart(geldig, {}), naar: OVERZICHT };
  });
}

export async function beantwoord(_vorige: FormulierStatus, formData: FormData): Promise<FormulierStatus> {
  formData = alsFormulier(formData);
  return zonderVerlies(formData, () => beantwoordVraag(formData));
}

async function beantwoordVraag(formData: FormData): Promise<FormulierStatus> {
  const stap = zoekStap(formData.get("stap"))?.slug;
  const vraag = vraagVoor(String(formData.get("vraag") ?? ""));
  if (stap === undefined || vraag === null || vraag.stap !== stap) redirect(OVERZICHT);

  const sessie = await leesSessie();
  vereistSessie(sessie);
  const toegang = magBezoeken(sessie.antwoorden, stap, vraag.slug);
  if (toegang !== true) redirect(padVan(toegang));

  const taal = await leesTaal();
  return parseBewaarEnGa(formData, sessie, schemaVan(vraag, taal), (geldig) => {
    const verwerkt = vraag.verwerk(geldig, sessie.antwoorden);
    const serverStap = eigenWaarde(SERVER_STAPPEN, vraag.slug)?.(geldig, verwerkt, taal);
    if (serverStap !== undefined && "fouten" in serverStap) return serverStap;
    const antwoorden = serverStap?.antwoorden ?? verwerkt;
    return { antwoorden, naar: padVan(volgende(antwoorden, stap, vraag.slug)) };
  });
}

export async function bevestigStap(formData: FormData): Promise<void> {
  formData = alsFormulier(formData);
  return ofStoring(() => bevestig(formData));
}

async function bevestig(formData: FormData): Promise<void> {
  // A forged step goes to the overview, like a step that cannot start yet.
  const stap = zoekStap(formData.get("stap"))?.slug;
  if (stap === undefined) redirect(OVERZICHT);
  const sessie = await leesSessie();
  vereistSessie(sessie);
  const toegang = magBezoeken(sessie.antwoorden, stap, "controleren");
  if (toegang !== true) redirect(padVan(toegang));
  return bewaarEnGa(formData, sessie, metBevestigd(sessie.antwoorden, stap), naBevestigen(stap), `${controlePad(stap)}?gewijzigd=1`);
}

export async function verwijderGegevens(): Promise<void> {
  await ofStoring(async () => {
    const sessie = await leesSessie();
    if (sessie.status === "ok") await verwijderSessie(sessie.toegang);
  });
  redirect("/?verwijderd=1");
}

