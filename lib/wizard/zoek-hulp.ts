/**
 * Shared by the tool pages that are plain GET forms (they work without JavaScript and write
 * nothing to the draft): the equivalent of actie-hulp.ts for their query string. It bounds the
 * query, reads it with the page's zod schema, and gives what the page shows: the values as typed,
 * the errors in field order, and the "Fout:" title (docs/decisions/024-foutpaden.md: a hand-made
 * address gets a Dutch error, never a 500).
 */
import type * as z from "zod";
import { foutTitel } from "@/lib/fout-titel";
import type { Taal } from "@/content/taal";
import { formulier } from "@/content/wizard/algemeen";
import { veldFouten } from "@/lib/wizard/formulier";
import type { Waarden } from "@/lib/wizard/types";

/** Next's `searchParams`: a value per name, a list when the address repeats the name. */
export type Zoekparameters = Record<string, string | string[] | undefined>;

/** Longer than any value a tool's field takes; each schema has its own, tighter maximum. */
export const MAX_ZOEKWAARDE = 500;

export interface ZoekFout {
  naam: string;
  tekst: string;
}

export type ZoekStaat<T> =
  /** The page was opened, not submitted: none of the form's names is in the query. */
  | { soort: "start"; waarden: Record<string, string> }
  | { soort: "fout"; waarden: Record<string, string>; fouten: ZoekFout[] }
  | { soort: "ok"; waarden: Record<string, string>; data: T };

export interface ZoekOpties {
  /** Names the page reads itself besides the schema's fields (a second button's name). */
  extra?: readonly string[];
  /** Changes the read values before the schema sees them; what the fields show again follows. */
  invullen?: (waarden: Waarden) => Waarden;
}

function eerste(waarde: string | string[]): string {
  return (Array.isArray(waarde) ? waarde[0] : waarde) ?? "";
}

/**
 * Reads a GET form's query with the page's schema. The form's names are the schema's keys (in
 * that order, which is the order of the error summary) and `extra`. A name the form does not
 * have is not read: links pick up names on their way (a mail program's or a site's tracking
 * names), and the person did not type them (docs/decisions/024-foutpaden.md). A name given twice
 * or a value longer than MAX_ZOEKWAARDE is an error at its field, in Dutch, whatever the schema
 * says of it; the other fields are read as usual.
 */
export function leesZoekformulier<S extends z.ZodObject>(params: Zoekparameters, schema: S, opties: ZoekOpties = {}): ZoekStaat<z.output<S>> {
  const velden = Object.keys(schema.shape);
  const namen = [...velden, ...(opties.extra ?? [])];
  const eersteVeld = velden[0] ?? "";
  // Own keys only, and built with Object.fromEntries: a name such as `__proto__` stays data.
  const bekend = Object.entries(params).filter((paar): paar is [string, string | string[]] => paar[1] !== undefined && namen.includes(paar[0]));
  if (bekend.length === 0) return { soort: "start", waarden: {} };

  const invoer = opties.invullen ? opties.invullen(Object.fromEntries(bekend)) : Object.fromEntries(bekend);
  const waarden = Object.fromEntries(namen.filter((naam) => Object.hasOwn(invoer, naam)).map((naam) => [naam, eerste(invoer[naam] ?? "")]));

  // Refused before the schema: its own value is not read, but the other fields still are.
  const vooraf: Record<string, string> = {};
  for (const [naam, waarde] of Object.entries(invoer)) {
    if (Array.isArray(waarde)) vooraf[naam] ??= formulier.fouten.ongeldig;
    else if (waarde.length > MAX_ZOEKWAARDE) vooraf[naam] ??= formulier.fouten.teLangInAdres(MAX_ZOEKWAARDE);
  }
  const gelezen = schema.safeParse(Object.fromEntries(Object.entries(invoer).map(([naam, waarde]) => [naam, vooraf[naam] === undefined ? waarde : ""])));
  if (gelezen.success && Object.keys(vooraf).length === 0) return { soort: "ok", waarden, data: gelezen.data };
  const perVeld = { ...(gelezen.success ? {} : veldFouten(gelezen.error)), ...vooraf };
  const fouten = namen.flatMap((naam) => (perVeld[naam] === undefined ? [] : [{ naam, tekst: perVeld[naam] }]));
  // A check over several fields has no field of its own: its message goes to the first field.
  if (fouten.length === 0) fouten.push({ naam: eersteVeld, tekst: gelezen.error?.issues[0]?.message ?? formulier.fouten.ongeldig });
  return { soort: "fout", waarden, fouten };
}

/** The field's error, for the field itself. */
export function foutVan(staat: ZoekStaat<unknown>, naam: string): string | undefined {
  return staat.soort === "fout" ? staat.fouten.find((f) => f.naam === naam)?.tekst : undefined;
}

/**
 * The document title: "Fout: …" when the form came back with errors, as on the question pages. A
 * page may carry its own outcome in place of `ok`; only `fout` counts.
 */
export function zoekTitel(titel: string, staat: { soort: string }, taal: Taal): string {
  return foutTitel(titel, staat.soort === "fout", taal);
}
