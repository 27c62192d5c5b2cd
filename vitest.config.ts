import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const TESTS = ["**/*.test.ts"];
const NIET = ["node_modules/**", "tests/e2e/**", ".next/**"];
const OVERGESLAGEN_MAPPEN = /^(node_modules|\.next|\.git|tests\/e2e|\.e2e-data|coverage|test-results)(\/|$)/;

/**
 * Test files that replace modules or the environment: `vi.mock` and its kin, or the harness
 * tests/lib/acties.ts, which mocks Next and the store for the file that imports it. A mock holds
 * for one module graph, so these files each get their own (Vitest's isolation). All other files
 * share their worker's module graph: no file pays again for importing React, zod and the rules,
 * which was three quarters of the unit tests' time (docs/decisions/021-browsertests-snel-en-eerlijk.md,
 * addendum 2026-12-05). Read from the files themselves, so a new test that mocks is isolated
 * without anyone listing it.
 */
function vervangtModules(): string[] {
  return readdirSync(".", { recursive: true, encoding: "utf8" })
    .filter((bestand) => bestand.endsWith(".test.ts") && !OVERGESLAGEN_MAPPEN.test(bestand))
    .filter((bestand) => /\bvi\.(mock|doMock|unmock|resetModules|stubEnv|stubGlobal)\(|tests\/lib\/acties["']/.test(readFileSync(bestand, "utf8")))
    .sort();
}
const APART = vervangtModules();

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // include and exclude per project: a project that extends this config adds its lists to these.
    environment: "node",
    // Vitest's default is one worker less than there are cores: one worker on a 2-core machine,
    // with the other core idle while a test waits on a child process, a server or the disk
    // (docs/decisions/021-browsertests-snel-en-eerlijk.md, addendum 2026-12-04).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: "gedeeld", isolate: false, include: TESTS, exclude: [...NIET, ...APART] } },
      { extends: true, test: { name: "apart", include: APART.length > 0 ? APART : ["geen-bestand"] } },
    ],
    coverage: {
      provider: "v8",
      include: ["rules/**/*.ts"],
      exclude: ["rules/**/*.test.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
