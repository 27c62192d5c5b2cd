// `npm run bench` (docs/decisions/030-snelheid.md): builds the app and a bare Next.js page (also with a stylesheet) in the same run, starts both,
// and measures side by side: the JavaScript each page ships, Lighthouse (mobile simulated, mobile
// really throttled, desktop; median of 3), throughput on loopback (autocannon), and `beoordeel` and the zorgkantoor lookup
// per call. Writes a Markdown table to docs/bench.md and prints it. Not a test: timings vary.
//
// `--quick` (what `npm test` runs, to check the benchmark itself works): the existing build if
// there is one, one Lighthouse run on two pages side by side, 30 requests per endpoint; the table goes to
// .bench/bench-snel.md, and the run fails when a row is missing.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

const SNEL = process.argv.includes("--quick");
const WORTEL = process.cwd();
const UIT = SNEL ? path.join(WORTEL, ".bench", "bench-snel.md") : path.join(WORTEL, "docs", "bench.md");
// BENCH_POORTEN=4521,4522: the app's and the bare app's ports, so two runs (or a run beside a
// server already on 3521) do not collide.
const [APP_POORT, KAAL_POORT] = (process.env.BENCH_POORTEN ?? "3521,3522").split(",").map((p) => Number(p.trim()));
if (![APP_POORT, KAAL_POORT].every((p) => Number.isInteger(p) && p > 0 && p < 65536) || APP_POORT === KAAL_POORT) {
  throw new Error(`BENCH_POORTEN moet twee verschillende poorten zijn, zoals 4521,4522 (niet ${process.env.BENCH_POORTEN})`);
}
const APP = `http://127.0.0.1:${APP_POORT}`;
const KAAL = `http://127.0.0.1:${KAAL_POORT}`;
const CHROMIUM = process.env.CHROMIUM_PAD ?? "/usr/bin/chromium";
// --accept-lang: the pages follow the browser's language (docs/decisions/032-talen.md); the
// benchmark measures the Dutch ones, as in every earlier run.
const CHROMIUM_VLAGGEN = "--accept-lang=nl-NL --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";
const LIGHTHOUSE_RONDES = SNEL ? 1 : 3;
const LAST_SECONDEN = 10;
// The quick run checks that every endpoint answers under load, not how fast: a fixed number of
// requests rather than a second, which on a busy machine can pass before a slow page answers once.
const LAST = SNEL ? { amount: 30 } : { duration: LAST_SECONDEN };
const omgeving = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const log = (tekst) => process.stderr.write(`bench: ${tekst}\n`);

function voerUit(opdracht, args, opties = {}) {
  execFileSync(opdracht, args, { stdio: ["ignore", "ignore", "inherit"], env: omgeving, ...opties });
}

/** voerUit, without waiting: resolves when the command succeeded, rejects when it did not. */
function voerUitOpAchtergrond(opdracht, args, opties = {}) {
  return new Promise((klaar, mislukt) => {
    const proces = spawn(opdracht, args, { stdio: ["ignore", "ignore", "inherit"], env: omgeving, ...opties });
    proces.on("error", mislukt);
    proces.on("exit", (code, signaal) => (code === 0 ? klaar() : mislukt(new Error(`${opdracht} eindigde met ${code ?? signaal}`))));
  });
}

/**
 * The baseline: a Next.js app with one static page and nothing else, built with this project's Next.
 * Outside the repository (inside it, Next takes the project's proxy.ts and config as its own),
 * with the project's node_modules hard-linked: Turbopack refuses a symlinked node_modules.
 *
 * It also has /dynamisch: a page rendered per request (like a step page) with a form posting to a
 * server action that redirects (like saving an answer), the framework's own floor for step GET and
 * POST. It lives in this throwaway app, not behind a flag in the real one, so no production build
 * ever carries a bench route (docs/decisions/030-snelheid.md).
 *
 * And two more versions of the static page, each with one stylesheet that Next links, as it does
 * ours: /stijl with a few lines, the floor for any page that has a stylesheet at all, and
 * /onze-stijl with `onzeCss`, this app's built stylesheet, which tells what ours costs on its own,
 * without our markup and scripts (docs/decisions/030-snelheid.md, addendum "a stylesheet is enough").
 */
