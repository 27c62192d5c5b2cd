/**
 * Time per `beoordeel` call for a full situation (every field, six zorgverleners): median of
 * 10,000 calls after warm-up. Not a test: timings vary. Run with `npm run bench:beoordeel`.
 */
import { performance } from "node:perf_hooks";
import { it } from "vitest";
import { beoordeel } from "@/rules/beoordeel";
import { volledigeSituatie } from "@/tests/lib/situaties";

const OPWARMEN = 2_000;
const METINGEN = 10_000;

it("beoordeel: mediaan van 10.000 aanroepen", () => {
  const situatie = volledigeSituatie();
  for (let i = 0; i < OPWARMEN; i++) beoordeel(situatie, "2026-11-24");
  const tijden = new Float64Array(METINGEN);
  for (let i = 0; i < METINGEN; i++) {
    const begin = performance.now();
    beoordeel(situatie, "2026-11-24");
    tijden[i] = performance.now() - begin;
  }
  tijden.sort();
  const µs = (ms: number | undefined) => ((ms ?? Number.NaN) * 1000).toFixed(1);
  console.log(
    `beoordeel (volledige situatie, 6 zorgverleners): mediaan ${µs(tijden[METINGEN / 2])} µs, ` +
      `p90 ${µs(tijden[Math.floor(METINGEN * 0.9)])} µs, p99 ${µs(tijden[Math.floor(METINGEN * 0.99)])} µs (n=${METINGEN})`,
  );
});
