/** Input an attacker types by hand, shared by the fuzz tests and the HTTP tests (docs/decisions/024-foutpaden.md). */

/** Every name an object literal inherits, and a few that frameworks treat specially. */
export const PROTOTYPE_NAMEN = [...Object.getOwnPropertyNames(Object.prototype), "prototype", "toJSON", "then"] as const;
