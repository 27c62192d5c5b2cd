import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // better-sqlite3 is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  // Metadata (the <title> with "Stap n van 6") in the first HTML, not streamed in after: a screen
  // reader announces the new page's title at once, and a page without JavaScript has it too.
  htmlLimitedBots: /.*/,
  async headers() {
    return [
      {
        source: "/:pad*",
        headers: [
          // Resume links carry the key to a draft: never send a URL to another site. Not
          // "no-referrer" everywhere: under it browsers send `Origin: null` with same-site form
          // posts, which the server-action origin check must refuse (docs/decisions/015).
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      // The pages that show or take a key have no forms: there nothing is sent at all.
      ...["/aanvraag/bewaren", "/hervat"].map((source) => ({ source, headers: [{ key: "Referrer-Policy", value: "no-referrer" }] })),
    ];
  },
};

export default nextConfig;
