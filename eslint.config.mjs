import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// rules/ decides everything and must stay pure (DEVELOPERS.md, Standards): no UI framework,
// no I/O, no clock. The clock part is enforced by `no-restricted-syntax` below.
const RULES_VERBODEN_IMPORTS = [
  { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "rules/ blijft puur: geen React." },
  { group: ["next", "next/*"], message: "rules/ blijft puur: geen Next." },
  { group: ["node:*", "fs", "fs/*", "path", "http", "https", "net", "child_process", "os", "crypto"], message: "rules/ doet geen I/O." },
  { group: ["better-sqlite3", "pg", "server-only", "@/components/*", "@/app/*", "@/lib/*", "../lib/*", "../components/*", "../app/*"], message: "rules/ hangt nergens van af behalve content/." },
];

// lib/ is the engine under the pages: it may not reach up into them (docs/decisions/029-een-stappenregister.md).
// What two routes share goes to lib/ (logic) or components/ (markup), never into one route's folder.
const LIB_VERBODEN_IMPORTS = [
  { group: ["@/components/*", "@/app/*", "**/components/*", "**/app/*"], message: "lib/ importeert niets uit components/ of app/." },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", "out/**", "build/**", "coverage/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "data/**", ".meet/**", "tmp/**"]),
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-explicit-any": "error",
      // Links go through components/link.tsx, which does not prefetch (docs/decisions/030-snelheid.md).
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Gebruik @/components/link: die haalt geen pagina's vooruit op." }] }],
    },
  },
  {
    files: ["components/link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/**/*.test.ts", "lib/**/*.test.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: LIB_VERBODEN_IMPORTS }],
    },
  },
  {
    files: ["rules/**/*.ts"],
    ignores: ["rules/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: RULES_VERBODEN_IMPORTS }],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "rules/ leest geen klok: geef de datum mee." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "rules/ leest geen klok: geef de datum mee." },
        { selector: "CallExpression[callee.name='fetch']", message: "rules/ doet geen netwerkverkeer." },
      ],
    },
  },
]);
