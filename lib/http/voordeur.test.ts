/**
 * The front door of server.mjs (docs/decisions/024-foutpaden.md), with short clocks and a
 * handler in place of Next: a slow or too big body is answered here in Dutch (and English) and never reaches
 * the handler; a complete one reaches it whole; a client that leaves, before or after its body
 * is in, leaves no error behind. The last case uses Next's own body cloning (what runs for every
 * request with a body when there is a proxy.ts), which made Node throw "aborted" as an
 * uncaught exception for the request Next held.
 */
import net from "node:net";
import type { AddressInfo } from "node:net";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import serverpaginas from "@/content/serverpaginas.json" with { type: "json" };
import serverpaginasEn from "@/content/en/serverpaginas.json" with { type: "json" };
import { maakVoordeur } from "./voordeur.mjs";

type Behandel = (verzoek: IncomingMessage, antwoord: ServerResponse) => unknown;

let server: Server | null = null;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((klaar) => server?.close(klaar) ?? klaar(undefined));
  server = null;
});

async function start(behandel: Behandel, opties: { kopMs?: number; lichaamMs?: number; maxBytes?: number } = {}): Promise<number> {
  server = maakVoordeur({ behandel, ...opties });
  await new Promise<void>((klaar) => server?.listen(0, "127.0.0.1", klaar));
  return (server?.address() as AddressInfo).port;
}

interface Gesprek {
  /** Everything the server sent, once the connection is closed (or after `maxMs`). */
  antwoord: Promise<string>;
  socket: net.Socket;
}

function praat(poort: number, ...delen: string[]): Gesprek {
  const socket = net.connect(poort, "127.0.0.1");
  socket.on("error", () => {});
  let data = "";
  socket.on("data", (d) => (data += d.toString("utf8")));
  const antwoord = new Promise<string>((klaar) => {
    socket.on("close", () => klaar(data));
    setTimeout(() => klaar(data), 5_000);
  });
  for (const deel of delen) socket.write(deel);
  return { antwoord, socket };
}

const status = (antwoord: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(antwoord)?.[1]);

/** The page is Dutch (`<html lang="nl">`, its h1) and says the same in English below, marked. */
function verwachtPagina(antwoord: string, soort: "teLangzaam" | "teGroot" | "kapotVerzoek"): void {
  expect(antwoord).toContain('<html lang="nl">');
  expect(antwoord).toContain(`<h1>${serverpaginas[soort].titel}</h1>`);
  expect(antwoord).toContain(`<section lang="en"><h2>${serverpaginasEn[soort].titel}</h2><p>${serverpaginasEn[soort].tekst[0]}</p>`);
}
const kop = (pad: string, koppen: string) => `POST ${pad} HTTP/1.1\r\nHost: x\r\n${koppen}\r\n`;

/** A handler that answers with what it received. */
const echo: Behandel = async (verzoek, antwoord) => {
  let lichaam = "";
  for await (const deel of verzoek) lichaam += String(deel);
  antwoord.end(JSON.stringify({ lichaam, lengte: verzoek.headers["content-length"], chunked: verzoek.headers["transfer-encoding"] ?? null, compleet: verzoek.complete }));
};

