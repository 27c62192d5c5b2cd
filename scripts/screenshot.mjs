// Takes screenshots of pages as a person sees them: `node scripts/screenshot.mjs <url> <file.png> [width] [js|geen-js]`.
import { chromium } from "@playwright/test";

const [url, bestand, breedte = "1280", js = "js"] = process.argv.slice(2);
if (!url || !bestand) {
  console.error("gebruik: node scripts/screenshot.mjs <url> <bestand.png> [breedte] [js|geen-js]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PAD ?? "/usr/bin/chromium-headless-shell",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const context = await browser.newContext({ viewport: { width: Number(breedte), height: 800 }, javaScriptEnabled: js !== "geen-js", locale: "nl-NL" });
const page = await context.newPage();
await page.goto(url, { waitUntil: "networkidle" });
await page.screenshot({ path: bestand, fullPage: true });
await browser.close();
