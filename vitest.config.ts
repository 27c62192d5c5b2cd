import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "tests/e2e/**", ".next/**"],
    environment: "node",
    coverage: {
      provider: "v8",
      include: ["rules/**/*.ts"],
      exclude: ["rules/**/*.test.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
