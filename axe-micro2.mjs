import { chromium } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
const req = createRequire(process.cwd() + "/package.json");
const src = readFileSync(req.resolve("axe-core/axe.min.js"), "utf8");
const voor = new Set(readdirSync("/proc").filter((d) => /^\d+$/.test(d)));
const b = await chromium.launch({ executablePath: "/usr/bin/chromium-headless-shell", args: ["--no-sandbox", "--disable-gpu", "--axe-micro-prof"] });
const p = await b.newPage();
await p.goto("http://127.0.0.1:3241/privacy");
const mijn = new Set(readdirSync("/proc").filter((d) => /^\d+$/.test(d) && !voor.has(d)));
function renderers() {
  let som = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmd.includes("--type=renderer") || !mijn.has(pid)) continue;
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      som += Number(f[11]) + Number(f[12]);
    } catch {}
  }
  return som * 10; // ms
}
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const pads = process.argv.slice(2);
for (const pad of pads) {
  await p.goto("http://127.0.0.1:3241" + pad);
  await p.evaluate(src);
  const res = {};
  for (const modus of ["alles", "violations", "alles", "violations", "alles", "violations"]) {
    const c0 = renderers();
    await p.evaluate(async ({ tags, modus }) => {
      await axe.run(document, { runOnly: { type: "tag", values: tags }, ...(modus === "violations" ? { resultTypes: ["violations"] } : {}) });
    }, { tags: TAGS, modus });
    (res[modus] ??= []).push(renderers() - c0);
  }
  console.log(pad, JSON.stringify(res));
}
await b.close();
