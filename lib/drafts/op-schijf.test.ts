/**
 * The acceptance test for encryption at rest: after saving distinctive answers through the real
 * stack onto a real file, no byte sequence of those answers exists in the database or its WAL.
 * The same holds for share links: neither their role nor any key is readable on disk.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Deellinken } from "./deellinks";
import { Drafts, formatToken, parseToken } from "./drafts";
import { DRAFTS_BESTAND, SqliteDraftStore } from "./sqlite-store";

const GEHEIMEN = ["Jansen-de Vries", "5VV", "Mantelzorger Petronella"];
const NU = new Date("2026-03-01T10:00:00Z");

function vormen(tekst: string): Buffer[] {
  const utf16be = Buffer.from(tekst, "utf16le");
  utf16be.swap16();
  return [Buffer.from(tekst, "utf8"), Buffer.from(tekst, "utf16le"), utf16be];
}

/** Every file SQLite may have written: the database, its write-ahead log and shared memory. */
function leesBestanden(dataDir: string): Map<string, Buffer> {
  const bestanden = new Map<string, Buffer>();
  for (const achtervoegsel of ["", "-wal", "-shm", "-journal"]) {
    const pad = path.join(dataDir, DRAFTS_BESTAND + achtervoegsel);
    if (existsSync(pad)) bestanden.set(pad, readFileSync(pad));
  }
  return bestanden;
}

function gevonden(bestanden: Map<string, Buffer>, naalden: readonly Buffer[]): string[] {
  const treffers: string[] = [];
  for (const [pad, inhoud] of bestanden) {
    for (const naald of naalden) if (inhoud.includes(naald)) treffers.push(`${path.basename(pad)}: ${naald.toString("hex")}`);
  }
  return treffers;
}

describe("drafts on disk", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "drafts-op-schijf-"));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("contains none of the answers, roles or keys, in the database or the WAL", async () => {
    const store = SqliteDraftStore.inDataDir(dataDir);
    const drafts = new Drafts<Record<string, string>>(store, { looptijdDagen: 30 });
    const deellinken = new Deellinken(store);
    const { toegang } = await drafts.maak({ achternaam: GEHEIMEN[0] ?? "" }, NU);
    const opgeslagen = await drafts.bewaar(toegang, 1, { achternaam: GEHEIMEN[0] ?? "", zorgprofiel: GEHEIMEN[1] ?? "", hulp: GEHEIMEN[2] ?? "" }, NU);
    expect(opgeslagen).toEqual({ status: "ok", versie: 2 });

    // One link of each role, so "meekijken" has a row it could leak from too.
    const links = [];
    for (const rol of ["gewaarborgde-hulp", "meekijken"] as const) {
      const gemaakt = await deellinken.maak(toegang, rol, null, NU);
      if (gemaakt.status !== "ok") throw new Error(gemaakt.status);
      links.push(gemaakt.link);
    }
    const linkSleutels = links.map((link) => parseToken(link.token)?.sleutel ?? Buffer.alloc(0));
    expect(linkSleutels.every((sleutel) => sleutel.length === 32)).toBe(true);

    const sleutelVormen = (sleutel: Buffer): Buffer[] => [
      sleutel,
      Buffer.from(sleutel.toString("base64url")),
      Buffer.from(sleutel.toString("base64")),
      Buffer.from(sleutel.toString("hex")),
      Buffer.from(sleutel.toString("hex").toUpperCase()),
    ];
    const naalden = [
      ...GEHEIMEN.flatMap(vormen),
      ...["gewaarborgde-hulp", "meekijken"].flatMap(vormen),
      ...sleutelVormen(toegang.sleutel),
      Buffer.from(formatToken(toegang)),
      ...linkSleutels.flatMap(sleutelVormen),
      ...links.map((link) => Buffer.from(link.token)),
    ];

    // While open, the answers sit in the WAL if anywhere: check before the checkpoint on close.
    const terwijlOpen = leesBestanden(dataDir);
    expect(terwijlOpen.size).toBeGreaterThan(0);
    expect(gevonden(terwijlOpen, naalden)).toEqual([]);
    // Control: the link rows really were written where the scan looks (their ids are plain).
    for (const link of links) expect(gevonden(terwijlOpen, [Buffer.from(link.id)]).length).toBeGreaterThan(0);

    await store.sluit();
    const naSluiten = leesBestanden(dataDir);
    expect(gevonden(naSluiten, naalden)).toEqual([]);

    // And the draft is still there for whoever holds the key, or a link to it.
    const opnieuw = SqliteDraftStore.inDataDir(dataDir);
    const opnieuwDrafts = new Drafts<Record<string, string>>(opnieuw);
    const open = await opnieuwDrafts.open(toegang, NU);
    expect(open).toMatchObject({ status: "ok", antwoorden: { hulp: "Mantelzorger Petronella" } });
    const viaLink = await new Deellinken(opnieuw).open(parseToken(links[0]?.token) ?? toegang, NU);
    if (viaLink.status !== "ok") throw new Error(viaLink.status);
    expect(viaLink.rol).toBe("gewaarborgde-hulp");
    expect(await opnieuwDrafts.open(viaLink.draft, NU)).toMatchObject({ status: "ok", antwoorden: { achternaam: "Jansen-de Vries" } });
    await opnieuw.sluit();
  });

  it("would notice plaintext: the same scan finds an unencrypted blob", async () => {
    // Control for the test above: proves the scan reads the files SQLite actually writes to.
    const store = SqliteDraftStore.inDataDir(dataDir);
    await store.maak("controle", Buffer.from(GEHEIMEN.join("|"), "utf8"), new Date("2026-04-01T00:00:00Z"), NU);
    // While open the row lives only in the WAL, so this hit shows the WAL is really scanned.
    expect(gevonden(leesBestanden(dataDir), GEHEIMEN.flatMap(vormen)).some((t) => t.startsWith(`${DRAFTS_BESTAND}-wal:`))).toBe(true);
    await store.sluit();
    expect(gevonden(leesBestanden(dataDir), GEHEIMEN.flatMap(vormen)).length).toBeGreaterThan(0);
  });
});
