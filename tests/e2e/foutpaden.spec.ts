/**
 * Odd input against the production server (server.mjs on the production build), as an attacker
 * sends it by hand: every one gets a 4xx (or the page's own answer) with a Dutch page, never a
 * 500, and the server's log gets no stack and no uncaught error for it (docs/decisions/
 * 024-foutpaden.md). HTTP-level tests run once, in the project with JavaScript; the pages a
 * person sees (404, 400, the error pages) are checked in both, with axe.
 *
 * Before the fixes each of these was a 500: a prototype name as `reden`, a broken %-escape in a
 * route parameter, a broken multipart or Next-Action body, an action body over 64 KB; a slow
 * body held the connection 300 s; a client that left after a refused post logged
 * `uncaughtException: Error: aborted`.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import Fout from "@/app/error";
import GlobaleFout from "@/app/global-error";
import { aanvraag } from "@/content/aanvraag";
import { delen } from "@/content/delen";
import { foutTeksten } from "@/content/fouten";
import { flightWaarde, multipart, PROTOTYPE_NAMEN } from "@/tests/lib/vreemde-invoer";
import { verwachtGeenAxeFouten } from "./axe";
import { expect, test } from "./hulp/bezoeker";

const pagina = foutTeksten.serverpaginas;
const LOG = process.env.E2E_SERVER_LOG ?? "";

/** What the server logged while `doe` ran; null when this run did not start the server (no log to read). */
async function logTijdens(doe: () => Promise<void>): Promise<string | null> {
  const begin = existsSync(LOG) ? statSync(LOG).size : null;
  await doe();
  if (begin === null) return null;
  // Node writes the log asynchronously: give a late line a moment.
  await new Promise((r) => setTimeout(r, 500));
  return readFileSync(LOG).subarray(begin).toString("utf8");
}

/** No stack, no uncaught error, no error Next logged for a request (its "⨯" lines). */
function verwachtStilleLog(log: string | null): void {
  if (log === null) {
    test.info().annotations.push({ type: "log", description: "de server is niet door deze run gestart: zijn log is niet gelezen" });
    return;
  }
  for (const teken of ["uncaughtException", "Error: aborted", "⨯", "TypeError", "SyntaxError", "RangeError", "\n    at "]) {
    expect(log.includes(teken), `"${teken}" in de serverlog:\n${log.slice(0, 2000)}`).toBe(false);
  }
}

interface Rauw {
  status: number;
  tekst: string;
  ms: number;
}

/** One request over a socket of its own, byte for byte as given; the answer once the server closes. */
function rauw(basis: string, verzoek: string | Buffer, opties: { druppel?: string; elkeMs?: number; wegNaMs?: number; reset?: boolean } = {}): Promise<Rauw> {
  const { hostname, port } = new URL(basis);
  return new Promise((klaar) => {
    const begin = Date.now();
    const socket = net.connect(Number(port), hostname);
    let data = Buffer.alloc(0);
    let klok: NodeJS.Timeout | undefined;
    socket.on("data", (d) => (data = Buffer.concat([data, d])));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearInterval(klok);
      const tekst = data.toString("utf8");
      klaar({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(tekst)?.[1] ?? 0), tekst, ms: Date.now() - begin });
    });
    socket.write(verzoek);
    if (opties.druppel !== undefined) klok = setInterval(() => socket.write(opties.druppel ?? ""), opties.elkeMs ?? 1_000);
    if (opties.wegNaMs !== undefined) setTimeout(() => (opties.reset ? socket.resetAndDestroy() : socket.destroy()), opties.wegNaMs);
  });
}

function kop(basis: string, pad: string, koppen: Record<string, string>, methode = "POST"): string {
  const { host } = new URL(basis);
  const regels = Object.entries({ Host: host, Origin: basis, Connection: "close", ...koppen }).map(([n, w]) => `${n}: ${w}\r\n`);
  return `${methode} ${pad} HTTP/1.1\r\n${regels.join("")}\r\n`;
}

function post(basis: string, pad: string, koppen: Record<string, string>, lichaam: string | Buffer): Buffer {
  const bytes = typeof lichaam === "string" ? Buffer.from(lichaam) : lichaam;
  return Buffer.concat([Buffer.from(kop(basis, pad, { ...koppen, "Content-Length": String(bytes.length) })), bytes]);
}

