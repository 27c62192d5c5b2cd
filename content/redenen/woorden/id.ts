/**
 * The words of the family `id.` (rules/identificatie.ts: BP-04, BP-05): the number that identifies
 * a zorgverlener on the budgetplan (docs/decisions/028).
 */
import { identificatieTeksten as id } from "../identificatie";
import type { Familie } from "./gedeeld";

export const ID = {
  "id.kvk": {
    u: () => id.kvk,
    ander: () =>
      "Dit is een professionele organisatie of een zzp'er. Vul op het budgetplan het KVK-nummer in. Dat nummer heeft 8 cijfers. Vraag het nummer aan de zorgverlener.",
  },
  "id.bsn": { u: () => id.bsn },
  "id.kvk-of-bsn": {
    u: () => id.onbekend,
    ander: () =>
      "Is de zorgverlener een organisatie of een zzp'er? Vul dan het KVK-nummer in. Is de zorgverlener een informele zorgverlener? Vul dan zijn of haar burgerservicenummer (BSN) in.",
  },
  "id.bsn-ongeldig": { u: () => id.bsnOngeldig },
  "id.kvk-ongeldig": { u: () => id.kvkOngeldig },
} satisfies Familie<"id">;
