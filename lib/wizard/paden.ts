/** The wizard's URLs, in one place. */
import type { Bestemming } from "./journey";
import { stap, type StapSlug } from "./stappen";

export const OVERZICHT = "/aanvraag";
export const RESULTAAT = "/aanvraag/resultaat";
export const BEWAREN = "/aanvraag/bewaren";
/** Share links and signatures (docs/decisions/019-delen-en-ondertekenen.md). */
export const DELEN = "/aanvraag/delen";
/** After stap 3: what to send, to whom, who signs, what comes next; "verstuurd" (docs/decisions/031-burgerpaginas.md). */
export const VERSTUREN = "/aanvraag/versturen";
/** Where "Dit klopt" of a check page leads: after stap 3 to what is still to do, since klaar is not sent. */
export const naBevestigen = (slug: StapSlug): string => (slug === "aanvraag" ? VERSTUREN : OVERZICHT);
/** Where a button's action goes when the database failed: nothing changed (docs/decisions/025-opslag.md). */
export const STORING = "/storing";

export const vraagPad = (stap: StapSlug, slug: string) => `/aanvraag/${stap}/${slug}`;
/** The check page of steps 1–3; steps 4–6 have a page of their own instead (`/aanvraag/<stap>`). */
export const controlePad = (slug: StapSlug): string => stap(slug).pad;
export const hervatMisluktPad = (reden: string) => `/hervat/mislukt?reden=${encodeURIComponent(reden)}`;
/** The resume link's page (GET), the post of its button, and the 429 (docs/decisions/022-links-openen.md). */
export const HERVAT_OPENEN = "/hervat/openen";
export const HERVAT_TE_VAAK = "/hervat/te-vaak";

export function padVan(bestemming: Bestemming): string {
  switch (bestemming.soort) {
    case "vraag":
      return vraagPad(bestemming.stap, bestemming.slug);
    case "controleren":
      return controlePad(bestemming.stap);
    case "resultaat":
      return RESULTAAT;
    case "overzicht":
      return OVERZICHT;
  }
}

/** The budgetplan's zorgverleners (Bijlage 3, 5): the list, one zorgverlener's page, the PDF. */
export const ZORGVERLENERS = vraagPad("aanvraag", "zorgverleners");
export const NIEUWE_ZORGVERLENER = "nieuw";
export const zorgverlenerPad = (id: string) => `/aanvraag/budgetplan/zorgverlener/${id}`;
export const BUDGETPLAN_PDF = "/aanvraag/budgetplan/pdf";
