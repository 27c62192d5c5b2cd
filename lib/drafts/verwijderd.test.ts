/**
 * "Verwijder mijn gegevens" means deleted, also on disk: after a delete, the purge of expired
 * drafts and the revoke of a share link, no copy of the removed ciphertext or its id is left in
 * `drafts.sqlite` or its write-ahead log, while the server is still running (an attacker with the
 * files and an old resume link must find nothing to decrypt). See docs/decisions/025-opslag.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Deellinken } from "./deellinks";
import { Drafts, type DraftToegang } from "./drafts";
import { DRAFTS_BESTAND, SqliteDraftStore } from "./sqlite-store";

const NU = new Date("2026-03-01T10:00:00Z");
const DAG = 24 * 60 * 60 * 1000;

/** Every file SQLite may have written: the database, its write-ahead log and shared memory. */
function bestanden(dataDir: string): Map<string, Buffer> {
  const uit = new Map<string, Buffer>();
  for (const achtervoegsel of ["", "-wal", "-shm", "-journal"]) {
    const pad = path.join(dataDir, DRAFTS_BESTAND + achtervoegsel);
    if (existsSync(pad)) uit.set(path.basename(pad), readFileSync(pad));
  }
  return uit;
}

/** Where each needle occurs, as "file: label" (one entry per occurrence). */
function treffers(dataDir: string, naalden: ReadonlyMap<string, Buffer>): string[] {
  const uit: string[] = [];
  for (const [bestand, inhoud] of bestanden(dataDir)) {
    for (const [label, naald] of naalden) {
      for (let i = inhoud.indexOf(naald); i !== -1; i = inhoud.indexOf(naald, i + 1)) uit.push(`${bestand}: ${label}`);
    }
  }
  return uit;
}

/**
 * Needles for one stored blob: its IV with the first ciphertext bytes, and its tag. Slices rather
 * than the whole blob, so a blob split over an overflow page is still found.
 */
function blobNaalden(label: string, blob: Buffer): [string, Buffer][] {
  return [
    [`${label} (begin)`, blob.subarray(0, 32)],
    [`${label} (tag)`, blob.subarray(blob.length - 16)],
  ];
}

describe("deleted means deleted on disk (SQLite)", () => {
  let dataDir: string;
  let store: SqliteDraftStore;
  let drafts: Drafts<Record<string, string>>;
  let deellinken: Deellinken;

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "drafts-verwijderd-"));
    store = SqliteDraftStore.inDataDir(dataDir);
    drafts = new Drafts<Record<string, string>>(store, { looptijdDagen: 30 });
    deellinken = new Deellinken(store);
  });
  afterEach(async () => {
    await store.sluit();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A draft saved three times (so the WAL holds several versions) with a share link; its needles. */
  async function draftMetSporen(naam: string): Promise<{ toegang: DraftToegang; naalden: Map<string, Buffer>; linkId: string }> {
    const naalden = new Map<string, Buffer>();
    const { toegang } = await drafts.maak({ naam }, NU);
    for (const [label, blob] of blobNaalden(`${naam} v1`, (await store.lees(toegang.id, NU))?.blob ?? Buffer.alloc(0))) naalden.set(label, blob);
    for (let versie = 1; versie <= 2; versie++) {
      expect(await drafts.bewaar(toegang, versie, { naam, stap: String(versie + 1) }, NU)).toEqual({ status: "ok", versie: versie + 1 });
      const blob = (await store.lees(toegang.id, NU))?.blob ?? Buffer.alloc(0);
      for (const [label, naald] of blobNaalden(`${naam} v${versie + 1}`, blob)) naalden.set(label, naald);
    }
    const link = await deellinken.maak(toegang, "gewaarborgde-hulp", null, NU);
    if (link.status !== "ok") throw new Error(link.status);
    const linkRij = await store.leesDeellink(link.link.id);
    for (const [label, naald] of blobNaalden(`${naam} link`, linkRij?.blob ?? Buffer.alloc(0))) naalden.set(label, naald);
    naalden.set(`${naam} id`, Buffer.from(toegang.id));
    naalden.set(`${naam} link-id`, Buffer.from(link.link.id));
    return { toegang, naalden, linkId: link.link.id };
  }

  it("after Verwijder mijn gegevens no version of the draft, nor its link, is in the database or the WAL", async () => {
    const weg = await draftMetSporen("weg");
    const blijft = await draftMetSporen("blijft");
    const voor = treffers(dataDir, weg.naalden);
    // Control: the scan finds the draft where SQLite wrote it, every version of it.
    for (const label of weg.naalden.keys()) expect(voor.some((t) => t.endsWith(`: ${label}`)), label).toBe(true);

    expect(await drafts.verwijder(weg.toegang, NU)).toEqual({ status: "ok" });
    expect(treffers(dataDir, weg.naalden)).toEqual([]);
    // The other draft is untouched and still opens.
    expect(await drafts.open(blijft.toegang, NU)).toMatchObject({ status: "ok", antwoorden: { naam: "blijft", stap: "3" } });
    expect(treffers(dataDir, new Map([["blijft id", Buffer.from(blijft.toegang.id)]])).length).toBeGreaterThan(0);
  });

  it("after the purge of an expired draft nothing of it is left on disk", async () => {
    const oud = await draftMetSporen("oud");
    expect(treffers(dataDir, oud.naalden).length).toBeGreaterThan(0);
    expect(await drafts.ruimOp(new Date(NU.getTime() + 31 * DAG))).toBe(1);
    expect(treffers(dataDir, oud.naalden)).toEqual([]);
  });

  it("after a share link is revoked its wrapped key is gone from disk", async () => {
    const { toegang, naalden, linkId } = await draftMetSporen("gedeeld");
    const linkNaalden = new Map([...naalden].filter(([label]) => label.startsWith("gedeeld link")));
    expect(linkNaalden.size).toBe(3);
    expect(treffers(dataDir, linkNaalden).length).toBeGreaterThan(0);
    expect(await deellinken.trekIn(toegang, linkId, NU)).toBe("ok");
    expect(treffers(dataDir, linkNaalden)).toEqual([]);
    expect(await drafts.open(toegang, NU)).toMatchObject({ status: "ok" });
  });
});
