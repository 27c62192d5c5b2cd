// Adds the platform-specific optional packages (darwin, win32, android, …) that the registry
// mirror of this workplace does not serve to package-lock.json, so that `npm ci` accepts the
// lockfile here and installs them on machines that need them. Run after `npm install` changes
// the lockfile: `node scripts/lock-platformpakketten.mjs`. See docs/decisions/014.
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const pakketten = lock.packages;
let toegevoegd = 0;

const platform = (naam) => {
  const os = ["darwin", "win32", "android", "freebsd", "linux", "openharmony", "sunos", "aix", "netbsd", "openbsd"].find((o) => naam.includes(`-${o}`));
  const cpu = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32"].find((c) => naam.includes(`-${c}`));
  return { ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }) };
};

for (const [pad, pakket] of Object.entries(pakketten)) {
  for (const [naam, versie] of Object.entries(pakket.optionalDependencies ?? {})) {
    const basis = pad === "" ? "node_modules" : `${pad}/node_modules`;
    // npm resolves a dependency in the nearest node_modules up the tree.
    const kandidaten = [`${basis}/${naam}`, `node_modules/${naam}`];
    if (kandidaten.some((k) => k in pakketten)) continue;
    pakketten[`node_modules/${naam}`] = { version: versie.replace(/^[\^~]/, ""), optional: true, ...(pakket.dev && { dev: true }), ...platform(naam) };
    toegevoegd++;
  }
}
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platformpakketten: ${toegevoegd} toegevoegd`);