function bouwKaleApp(onzeCss) {
  const map = mkdtempSync(path.join(tmpdir(), "bench-kale-next-"));
  mkdirSync(path.join(map, "app"), { recursive: true });
  writeFileSync(path.join(map, "package.json"), JSON.stringify({ name: "kaal", private: true, type: "module" }));
  writeFileSync(path.join(map, "next.config.mjs"), "export default {};\n");
  writeFileSync(
    path.join(map, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { jsx: "react-jsx", strict: true, module: "esnext", moduleResolution: "bundler", target: "ES2022", lib: ["dom", "ES2023"], skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true }, include: ["**/*.tsx", "**/*.d.ts"] }),
  );
  writeFileSync(path.join(map, "app", "layout.tsx"), 'export default function L({ children }: { children: React.ReactNode }) { return <html lang="nl"><head><title>Kaal</title></head><body><main>{children}</main></body></html>; }\n');
  writeFileSync(path.join(map, "app", "page.tsx"), "export default function P() { return <h1>Hallo</h1>; }\n");
  // The type check of `next build` needs to know what importing a stylesheet gives.
  writeFileSync(path.join(map, "app", "css.d.ts"), 'declare module "*.css";\n');
  const stijlen = { stijl: "html { font-family: system-ui, sans-serif; color: #0b0c0c; }\nh1 { color: #154273; }\n", "onze-stijl": onzeCss };
  for (const [route, css] of Object.entries(stijlen)) {
    mkdirSync(path.join(map, "app", route), { recursive: true });
    writeFileSync(path.join(map, "app", route, "stijl.css"), css);
    writeFileSync(path.join(map, "app", route, "page.tsx"), 'import "./stijl.css";\nexport default function P() { return <h1>Hallo</h1>; }\n');
  }
  mkdirSync(path.join(map, "app", "dynamisch"), { recursive: true });
  writeFileSync(
    path.join(map, "app", "dynamisch", "page.tsx"),
    [
      'import { redirect } from "next/navigation";',
      'import { connection } from "next/server";',
      "async function bewaar(formulier: FormData) {",
      '  "use server";',
      '  redirect(`/dynamisch?antwoord=${encodeURIComponent(String(formulier.get("antwoord") ?? ""))}`);',
      "}",
      "export default async function P() {",
      "  await connection();",
      '  return <form action={bewaar}><h1>Hallo {new Date().toISOString()}</h1><input name="antwoord" defaultValue="ja" /><button>Verder</button></form>;',
      "}",
      "",
    ].join("\n"),
  );
  try {
    voerUit("cp", ["-al", path.join(WORTEL, "node_modules"), path.join(map, "node_modules")]);
    voerUit(path.join(map, "node_modules", ".bin", "next"), ["build"], { cwd: map });
  } catch (fout) {
    rmSync(map, { recursive: true, force: true });
    throw fout;
  }
  return map;
}

/** This app's built stylesheets, as one text (a build has had one so far). */
function onzeStylesheet() {
  const map = path.join(WORTEL, ".next", "static");
  const bestanden = readdirSync(map, { recursive: true }).filter((b) => String(b).endsWith(".css")).sort();
  if (bestanden.length === 0) throw new Error(`geen stylesheet in ${map}`);
  return bestanden.map((b) => readFileSync(path.join(map, String(b)), "utf8")).join("\n");
}

/** The app as in production, through server.mjs; the bare page with `next start`. */
function start(cwd, poort, env = {}) {
  const [opdracht, ...args] = cwd === WORTEL ? [process.execPath, "server.mjs"] : [path.join(cwd, "node_modules", ".bin", "next"), "start"];
  return spawn(opdracht, [...args, "-H", "127.0.0.1", "-p", String(poort)], {
    cwd,
    env: { ...omgeving, ...env },
    stdio: ["ignore", process.env.BENCH_LOG ? "inherit" : "ignore", process.env.BENCH_LOG ? "inherit" : "ignore"],
    detached: true,
  });
}

