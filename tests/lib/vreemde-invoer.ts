/** Input an attacker types by hand, shared by the fuzz tests and the HTTP tests (docs/decisions/024-foutpaden.md). */
import fc from "fast-check";

/** Every name an object literal inherits, and a few that frameworks treat specially. */
export const PROTOTYPE_NAMEN = [...Object.getOwnPropertyNames(Object.prototype), "prototype", "toJSON", "then"] as const;

/** Escapes that decode, escapes that do not (not hex, cut short, not UTF-8, overlong, a lone surrogate). */
export const ESCAPES = ["%", "%f", "%zz", "%ff", "%FF", "%C0%80", "%ED%A0%80", "%e2%82", "%e2%82%ac", "%25", "%20", "%C3%A9", "%00", "%2F", "%u00e9"] as const;

/** A path segment: broken and good escapes, prototype names, parts of real paths, any ASCII. */
export const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ESCAPES) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_NAMEN) },
  { weight: 2, arbitrary: fc.constantFrom("aanvraag", "indicatie", "heeft-indicatie", "zorgovereenkomsten", "budgetplan", "zorgverlener", "pdf", "hervat", "gedeeld", "mislukt", "api", "v1") },
  { weight: 2, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 6 }).map((t) => t.replace(/[/?#\\]/g, "")) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...ESCAPES, "a", "é"), { minLength: 2, maxLength: 4 }).map((d) => d.join("")) },
);

/** A multipart/form-data body with boundary `grens` (or another). */
export function multipart(velden: readonly (readonly [string, string])[], grens = "grens"): string {
  return velden.map(([n, w]) => `--${grens}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${w}\r\n`).join("") + `--${grens}--\r\n`;
}

/** References React resolves: all but "$K…", "$$…" and "$undefined" fail or mean something our forms never send. */
export const VERWIJZINGEN = ["$@1", "$@0", "$Q1", "$W1", "$B1", "$T1", "$F1", "$h1", "$D2020-01-01", "$n12", "$i1", "$-0", "$NaN", "$Infinity", "$1", "$a", "$S1", "$R1", "$Z", "$", "$K", "$Kz"] as const;
/** A value React's decodeReply reads from JSON: plain data, or any of its references. */
export const flightWaarde: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  waarde: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...VERWIJZINGEN, "$K1", "$$x", "$undefined", "gewoon", "", ...PROTOTYPE_NAMEN),
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.constantFrom(null, true, false, 1.5),
    fc.array(tie("waarde"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("fouten", "waarden", "__proto__", "constructor", "x", "$K1"), tie("waarde"), { maxKeys: 4 }),
  ),
})).waarde;

