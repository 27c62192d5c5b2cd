/**
 * English words for the reasons of rules/redenen.ts (docs/decisions/028-redenen-als-gegevens.md):
 * one function per code, for the applicant ("you"). One file per family, each typed so that a code
 * of the family without words fails the typecheck.
 */
import type { Gegevens, RedenCode } from "../../../rules/redenen";

/** The applicant's words for one reason, from its facts. */
export type WoordenEn = (g: Gegevens) => string;

/** The words of one family of codes: every code whose name starts with `P.`. */
export type FamilieEn<P extends string> = { readonly [K in Extract<RedenCode, `${P}.${string}`>]: WoordenEn };
