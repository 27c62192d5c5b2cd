"use server";
/**
 * The budgetplan's zorgverleners (Bijlage 3, 5 and 6; GOV.UK add-another): save one, remove one,
 * and go on from the list. Same contract as the wizard's other actions: the shared zod schema on
 * the server, the encrypted draft with its version, POST–redirect–GET, and on errors the typed
 * values back. All of it works without JavaScript.
 */
import { redirect } from "next/navigation";
import { MAX_ZORGVERLENERS, type Antwoorden } from "@/lib/wizard/antwoorden";
import { waardenUitFormData } from "@/lib/wizard/formulier";
import type { FormulierStatus } from "@/lib/wizard/formulier-status";
import { magBezoeken, volgende } from "@/lib/wizard/journey";
import { NIEUWE_ZORGVERLENER, padVan, ZORGVERLENERS } from "@/lib/wizard/paden";
import { leesSessie, type Sessie } from "@/lib/wizard/sessie";
import { metGezien } from "@/lib/wizard/vragen/velden";
import { leesTaal } from "@/lib/taal";
import { nieuwZorgverlenerId, zorgverlenerFormSchemaIn } from "@/lib/wizard/vragen/zorgverlener";
import { alsFormulier, bewaarEnGa, ofStoring, parseBewaarEnGa, vereistSessie, zonderVerlies } from "@/lib/wizard/actie-hulp";

/** The session, when the list of zorgverleners may be visited now; otherwise a redirect. */
async function sessieVoorZorgverleners(): Promise<Extract<Sessie, { status: "ok" }>> {
  const sessie = await leesSessie();
  vereistSessie(sessie);
  const toegang = magBezoeken(sessie.antwoorden, "aanvraag", "zorgverleners");
  if (toegang !== true) redirect(padVan(toegang));
  return sessie;
}

/** The form fields that are not the zorgverlener's. */
const TECHNISCH = ["id"];

export async function bewaarZorgverlener(_vorige: FormulierStatus, formData: FormData): Promise<FormulierStatus> {
  formData = alsFormulier(formData);
  return zonderVerlies(formData, () => bewaarEen(formData));
}

async function bewaarEen(formData: FormData): Promise<FormulierStatus> {
  const sessie = await sessieVoorZorgverleners();
  const id = String(formData.get("id") ?? "");
  const waarden = waardenUitFormData(formData);
  for (const naam of TECHNISCH) delete waarden[naam];
  const lijst = sessie.antwoorden.zorgverleners ?? [];
  const nieuw = id === NIEUWE_ZORGVERLENER;
  // Changed while it was removed in another tab: say so instead of adding it back silently.
  if (!nieuw && !lijst.some((z) => z.id === id)) return { fouten: {}, waarden, gewijzigd: true };
  if (nieuw && lijst.length >= MAX_ZORGVERLENERS) redirect(`${ZORGVERLENERS}?vol=1`);

  return parseBewaarEnGa(
    formData,
    sessie,
    // The same messages as the browser's check, in the page's language (docs/decisions/032-talen.md).
    zorgverlenerFormSchemaIn(await leesTaal()),
    (geldig) => {
      const zorgverlener = { ...geldig, id: nieuw ? nieuwZorgverlenerId(lijst.map((z) => z.id)) : id };
      const zorgverleners = nieuw ? [...lijst, zorgverlener] : lijst.map((z) => (z.id === id ? zorgverlener : z));
      return { antwoorden: { ...sessie.antwoorden, zorgverleners }, naar: `${ZORGVERLENERS}?opgeslagen=${zorgverlener.id}` };
    },
    waarden,
  );
}

export async function verwijderZorgverlener(formData: FormData): Promise<void> {
  formData = alsFormulier(formData);
  return ofStoring(() => verwijderEen(formData));
}

async function verwijderEen(formData: FormData): Promise<void> {
  const sessie = await sessieVoorZorgverleners();
  const id = String(formData.get("id") ?? "");
  const lijst = sessie.antwoorden.zorgverleners ?? [];
  if (!lijst.some((z) => z.id === id)) redirect(ZORGVERLENERS);
  const antwoorden: Antwoorden = { ...sessie.antwoorden, zorgverleners: lijst.filter((z) => z.id !== id) };
  return bewaarEnGa(formData, sessie, antwoorden, `${ZORGVERLENERS}?verwijderd=1`, `${ZORGVERLENERS}?gewijzigd=1`);
}

export async function zorgverlenersDoorgaan(formData: FormData): Promise<void> {
  formData = alsFormulier(formData);
  return ofStoring(() => doorgaan(formData));
}

async function doorgaan(formData: FormData): Promise<void> {
  const sessie = await sessieVoorZorgverleners();
  if ((sessie.antwoorden.zorgverleners ?? []).length === 0) redirect(`${ZORGVERLENERS}?leeg=1`);
  const antwoorden: Antwoorden = { ...sessie.antwoorden, gezien: metGezien(sessie.antwoorden.gezien, "zorgverleners") };
  return bewaarEnGa(formData, sessie, antwoorden, padVan(volgende(antwoorden, "aanvraag", "zorgverleners")), `${ZORGVERLENERS}?gewijzigd=1`);
}
