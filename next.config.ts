import type { NextConfig } from "next";
import { RECHTENBELEID } from "./lib/http/beveiliging";
import { ACTIE_MAX_BYTES } from "./lib/http/grenzen";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // better-sqlite3 is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "pg"],
  // 64 KB: proxy.ts answers a bigger body with its own 413 first (docs/decisions/024-foutpaden.md).
  experimental: { serverActions: { bodySizeLimit: ACTIE_MAX_BYTES } },
  // Metadata (the <title> with "Stap n van 6") in the first HTML, not streamed in after: a screen
  // reader announces the new page's title at once, and a page without JavaScript has it too.
  htmlLimitedBots: /.*/,
  // `npm test` type-checks the whole tree (`npm run typecheck`) before it builds; the build's own
  // check of the same files would only repeat it (docs/decisions/021, addendum 2026-12-05 (3)).
  // Every other build, `npm start`'s included, checks.
  typescript: { ignoreBuildErrors: process.env.TYPES_GECONTROLEERD === "1" },
  async headers() {
    return [
      {
        source: "/:pad*",
        headers: [
          // Resume and share links carry keys: no URL of this site is ever sent anywhere, not
          // even to itself. Form posts then say `Origin: null`; proxy.ts accepts that only with
          // `Sec-Fetch-Site: same-origin` (docs/decisions/015 and 020).
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: RECHTENBELEID },
        ],
      },
    ];
  },
};

export default nextConfig;
