import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { draftAad, versleutel } from "./crypto";
import { Drafts, formatToken, Interval, parseToken, type DraftToegang } from "./drafts";
import { SqliteDraftStore } from "./sqlite-store";

interface Antwoorden {
  naam: string;
  stap: number;
}

const NU = new Date("2026-03-01T10:00:00Z");
const DAG = 24 * 60 * 60 * 1000;
const plus = (ms: number): Date => new Date(NU.getTime() + ms);

describe("formatToken / parseToken", () => {
  const toegang = (): DraftToegang => ({ id: randomBytes(16).toString("base64url"), sleutel: randomBytes(32) });

  it("round-trips and is cookie- and URL-safe", () => {
    const t = toegang();
    const token = formatToken(t);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    expect(encodeURIComponent(token)).toBe(token);
    expect(parseToken(token)).toEqual(t);
  });

  it("round-trips every 16-byte id and 32-byte key", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), (id, sleutel) => {
        const t = { id: Buffer.from(id).toString("base64url"), sleutel: Buffer.from(sleutel) };
        expect(parseToken(formatToken(t))).toEqual(t);
      }),
    );
  });

  it("carries 128 bits of id and 256 bits of key", async () => {
    const store = new SqliteDraftStore(":memory:");
    const { toegang: t } = await new Drafts<Antwoorden>(store).maak({ naam: "x", stap: 1 }, NU);
    expect(Buffer.from(t.id, "base64url")).toHaveLength(16);
    expect(t.sleutel).toHaveLength(32);
    await store.sluit();
  });

  it("rejects missing, short, long, and malformed tokens", () => {
    const token = formatToken(toegang());
    const [id = "", sleutel = ""] = token.split(".");
    for (const fout of [
      undefined,
      null,
      "",
      ".",
      id,
      `${id}.`,
      `.${sleutel}`,
      token.slice(0, -1),
      `${token}A`,
      `${id.slice(1)}.${sleutel}`,
      `${id}A.${sleutel}`,
      `${id}.${sleutel}.${sleutel}`,
      `${id}:${sleutel}`,
      ` ${token}`,
      `${token} `,
      `${token}\n`,
      `${id}=.${sleutel}`,
      `${id}.${sleutel}=`,
      `${id.slice(0, 21)}+.${sleutel}`,
      `${id}.${sleutel.slice(0, 42)}/`,
      `${id.slice(0, 21)}%.${sleutel}`,
      `${id}.é${sleutel.slice(1)}`,
    ]) {
      expect(parseToken(fout), String(fout)).toBeNull();
    }
  });

  it("rejects non-canonical encodings (unused trailing bits set)", () => {
    // 16 zero bytes encode as 21 × "A" + "A"; "B" decodes to the same bytes but is not canonical.
    const sleutel = Buffer.alloc(32).toString("base64url");
    expect(parseToken(`${"A".repeat(22)}.${sleutel}`)).not.toBeNull();
    expect(parseToken(`${"A".repeat(21)}B.${sleutel}`)).toBeNull();
    expect(parseToken(`${"A".repeat(22)}.${sleutel.slice(0, 42)}B`)).toBeNull();
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (s) => {
        expect(() => parseToken(s)).not.toThrow();
      }),
    );
  });
});

