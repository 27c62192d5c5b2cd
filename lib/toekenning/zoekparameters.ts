/**
 * The tools of stap 4 are plain GET forms (they work without JavaScript and write nothing to the
 * draft): their input arrives as Next's `searchParams`. This turns them into the `Waarden` the
 * zod schemas read, keeping only the form's own fields.
 */
import type { Waarden } from "@/lib/wizard/types";

export type Zoekparameters = Record<string, string | string[] | undefined>;

/**
 * The form's fields from the query, or `null` when none of them is there (the page was opened,
 * not submitted). A repeated field stays a list, which the schema refuses as unreadable.
 */
export function waardenUit(params: Zoekparameters, namen: readonly string[]): Waarden | null {
  const waarden: Waarden = {};
  let verstuurd = false;
  for (const naam of namen) {
    const waarde = params[naam];
    if (waarde === undefined) continue;
    verstuurd = true;
    waarden[naam] = waarde;
  }
  return verstuurd ? waarden : null;
}

/** One value to show again in a field: the first when the query repeated it. */
export function eersteWaarde(waarde: string | string[] | undefined): string {
  return (Array.isArray(waarde) ? waarde[0] : waarde) ?? "";
}
