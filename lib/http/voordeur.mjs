/**
 * The front door of the production server (server.mjs): a Node http server that receives every
 * request whole before it hands it to Next, with the timeouts a form on a phone on a bad line
 * needs. Plain JavaScript, so Node runs it without a build (docs/decisions/024-foutpaden.md).
 *
 * - The headers must be in within 20 s, a body within 30 s of the request's start: then 408
 *   (`next start` waits 300 s and cannot be told otherwise).
 * - A body is read here, up to 1 MiB (413 above it; the app's own limits, 64 KB, are far
 *   below), and Next gets a request whose body is complete. A client that stops or leaves half
 *   way never reaches Next, which would log "Error: aborted" with a stack for it; and one that
 *   leaves while Next works tears down only the request Next does not hold.
 * - What Node refuses itself (a broken request line, headers too big or too slow) gets such a
 *   page too, and nothing is logged for a client that goes away.
 */
import http from "node:http";
import { createRequire } from "node:module";
import { KALE_PAGINA_CSP, kalePaginaHtml } from "./kale-pagina.mjs";

const woorden = createRequire(import.meta.url)("../../content/serverpaginas.json");
const woordenEn = createRequire(import.meta.url)("../../content/en/serverpaginas.json");

export const STANDAARD = Object.freeze({ kopMs: 20_000, lichaamMs: 30_000, maxBytes: 1024 * 1024 });

/** Headers every answer from here has, as next.config.ts gives Next's. */
const VEILIG = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY" };

/**
 * The answer of the front door itself: a Dutch page with its English below, or problem+json
 * (Dutch, as all the API's errors) under /api/. Always closes the connection: the rest of the
 * request, if any, is not read.
 * @param {number} status
 * @param {"teGroot" | "teLangzaam" | "kapotVerzoek"} soort
 * @param {string} pad
 * @returns {{ koppen: Record<string, string>, lichaam: string }}
 */
export function antwoordVan(status, soort, pad) {
  const api = pad.startsWith("/api/") && soort !== "kapotVerzoek" ? woorden.api[soort] : undefined;
  const lichaam = api
    ? JSON.stringify({ type: `/api/v1/problemen/${soort === "teGroot" ? "te-groot" : "te-langzaam"}`, title: api.title, status, detail: api.detail })
    : // Both languages: which one the reader chose is decided by TypeScript (lib/http/taal.ts),
      // which plain Node cannot run here, and a request Node could not parse has no headers at
      // all (docs/decisions/032-talen.md, addendum 2026-12-05 on the front door).
      kalePaginaHtml(woorden[soort], woorden.kader, "nl", { taal: "en", pagina: woordenEn[soort] });
  const type = api ? "application/problem+json; charset=utf-8" : "text/html; charset=utf-8";
  return {
    koppen: { ...VEILIG, "Content-Type": type, "Content-Length": String(Buffer.byteLength(lichaam)), "Cache-Control": "no-store", "Content-Security-Policy": KALE_PAGINA_CSP, Connection: "close" },
    lichaam,
  };
}

/** @param {import("node:http").IncomingMessage} verzoek */
function heeftLichaam(verzoek) {
  const lengte = verzoek.headers["content-length"];
  return verzoek.headers["transfer-encoding"] !== undefined || (lengte !== undefined && lengte !== "0");
}

/**
 * The request as Next gets it: the same method, address, headers and connection, with the body
 * already complete (`Content-Length` set to what came, no chunking).
 * @param {import("node:http").IncomingMessage} verzoek
 * @param {Buffer} lichaam
 */
function heelVerzoek(verzoek, lichaam) {
  const kopie = new http.IncomingMessage(verzoek.socket);
  kopie.method = verzoek.method;
  kopie.url = verzoek.url;
  kopie.httpVersion = verzoek.httpVersion;
  kopie.httpVersionMajor = verzoek.httpVersionMajor;
  kopie.httpVersionMinor = verzoek.httpVersionMinor;
  const rauw = [];
  for (let i = 0; i < verzoek.rawHeaders.length; i += 2) {
    const naam = verzoek.rawHeaders[i] ?? "";
    if (!/^(content-length|transfer-encoding)$/i.test(naam)) rauw.push(naam, verzoek.rawHeaders[i + 1] ?? "");
  }
  rauw.push("Content-Length", String(lichaam.length));
  kopie.rawHeaders = rauw;
  const koppen = { ...verzoek.headers, "content-length": String(lichaam.length) };
  delete koppen["transfer-encoding"];
  kopie.headers = koppen;
  kopie.push(lichaam);
  kopie.push(null);
  kopie.complete = true;
  return kopie;
}

/**
 * @param {{
 *   behandel: (verzoek: import("node:http").IncomingMessage, antwoord: import("node:http").ServerResponse) => unknown,
 *   kopMs?: number, lichaamMs?: number, maxBytes?: number,
 * }} opties
 * @returns {import("node:http").Server}
 */
export function maakVoordeur({ behandel, kopMs = STANDAARD.kopMs, lichaamMs = STANDAARD.lichaamMs, maxBytes = STANDAARD.maxBytes }) {
  /**
   * @param {import("node:http").ServerResponse} antwoord
   * @param {number} status
   * @param {"teGroot" | "teLangzaam"} soort
   * @param {string} pad
   */
  const weiger = (antwoord, status, soort, pad) => {
    if (antwoord.headersSent || antwoord.destroyed) return;
    const { koppen, lichaam } = antwoordVan(status, soort, pad);
    antwoord.writeHead(status, koppen).end(lichaam);
  };

  const server = http.createServer(
    {
      headersTimeout: kopMs,
      // Node's own limit on the whole request, a backstop behind the body's clock below.
      requestTimeout: kopMs + lichaamMs,
      connectionsCheckingInterval: Math.min(kopMs, 5_000),
    },
    (verzoek, antwoord) => {
      // A client that leaves makes Node emit 'error' on its request: not an error of ours.
      verzoek.on("error", () => {});
      if (!heeftLichaam(verzoek)) {
        behandel(verzoek, antwoord);
        return;
      }
      const pad = verzoek.url ?? "/";
      /** @type {Buffer[]} */
      const delen = [];
      let totaal = 0;
      let klaar = false;
      const stop = () => {
        klaar = true;
        clearTimeout(klok);
      };
      const klok = setTimeout(() => {
        if (klaar) return;
        stop();
        weiger(antwoord, 408, "teLangzaam", pad);
      }, lichaamMs);
      verzoek.on("data", (/** @type {Buffer} */ deel) => {
        if (klaar) return;
        totaal += deel.length;
        if (totaal > maxBytes) {
          stop();
          weiger(antwoord, 413, "teGroot", pad);
          return;
        }
        delen.push(deel);
      });
      verzoek.on("end", () => {
        if (klaar) return;
        stop();
        behandel(heelVerzoek(verzoek, Buffer.concat(delen, totaal)), antwoord);
      });
      // Gone before the body was in: nobody to answer.
      verzoek.on("close", () => {
        if (!klaar) stop();
      });
    },
  );

  server.on("clientError", (/** @type {NodeJS.ErrnoException} */ fout, socket) => {
    if (fout.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = fout.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : fout.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
    const { koppen, lichaam } = antwoordVan(status, status === 408 ? "teLangzaam" : "kapotVerzoek", "/");
    const regels = Object.entries(koppen).map(([naam, waarde]) => `${naam}: ${waarde}\r\n`).join("");
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${regels}\r\n${lichaam}`);
  });

  return server;
}
