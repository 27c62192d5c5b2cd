/**
 * Operations against real `next start` processes of the production build (docs/decisions/025-opslag.md),
 * each on a port of its own (3352–3356), HTTP only, as a browser without JavaScript posts:
 * - `GET /api/gezondheid`: 200 while the database answers, 503 when it does not; JSON, no-store.
 * - SIGTERM with a save in flight: the save is answered and stored, a new connection is refused,
 *   the process exits 143 and the SQLite database is closed cleanly (its WAL checkpointed away).
 * - A yearly parameters file (`PARAMETERS_BESTAND`) with 2026 maximum tarieven: the API and
 *   /zorgkantoor/parameters use them; a bad file stops the start with the line and path.
 * - A database that fails (PostgreSQL gone; a full disk where this machine lets us mount a tiny
 *   one): the start page answers in Dutch that nothing was saved, with the typed name still there.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { vraagFormulier } from "@/content/vraag-formulier";
import { foutTeksten } from "@/content/fouten";
import { verwachtGeenAxeFouten } from "./axe";
import { expect, test } from "./hulp/bezoeker";
import { wachtOp } from "./hulp/eigen-server";

const VRAAG = "/aanvraag/indicatie/heeft-indicatie";
const NAAM = "Bartholomeus-Wilhelmina";

interface Server {
  proces: ChildProcess;
  log: () => string;
  einde: Promise<{ code: number | null; signaal: NodeJS.Signals | null }>;
}

/** `next start` with its output kept (the tests read what it logs), like hulp/eigen-server.ts. */
function start(poort: number, env: Record<string, string>): Server {
  const proces = spawn(path.join(process.cwd(), "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(poort)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let uitvoer = "";
  proces.stdout?.on("data", (d: Buffer) => (uitvoer += d.toString()));
  proces.stderr?.on("data", (d: Buffer) => (uitvoer += d.toString()));
  const einde = new Promise<{ code: number | null; signaal: NodeJS.Signals | null }>((klaar) => proces.on("exit", (code, signaal) => klaar({ code, signaal })));
  return { proces, log: () => uitvoer, einde };
}

/** The hidden fields and the shown answer of the one form on a page (as storingen.spec.ts). */
function leesFormulier(html: string): { velden: Record<string, string>; gekozen: string | null } {
  const velden: Record<string, string> = {};
  for (const [invoer] of html.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) {
    const naam = /name="([^"]*)"/.exec(invoer)?.[1];
    if (naam !== undefined) velden[naam] = (/value="([^"]*)"/.exec(invoer)?.[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  }
  const gekozen = [...html.matchAll(/<input\b[^>]*name="heeftIndicatie"[^>]*>/g)].map((m) => m[0]).find((i) => /\bchecked\b/.test(i));
  return { velden, gekozen: gekozen === undefined ? null : (/value="([^"]*)"/.exec(gekozen)?.[1] ?? null) };
}

function formulier(velden: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(velden)) data.append(k, v);
  return data;
}

/** The start page's form posted without a cookie: a new draft (or, when the store fails, the form back). */
async function postStart(basis: string, extra: Record<string, string>): Promise<Response> {
  const { velden } = leesFormulier(await (await fetch(`${basis}/`)).text());
  return fetch(`${basis}/`, { method: "POST", body: formulier({ ...velden, ...extra }), redirect: "manual", headers: { origin: basis } });
}