async function wachtOp(url) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server ${url} start niet`);
}

/**
 * fetch, once more when the server closed a kept-alive connection while Lighthouse ran (the
 * pooled socket is dead by the time it is used again).
 */
async function haal(url, opties) {
  for (let poging = 1; ; poging++) {
    try {
      return await fetch(url, opties);
    } catch (fout) {
      // "fetch failed" with EPIPE, ECONNRESET or a closed socket: the next try opens a new one.
      if (poging >= 3 || !(fout instanceof TypeError)) throw fout;
    }
  }
}

async function html(url, cookie) {
  const antwoord = await haal(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (antwoord.status !== 200) throw new Error(`${url}: status ${antwoord.status}${antwoord.headers.has("location") ? ` naar ${antwoord.headers.get("location")}` : ""}, verwacht 200`);
  return antwoord.text();
}

/** Gzip bytes of the scripts a page's HTML loads (without noModule), and of its inline scripts. */
async function scriptBytes(url, cookie) {
  const tekst = await html(url, cookie);
  const bronnen = [...tekst.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((a) => !/\bnoModule\b/i.test(a))
    .map((a) => /\bsrc="([^"]+)"/.exec(a)?.[1])
    .filter(Boolean);
  let extern = 0;
  for (const bron of bronnen) extern += gzipSync(Buffer.from(await (await haal(new URL(bron, url))).arrayBuffer())).length;
  const inline = [...tekst.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  return { bestanden: bronnen.length, extern, inline: gzipSync(Buffer.from(inline)).length };
}

function mediaan(getallen) {
  const rij = [...getallen].sort((a, b) => a - b);
  return rij[Math.floor((rij.length - 1) / 2)];
}

/**
 * The Lighthouse runs per page. `mobile` and `desktop` are Lighthouse's presets: the page loads
 * unthrottled and Lantern simulates the slow phone from that run. `mobile-devtools` loads the page
 * really throttled (the same mobile network and 4 × CPU, applied by Chromium): what a slow phone
 * sees, without the simulation's dependence on what happened first in the unthrottled run
 * (docs/decisions/030-snelheid.md, addendum "the first frame Lighthouse holds back").
 */
const PRESETS = SNEL ? ["mobile"] : ["mobile", "mobile-devtools", "desktop"];

async function lighthouse(url, preset, cookie) {
  const bestand = path.join(tmpdir(), `lh-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const args = [url, `--chrome-flags=${CHROMIUM_VLAGGEN}`, "--only-categories=performance,accessibility", "--output=json", `--output-path=${bestand}`, "--quiet"];
  if (preset === "desktop") args.push("--preset=desktop");
  if (preset === "mobile-devtools") args.push("--throttling-method=devtools");
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  await voerUitOpAchtergrond(path.join(WORTEL, "node_modules", ".bin", "lighthouse"), args, { env: { ...omgeving, CHROME_PATH: CHROMIUM } });
  const r = JSON.parse(readFileSync(bestand, "utf8"));
  rmSync(bestand, { force: true });
  if (r.runtimeError) throw new Error(`lighthouse ${url}: ${r.runtimeError.message}`);
  return {
    prestatie: r.categories.performance.score,
    toegankelijkheid: r.categories.accessibility.score,
    lcp: r.audits["largest-contentful-paint"].numericValue,
    tbt: r.audits["total-blocking-time"].numericValue,
    cls: r.audits["cumulative-layout-shift"].numericValue,
    // The first paint as it happened in this run (unthrottled for `mobile` and `desktop`).
    gezienFcp: r.audits.metrics.details.items[0].observedFirstContentfulPaint,
  };
}

async function lighthouseMediaan(url, preset, cookie) {
  const rondes = [];
  for (let i = 0; i < LIGHTHOUSE_RONDES; i++) rondes.push(await lighthouse(url, preset, cookie));
  return Object.fromEntries(Object.keys(rondes[0]).map((k) => [k, mediaan(rondes.map((r) => r[k]))]));
}

