/**
 * Looking up a key the user chose (a query value, a route segment, a form field's name) in an
 * object literal: only its OWN keys count. `reden in redenen` and `redenen[reden]` also find what
 * every object inherits (`toString`, `constructor`, `__proto__`, `valueOf`…), which React then
 * refuses to render, a 500 (docs/decisions/024-foutpaden.md).
 */

/** Whether `sleutel` is one of `object`'s own keys (never an inherited one). */
export function isEigenSleutel<T extends object>(object: T, sleutel: unknown): sleutel is keyof T & string {
  return typeof sleutel === "string" && Object.hasOwn(object, sleutel);
}

/** `object[sleutel]` when that is one of its own keys, otherwise `undefined`. */
export function eigenWaarde<T extends object>(object: T, sleutel: unknown): T[keyof T] | undefined {
  return isEigenSleutel(object, sleutel) ? object[sleutel] : undefined;
}
