/**
 * English words for rules/identificatie.ts (BP-04, BP-05): which number identifies a zorgverlener
 * and whether it is right. From the Dutch of content/redenen/identificatie.ts, for the applicant.
 */
import type { FamilieEn } from "./typen";

export const EN_ID = {
  "id.kvk": () =>
    "This is a professional organisation or a self-employed care provider. Fill in their KVK number (Chamber of Commerce number) on the budgetplan. That number has 8 digits. You can ask the care provider for the number.",
  "id.bsn": () => "This is an informal caregiver. Fill in their citizen service number (BSN) on the budgetplan.",
  "id.kvk-of-bsn": () =>
    "Do you buy care from an organisation or a self-employed care provider? Then fill in the KVK number. Do you buy care from an informal caregiver? Then fill in their citizen service number (BSN).",
  "id.bsn-ongeldig": () => "This citizen service number is not right. A BSN has 9 digits. Check the number carefully.",
  "id.kvk-ongeldig": () => "This KVK number is not right. A KVK number has 8 digits.",
} satisfies FamilieEn<"id">;