function multipart(velden) {
  const grens = "----benchgrens7f3a";
  const delen = Object.entries(velden).map(([naam, waarde]) => `--${grens}\r\nContent-Disposition: form-data; name="${naam}"\r\n\r\n${waarde}\r\n`);
  return { body: delen.join("") + `--${grens}--\r\n`, type: `multipart/form-data; boundary=${grens}` };
}

function verborgenVelden(tekst) {
  const velden = {};
  for (const m of tekst.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) {
    const naam = /name="([^"]+)"/.exec(m[0])?.[1];
    const waarde = /value="([^"]*)"/.exec(m[0])?.[1] ?? "";
    if (naam) velden[naam] = waarde.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
  }
  return velden;
}

/** autocannon, 10 connections; counts as errors every answer without the expected status. */
async function last(naam, opties, verwacht) {
  const r = await autocannon({ connections: 10, ...LAST, ...opties });
  const goed = Object.entries(r.statusCodeStats ?? {}).filter(([code]) => Number(code) === verwacht).reduce((som, [, s]) => som + s.count, 0);
  const totaal = r.requests.total;
  return { naam, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, fouten: totaal - goed + r.errors + r.timeouts, totaal };
}

const getal = (n, d = 0) => n.toLocaleString("nl-NL", { minimumFractionDigits: d, maximumFractionDigits: d });
/** a ÷ b with two decimals; "–" when b is 0 (a bare page without any blocking time) and a is not. */
const verhouding = (a, b) => (b > 0 ? getal(a / b, 2) : a > 0 ? "–" : getal(1, 2));