describe("Drafts", () => {
  let store: SqliteDraftStore;
  let drafts: Drafts<Antwoorden>;
  beforeEach(() => {
    store = new SqliteDraftStore(":memory:");
    drafts = new Drafts<Antwoorden>(store, { looptijdDagen: 30 });
  });
  afterEach(async () => {
    await store.sluit();
  });

  it("creates a draft that opens with its answers, expiring after looptijdDagen", async () => {
    const { toegang, versie, verlooptOp } = await drafts.maak({ naam: "Jansen-de Vries", stap: 1 }, NU);
    expect(versie).toBe(1);
    expect(verlooptOp).toEqual(plus(30 * DAG));
    // aangemaaktOp: what a resume link's page says the draft was made on (docs/decisions/022).
    expect(await drafts.open(toegang, NU)).toEqual({ status: "ok", antwoorden: { naam: "Jansen-de Vries", stap: 1 }, versie: 1, verlooptOp, aangemaaktOp: NU });
  });

  it("keeps the moment it was made when it is saved later", async () => {
    const { toegang } = await drafts.maak({ naam: "a", stap: 1 }, NU);
    expect(await drafts.bewaar(toegang, 1, { naam: "b", stap: 2 }, plus(5 * DAG))).toEqual({ status: "ok", versie: 2 });
    expect(await drafts.open(toegang, plus(6 * DAG))).toMatchObject({ status: "ok", versie: 2, aangemaaktOp: NU });
  });

  it("defaults to 30 days and validates the option", async () => {
    const { verlooptOp } = await new Drafts<Antwoorden>(store).maak({ naam: "x", stap: 1 }, NU);
    expect(verlooptOp).toEqual(plus(30 * DAG));
    for (const looptijdDagen of [0, 366, 1.5, Number.NaN]) {
      expect(() => new Drafts(store, { looptijdDagen })).toThrow(RangeError);
    }
  });

  it("makes a different id and key for every draft", async () => {
    const a = await drafts.maak({ naam: "a", stap: 1 }, NU);
    const b = await drafts.maak({ naam: "b", stap: 1 }, NU);
    expect(a.toegang.id).not.toBe(b.toegang.id);
    expect(a.toegang.sleutel.equals(b.toegang.sleutel)).toBe(false);
  });

  it("saves with a version check", async () => {
    const { toegang } = await drafts.maak({ naam: "a", stap: 1 }, NU);
    expect(await drafts.bewaar(toegang, 1, { naam: "b", stap: 2 }, plus(1000))).toEqual({ status: "ok", versie: 2 });
    expect(await drafts.bewaar(toegang, 1, { naam: "oud", stap: 2 }, plus(2000))).toEqual({ status: "gewijzigd" });
    const open = await drafts.open(toegang, plus(3000));
    expect(open).toMatchObject({ status: "ok", antwoorden: { naam: "b", stap: 2 }, versie: 2 });
  });

  it("does not extend the expiry on save", async () => {
    const { toegang, verlooptOp } = await drafts.maak({ naam: "a", stap: 1 }, NU);
    await drafts.bewaar(toegang, 1, { naam: "b", stap: 2 }, plus(29 * DAG));
    expect(await drafts.open(toegang, plus(29 * DAG))).toMatchObject({ status: "ok", verlooptOp });
    expect(await drafts.open(toegang, verlooptOp)).toEqual({ status: "verlopen" });
  });

  it("lets exactly one of 50 concurrent saves on one version win", async () => {
    const { toegang } = await drafts.maak({ naam: "start", stap: 1 }, NU);
    const resultaten = await Promise.all(Array.from({ length: 50 }, (_, i) => drafts.bewaar(toegang, 1, { naam: `poging-${i}`, stap: 2 }, NU)));
    const winnaars = resultaten.flatMap((r, i) => (r.status === "ok" ? [i] : []));
    expect(winnaars).toHaveLength(1);
    expect(resultaten.filter((r) => r.status === "gewijzigd")).toHaveLength(49);
    expect(await drafts.open(toegang, NU)).toMatchObject({ status: "ok", versie: 2, antwoorden: { naam: `poging-${winnaars[0]}` } });
  });

  it("tells verlopen from niet-gevonden until the purge, then niet-gevonden", async () => {
    const { toegang, verlooptOp } = await drafts.maak({ naam: "a", stap: 1 }, NU);
    expect(await drafts.open(toegang, new Date(verlooptOp.getTime() - 1))).toMatchObject({ status: "ok" });
    expect(await drafts.open(toegang, verlooptOp)).toEqual({ status: "verlopen" });
    expect(await drafts.bewaar(toegang, 1, { naam: "b", stap: 2 }, verlooptOp)).toEqual({ status: "verlopen" });
    expect(await drafts.ruimOp(verlooptOp)).toBe(1);
    expect(await drafts.open(toegang, verlooptOp)).toEqual({ status: "niet-gevonden" });
    expect(await drafts.bewaar(toegang, 1, { naam: "b", stap: 2 }, verlooptOp)).toEqual({ status: "niet-gevonden" });
  });

  it("purges only expired drafts", async () => {
    const oud = await drafts.maak({ naam: "oud", stap: 1 }, NU);
    const nieuw = await drafts.maak({ naam: "nieuw", stap: 1 }, plus(10 * DAG));
    expect(await drafts.ruimOp(plus(35 * DAG))).toBe(1);
    expect(await drafts.open(oud.toegang, plus(35 * DAG))).toEqual({ status: "niet-gevonden" });
    expect(await drafts.open(nieuw.toegang, plus(35 * DAG))).toMatchObject({ status: "ok" });
  });

  it("answers niet-gevonden for an unknown id", async () => {
    const onbekend: DraftToegang = { id: randomBytes(16).toString("base64url"), sleutel: randomBytes(32) };
    expect(await drafts.open(onbekend, NU)).toEqual({ status: "niet-gevonden" });
    expect(await drafts.bewaar(onbekend, 1, { naam: "x", stap: 1 }, NU)).toEqual({ status: "niet-gevonden" });
    expect(await drafts.verwijder(onbekend, NU)).toEqual({ status: "niet-gevonden" });
  });

  it("with the wrong key: cannot open, overwrite or delete", async () => {
    const { toegang } = await drafts.maak({ naam: "echt", stap: 1 }, NU);
    const vals: DraftToegang = { id: toegang.id, sleutel: randomBytes(32) };
    expect(await drafts.open(vals, NU)).toEqual({ status: "sleutel-onjuist" });
    expect(await drafts.bewaar(vals, 1, { naam: "vals", stap: 9 }, NU)).toEqual({ status: "sleutel-onjuist" });
    expect(await drafts.verwijder(vals, NU)).toEqual({ status: "sleutel-onjuist" });
    expect(await drafts.open(toegang, NU)).toMatchObject({ status: "ok", versie: 1, antwoorden: { naam: "echt" } });
  });

  it("deletes with the right key, and an expired draft without checking", async () => {
    const a = await drafts.maak({ naam: "a", stap: 1 }, NU);
    expect(await drafts.verwijder(a.toegang, NU)).toEqual({ status: "ok" });
    expect(await drafts.open(a.toegang, NU)).toEqual({ status: "niet-gevonden" });

    const b = await drafts.maak({ naam: "b", stap: 1 }, NU);
    expect(await drafts.verwijder({ id: b.toegang.id, sleutel: randomBytes(32) }, b.verlooptOp)).toEqual({ status: "ok" });
    expect(await drafts.open(b.toegang, b.verlooptOp)).toEqual({ status: "niet-gevonden" });
  });

  it("rejects a blob moved to another draft or replayed as another version", async () => {
    const a = await drafts.maak({ naam: "a", stap: 1 }, NU);
    const b = await drafts.maak({ naam: "b", stap: 1 }, NU);
    // Someone with database access copies a's blob into b: both use the same key here, so only
    // the AAD (id + version) can catch it.
    const gedeeld: DraftToegang = { id: b.toegang.id, sleutel: a.toegang.sleutel };
    const blobA = (await store.lees(a.toegang.id, NU))?.blob ?? Buffer.alloc(0);
    const zelfdeSleutelB = versleutel(a.toegang.sleutel, JSON.stringify({ naam: "b", stap: 1 }), draftAad(b.toegang.id, 2));
    expect(await store.bewaar(b.toegang.id, 1, zelfdeSleutelB, NU)).toEqual({ ok: true, versie: 2 });
    expect(await drafts.open(gedeeld, NU)).toMatchObject({ status: "ok", versie: 2 });
    expect(await store.bewaar(b.toegang.id, 2, blobA, NU)).toEqual({ ok: true, versie: 3 });
    expect(await drafts.open(gedeeld, NU)).toEqual({ status: "sleutel-onjuist" });

    // Replaying an old version of a as its next version fails too.
    await drafts.bewaar(a.toegang, 1, { naam: "a2", stap: 2 }, NU);
    expect(await store.bewaar(a.toegang.id, 2, blobA, NU)).toEqual({ ok: true, versie: 3 });
    expect(await drafts.open(a.toegang, NU)).toEqual({ status: "sleutel-onjuist" });
  });

  it("refuses answers that do not serialise to JSON", async () => {
    const raar = new Drafts<undefined>(store);
    await expect(raar.maak(undefined, NU)).rejects.toThrow(TypeError);
  });
});

describe("Interval", () => {
  it("is due at first, then at most once per interval", () => {
    const interval = new Interval(60 * 60 * 1000);
    expect(interval.isAanDeBeurt(NU)).toBe(true);
    expect(interval.isAanDeBeurt(plus(1000))).toBe(false);
    expect(interval.isAanDeBeurt(plus(60 * 60 * 1000 - 1))).toBe(false);
    expect(interval.isAanDeBeurt(plus(60 * 60 * 1000))).toBe(true);
    expect(interval.isAanDeBeurt(plus(60 * 60 * 1000 + 1))).toBe(false);
  });

  it("counts a clock that jumps back as due", () => {
    const interval = new Interval(60 * 60 * 1000);
    interval.isAanDeBeurt(NU);
    expect(interval.isAanDeBeurt(plus(-1000))).toBe(true);
  });
});
