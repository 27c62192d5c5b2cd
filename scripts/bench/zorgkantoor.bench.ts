/**
 * Time per `zoekZorgkantoor` call: every one of the 342 gemeente names of 2025 and 1,000 random
 * postcodes (seeded, so every run asks the same), each after warm-up. Target: median < 1 ms.
 * Not a test: timings vary. Run with `npm run bench:zorgkantoor`.
 */
import { performance } from "node:perf_hooks";
import { it } from "vitest";
import { GEMEENTEN } from "@/rules/data/gemeenten";
import { zoekZorgkantoor } from "@/rules/zorgkantoor-zoeken";

const OPWARMEN = 2_000;
const AANTAL_POSTCODES = 1_000;
const RONDES = 5;

/** mulberry32: a small seeded generator, so the postcodes are the same every run. */
function willekeurig(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function meet(naam: string, invoer: readonly string[]): void {
  for (let i = 0; i < OPWARMEN; i++) zoekZorgkantoor(invoer[i % invoer.length] ?? "");
  const tijden = new Float64Array(invoer.length * RONDES);
  let n = 0;
  for (let ronde = 0; ronde < RONDES; ronde++) {
    for (const tekst of invoer) {
      const begin = performance.now();
      zoekZorgkantoor(tekst);
      tijden[n++] = performance.now() - begin;
    }
  }
  tijden.sort();
  const µs = (ms: number | undefined) => ((ms ?? Number.NaN) * 1000).toFixed(1);
  console.log(
    `zoekZorgkantoor (${naam}): mediaan ${µs(tijden[Math.floor(n / 2)])} µs, ` +
      `p99 ${µs(tijden[Math.floor(n * 0.99)])} µs, max ${µs(tijden[n - 1])} µs (n=${n})`,
  );
}

it("zoekZorgkantoor: 342 gemeentenamen en 1.000 postcodes", () => {
  const random = willekeurig(20250101);
  const postcodes = Array.from({ length: AANTAL_POSTCODES }, () => {
    const cijfers = String(1000 + Math.floor(random() * 9000));
    // Half of them with letters, as people type them
    return random() < 0.5 ? cijfers : `${cijfers} ${String.fromCharCode(65 + Math.floor(random() * 26), 65 + Math.floor(random() * 26))}`;
  });
  meet("342 gemeentenamen", GEMEENTEN.map((g) => g.gemeentenaam));
  meet(`${AANTAL_POSTCODES} willekeurige postcodes`, postcodes);
});