describe("server.mjs's front door", () => {
  it("a GET goes to the handler at once", async () => {
    const poort = await start((_v, a) => a.end("hallo"));
    const { antwoord } = praat(poort, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    expect(await antwoord).toMatch(/^HTTP\/1\.1 200[\s\S]*hallo$/);
  });

  it("a body reaches the handler whole, with Content-Length, also when it came chunked", async () => {
    const poort = await start(echo);
    const vast = praat(poort, kop("/", "Content-Length: 5\r\nConnection: close\r\n"), "ab", "cde");
    expect(JSON.parse((await vast.antwoord).split("\r\n\r\n")[1] ?? "")).toEqual({ lichaam: "abcde", lengte: "5", chunked: null, compleet: true });
    const stukken = praat(poort, kop("/", "Transfer-Encoding: chunked\r\nConnection: close\r\n"), "3\r\nabc\r\n", "2\r\nde\r\n0\r\n\r\n");
    expect(JSON.parse((await stukken.antwoord).split("\r\n\r\n")[1] ?? "")).toEqual({ lichaam: "abcde", lengte: "5", chunked: null, compleet: true });
  });

  it("a body that stops coming: 408 with its page after the body's clock, the handler never called", async () => {
    const behandel = vi.fn(echo);
    const poort = await start(behandel, { lichaamMs: 300 });
    const begin = Date.now();
    const { antwoord } = praat(poort, kop("/aanvraag", "Content-Length: 100\r\n"), "--abc\r\n");
    const tekst = await antwoord;
    expect(status(tekst)).toBe(408);
    verwachtPagina(tekst, "teLangzaam");
    expect(tekst).toMatch(/\r\nConnection: close\r\n/i);
    expect(Date.now() - begin).toBeGreaterThanOrEqual(290);
    expect(Date.now() - begin).toBeLessThan(3_000);
    expect(behandel).not.toHaveBeenCalled();
  });

  it("a body over the limit: 413 (problem+json under /api/), the handler never called", async () => {
    const behandel = vi.fn(echo);
    const poort = await start(behandel, { maxBytes: 1_000 });
    const pagina = praat(poort, kop("/", "Content-Length: 2000\r\n"), "x".repeat(2_000));
    const tekst = await pagina.antwoord;
    expect(status(tekst)).toBe(413);
    verwachtPagina(tekst, "teGroot");
    const api = praat(poort, kop("/api/v1/beoordelingen", "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n"), `7d0\r\n${"x".repeat(2_000)}\r\n`);
    const apiTekst = await api.antwoord;
    expect(status(apiTekst)).toBe(413);
    expect(apiTekst).toMatch(/Content-Type: application\/problem\+json/i);
    expect(JSON.parse(apiTekst.split("\r\n\r\n")[1] ?? "")).toMatchObject({ status: 413, title: serverpaginas.api.teGroot.title });
    expect(behandel).not.toHaveBeenCalled();
  });

  it("headers that stop coming, or a request that is no HTTP: a 408 or 400 page from Node's own refusal", async () => {
    const poort = await start(echo, { kopMs: 300 });
    const traag = praat(poort, "GET / HTTP/1.1\r\nHost: x\r\n");
    const tekst = await traag.antwoord;
    expect(status(tekst)).toBe(408);
    verwachtPagina(tekst, "teLangzaam");
    const kapot = praat(poort, "DIT IS GEEN HTTP\r\n\r\n");
    const kapotTekst = await kapot.antwoord;
    expect(status(kapotTekst)).toBe(400);
    verwachtPagina(kapotTekst, "kapotVerzoek");
  });

  describe("a client that leaves leaves nothing behind", () => {
    const fouten: unknown[] = [];
    const vang = (fout: unknown) => fouten.push(fout);
    afterEach(() => {
      process.off("uncaughtException", vang);
      fouten.length = 0;
    });

    it("half way through its body: the handler is never called, nothing is thrown or logged", async () => {
      process.on("uncaughtException", vang);
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const behandel = vi.fn(echo);
      const poort = await start(behandel);
      const { socket } = praat(poort, kop("/", "Content-Length: 100\r\n"), "--abc\r\n");
      await new Promise((r) => setTimeout(r, 100));
      socket.resetAndDestroy();
      await new Promise((r) => setTimeout(r, 200));
      expect(behandel).not.toHaveBeenCalled();
      expect(fouten).toEqual([]);
      expect(log).not.toHaveBeenCalled();
      log.mockRestore();
    });

    /** What Next does with every request with a body when a proxy runs: clone the body for the proxy, then put the buffered copy in the request's place (next/dist/server/body-streams). */
    async function alsNext(verzoek: IncomingMessage, antwoord: ServerResponse, gereed: () => void): Promise<void> {
      const { getCloneableBody } = (await import("next/dist/server/body-streams")) as {
        getCloneableBody: (r: IncomingMessage) => { cloneBodyStream: () => NodeJS.ReadableStream; finalize: () => Promise<void> };
      };
      const kloon = getCloneableBody(verzoek);
      for await (const deel of kloon.cloneBodyStream()) void deel;
      await kloon.finalize();
      gereed();
      await new Promise((r) => setTimeout(r, 300));
      if (!antwoord.destroyed) antwoord.end("te laat");
    }

    /** A post whose client resets the connection once the handler has its body; the uncaught errors after. */
    async function vertrekNaLichaam(maakServer: (behandel: Behandel) => Server): Promise<unknown[]> {
      process.on("uncaughtException", vang);
      let gereed: () => void = () => {};
      const bezig = new Promise<void>((r) => (gereed = r));
      server = maakServer((verzoek, antwoord) => alsNext(verzoek, antwoord, gereed));
      await new Promise<void>((klaar) => server?.listen(0, "127.0.0.1", klaar));
      const poort = (server.address() as AddressInfo).port;
      const lichaam = "--abc\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--abc--\r\n";
      const { socket } = praat(poort, kop("/", `Content-Length: ${lichaam.length}\r\nContent-Type: multipart/form-data; boundary=abc\r\n`), lichaam);
      await bezig;
      socket.resetAndDestroy();
      await new Promise((r) => setTimeout(r, 500));
      return [...fouten];
    }

    it("after its body was in, while Next works on it: no uncaught 'aborted'", async () => {
      expect(await vertrekNaLichaam((behandel) => maakVoordeur({ behandel }))).toEqual([]);
    });

    it("(the same without the front door, as with `next start`, throws it: the reason for it)", async () => {
      const { createServer } = await import("node:http");
      const gevangen = await vertrekNaLichaam((behandel) => createServer((v, a) => void behandel(v, a)));
      expect(gevangen.map(String)).toContain("Error: aborted");
    });
  });
});
