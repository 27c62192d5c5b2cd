/**
 * The zod schema of each form, loaded only when the browser needs it. The form component runs
 * the same schema as the server, but shipping every question's schema (and the texts and rules
 * they use) with every page made the first download half again as big as a bare Next.js page
 * (docs/decisions/030-snelheid.md). Now each loads as a chunk of its own after the page is usable; until it is there,
 * and without JavaScript, the server's validation is the whole check.
 */
import type * as z from "zod";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { eigenWaarde } from "@/lib/eigen-sleutel";

/** Loads a form's schema with its messages in `taal` (docs/decisions/032-talen.md, addendum on questions). */
type Lader = (taal: Taal) => Promise<z.ZodType | null>;

/** Forms that are not questions of the wizard, by the name their page passes. */
const EIGEN: Readonly<Record<string, Lader>> = {
  start: (taal) => import("./start").then((m) => m.startSchemaIn(taal)),
  zorgverlener: () => import("./vragen/zorgverlener").then((m) => m.zorgverlenerFormSchema),
  "onderteken-aanvrager": (taal) => import("@/lib/delen/formulieren").then((m) => m.ondertekenAanvragerSchemaIn(taal)),
  "onderteken-gh": (taal) => import("@/lib/delen/formulieren").then((m) => m.ondertekenGhSchemaIn(taal)),
  deellink: (taal) => import("@/lib/delen/formulieren").then((m) => m.deellinkSchemaIn(taal)),
};

/**
 * A name of {@link EIGEN}, otherwise a question's slug (its schema from the registry), with the
 * messages of the page's language, as the server checks it (`schemaVan`).
 */
export function laadSchema(naam: string, taal: Taal = STANDAARDTAAL): Promise<z.ZodType | null> {
  const eigen = eigenWaarde(EIGEN, naam);
  if (eigen !== undefined) return eigen(taal);
  return import("./vragen").then((m) => {
    const vraag = m.vraagVoor(naam);
    return vraag === null ? null : m.schemaVan(vraag, taal);
  });
}
