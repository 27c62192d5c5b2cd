/**
 * Faults, crash (docs/decisions/025-opslag.md): a process saving drafts dies by SIGKILL in the middle of its work; the
 * database file must still hold every save it ANSWERED with success, intact and decryptable, and
 * nothing half-written.
 *
 * The child (kind.mjs → kind.ts) runs 20 concurrent journeys on a SqliteDraftStore in a temporary
 * file and prints one line per answered save. After about 200 answered saves the test kills it
 * (no chance to close the database, finish a transaction or checkpoint the WAL), reopens the
 * file with a new store in this process and checks:
 * - every journey's draft opens (decrypts, parses) at the last version reported for it or at the
 *   next one (the one save that may have been under way, answered but not yet printed);
 * - its answers are exactly the ones saved for that version (the content is a pure function of
 *   journey and version, see reis.ts), so the reported hash matches;
 * - the file passes SQLite's integrity check and holds no draft the child did not report;
 * - the store goes on working: every draft takes its next save.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { Drafts, parseToken } from "@/lib/drafts/drafts";
import { SqliteDraftStore } from "@/lib/drafts/sqlite-store";
import { antwoordenVoor, hashVan, type Regel } from "./reis";

const KIND = fileURLToPath(new URL("./kind.mjs", import.meta.url));
const REIZEN = 20;
const BEWAARD_VOOR_KILL = 200;
/** The child compiles TypeScript on start (about a second); a slow CI gets room, not forever. */
const MAX_WACHTEN_MS = 20_000;

let map: string | null = null;
afterEach(() => {
  if (map !== null) rmSync(map, { recursive: true, force: true });
  map = null;
});

interface Kill {
  regels: Regel[];
  signaal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the child, reads its lines, kills it with SIGKILL after `na` answered saves. */
function draaiEnKill(bestand: string, na: number): Promise<Kill> {
  return new Promise((klaar, mislukt) => {
    const kind = spawn(process.execPath, [KIND, bestand, String(REIZEN)], { stdio: ["ignore", "pipe", "pipe"] });
    const regels: Regel[] = [];
    let stderr = "";
    let bewaard = 0;
    let gedood = false;
    const wekker = setTimeout(() => {
      kind.kill("SIGKILL");
      mislukt(new Error(`no ${na} saves within ${MAX_WACHTEN_MS} ms (${bewaard} so far); stderr: ${stderr}`));
    }, MAX_WACHTEN_MS);
    kind.stderr.setEncoding("utf8");
    kind.stderr.on("data", (deel: string) => (stderr += deel));
    const lezer = createInterface({ input: kind.stdout });
    lezer.on("line", (regel) => {
      // Every line up to the process's death counts: each is a save the store had answered.
      regels.push(JSON.parse(regel) as Regel);
      if (regels.at(-1)?.soort === "bewaard") bewaard++;
      if (bewaard >= na && !gedood) {
        gedood = true;
        kind.kill("SIGKILL");
      }
    });
    kind.on("error", mislukt);
    // "close": the process is gone AND its stdout is read to the end.
    kind.on("close", (_code, signaal) => {
      clearTimeout(wekker);
      klaar({ regels, signaal, stderr });
    });
  });
}

describe("crash: SIGKILL while 20 journeys save drafts (SQLite)", () => {
  it("keeps every answered save, intact and decryptable, and nothing half-written", async () => {
    map = mkdtempSync(path.join(tmpdir(), "pgb-crash-"));
    const bestand = path.join(map, "drafts.sqlite");

    const { regels, signaal, stderr } = await draaiEnKill(bestand, BEWAARD_VOOR_KILL);
    expect(signaal, `the child ended by itself; stderr: ${stderr}`).toBe("SIGKILL");
    expect(regels.filter((r) => r.soort === "fout"), "a save was refused before the kill").toEqual([]);

    // The last answered version (and its hash) per journey.
    const laatste = new Map<string, { reis: number; versie: number; hash: string }>();
    for (const regel of regels) {
      if (regel.soort === "fout") continue;
      // The child reported what reis.ts says belongs to that version: the two sides agree.
      expect(regel.hash).toBe(hashVan(antwoordenVoor(regel.reis, regel.versie)));
      const eerder = laatste.get(regel.token);
      expect(eerder === undefined || regel.versie === eerder.versie + 1, "versions in order, none skipped").toBe(true);
      laatste.set(regel.token, { reis: regel.reis, versie: regel.versie, hash: regel.hash });
    }
    expect(laatste.size).toBe(REIZEN);
    expect(regels.filter((r) => r.soort === "bewaard").length).toBeGreaterThanOrEqual(BEWAARD_VOOR_KILL);

    // Reopen as a restarted server would: a new store on the same file (migrations run again).
    const store = new SqliteDraftStore(bestand);
    try {
      const drafts = new Drafts<unknown>(store);
      const nu = new Date();
      let eenVerder = 0;
      for (const [token, gemeld] of laatste) {
        const toegang = parseToken(token);
        if (toegang === null) throw new Error(`bad token ${token}`);
        const open = await drafts.open(toegang, nu);
        if (open.status !== "ok") throw new Error(`journey ${gemeld.reis}: ${open.status} after the crash`);
        // The reported version, or the one save that was under way when the process died.
        expect([gemeld.versie, gemeld.versie + 1], `journey ${gemeld.reis}`).toContain(open.versie);
        if (open.versie > gemeld.versie) eenVerder++;
        expect(open.antwoorden, `journey ${gemeld.reis} v${open.versie}`).toEqual(antwoordenVoor(gemeld.reis, open.versie));
        if (open.versie === gemeld.versie) expect(hashVan(open.antwoorden)).toBe(gemeld.hash);
      }
      // At most one save per journey can have been between commit and print.
      expect(eenVerder).toBeLessThanOrEqual(REIZEN);

      // Nothing half-written: SQLite's own check, and no row beyond the drafts reported.
      const db = new Database(bestand, { readonly: true });
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        const ids = db.prepare<[], { id: string }>("SELECT id FROM drafts").all().map((r) => r.id);
        expect(new Set(ids)).toEqual(new Set([...laatste.keys()].map((t) => parseToken(t)?.id)));
      } finally {
        db.close();
      }

      // Still a working store: every journey saves on.
      for (const [token, gemeld] of laatste) {
        const toegang = parseToken(token);
        if (toegang === null) continue;
        const open = await drafts.open(toegang, nu);
        if (open.status !== "ok") continue;
        expect(await drafts.bewaar(toegang, open.versie, antwoordenVoor(gemeld.reis, open.versie + 1), nu)).toEqual({ status: "ok", versie: open.versie + 1 });
      }
    } finally {
      await store.sluit();
    }
  }, 30_000);
});
