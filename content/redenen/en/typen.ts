/**
 * The English words of the reasons (docs/decisions/028-redenen-als-gegevens.md, addendum
 * 2026-12-05): one table per family, each `satisfies FamilieEn<"av">` so that a code of the family
 * without words, or a code that does not exist, fails the typecheck. The applicant's words
 * ("you"), and in ./ander/ the words for every other reader (`FamilieAnderEn`); amounts, dates and numbers keep the Dutch notation (content/redenen/gegevens.ts).
 */
import type { Gegevens, RedenCode } from "../../../rules/redenen";
import type { Publiek } from "../index";
import type { PersoonEn } from "./persoon";

/** The applicant's words, "you". */
export type WoordenEn = (g: Gegevens) => string;

/** Words for every code of one family (the prefix before the dot). */
export type FamilieEn<P extends string> = { readonly [K in Extract<RedenCode, `${P}.${string}`>]: WoordenEn };

/** The words for every other reader: the applicant as a third person (./persoon.ts), never "you". */
export type AnderEn = (g: Gegevens, p: PersoonEn, publiek: Publiek) => string;

/** Words for other readers for every code of one family. */
export type FamilieAnderEn<P extends string> = { readonly [K in Extract<RedenCode, `${P}.${string}`>]: AnderEn };
