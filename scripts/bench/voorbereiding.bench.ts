/**
 * Part of `npm run bench` (scripts/bench.mjs), run through Vitest because it needs the TypeScript
 * of lib/ and rules/: makes the drafts the measured pages need, straight in the benchmark
 * server's database (`BENCH_DATA_DIR`), and times `beoordeel` and the zorgkantoor lookup in this
 * process. Writes what it made and measured as JSON to `BENCH_UIT`. Not a test.
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { it } from "vitest";
import { Drafts, formatToken } from "@/lib/drafts/drafts";
import { SqliteDraftStore } from "@/lib/drafts/sqlite-store";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { BROCHURE_ZORGVERLENER, doorloop, invoer } from "@/lib/wizard/vragen/testhulp";
import { beoordeel } from "@/rules/beoordeel";
import { GEMEENTEN } from "@/rules/data/gemeenten";
import { zoekZorgkantoor } from "@/rules/zorgkantoor-zoeken";
import { volledigeSituatie } from "@/tests/lib/situaties";

const SNEL = process.env.BENCH_SNEL === "1";

/** Median and p99 in µs of `n` calls of `doe(i)`, after as many to warm up. */
function meet(n: number, doe: (i: number) => void): { mediaanUs: number; p99Us: number; n: number } {
  for (let i = 0; i < n; i++) doe(i);
  const tijden = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const begin = performance.now();
    doe(i);
    tijden[i] = performance.now() - begin;
  }
  tijden.sort();
  return { mediaanUs: (tijden[Math.floor(n / 2)] ?? 0) * 1000, p99Us: (tijden[Math.floor(n * 0.99)] ?? 0) * 1000, n };
}

it("voorbereiding van de benchmark", { timeout: 600_000 }, async () => {
  const dataDir = process.env.BENCH_DATA_DIR;
  const uit = process.env.BENCH_UIT;
  if (dataDir === undefined || uit === undefined) throw new Error("BENCH_DATA_DIR en BENCH_UIT ontbreken: start via npm run bench");

  const store = SqliteDraftStore.inDataDir(dataDir);
  const drafts = new Drafts<Antwoorden>(store);
  const nu = new Date();
  // A whole applicant through stap 3 (the budgetplan with the brochure's zorgverlener).
  const volledig: Antwoorden = { ...doorloop(invoer()), zorgverleners: [BROCHURE_ZORGVERLENER] };
  const cookie = async (a: Antwoorden) => `pgb-aanvraag=${formatToken((await drafts.maak(a, nu)).toegang)}`;
  const paginaCookie = await cookie(volledig);
  // One fresh draft per step POST of the load test: each answers at its current version (1).
  const postAantal = SNEL ? 2_000 : 20_000;
  const postCookies: string[] = [];
  for (let i = 0; i < postAantal; i++) postCookies.push(await cookie({ voorWie: "zelf" }));
  await store.sluit();

  const situatie = volledigeSituatie();
  const namen = GEMEENTEN.map((g) => g.gemeentenaam);
  const micro = {
    beoordeel: meet(SNEL ? 1_000 : 10_000, () => beoordeel(situatie, "2026-11-24")),
    zorgkantoor: meet(SNEL ? 1_000 : 10_000, (i) => zoekZorgkantoor(namen[i % namen.length] ?? "")),
  };
  writeFileSync(uit, JSON.stringify({ paginaCookie, postCookies, micro }));
});
