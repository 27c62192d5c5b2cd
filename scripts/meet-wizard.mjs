// Measures what issue 3 asks, on this machine: the JavaScript a step page ships (gzip bytes of
// the scripts its served HTML references, without noModule) next to a bare Next.js page built in
// the same run, and the time of a step POST (median of 100 on loopback).
// Usage: npm run build && node scripts/meet-wizard.mjs
import { spawn, execSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";

const WORTEL = process.cwd();
const APP = "http://127.0.0.1:3501";
const KAAL = "http://127.0.0.1:3502";

function bouwKaleApp() {
  // Inside the repository, so Turbopack finds this project's node_modules (it refuses a symlink).
  const map = path.join(WORTEL, ".meet", "kale-next");
  rmSync(map, { recursive: true, force: true });
  mkdirSync(path.join(map, "app"), { recursive: true });
  writeFileSync(path.join(map, "package.json"), JSON.stringify({ name: "kaal", private: true, type: "module" }));
  writeFileSync(path.join(map, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react-jsx", strict: true, module: "esnext", moduleResolution: "bundler", target: "ES2022", lib: ["dom", "ES2023"], skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true }, include: ["**/*.tsx"] }));
  writeFileSync(path.join(map, "app", "layout.tsx"), 'export default function L({ children }: { children: React.ReactNode }) { return <html lang="nl"><body>{children}</body></html>; }\n');
  writeFileSync(path.join(map, "app", "page.tsx"), "export default function P() { return <p>Hallo</p>; }\n");
  execSync("npx next build", { cwd: map, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return map;
}

function start(cwd, poort, env = {}) {
  const kind = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(poort)], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: "ignore", detached: true });
  return kind;
}

async function wachtOp(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server ${url} start niet`);
}

async function scriptBytes(basis, pad, cookie) {
  const html = await (await fetch(basis + pad, { headers: cookie ? { cookie } : {} })).text();
  const bronnen = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]).filter((a) => !/\bnoModule\b/i.test(a)).map((a) => /\bsrc="([^"]+)"/.exec(a)?.[1]).filter(Boolean);
  let extern = 0;
  for (const bron of bronnen) extern += gzipSync(Buffer.from(await (await fetch(new URL(bron, basis))).arrayBuffer())).length;
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  return { bestanden: bronnen.length, extern, inline: gzipSync(Buffer.from(inline)).length };
}

function formulierVelden(html) {
  const velden = {};
  for (const m of html.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) {
    const naam = /name="([^"]+)"/.exec(m[0])?.[1];
    const waarde = /value="([^"]*)"/.exec(m[0])?.[1] ?? "";
    if (naam) velden[naam] = waarde.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  }
  return velden;
}

const dataDir = mkdtempSync(path.join(tmpdir(), "meet-data-"));
const kaleMap = bouwKaleApp();
const app = start(WORTEL, 3501, { DATA_DIR: dataDir });
const kaal = start(kaleMap, 3502);
try {
  await Promise.all([wachtOp(APP), wachtOp(KAAL)]);
  // A session: post the start page's form as a browser without JavaScript would.
  const startHtml = await (await fetch(APP + "/")).text();
  const startForm = new FormData();
  for (const [k, v] of Object.entries(formulierVelden(startHtml))) startForm.append(k, v);
  startForm.append("voorWie", "zelf");
  const startAntwoord = await fetch(APP + "/", { method: "POST", body: startForm, redirect: "manual", headers: { origin: APP } });
  const cookie = (startAntwoord.headers.get("set-cookie") ?? "").split(";")[0];
  if (!cookie.startsWith("pgb-aanvraag=")) throw new Error(`geen sessie: ${startAntwoord.status}`);

  const kaleMeting = await scriptBytes(KAAL, "/");
  const pagina = "/aanvraag/indicatie/heeft-indicatie";
  const stapMeting = await scriptBytes(APP, pagina, cookie);
  const startMeting = await scriptBytes(APP, "/", cookie);
  const rij = (naam, m) => `| ${naam} | ${m.bestanden} | ${m.extern} | ${(m.extern / kaleMeting.extern).toFixed(2)} | ${m.inline} |`;
  console.log("| pagina | scripts | gzip bytes (bestanden) | × kale pagina | gzip bytes (inline) |\n|---|---|---|---|---|");
  console.log(rij("kale Next.js-pagina", kaleMeting));
  console.log(rij("start (/)", startMeting));
  console.log(rij(`stap 1 (${pagina})`, stapMeting));

  // Step POSTs: answer the step-1 question 100 times (after 10 to warm up); every save is a new version.
  const html = await (await fetch(APP + pagina, { headers: { cookie } })).text();
  const velden = formulierVelden(html);
  let versie = Number(velden.versie);
  const tijden = [];
  for (let i = 0; i < 110; i++) {
    const form = new FormData();
    for (const [k, v] of Object.entries(velden)) form.append(k, k === "versie" ? String(versie) : v);
    form.append("heeftIndicatie", i % 2 === 0 ? "ja" : "nee");
    const begin = performance.now();
    const antwoord = await fetch(APP + pagina, { method: "POST", body: form, redirect: "manual", headers: { cookie, origin: APP } });
    await antwoord.arrayBuffer();
    const duur = performance.now() - begin;
    if (antwoord.status !== 303) throw new Error(`POST ${i}: status ${antwoord.status}`);
    versie++;
    if (i >= 10) tijden.push(duur);
  }
  tijden.sort((a, b) => a - b);
  console.log(`\nstap-POST (opslaan + redirect, 303): mediaan ${tijden[50].toFixed(1)} ms, p90 ${tijden[90].toFixed(1)} ms (n=100)`);
} finally {
  for (const kind of [app, kaal]) {
    try {
      process.kill(-kind.pid);
    } catch {}
  }
  rmSync(kaleMap, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
