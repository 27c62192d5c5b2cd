/** Stap 6's URLs: the step's page and its three tools (GET forms). */
export const DECLARATIES = "/aanvraag/declaraties";
export const TERMIJN = `${DECLARATIES}/termijn`;
export const VERANTWOORDINGSVRIJ = `${DECLARATIES}/verantwoordingsvrij`;
export const BUDGET = `${DECLARATIES}/budget`;
