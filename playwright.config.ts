import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const POORT = Number(process.env.E2E_POORT ?? 3210);
export const BASIS_URL = `http://127.0.0.1:${POORT}`;
/** The test server's own database folder, emptied before each run; tests read the file. */
const DATA_DIR = path.resolve(".e2e-data");
process.env.E2E_DATA_DIR = DATA_DIR;
/** Everything the test server writes to stdout and stderr (no personal data in logs). */
const SERVER_LOG = path.join(DATA_DIR, "server.log");
process.env.E2E_SERVER_LOG = SERVER_LOG;
/**
 * Failed link openings per address before 429: every test comes from 127.0.0.1 and some open
 * wrong links on purpose, so more than the default 10; beveiliging.spec.ts uses its own address.
 */
export const LINK_POGINGEN_MAX = 40;
process.env.E2E_LINK_POGINGEN_MAX = String(LINK_POGINGEN_MAX);
/**
 * The test server trusts 127.0.0.1 as its proxy: tests give themselves addresses of their own with
 * X-Forwarded-For, as a proxy would, and beveiliging.spec.ts connects from other loopback
 * addresses to be a client without one. Every test makes drafts and links from 127.0.0.1, so the
 * limit on making them is far above the default (docs/decisions/023-grenzen.md).
 */
const SERVER_GRENZEN = { VERTROUWDE_PROXIES: "127.0.0.1", AANMAKEN_MAX: "100000" };

/**
 * Debian's Chromium, never a downloaded browser: this machine (and CI) reach only the npm and
 * Debian registries. Its headless shell (the package chromium-headless-shell, what Playwright
 * itself runs headless), not the full browser: the same Blink at about 40 % less CPU
 * (docs/decisions/021-browsertests-snel-en-eerlijk.md). The flags keep Chromium from calling home,
 * which the closed network refuses.
 */
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PAD ?? "/usr/bin/chromium-headless-shell",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // Two workers on two cores: the suite is bound by CPU (mostly Chromium's), so a third worker
  // gains nothing and makes every test slower on a busy machine
  // (docs/decisions/021-browsertests-snel-en-eerlijk.md, addendum 2026-12-04).
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: { baseURL: BASIS_URL, locale: "nl-NL", timezoneId: "Europe/Amsterdam" },
  projects: [
    { name: "met-js", use: { ...chromium } },
    // The API has no JavaScript to turn off: its tests run once, in the project above.
    { name: "zonder-js", use: { ...chromium, javaScriptEnabled: false }, testIgnore: /api\.spec\.ts$/ },
  ],
  webServer: {
    // The production build and server (server.mjs, as `npm start`), as people get it: the dev
    // server behaves differently. The server's own output goes to a file that logboek.spec.ts
    // and foutpaden.spec.ts read (no personal data, no stack for odd input in logs).
    // `npm run test:e2e` builds first (E2E_GEBOUWD=1), so the timeout below covers only the
    // server's start: a build on a busy 2-core machine takes longer than any fair start timeout
    // (docs/decisions/021-browsertests-snel-en-eerlijk.md). Run alone, Playwright builds itself.
    command: `rm -rf "${DATA_DIR}" && mkdir -p "${DATA_DIR}" && ${process.env.E2E_GEBOUWD === "1" ? "" : "npm run build && "}exec node server.mjs -H 127.0.0.1 -p ${POORT} > "${SERVER_LOG}" 2>&1`,
    url: BASIS_URL,
    timeout: process.env.E2E_GEBOUWD === "1" ? 60_000 : 600_000,
    reuseExistingServer: !process.env.CI,
    env: { NEXT_TELEMETRY_DISABLED: "1", DATA_DIR, LINK_POGINGEN_MAX: String(LINK_POGINGEN_MAX), ...SERVER_GRENZEN },
  },
});
