/**
 * The TCP connection a request came in on: its remote address and whether it is TLS. Next.js
 * hands proxy.ts, route handlers and server actions only headers, and `next start` fills
 * X-Forwarded-For with the socket's address only when the client sent none (`??=`), so a client
 * that sends one chooses its own address. Nothing Next passes on tells the two apart.
 *
 * So {@link volgVerbindingen}, called once from instrumentation.ts when the server starts, writes
 * the socket's facts into every request's headers before Next sees the request
 * (`x-pgb-verbinding`), overwriting whatever a client sent under that name. The value carries a
 * random secret of this process: should the hook ever not run, a client-sent copy fails
 * {@link leesVerbinding} and the request counts as "connection unknown", never as the address the
 * client claims. docs/decisions/023-grenzen.md.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";

export const VERBINDING_KOP = "x-pgb-verbinding";

export interface Verbinding {
  /** The socket's remote address, as Node reports it. */
  adres: string;
  /** The connection is TLS (only when Next itself serves HTTPS). */
  https: boolean;
}

// On globalThis: instrumentation.ts and the route bundles are separate module graphs in one process.
const houder = globalThis as typeof globalThis & { __pgbVerbinding?: { geheim: string; actief: boolean } };

function staat(): { geheim: string; actief: boolean } {
  houder.__pgbVerbinding ??= { geheim: randomBytes(18).toString("base64url"), actief: false };
  return houder.__pgbVerbinding;
}

/** The header value for a connection: `<secret>;<1|0>;<address>`. Tests use it to play a connection. */
export function verbindingsWaarde(verbinding: Verbinding): string {
  return `${staat().geheim};${verbinding.https ? "1" : "0"};${verbinding.adres}`;
}

/** The connection of a request, or null when its header is missing or was not written by this process. */
export function leesVerbinding(headers: Headers): Verbinding | null {
  const waarde = headers.get(VERBINDING_KOP);
  if (waarde === null) return null;
  const [geheim, https, ...adres] = waarde.split(";");
  if (geheim !== staat().geheim || (https !== "0" && https !== "1")) return null;
  const a = adres.join(";");
  return a === "" ? null : { adres: a, https: https === "1" };
}

/**
 * Makes every HTTP server of this process write {@link VERBINDING_KOP} on each request before its
 * listeners run. `next start` makes one `http.Server`; its `emit` is the prototype's, so replacing
 * that covers a server created before this call too. Idempotent.
 */
export function volgVerbindingen(): void {
  const s = staat();
  if (s.actief) return;
  s.actief = true;
  const emit = http.Server.prototype.emit as (this: http.Server, naam: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, naam: string | symbol, ...args: unknown[]): boolean {
    if (naam === "request" || naam === "checkContinue" || naam === "checkExpectation") {
      const verzoek = args[0] as http.IncomingMessage;
      const socket = verzoek.socket as (typeof verzoek.socket & { encrypted?: boolean }) | null;
      const adres = socket?.remoteAddress;
      // Overwrite, never append: a client-sent copy must not survive in any form.
      if (adres === undefined) delete verzoek.headers[VERBINDING_KOP];
      else verzoek.headers[VERBINDING_KOP] = verbindingsWaarde({ adres, https: socket?.encrypted === true });
    }
    return emit.call(this, naam, ...args);
  } as typeof http.Server.prototype.emit;
}
