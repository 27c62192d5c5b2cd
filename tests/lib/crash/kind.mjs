// Starts kind.ts in a plain Node process. Node 20 cannot run TypeScript itself, and the crash
// test needs a real process to SIGKILL, so the TypeScript (the store, Drafts, the "@/" alias) is
// compiled on the fly by jiti (a devDependency).
// Usage: node kind.mjs <database file> <number of journeys>
import { fileURLToPath } from "node:url";
import { createJiti } from "jiti";

const wortel = fileURLToPath(new URL("../../../", import.meta.url));
// No cache on disk: a test should not write into node_modules, and compiling takes well under a second.
const jiti = createJiti(import.meta.url, { alias: { "@/": wortel }, fsCache: false });
const { draai } = await jiti.import("./kind.ts");
const [bestand, reizen = "20"] = process.argv.slice(2);
if (bestand === undefined) {
  console.error("gebruik: node kind.mjs <bestand> [reizen]");
  process.exit(2);
}
await draai(bestand, Number(reizen));
