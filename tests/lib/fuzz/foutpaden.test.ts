/**
 * Odd input an attacker sends by hand, fuzzed in-process (fast-check, fixed seed): prototype
 * names (`toString`, `__proto__`, `constructor`…) as query values and route parameters, raw
 * paths with broken percent-escapes, broken multipart and server-action bodies. The promise: a
 * 4xx or the page's own answer, never a 5xx and never a tree React cannot send. The same shapes
 * go to the production server over HTTP in tests/e2e/foutpaden.spec.ts
 * (docs/decisions/024-foutpaden.md).
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { aanvraag } from "@/content/aanvraag";
import { delen } from "@/content/delen";
import { loopBoom } from "@/tests/lib/boom";
import { PROTOTYPE_NAMEN } from "@/tests/lib/vreemde-invoer";

const HervatMislukt = (await import("@/app/hervat/mislukt/page")).default;
const GedeeldMislukt = (await import("@/app/gedeeld/mislukt/page")).default;

const CONFIG = { seed: 20261203, numRuns: 1000 } as const;
vi.setConfig({ testTimeout: 120_000 });


/** A value for a query parameter or a route segment: a prototype name, any text, or a known value. */
function sleutel(bekend: readonly string[]): fc.Arbitrary<string | string[] | undefined> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...PROTOTYPE_NAMEN) },
    { weight: 2, arbitrary: fc.constantFrom(...bekend) },
    { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...PROTOTYPE_NAMEN, ...bekend), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

describe("the pages that explain a failed link: any reden", () => {
  const paginas = [
    { naam: "/hervat/mislukt", pagina: HervatMislukt, redenen: aanvraag.hervat.redenen },
    { naam: "/gedeeld/mislukt", pagina: GedeeldMislukt, redenen: delen.mislukt.redenen },
  ];

  for (const { naam, pagina, redenen } of paginas) {
    it(`${naam}?reden=toString, __proto__, constructor…: the page names a known reason`, async () => {
      for (const reden of PROTOTYPE_NAMEN) {
        const boom = await loopBoom(await pagina({ searchParams: Promise.resolve({ reden }) }));
        expect(boom.teksten, reden).toContain(redenen["niet-gevonden"]);
      }
    });

    it(`${naam}: any query, one of its own reasons, nothing React cannot send`, async () => {
      const alle = Object.values(redenen) as string[];
      await fc.assert(
        fc.asyncProperty(sleutel(Object.keys(redenen)), fc.dictionary(fc.constantFrom(...PROTOTYPE_NAMEN, "x"), fc.string({ maxLength: 5 })), async (reden, rest) => {
          const boom = await loopBoom(await pagina({ searchParams: Promise.resolve({ ...rest, reden }) }));
          expect(boom.teksten.filter((t) => alle.includes(t))).toHaveLength(1);
        }),
        CONFIG,
      );
    });
  }
});
