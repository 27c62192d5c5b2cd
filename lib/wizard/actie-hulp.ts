/** Shared by the wizard's server actions (not actions themselves: this file is not "use server"). */
import "server-only";
import { redirect } from "next/navigation";
import { isOpslagStoring, meldStoring } from "@/lib/drafts/storing";
import type * as z from "zod";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { veldFouten, waardenUitFormData } from "@/lib/wizard/formulier";
import type { FormulierStatus } from "@/lib/wizard/formulier-status";
import { hervatMisluktPad, STORING } from "@/lib/wizard/paden";
import { bewaarSessie, type Sessie } from "@/lib/wizard/sessie";
import type { VeldFouten, Waarden } from "@/lib/wizard/types";

/**
 * Runs a form action; when the database fails (full disk, read-only file, lock past its timeout,
 * PostgreSQL gone), the form comes back with every posted value and says nothing was saved,
 * instead of an error page that loses what was typed (docs/decisions/025-opslag.md). Redirects
 * and bugs pass through.
 */
export async function zonderVerlies(formData: FormData, actie: () => Promise<FormulierStatus>): Promise<FormulierStatus> {
  try {
    return await actie();
  } catch (fout) {
    if (!isOpslagStoring(fout)) throw fout;
    meldStoring(fout);
    return { fouten: {}, waarden: waardenUitFormData(formData), nietBewaard: true };
  }
}

/** The same for a button without typed input: the Dutch page that says nothing changed. */
export async function ofStoring(actie: () => Promise<void>): Promise<void> {
  try {
    await actie();
  } catch (fout) {
    if (!isOpslagStoring(fout)) throw fout;
    meldStoring(fout);
    redirect(STORING);
  }
}

/**
 * An action is a public endpoint: a hand-made request decides what React hands it, and that need
 * not be (previous state, FormData) at all. Anything that is not a FormData is an empty form,
 * which every action answers with its usual errors (docs/decisions/024-foutpaden.md).
 */
export function alsFormulier(waarde: unknown): FormData {
  return waarde instanceof FormData ? waarde : new FormData();
}

function versieUit(formData: FormData): number {
  const versie = Number(formData.get("versie"));
  return Number.isInteger(versie) && versie > 0 ? versie : 0;
}

type OkSessie = Extract<Sessie, { status: "ok" }>;

export function vereistSessie(sessie: Sessie): asserts sessie is OkSessie {
  if (sessie.status === "geen") redirect("/");
  if (sessie.status !== "ok") redirect(hervatMisluktPad(sessie.status));
}

/**
 * Saves answers with the version the form was shown with: "gewijzigd" when the draft changed since
 * (another tab); a draft that is gone or cannot be opened redirects.
 */
export type Bewaren = (antwoorden: Antwoorden, versie: number) => Promise<"ok" | "gewijzigd">;

export async function bewaar(sessie: OkSessie, versie: number, antwoorden: Antwoorden): Promise<"ok" | "gewijzigd"> {
  const resultaat = await bewaarSessie(sessie.toegang, versie, antwoorden);
  if (resultaat.status === "gewijzigd") return "gewijzigd";
  if (resultaat.status !== "ok") redirect(hervatMisluktPad(resultaat.status));
  return "ok";
}

/** What a form's own work gives after its schema passed: errors at fields, or the answers to save and where to go then. */
export type FormulierUitkomst = { fouten: VeldFouten } | { antwoorden: Antwoorden; naar: string };

/**
 * The common path of the wizard's form actions, once the session is read: the posted values
 * through the form's shared schema, the action's own work, the answers saved with the version the
 * form was shown with, then POST–redirect–GET. On errors, or when the draft changed in another
 * tab, the form comes back with every value as typed.
 *
 * `waar`: the session, whose draft gets the answers, or another way to save them (a new draft, a
 * draft opened through a share link). `verwerk` may also end with a redirect of its own, when what
 * it makes is not a draft's answers (a share link). `waarden`: when the action left fields out.
 */
export async function parseBewaarEnGa<T>(
  formData: FormData,
  waar: OkSessie | Bewaren,
  schema: { safeParse(waarden: Waarden): z.ZodSafeParseResult<T> },
  verwerk: (geldig: T) => FormulierUitkomst | Promise<FormulierUitkomst>,
  waarden: Waarden = waardenUitFormData(formData),
): Promise<FormulierStatus> {
  const resultaat = schema.safeParse(waarden);
  if (!resultaat.success) return { fouten: veldFouten(resultaat.error), waarden };
  const uitkomst = await verwerk(resultaat.data);
  if ("fouten" in uitkomst) return { fouten: uitkomst.fouten, waarden };
  const versie = versieUit(formData);
  const status = typeof waar === "function" ? await waar(uitkomst.antwoorden, versie) : await bewaar(waar, versie, uitkomst.antwoorden);
  if (status === "gewijzigd") return { fouten: {}, waarden, gewijzigd: true };
  redirect(uitkomst.naar);
}

/**
 * The same for a button without typed input: the answers saved with the version the page was
 * shown with, then to `naar`; when the draft changed in another tab, to `gewijzigd`, a page that
 * says so.
 */
export async function bewaarEnGa(formData: FormData, sessie: OkSessie, antwoorden: Antwoorden, naar: string, gewijzigd: string): Promise<never> {
  redirect((await bewaar(sessie, versieUit(formData), antwoorden)) === "gewijzigd" ? gewijzigd : naar);
}
