#!/usr/bin/env node
/**
 * The production server, `npm start`: Next.js through its custom-server API, behind a front door
 * of our own (lib/http/voordeur.mjs) that `next start` cannot be: a body must arrive within 30 s
 * and whole (at most 1 MiB) before Next sees it, and a client that stops or leaves is answered
 * or let go without a stack in the log. Why: docs/decisions/024-foutpaden.md.
 *
 *   node server.mjs [-p <port>] [-H <hostname>]      (the flags of `next start`; port 3000)
 */
import { parseArgs } from "node:util";
import { maakVoordeur } from "./lib/http/voordeur.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: "3000" },
    hostname: { type: "string", short: "H" },
  },
});
const poort = Number(values.port);
if (!Number.isInteger(poort) || poort < 0 || poort > 65_535) {
  console.error(`Ongeldige poort: ${values.port}`);
  process.exit(1);
}

// What `next start` does: a production server unless told otherwise.
process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

// Stop taking new requests, let the ones under way finish, then stop with the code `next start`
// uses (143 for SIGTERM, 130 for SIGINT). Registered before the app starts, so that
// instrumentation.ts sees a drainer and closes the database between draining and exit
// (lib/afsluiten.ts, docs/decisions/025-opslag.md).
/** @type {import("node:http").Server | undefined} */
let server;
/** @type {{ close(): Promise<void> } | undefined} */
let app;
let stopt = false;
for (const [signaal, code] of /** @type {const} */ ([["SIGTERM", 143], ["SIGINT", 130]])) {
  process.on(signaal, () => {
    if (stopt) return;
    stopt = true;
    const stop = () => void (app?.close() ?? Promise.resolve()).finally(() => process.exit(code));
    if (server === undefined) return stop();
    server.close(stop);
    server.closeIdleConnections();
    // Whatever still hangs after 10 s is cut off.
    setTimeout(() => process.exit(code), 10_000).unref();
  });
}

app = next({ dev: false, dir: import.meta.dirname, hostname: values.hostname ?? "localhost", port: poort });
await app.prepare();
const behandel = app.getRequestHandler();
server = maakVoordeur({ behandel: (verzoek, antwoord) => behandel(verzoek, antwoord) });

// A port already taken (or not allowed): say so and stop, instead of a server that serves nothing.
server.on("error", (fout) => {
  console.error(`Kan niet luisteren op poort ${poort}: ${fout.message}`);
  process.exit(1);
});
server.listen(poort, values.hostname, () => {
  const adres = server.address();
  const getoond = typeof adres === "object" && adres !== null ? `${adres.family === "IPv6" ? `[${adres.address}]` : adres.address}:${adres.port}` : String(adres);
  console.log(`Pgb Wlz aanvragen luistert op http://${getoond}`);
});

