/**
 * Form values in, form values out: the same normalising on the server (FormData) and in the
 * browser (react-hook-form's values), so the shared zod schema sees the same input both ways.
 */
import type * as z from "zod";
import type { VeldFouten, Waarden } from "./types";

/** Fields the form carries for the engine, not for the question. */
export const TECHNISCHE_VELDEN = new Set(["versie", "terug"]);

/**
 * Built with Object.fromEntries, never by assignment: a posted field named `__proto__` would
 * otherwise set the object's prototype instead of a value (found by tests/lib/fuzz).
 */
export function waardenUitFormData(formData: FormData): Waarden {
  const paren: [string, string | string[]][] = [];
  for (const naam of new Set(formData.keys())) {
    // Next adds $ACTION_* fields for server actions posted without JavaScript.
    if (naam.startsWith("$") || TECHNISCHE_VELDEN.has(naam)) continue;
    const alle = formData.getAll(naam).filter((w): w is string => typeof w === "string");
    if (alle.length === 1 && alle[0] !== undefined) paren.push([naam, alle[0]]);
    else if (alle.length > 1) paren.push([naam, alle]);
  }
  return Object.fromEntries(paren);
}

/** react-hook-form gives `null`/`false` for an empty radio or checkbox group; the server sees nothing. */
export function normaliseerWaarden(invoer: Record<string, unknown>): Waarden {
  const paren: [string, string | string[]][] = [];
  for (const [naam, waarde] of Object.entries(invoer)) {
    if (typeof waarde === "string") paren.push([naam, waarde]);
    else if (Array.isArray(waarde)) {
      const teksten = waarde.filter((w): w is string => typeof w === "string");
      if (teksten.length > 0) paren.push([naam, teksten]);
    }
  }
  return Object.fromEntries(paren);
}

/** The first message per field, keyed by the field name (the issue's first path element). */
export function veldFouten(error: z.ZodError): VeldFouten {
  const fouten: VeldFouten = {};
  for (const issue of error.issues) {
    const naam = String(issue.path[0] ?? "");
    if (naam !== "" && fouten[naam] === undefined) fouten[naam] = issue.message;
  }
  return fouten;
}