/** The status, and the Dutch page of `titel` (no script), as the proxy or the front door sends it. */
function verwachtKalePagina(antwoord: Rauw, status: number, titel: string, wat: string): void {
  expect(antwoord.status, `${wat}: ${antwoord.tekst.slice(0, 300)}`).toBe(status);
  expect(antwoord.tekst, wat).toContain(`<h1>${titel}</h1>`);
  expect(antwoord.tekst, wat).toContain('<html lang="nl">');
  expect(antwoord.tekst, wat).not.toContain("<script");
}

/** The id of the start page's action (startAanvraag), as a browser gets it in the form. */
async function actieId(basis: string): Promise<string> {
  const html = await (await fetch(`${basis}/`)).text();
  const id = /&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1];
  if (id === undefined) throw new Error("geen actie op de startpagina");
  return id;
}

test.describe("foutpaden: odd input gets a 4xx with a Dutch page, never a 500", () => {
  test("a prototype name as reden on the mislukt pages: 200, a reason the page knows", async ({ baseURL, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const basis = baseURL ?? "";
    const log = await logTijdens(async () => {
      for (const reden of ["toString", "__proto__", "constructor", "valueOf", "hasOwnProperty", ...PROTOTYPE_NAMEN]) {
        for (const [pad, redenen] of [
          ["/hervat/mislukt", aanvraag.hervat.redenen],
          ["/gedeeld/mislukt", delen.mislukt.redenen],
        ] as const) {
          const antwoord = await fetch(`${basis}${pad}?reden=${encodeURIComponent(reden)}`);
          const html = await antwoord.text();
          expect(antwoord.status, `${pad}?reden=${reden}`).toBe(200);
          expect(html, `${pad}?reden=${reden}`).toContain(redenen["niet-gevonden"]);
        }
      }
    });
    verwachtStilleLog(log);
  });

  test("a broken %-escape in a route parameter: 400 with the Dutch page", async ({ baseURL, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const basis = baseURL ?? "";
    const paden = [
      "/aanvraag/indicatie/%ff",
      "/aanvraag/zorgovereenkomsten/%ff/pdf",
      "/aanvraag/zorgovereenkomsten/%ff",
      "/aanvraag/budgetplan/zorgverlener/%ff",
      "/aanvraag/%ff/heeft-indicatie",
      "/aanvraag/indicatie/%C0%80",
      "/aanvraag/indicatie/%ED%A0%80",
      "/aanvraag/indicatie/%e2%82",
      "/%ff",
      "/api/v1/%ff",
    ];
    const log = await logTijdens(async () => {
      for (const pad of paden) {
        for (const methode of ["GET", "HEAD", "POST"]) {
          const antwoord = await rauw(basis, kop(basis, pad, methode === "POST" ? { "Content-Length": "0" } : {}, methode));
          if (methode === "HEAD") expect(antwoord.status, `HEAD ${pad}`).toBe(400);
          else verwachtKalePagina(antwoord, 400, pagina.ongeldigAdres.titel, `${methode} ${pad}`);
        }
      }
    });
    verwachtStilleLog(log);
  });

  test("a form post Next cannot read: broken multipart 400, an unreadable Next-Action body 400, over 64 KB 413", async ({ baseURL, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const basis = baseURL ?? "";
    const id = await actieId(basis);
    const mp = { "Content-Type": "multipart/form-data; boundary=grens" };
    const actie = { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" };
    const onleesbaar: [string, Buffer][] = [
      ["multipart zonder boundary", post(basis, "/", { "Content-Type": "multipart/form-data" }, "rommel")],
      ["multipart afgebroken", post(basis, "/", mp, multipart([["voorWie", "zelf"]]).slice(0, 40))],
      ["multipart rommel", post(basis, "/", mp, "rommel rommel")],
      ["$ACTION_1:0 geen JSON", post(basis, "/", mp, multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", "{rommel"], ["voorWie", "zelf"]]))],
      ["$ACTION_1:1 ontbreekt", post(basis, "/", mp, multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })], ["voorWie", "zelf"]]))],
      ["$ACTION_1:1 1001 argumenten", post(basis, "/", mp, multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })], ["$ACTION_1:1", JSON.stringify(Array(1001).fill(0))]]))],
      ["Next-Action rommel", post(basis, "/", actie, "{{{rommel")],
      ["Next-Action geen UTF-8", post(basis, "/", actie, Buffer.from([0x5b, 0xff, 0xfe, 0x5d]))],
      ["Next-Action belofte die niet komt", post(basis, "/", actie, '[{},"$@1"]')],
      ["Next-Action Blob", post(basis, "/", actie, '[{},"$B1"]')],
      ["Next-Action te diep", post(basis, "/", actie, `${"[".repeat(5000)}${"]".repeat(5000)}`)],
      ["Next-Action multipart zonder 0", post(basis, "/", { ...mp, "Next-Action": id }, multipart([["1_voorWie", "zelf"]]))],
      ["Next-Action multipart kapot", post(basis, "/", { ...mp, "Next-Action": id }, "rommel")],
    ];
    const groot = JSON.stringify(["x".repeat(70_000)]);
    const log = await logTijdens(async () => {
      for (const [wat, verzoek] of onleesbaar) verwachtKalePagina(await rauw(basis, verzoek), 400, pagina.onleesbaar.titel, wat);
      verwachtKalePagina(await rauw(basis, post(basis, "/", actie, groot)), 413, pagina.teGroot.titel, "70 KB met Content-Length");
      verwachtKalePagina(await rauw(basis, post(basis, "/", mp, multipart([["voorWie", "x".repeat(70_000)]]))), 413, pagina.teGroot.titel, "70 KB zonder script");
      // Chunked, without Content-Length: the size is only known once it is in.
      const stukken = Buffer.concat([Buffer.from(kop(basis, "/", { ...actie, "Transfer-Encoding": "chunked" })), Buffer.from(`${groot.length.toString(16)}\r\n${groot}\r\n0\r\n\r\n`)]);
      verwachtKalePagina(await rauw(basis, stukken), 413, pagina.teGroot.titel, "70 KB in stukken");
    });
    verwachtStilleLog(log);
  });

  test("forged action arguments (any JSON React decodes, with and without JavaScript): never a 500", async ({ baseURL, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    test.setTimeout(180_000);
    const basis = baseURL ?? "";
    const id = await actieId(basis);
    const statussen = new Map<number, number>();
    const log = await logTijdens(async () => {
      await fc.assert(
        fc.asyncProperty(flightWaarde, fc.constantFrom("tekst", "multipart", "zonder-script"), async (waarde, vorm) => {
          const json = JSON.stringify(waarde) ?? "null";
          const body =
            vorm === "tekst"
              ? json
              : vorm === "multipart"
                ? multipart([["0", json], ["1_voorWie", "zelf"]])
                : multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })], ["$ACTION_1:1", json], ["voorWie", "zelf"]]);
          const type = vorm === "tekst" ? "text/plain;charset=UTF-8" : "multipart/form-data; boundary=grens";
          const antwoord = await fetch(`${basis}/`, { method: "POST", body, redirect: "manual", headers: { origin: basis, "content-type": type, ...(vorm === "zonder-script" ? {} : { "next-action": id }) } });
          await antwoord.arrayBuffer();
          statussen.set(antwoord.status, (statussen.get(antwoord.status) ?? 0) + 1);
          expect(antwoord.status, `${vorm} ${json.slice(0, 200)}`).toBeLessThan(500);
        }),
        { seed: 20261203, numRuns: 150 },
      );
    });
    // Both the refused and the accepted were reached.
    expect(statussen.get(400), JSON.stringify([...statussen])).toBeGreaterThan(10);
    expect([...statussen.keys()].some((s) => s < 400), JSON.stringify([...statussen])).toBe(true);
    verwachtStilleLog(log);
  });

  test("a body that trickles in: 408 with the Dutch page after 30 s (not 300 s), nothing logged", async ({ baseURL, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const basis = baseURL ?? "";
    let antwoord: Rauw | null = null;
    const log = await logTijdens(async () => {
      // One byte a second of a 1,000-byte form: alive, but never done.
      antwoord = await rauw(basis, kop(basis, "/aanvraag", { "Content-Type": "multipart/form-data; boundary=grens", "Content-Length": "1000" }), { druppel: "x", elkeMs: 1_000 });
    });
    const a = antwoord as Rauw | null;
    if (a === null) throw new Error("geen antwoord");
    verwachtKalePagina(a, 408, pagina.teLangzaam.titel, "druppelend lichaam");
    expect(a.ms).toBeGreaterThanOrEqual(29_000);
    expect(a.ms).toBeLessThan(45_000);
    verwachtStilleLog(log);
  });

  test("a client that leaves (before, during or after its body, refused or not): no stack, no uncaught error", async ({ baseURL, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const basis = baseURL ?? "";
    const id = await actieId(basis);
    const lichaam = multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })], ["$ACTION_1:1", '[{"fouten":{},"waarden":{}}]'], ["voorWie", "zelf"]]);
    const mp = { "Content-Type": "multipart/form-data; boundary=grens" };
    const log = await logTijdens(async () => {
      for (const [origin, reset] of [
        ["https://kwaad.example", true],
        ["https://kwaad.example", false],
        [basis, true],
        [basis, false],
      ] as const) {
        // The whole body, then gone before the answer (the refused one: after the 403 was decided).
        await rauw(basis, Buffer.concat([Buffer.from(kop(basis, "/", { ...mp, Origin: origin, "Content-Length": String(lichaam.length) })), Buffer.from(lichaam)]), { wegNaMs: 5, reset });
        // Half the body, then gone.
        await rauw(basis, Buffer.concat([Buffer.from(kop(basis, "/", { ...mp, Origin: origin, "Content-Length": String(lichaam.length) })), Buffer.from(lichaam.slice(0, 30))]), { wegNaMs: 300, reset });
        // Headers only, then gone.
        await rauw(basis, kop(basis, "/", { ...mp, Origin: origin, "Content-Length": "100" }), { wegNaMs: 100, reset });
      }
    });
    verwachtStilleLog(log);
  });

  test("an address that is no page: 404, Dutch, in the site's frame, the way home, axe clean", async ({ page, browser, javaScriptEnabled }) => {
    const antwoord = await page.goto("/bestaat-niet/echt-niet");
    expect(antwoord?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(foutTeksten.nietGevonden.titel);
    await expect(page).toHaveTitle(new RegExp(`^${foutTeksten.nietGevonden.titel}`));
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: foutTeksten.home })).toHaveAttribute("href", "/");
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  test("a broken address in the browser: 400, the Dutch page, the way home, axe clean", async ({ page, browser, javaScriptEnabled }) => {
    const antwoord = await page.goto("/aanvraag/indicatie/%ff");
    expect(antwoord?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(pagina.ongeldigAdres.titel);
    await expect(page.getByRole("banner")).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: pagina.kader.home }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/aanvraag/indicatie/%ff");
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });

  test("the error pages (error.tsx in the site's frame, global-error.tsx on its own): Dutch, the way home, axe clean", async ({ page, browser, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "axe op vaste HTML: één keer");
    const leeg = { error: new Error("proef"), reset: () => {}, retry: () => {} };
    // error.tsx renders inside the root layout: take the layout from a real page, put the error in its <main>.
    const lijst = await (await page.request.get("/bestaat-niet")).text();
    const inhoud = renderToStaticMarkup(createElement(Fout, leeg));
    const metKader = lijst.replace(/(<main\b[^>]*>)[\s\S]*?(<\/main>)/, `$1${inhoud}$2`).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
    expect(metKader).toContain(foutTeksten.fout.titel);
    for (const [wat, html] of [
      ["error.tsx", metKader],
      ["global-error.tsx", `<!doctype html>${renderToStaticMarkup(createElement(GlobaleFout, leeg))}`],
    ] as const) {
      await page.route("**/fout-proef", (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
      await page.goto("/fout-proef");
      await expect(page.getByRole("heading", { level: 1 }), wat).toHaveText(foutTeksten.fout.titel);
      await expect(page.locator("html"), wat).toHaveAttribute("lang", "nl");
      await expect(page.getByRole("link", { name: foutTeksten.fout.opnieuw }), wat).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: foutTeksten.home }), wat).toHaveAttribute("href", "/");
      await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
      await page.unroute("**/fout-proef");
    }
  });
});