async function hoofd() {
  mkdirSync(path.dirname(UIT), { recursive: true });
  if (SNEL && existsSync(path.join(WORTEL, ".next", "BUILD_ID"))) log("bestaande build van de app");
  else {
    log("app bouwen");
    voerUit("npm", ["run", "build"]);
  }
  log("kale Next.js-pagina bouwen");
  const kaleMap = bouwKaleApp(onzeStylesheet());
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-data-"));
  const servers = [];
  try {
    const voorbereiding = path.join(dataDir, "voorbereiding.json");
    log("concepten maken en microbenchmarks");
    voerUit(path.join(WORTEL, "node_modules", ".bin", "vitest"), ["run", "--config", "vitest.bench.config.ts", "scripts/bench/voorbereiding.bench.ts"], {
      env: { ...omgeving, BENCH_DATA_DIR: dataDir, BENCH_UIT: voorbereiding, BENCH_SNEL: SNEL ? "1" : "0" },
    });
    const { paginaCookie, postCookies, micro } = JSON.parse(readFileSync(voorbereiding, "utf8"));

    servers.push(start(WORTEL, APP_POORT, { DATA_DIR: dataDir }), start(kaleMap, KAAL_POORT));
    await Promise.all([wachtOp(APP), wachtOp(KAAL)]);
    const paginas = [
      { naam: "kale Next.js-pagina", url: `${KAAL}/`, snel: true },
      { naam: "kale pagina met een klein stylesheet", url: `${KAAL}/stijl` },
      { naam: "kale pagina met ons stylesheet", url: `${KAAL}/onze-stijl`, onzeStijl: true },
      { naam: "start (/)", url: `${APP}/`, snel: true },
      { naam: "stap 1, een vraag", url: `${APP}/aanvraag/indicatie/heeft-indicatie`, cookie: paginaCookie },
      { naam: "budgetplan, bedragen", url: `${APP}/aanvraag/aanvraag/bedragen`, cookie: paginaCookie },
      { naam: "zorgkantoor zoeken", url: `${APP}/zorgkantoor` },
      { naam: "voorbeeld voor medewerkers", url: `${APP}/zorgkantoor/voorbeeld` },
    ];

    log("JavaScript per pagina");
    for (const p of paginas) p.js = await scriptBytes(p.url, p.cookie);
    const kaleJs = paginas[0].js.extern;

    const lhPaginas = SNEL ? paginas.filter((p) => p.snel) : paginas;
    if (SNEL) {
      // The quick run only checks that Lighthouse runs on a page of ours and on the bare page:
      // side by side, which saves CI a run's length and makes its timings worth even less.
      log("Lighthouse mobile: de kale pagina en de startpagina, tegelijk");
      await Promise.all(lhPaginas.map(async (p) => (p.mobile = await lighthouseMediaan(p.url, "mobile", p.cookie))));
    } else {
      for (const p of lhPaginas) {
        for (const preset of PRESETS) {
          log(`Lighthouse ${preset}: ${p.naam}`);
          p[preset] = await lighthouseMediaan(p.url, preset, p.cookie);
        }
      }
    }

    log("doorvoer");
    const startHtml = await html(`${APP}/`);
    const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(startHtml)?.[1];
    const vraag = `${APP}/aanvraag/indicatie/heeft-indicatie`;
    const velden = verborgenVelden(await html(vraag, paginaCookie));
    const post = multipart({ ...velden, versie: "1", heeftIndicatie: "ja" });
    let volgende = 0;
    const verzoek = JSON.parse(readFileSync(path.join(WORTEL, "tests", "voorbeelden", "lv-01-4lg-thuis-pgb.json"), "utf8")).verzoek;
    const kaalDynamisch = `${KAAL}/dynamisch`;
    const kaleVelden = verborgenVelden(await html(kaalDynamisch));
    if (!Object.keys(kaleVelden).some((v) => v.startsWith("$ACTION_ID_"))) throw new Error(`${kaalDynamisch}: geen server action in het formulier`);
    const kalePost = multipart({ ...kaleVelden, antwoord: "ja" });
    const kaleGet = await last("kale dynamische Next.js-pagina GET", { url: kaalDynamisch }, 200);
    const kaleActie = await last("kale server action (POST, 303)", { url: kaalDynamisch, method: "POST", headers: { "content-type": kalePost.type, origin: KAAL }, body: kalePost.body }, 303);
    const lasten = [
      await last("statisch bestand (script van Next)", { url: `${APP}${chunk}` }, 200),
      kaleGet,
      { ...(await last("stap-pagina GET", { url: vraag, headers: { cookie: paginaCookie } }, 200)), kaal: kaleGet },
      kaleActie,
      {
        ...(await last(
          "stap-POST (antwoord opslaan, 303)",
        {
          url: vraag,
          method: "POST",
          headers: { "content-type": post.type, origin: APP },
          body: post.body,
          requests: [
            {
              // A fresh draft for every request, so every save is at its draft's current version.
              setupRequest: (req) => ({ ...req, headers: { ...req.headers, cookie: postCookies[volgende++ % postCookies.length] } }),
            },
          ],
        },
        303,
      )),
        kaal: kaleActie,
      },
      await last("POST /api/v1/beoordelingen", { url: `${APP}/api/v1/beoordelingen`, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(verzoek) }, 200),
    ];
    if (volgende > postCookies.length) log(`let op: ${volgende} POSTs voor ${postCookies.length} concepten; de rest kreeg 'gewijzigd'`);

    const statisch = lasten[0].rps;
    const regels = [
      `# Benchmark${SNEL ? " (snel: één Lighthouse-ronde, 30 verzoeken last)" : ""}`,
      "",
      `Gemeten op ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC met \`npm run bench${SNEL ? " -- --quick" : ""}\`, Node ${process.version}, ${(await import("node:os")).cpus().length} kernen, load average bij het schrijven ${(await import("node:os")).loadavg().map((l) => getal(l, 2)).join(" / ")}. De kale Next.js-pagina is in dezelfde run gebouwd.`,
      "",
      "## JavaScript per pagina (gzip, scripts uit de HTML, zonder noModule)",
      "",
      "| pagina | scripts | gzip bytes | × kale pagina | inline gzip bytes |",
      "|---|---:|---:|---:|---:|",
      ...paginas.map((p) => `| ${p.naam} | ${p.js.bestanden} | ${getal(p.js.extern)} | ${getal(p.js.extern / kaleJs, 2)} | ${getal(p.js.inline)} |`),
      "",
      `## Lighthouse (mediaan van ${LIGHTHOUSE_RONDES})`,
      "",
      "LCP × kaal en TBT × kaal: ten opzichte van de kale Next.js-pagina met dezelfde preset in deze run (doel: hooguit 1,25). LCP × ons stylesheet: ten opzichte van de kale pagina met ons stylesheet, wat onze opmaak en scripts er nog aan toevoegen (niet in de snelle run).",
      "`mobile` en `desktop` laden de pagina onvertraagd en rekenen daaruit de trage telefoon uit; `mobile-devtools` laadt haar echt vertraagd (zelfde netwerk, 4 × trager). FCP gezien: de eerste paint zoals die in de run zelf gebeurde.",
      "",
      "| pagina | preset | prestatie | toegankelijkheid | LCP ms | LCP × kaal | LCP × ons stylesheet | TBT ms | TBT × kaal | CLS | FCP gezien ms |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...lhPaginas.flatMap((p) =>
        PRESETS.map((preset) => {
          const m = p[preset];
          const k = paginas[0][preset];
          const metStijl = paginas.find((q) => q.onzeStijl)[preset];
          return `| ${p.naam} | ${preset} | ${getal(m.prestatie, 2)} | ${getal(m.toegankelijkheid, 2)} | ${getal(m.lcp)} | ${verhouding(m.lcp, k.lcp)} | ${metStijl ? verhouding(m.lcp, metStijl.lcp) : ""} | ${getal(m.tbt)} | ${verhouding(m.tbt, k.tbt)} | ${getal(m.cls, 3)} | ${getal(m.gezienFcp)} |`;
        }),
      ),
      "",
      `## Doorvoer op loopback (autocannon, 10 verbindingen, ${SNEL ? `${LAST.amount} verzoeken` : `${LAST_SECONDEN} s`})`,
      "",
      "De kale rijen zijn Next.js zelf (`next start`, zonder proxy.ts, layout of opslag): een dynamische pagina met een formulier, en de server action erachter die doorstuurt. × kaal: verzoeken/s van de stap ten opzichte van die ondergrens.",
      "",
      "| verzoek | verzoeken/s | × statisch bestand | × kaal | p50 ms | p99 ms | p50 × kaal | fouten | totaal |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...lasten.map(
        (l) =>
          `| ${l.naam} | ${getal(l.rps)} | ${getal(l.rps / statisch, 2)} | ${l.kaal ? verhouding(l.rps, l.kaal.rps) : ""} | ${getal(l.p50)} | ${getal(l.p99)} | ${l.kaal ? verhouding(l.p50, l.kaal.p50) : ""} | ${getal(l.fouten)} | ${getal(l.totaal)} |`,
      ),
      "",
      "## Per aanroep (in één proces)",
      "",
      "| wat | mediaan µs | p99 µs | n |",
      "|---|---:|---:|---:|",
      `| beoordeel (volledige situatie, 6 zorgverleners) | ${getal(micro.beoordeel.mediaanUs, 1)} | ${getal(micro.beoordeel.p99Us, 1)} | ${getal(micro.beoordeel.n)} |`,
      `| zorgkantoor zoeken (342 gemeentenamen) | ${getal(micro.zorgkantoor.mediaanUs, 1)} | ${getal(micro.zorgkantoor.p99Us, 1)} | ${getal(micro.zorgkantoor.n)} |`,
      "",
    ];
    const tabel = regels.join("\n");
    writeFileSync(UIT, tabel);
    process.stdout.write(tabel);
    // The quick run is what npm test checks: every part must have produced its rows.
    const verwacht = paginas.length + lhPaginas.length * PRESETS.length + lasten.length + 2;
    const rijen = regels.filter((r) => r.startsWith("| ") && !r.startsWith("| pagina |") && !r.startsWith("| verzoek |") && !r.startsWith("| wat |")).length;
    if (rijen !== verwacht) throw new Error(`tabel heeft ${rijen} rijen, verwacht ${verwacht}`);
    if (lasten.some((l) => l.totaal === 0)) throw new Error("een lastmeting deed geen enkel verzoek");
    log(`geschreven: ${path.relative(WORTEL, UIT)}`);
  } finally {
    // Also when a step before the servers failed: no temp directory of a run stays behind.
    for (const kind of servers) {
      try {
        process.kill(-kind.pid);
      } catch {}
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(kaleMap, { recursive: true, force: true });
  }
}

await hoofd();
