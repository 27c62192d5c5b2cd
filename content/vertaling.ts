/**
 * The words of a content module in another language (docs/decisions/032-talen.md). The Dutch
 * module is the model: an English module has the same keys, functions with the same parameters
 * and any string where the Dutch has a fixed one. So a key missing in either language, or a
 * function that takes other facts, fails the typecheck; `content/talen.test.ts` checks the same
 * at run time, for what a type cannot see (an array one item short).
 */
import type { Taal } from "./taal";

export type Vertaling<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Vertaling<R>
    : T extends object
      ? { readonly [K in keyof T]: Vertaling<T[K]> }
      : T;

/** The words of `taal`: the Dutch module itself, or its translation. */
export function inTaal<T>(taal: Taal, nl: T, en: Vertaling<T>): Vertaling<T> {
  return taal === "en" ? en : (nl as Vertaling<T>);
}
