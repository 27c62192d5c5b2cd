/**
 * The addresses of the pages every public service has, and of the delete confirmation
 * (docs/decisions/031-burgerpaginas.md). Apart from lib/wizard/paden.ts: these pages are not
 * steps of the wizard.
 */
export const VERWIJDEREN = "/aanvraag/verwijderen";
export const PRIVACY = "/privacy";
export const TOEGANKELIJKHEID = "/toegankelijkheid";
export const CONTACT = "/contact";
export const BEGRIPPEN = "/begrippen";
/** The feedback part of the contact page. */
export const REACTIE = `${CONTACT}#reactie`;
