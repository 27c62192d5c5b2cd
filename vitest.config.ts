import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "tests/e2e/**", ".next/**"],
    environment: "node",
    // Vitest's default is one worker less than there are cores: one worker on a 2-core machine,
    // with the other core idle while a test waits on a child process, a server or the disk
    // (docs/decisions/021-browsertests-snel-en-eerlijk.md, addendum 2026-12-04).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    coverage: {
      provider: "v8",
      include: ["rules/**/*.ts"],
      exclude: ["rules/**/*.test.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
