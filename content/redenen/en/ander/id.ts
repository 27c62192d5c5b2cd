/**
 * English words for rules/identificatie.ts (BP-04, BP-05) for every reader but the applicant: the
 * applicant as a third person (../persoon.ts).
 */
import { EN_ID } from "../id";
import { naam, Naam } from "../persoon";
import type { FamilieAnderEn } from "../typen";

export const EN_ID_ANDER = {
  "id.kvk": (_, p) =>
    `This is a professional organisation or a self-employed care provider. Fill in their KVK number (Chamber of Commerce number) on the budgetplan. That number has 8 digits. ${Naam(p)} can ask the care provider for the number.`,
  "id.bsn": EN_ID["id.bsn"],
  "id.kvk-of-bsn": (_, p) =>
    `Does ${naam(p)} buy care from an organisation or a self-employed care provider? Then fill in the KVK number. Does ${naam(p)} buy care from an informal caregiver? Then fill in their citizen service number (BSN).`,
  "id.bsn-ongeldig": EN_ID["id.bsn-ongeldig"],
  "id.kvk-ongeldig": EN_ID["id.kvk-ongeldig"],
} satisfies FamilieAnderEn<"id">;