async function nieuweSessie(basis: string): Promise<string> {
  const antwoord = await postStart(basis, { voorWie: "zelf" });
  expect(antwoord.status).toBe(303);
  const cookie = (antwoord.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  expect(cookie).toMatch(/^pgb-aanvraag=/);
  return cookie;
}

async function leesVraag(basis: string, cookie: string) {
  const antwoord = await fetch(`${basis}${VRAAG}`, { headers: { cookie }, redirect: "manual" });
  expect(antwoord.status).toBe(200);
  return leesFormulier(await antwoord.text());
}

async function gezondheid(basis: string): Promise<{ status: number; body: unknown; cache: string | null; type: string | null; ms: number }> {
  const begin = Date.now();
  const antwoord = await fetch(`${basis}/api/gezondheid`);
  const body = antwoord.headers.get("content-type")?.includes("json") ? await antwoord.json() : await antwoord.text();
  return { status: antwoord.status, body, cache: antwoord.headers.get("cache-control"), type: antwoord.headers.get("content-type"), ms: Date.now() - begin };
}

/**
 * A form post whose body arrives in two halves: `verder()` sends the second half. Between the two
 * the request is in flight at the server (headers read, body not yet).
 */
async function postInTweeDelen(basis: string, pad: string, cookie: string, velden: Record<string, string>) {
  const verzoek = new Request(basis, { method: "POST", body: formulier(velden) });
  const body = Buffer.from(await verzoek.arrayBuffer());
  const url = new URL(pad, basis);
  let klaar: (a: { status: number; location: string | undefined }) => void = () => undefined;
  let mislukt: (f: Error) => void = () => undefined;
  const antwoord = new Promise<{ status: number; location: string | undefined }>((a, b) => ((klaar = a), (mislukt = b)));
  const req = http.request({
    host: url.hostname,
    port: url.port,
    path: url.pathname,
    method: "POST",
    agent: false,
    headers: { cookie, origin: basis, "content-type": verzoek.headers.get("content-type") ?? "", "content-length": body.length, connection: "close" },
  });
  req.on("response", (res) => {
    res.resume();
    klaar({ status: res.statusCode ?? 0, location: res.headers.location });
  });
  req.on("error", mislukt);
  const helft = Math.floor(body.length / 2);
  await new Promise<void>((a) => req.write(body.subarray(0, helft), () => a()));
  return { antwoord, verder: () => req.end(body.subarray(helft)) };
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

test.describe("beheer: gezondheid, afsluiten, parameters, storingen", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  const mappen: string[] = [];
  const servers: Server[] = [];
  const nieuweMap = (naam: string) => {
    const map = mkdtempSync(path.join(tmpdir(), `opslag-beheer-${naam}-`));
    mappen.push(map);
    return map;
  };
  const startServer = (poort: number, env: Record<string, string>) => {
    const server = start(poort, env);
    servers.push(server);
    return server;
  };

  test.beforeEach(({ javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer, in het project met JavaScript");
  });

  test.afterAll(async () => {
    for (const server of servers) if (server.proces.exitCode === null && server.proces.signalCode === null) server.proces.kill("SIGKILL");
    for (const map of mappen) rmSync(map, { recursive: true, force: true });
  });

  test("SIGTERM: de opslag die bezig is wordt beantwoord en bewaard, daarna een nette stop", async () => {
    const poort = 3352;
    const basis = `http://127.0.0.1:${poort}`;
    const dataDir = nieuweMap("sigterm");
    const server = startServer(poort, { DATA_DIR: dataDir });
    await wachtOp(basis);

    const gezond = await gezondheid(basis);
    expect(gezond).toMatchObject({ status: 200, body: { status: "ok" }, cache: "no-store" });
    expect(gezond.type).toMatch(/^application\/json/);

    const cookie = await nieuweSessie(basis);
    const { velden } = await leesVraag(basis, cookie);
    const versie = Number(velden.versie);
    const bezig = await postInTweeDelen(basis, VRAAG, cookie, { ...velden, heeftIndicatie: "ja" });
    await wacht(300);
    server.proces.kill("SIGTERM");
    await wacht(500);
    // Stopped listening at once: a new request is refused, so nothing of it can be stored.
    await expect(fetch(`${basis}/api/gezondheid`)).rejects.toThrow();
    bezig.verder();
    const antwoord = await bezig.antwoord;
    expect(antwoord.status, "de opslag die bezig was wordt nog beantwoord").toBe(303);
    expect(antwoord.location).not.toContain(VRAAG);

    const einde = await server.einde;
    expect(einde).toEqual({ code: 143, signaal: null });
    expect(server.log()).toContain("afsluiten: verzoeken afgerond, database gesloten");
    // Closed cleanly: SQLite checkpointed the WAL into the database and removed it.
    const wal = path.join(dataDir, "drafts.sqlite-wal");
    expect(existsSync(wal) ? statSync(wal).size : 0, "drafts.sqlite-wal na het stoppen").toBe(0);

    // Stored: a new server reads the answer at the next version.
    const weer = startServer(poort, { DATA_DIR: dataDir });
    await wachtOp(basis);
    const na = await leesVraag(basis, cookie);
    expect(na.gekozen).toBe("ja");
    expect(Number(na.velden.versie)).toBe(versie + 1);
    weer.proces.kill("SIGTERM");
    expect((await weer.einde).code).toBe(143);
  });

  test("een jaarbestand met maximumtarieven 2026 wordt gebruikt door de API en de parameterpagina", async () => {
    const poort = 3353;
    const basis = `http://127.0.0.1:${poort}`;
    const map = nieuweMap("parameters");
    const bestand = path.join(map, "parameters-2026.json");
    writeFileSync(
      bestand,
      JSON.stringify({ maximumtarieven: [{ geldigVanaf: "2026-01-01", professioneelPerUur: 8123, begeleidingGroepPerDagdeel: 7456, nietProfessioneelPerUur: 2589, bron: "Regeling langdurige zorg, wijziging 2026" }] }, null, 2),
    );
    const server = startServer(poort, { DATA_DIR: path.join(map, "data"), PARAMETERS_BESTAND: bestand });
    await wachtOp(basis);

    const api = await fetch(`${basis}/api/v1/beoordelingen`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        zorgprofiel: "ZZP 3 VG",
        peildatum: "2026-06-01",
        zorgverleners: [{ naam: "Moeder", urenPerWeek: 25, uurtarief: "25.00", soort: "persoon", relatie: "familie-1e-graad", overeenkomst: "opdracht" }],
      }),
    });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { budgetplan: { zorgverleners: { maximumtarief: { uitkomst: string; redenen: { tekst: string }[] } }[] } };
    const tarief = body.budgetplan.zorgverleners[0]?.maximumtarief;
    expect(tarief?.uitkomst, "2026 heeft nu een maximum: geen 'navragen' meer").toBe("ja");
    expect(tarief?.redenen.map((r) => r.tekst).join(" ")).toContain("25,89");

    const pagina = await (await fetch(`${basis}/zorgkantoor/parameters?datum=01-06-2026`)).text();
    expect(pagina).toContain("€ 81,23");
    expect(pagina).toContain("Regeling langdurige zorg, wijziging 2026");
    expect(pagina).toContain("parameterbestand parameters-2026.json");
    server.proces.kill("SIGTERM");
    await server.einde;
  });

  test("een fout jaarbestand houdt de start tegen en noemt regel en pad", async () => {
    const poort = 3354;
    const map = nieuweMap("fout-bestand");
    const bestand = path.join(map, "parameters.json");
    writeFileSync(bestand, '{\n  "maximumtarieven": [\n    { "geldigVanaf": "2026-01-01", "professioneelPerUur": "81,23", "begeleidingGroepPerDagdeel": 7456, "nietProfessioneelPerUur": 2589, "bron": "x" }\n  ]\n}\n');
    const server = startServer(poort, { DATA_DIR: path.join(map, "data"), PARAMETERS_BESTAND: bestand });
    const einde = await Promise.race([server.einde, wacht(60_000).then(() => null)]);
    expect(einde, "de server stopt zelf").not.toBeNull();
    expect(einde?.code, "EX_CONFIG").toBe(78);
    expect(server.log()).toContain(`PARAMETERS_BESTAND ${bestand}: ongeldig parameterbestand, de server start niet`);
    expect(server.log()).toContain("regel 3 (line 3), maximumtarieven[0].professioneelPerUur:");
    await expect(fetch(`http://127.0.0.1:${poort}/`)).rejects.toThrow();
  });

  test("PostgreSQL weg: gezondheid 503, en de startpagina zegt in het Nederlands dat niets bewaard is, met de naam er nog in", async () => {
    const poort = 3355;
    const basis = `http://127.0.0.1:${poort}`;
    // Port 1 on loopback: nothing listens, so every connection is refused.
    const server = startServer(poort, { DATA_DIR: nieuweMap("pg-weg"), DATABASE_URL: "postgres://niemand:x@127.0.0.1:1/geen" });
    await wachtOp(basis);
    const gezond = await gezondheid(basis);
    expect(gezond).toMatchObject({ status: 503, body: { status: "storing" }, cache: "no-store" });
    expect(gezond.ms).toBeLessThan(5000);

    const antwoord = await postStart(basis, { voorWie: "familie", naamAanvrager: NAAM });
    const html = await antwoord.text();
    expect(antwoord.status).toBe(200);
    expect(html).toContain(vraagFormulier.nietBewaard.titel);
    expect(html).toContain("Probeer het over een paar minuten opnieuw");
    expect(html).toMatch(new RegExp(`<input[^>]*name="naamAanvrager"[^>]*value="${NAAM}"|<input[^>]*value="${NAAM}"[^>]*name="naamAanvrager"`));
    expect(antwoord.headers.get("set-cookie")).toBeNull();
    expect(server.log()).not.toContain(NAAM);
    server.proces.kill("SIGTERM");
    await server.einde;
  });

  test("volle schijf (SQLITE_FULL): de startpagina houdt de naam vast; na ruimte maken lukt het", async () => {
    const poort = 3356;
    const basis = `http://127.0.0.1:${poort}`;
    const klein = nieuweMap("vol");
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", klein], { stdio: "ignore" });
    } catch {
      test.skip(true, "kan hier geen kleine schijf koppelen (mount vraagt root); de unit-test dekt SQLITE_FULL met een store die faalt");
      return;
    }
    try {
      const dataDir = path.join(klein, "data");
      mkdirSync(dataDir);
      const server = startServer(poort, { DATA_DIR: dataDir });
      await wachtOp(basis);
      expect((await gezondheid(basis)).status).toBe(200);
      // Fill the disk to the last byte.
      const vulsel = path.join(klein, "vulsel");
      try {
        execFileSync("dd", ["if=/dev/zero", `of=${vulsel}`, "bs=4k"], { stdio: "ignore" });
      } catch {
        // dd stops with "No space left on device": that is the point.
      }
      const antwoord = await postStart(basis, { voorWie: "familie", naamAanvrager: NAAM });
      const html = await antwoord.text();
      expect(antwoord.status).toBe(200);
      expect(html).toContain(vraagFormulier.nietBewaard.titel);
      expect(html).toContain(`value="${NAAM}"`);
      expect(antwoord.headers.get("set-cookie")).toBeNull();
      expect(server.log()).toMatch(/SQLITE_FULL/);

      rmSync(vulsel);
      const opnieuw = await postStart(basis, { voorWie: "familie", naamAanvrager: NAAM });
      expect(opnieuw.status).toBe(303);
      expect(opnieuw.headers.get("set-cookie")).toMatch(/^pgb-aanvraag=/);
      server.proces.kill("SIGTERM");
      await server.einde;
    } finally {
      execFileSync("umount", ["-l", klein], { stdio: "ignore" });
    }
  });
});

test("/storing zegt in het Nederlands dat er niets veranderd is, zonder axe-fouten", async ({ page, browser, javaScriptEnabled }) => {
  await page.goto("/storing");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(foutTeksten.storing.titel);
  await expect(page.getByText(foutTeksten.storing.tekst)).toBeVisible();
  await expect(page.getByRole("link", { name: foutTeksten.storing.terug })).toHaveAttribute("href", "/aanvraag");
  await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
});
