/**
 * The behaviour every DraftStore must show, as a reusable Vitest suite: sqlite-store.test.ts and
 * pg-store.test.ts both run it, so the two stores cannot drift apart. Only what a caller of
 * store.ts can observe is tested here; files, pragmas and schemas stay in each store's own tests.
 *
 * Not a *.test.ts file itself (Vitest would run it without a store); it only registers tests when
 * a test file calls {@link storeContract}.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DraftStore } from "./store";

const NU = new Date("2026-03-01T10:00:00Z");
const MIDDEN = new Date("2026-03-15T10:00:00Z");
const LATER = new Date("2026-03-31T10:00:00Z");
const blob = (tekst: string): Buffer => Buffer.from(tekst);
/** A limit on working links per draft that the tests not about it never reach. */
const GEEN_GRENS = 1000;

// SQLite says "UNIQUE constraint failed: drafts.id", PostgreSQL "duplicate key value violates
// unique constraint "drafts_pkey"": both reject, which is all the contract promises.
const DUBBEL = /unique|primary/i;

/**
 * `maakStore` must return a fresh, EMPTY store for every call (a new in-memory database, a new
 * PostgreSQL schema): each test starts from nothing. The suite closes the store after each test.
 */
export function storeContract(naam: string, maakStore: () => DraftStore | Promise<DraftStore>): void {
  describe(`${naam}: DraftStore-contract`, () => {
    let store: DraftStore;
    beforeEach(async () => {
      store = await maakStore();
    });
    afterEach(async () => {
      await store.sluit();
    });

    describe("drafts", () => {
      it("creates and reads a draft at version 1", async () => {
        await store.maak("id-1", blob("a"), LATER, NU);
        const draft = await store.lees("id-1", NU);
        expect(draft).toEqual({ id: "id-1", versie: 1, blob: blob("a"), verlooptOp: LATER, aangemaaktOp: NU, bijgewerktOp: NU });
        expect(await store.lees("onbekend", NU)).toBeNull();
      });

      it("keeps every byte of the blob and every millisecond of the dates", async () => {
        // All 256 byte values (a NUL or invalid UTF-8 must not truncate or mangle a BLOB/bytea)
        // and a blob the size of a large draft.
        const alleBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
        const groot = Buffer.alloc(1024 * 1024, 0xa5);
        const verloopt = new Date(LATER.getTime() + 987);
        const gemaakt = new Date(NU.getTime() + 1);
        await store.maak("bytes", alleBytes, verloopt, gemaakt);
        await store.maak("groot", groot, verloopt, gemaakt);
        expect(await store.lees("bytes", gemaakt)).toMatchObject({ blob: alleBytes, verlooptOp: verloopt, aangemaaktOp: gemaakt });
        expect((await store.lees("groot", gemaakt))?.blob.equals(groot)).toBe(true);
      });

      it("rejects a second draft with the same id", async () => {
        await store.maak("id-1", blob("a"), LATER, NU);
        await expect(store.maak("id-1", blob("b"), LATER, NU)).rejects.toThrow(DUBBEL);
        expect((await store.lees("id-1", NU))?.blob).toEqual(blob("a"));
      });

      it("saves on the expected version and bumps it", async () => {
        await store.maak("id-1", blob("a"), LATER, NU);
        const straks = new Date(NU.getTime() + 1000);
        expect(await store.bewaar("id-1", 1, blob("b"), straks)).toEqual({ ok: true, versie: 2 });
        expect(await store.bewaar("id-1", 2, blob("c"), straks)).toEqual({ ok: true, versie: 3 });
        const draft = await store.lees("id-1", straks);
        expect(draft?.versie).toBe(3);
        expect(draft?.blob).toEqual(blob("c"));
        expect(draft?.bijgewerktOp).toEqual(straks);
        expect(draft?.aangemaaktOp).toEqual(NU);
        // A save never extends the expiry date.
        expect(draft?.verlooptOp).toEqual(LATER);
      });

      it("refuses a save on an old version and overwrites nothing", async () => {
        await store.maak("id-1", blob("a"), LATER, NU);
        await store.bewaar("id-1", 1, blob("b"), NU);
        expect(await store.bewaar("id-1", 1, blob("oud"), NU)).toEqual({ ok: false, reden: "gewijzigd" });
        expect(await store.bewaar("id-1", 7, blob("toekomst"), NU)).toEqual({ ok: false, reden: "gewijzigd" });
        const draft = await store.lees("id-1", NU);
        expect(draft?.versie).toBe(2);
        expect(draft?.blob).toEqual(blob("b"));
      });

      it("answers niet-gevonden when saving an absent or expired draft", async () => {
        expect(await store.bewaar("onbekend", 1, blob("x"), NU)).toEqual({ ok: false, reden: "niet-gevonden" });
        await store.maak("id-1", blob("a"), LATER, NU);
        expect(await store.bewaar("id-1", 1, blob("x"), LATER)).toEqual({ ok: false, reden: "niet-gevonden" });
        expect((await store.lees("id-1", new Date(LATER.getTime() - 1)))?.blob).toEqual(blob("a"));
      });

      it("lets exactly one of 50 concurrent saves on one version win, losing no update", async () => {
        await store.maak("id-1", blob("start"), LATER, NU);
        const resultaten = await Promise.all(
          Array.from({ length: 50 }, (_, i) => store.bewaar("id-1", 1, blob(`poging-${i}`), NU)),
        );
        const winnaars = resultaten.flatMap((r, i) => (r.ok ? [i] : []));
        expect(winnaars).toHaveLength(1);
        expect(resultaten[winnaars[0] ?? -1]).toEqual({ ok: true, versie: 2 });
        expect(resultaten.filter((r) => !r.ok && r.reden === "gewijzigd")).toHaveLength(49);
        const draft = await store.lees("id-1", NU);
        // +1, not +50: the losers wrote nothing, and the stored blob is the winner's.
        expect(draft?.versie).toBe(2);
        expect(draft?.blob).toEqual(blob(`poging-${winnaars[0]}`));
      });

      it("treats a draft as expired from verlooptOp on, and tells expired from absent", async () => {
        await store.maak("id-1", blob("a"), LATER, NU);
        const netVoor = new Date(LATER.getTime() - 1);
        expect(await store.lees("id-1", netVoor)).not.toBeNull();
        expect(await store.isVerlopen("id-1", netVoor)).toBe(false);
        expect(await store.lees("id-1", LATER)).toBeNull();
        expect(await store.isVerlopen("id-1", LATER)).toBe(true);
        expect(await store.isVerlopen("onbekend", LATER)).toBe(false);
      });

      it("purges only expired drafts", async () => {
        await store.maak("oud-1", blob("a"), new Date("2026-03-10T00:00:00Z"), NU);
        await store.maak("oud-2", blob("b"), new Date("2026-03-15T00:00:00Z"), NU);
        await store.maak("nieuw", blob("c"), LATER, NU);
        const peil = new Date("2026-03-15T00:00:00Z");
        expect(await store.ruimOp(peil)).toBe(2);
        expect(await store.isVerlopen("oud-1", peil)).toBe(false);
        expect(await store.lees("nieuw", peil)).not.toBeNull();
        expect(await store.ruimOp(peil)).toBe(0);
      });

      it("removes a draft, expired or not", async () => {
        await store.maak("id-1", blob("a"), LATER, NU);
        await store.maak("id-2", blob("b"), NU, NU);
        expect(await store.verwijder("id-1")).toBe(true);
        expect(await store.verwijder("id-1")).toBe(false);
        expect(await store.verwijder("id-2")).toBe(true);
        expect(await store.isVerlopen("id-2", LATER)).toBe(false);
      });

      it("rejects invalid dates instead of matching nothing", async () => {
        const ongeldig = new Date(Number.NaN);
        await expect(store.lees("id-1", ongeldig)).rejects.toThrow(RangeError);
        await expect(store.maak("id-1", blob("a"), ongeldig, NU)).rejects.toThrow(RangeError);
        await expect(store.bewaar("id-1", 1, blob("a"), ongeldig)).rejects.toThrow(RangeError);
        await expect(store.ruimOp(ongeldig)).rejects.toThrow(RangeError);
        expect(await store.lees("id-1", NU)).toBeNull();
      });

      it("closes idempotently, and refuses work after closing", async () => {
        await store.sluit();
        await store.sluit();
        await expect(store.lees("id-1", NU)).rejects.toThrow();
      });

      it("answers the health check while open, and fails it once closed", async () => {
        await expect(store.controleer()).resolves.toBeUndefined();
        await store.sluit();
        await expect(store.controleer()).rejects.toThrow();
      });
    });

    describe("share links", () => {
      it("creates and reads a link, expired ones included", async () => {
        await store.maak("draft-1", blob("d"), LATER, NU);
        await store.maakDeellink("link-1", "draft-1", blob("l"), MIDDEN, NU, GEEN_GRENS);
        const verwacht = { id: "link-1", draftId: "draft-1", blob: blob("l"), verlooptOp: MIDDEN, aangemaaktOp: NU };
        expect(await store.leesDeellink("link-1")).toEqual(verwacht);
        // No `nu`: an expired row is still returned, so the caller can say "verlopen".
        expect(await store.leesDeellink("link-1")).toEqual(verwacht);
        expect(await store.leesDeellink("onbekend")).toBeNull();
        await expect(store.maakDeellink("link-1", "draft-1", blob("x"), MIDDEN, NU, GEEN_GRENS)).rejects.toThrow(DUBBEL);
        await expect(store.maakDeellink("link-2", "draft-1", blob("x"), new Date(Number.NaN), NU, GEEN_GRENS)).rejects.toThrow(RangeError);
      });

      it("lists a draft's unexpired links, oldest first, and no other draft's", async () => {
        await store.maak("draft-1", blob("d"), LATER, NU);
        await store.maak("draft-2", blob("d"), LATER, NU);
        await store.maakDeellink("later", "draft-1", blob("b"), LATER, new Date(NU.getTime() + 2000), GEEN_GRENS);
        await store.maakDeellink("eerst", "draft-1", blob("a"), LATER, NU, GEEN_GRENS);
        await store.maakDeellink("zelfde-ms", "draft-1", blob("c"), LATER, new Date(NU.getTime() + 2000), GEEN_GRENS);
        await store.maakDeellink("kort", "draft-1", blob("k"), MIDDEN, NU, GEEN_GRENS);
        await store.maakDeellink("ander", "draft-2", blob("x"), LATER, NU, GEEN_GRENS);
        expect((await store.deellinksVan("draft-1", NU)).map((l) => l.id)).toEqual(["eerst", "kort", "later", "zelfde-ms"]);
        expect((await store.deellinksVan("draft-1", MIDDEN)).map((l) => l.id)).toEqual(["eerst", "later", "zelfde-ms"]);
        expect((await store.deellinksVan("draft-2", NU)).map((l) => l.id)).toEqual(["ander"]);
        expect(await store.deellinksVan("onbekend", NU)).toEqual([]);
      });

      it("removes a link only together with its own draft id", async () => {
        await store.maak("draft-1", blob("d"), LATER, NU);
        await store.maakDeellink("link-1", "draft-1", blob("l"), LATER, NU, GEEN_GRENS);
        expect(await store.verwijderDeellink("link-1", "draft-2")).toBe(false);
        expect(await store.leesDeellink("link-1")).not.toBeNull();
        expect(await store.verwijderDeellink("link-1", "draft-1")).toBe(true);
        expect(await store.verwijderDeellink("link-1", "draft-1")).toBe(false);
        expect(await store.leesDeellink("link-1")).toBeNull();
      });

      it("removes a draft's links with the draft, and only those", async () => {
        await store.maak("draft-1", blob("d"), LATER, NU);
        await store.maak("draft-2", blob("d"), LATER, NU);
        await store.maakDeellink("link-1", "draft-1", blob("l"), LATER, NU, GEEN_GRENS);
        await store.maakDeellink("link-2", "draft-1", blob("l"), MIDDEN, NU, GEEN_GRENS);
        await store.maakDeellink("link-3", "draft-2", blob("l"), LATER, NU, GEEN_GRENS);
        expect(await store.verwijder("draft-1")).toBe(true);
        expect(await store.leesDeellink("link-1")).toBeNull();
        expect(await store.leesDeellink("link-2")).toBeNull();
        expect(await store.leesDeellink("link-3")).not.toBeNull();
        // Links without a draft row are removed too, and the answer is still about the draft.
        await store.maakDeellink("wees", "draft-9", blob("l"), LATER, NU, GEEN_GRENS);
        expect(await store.verwijder("draft-9")).toBe(false);
        expect(await store.leesDeellink("wees")).toBeNull();
      });

      it("purges expired links and links of expired or absent drafts, counting only drafts", async () => {
        await store.maak("kort", blob("d"), MIDDEN, NU);
        await store.maak("lang", blob("d"), LATER, NU);
        await store.maakDeellink("van-kort", "kort", blob("l"), MIDDEN, NU, GEEN_GRENS);
        await store.maakDeellink("lang-verlopen", "lang", blob("l"), new Date("2026-03-10T00:00:00Z"), NU, GEEN_GRENS);
        await store.maakDeellink("lang-levend", "lang", blob("l"), LATER, NU, GEEN_GRENS);
        await store.maakDeellink("wees", "bestaat-niet", blob("l"), LATER, NU, GEEN_GRENS);
        expect(await store.ruimOp(MIDDEN)).toBe(1);
        expect(await store.leesDeellink("van-kort")).toBeNull();
        expect(await store.leesDeellink("lang-verlopen")).toBeNull();
        expect(await store.leesDeellink("wees")).toBeNull();
        expect(await store.leesDeellink("lang-levend")).not.toBeNull();
        expect(await store.ruimOp(MIDDEN)).toBe(0);
      });

      it("stores a link only while the draft has fewer working links than the maximum", async () => {
        await store.maak("draft-1", blob("d"), LATER, NU);
        await store.maak("draft-2", blob("d"), LATER, NU);
        for (let i = 0; i < 3; i++) expect(await store.maakDeellink(`link-${i}`, "draft-1", blob("l"), LATER, NU, 3)).toBe("ok");
        expect(await store.maakDeellink("link-3", "draft-1", blob("l"), LATER, NU, 3)).toBe("vol");
        expect(await store.leesDeellink("link-3")).toBeNull();
        // Another draft has its own count.
        expect(await store.maakDeellink("ander", "draft-2", blob("l"), LATER, NU, 3)).toBe("ok");
        // A revoked link makes room.
        expect(await store.verwijderDeellink("link-0", "draft-1")).toBe(true);
        expect(await store.maakDeellink("link-4", "draft-1", blob("l"), LATER, NU, 3)).toBe("ok");
        expect(await store.maakDeellink("link-5", "draft-1", blob("l"), LATER, NU, 3)).toBe("vol");
        // A duplicate id is still refused as such, also when the draft is full.
        await expect(store.maakDeellink("link-1", "draft-2", blob("x"), LATER, NU, 3)).rejects.toThrow(DUBBEL);
      });

      it("counts only unexpired links against the maximum", async () => {
        await store.maak("draft-1", blob("d"), LATER, NU);
        await store.maakDeellink("kort-1", "draft-1", blob("l"), MIDDEN, NU, 2);
        await store.maakDeellink("kort-2", "draft-1", blob("l"), MIDDEN, NU, 2);
        expect(await store.maakDeellink("nu-vol", "draft-1", blob("l"), LATER, NU, 2)).toBe("vol");
        // From MIDDEN on both have expired (not yet purged): room again.
        expect(await store.maakDeellink("later", "draft-1", blob("l"), LATER, MIDDEN, 2)).toBe("ok");
      });

      it("lets exactly the maximum of 50 simultaneous links in, never more", async () => {
        await store.maak("draft-1", blob("d"), LATER, NU);
        await store.maakDeellink("al-1", "draft-1", blob("l"), LATER, NU, 20);
        const uitkomsten = await Promise.all(Array.from({ length: 50 }, (_, i) => store.maakDeellink(`gelijk-${i}`, "draft-1", blob("l"), LATER, NU, 20)));
        expect(uitkomsten.filter((u) => u === "ok")).toHaveLength(19);
        expect(uitkomsten.filter((u) => u === "vol")).toHaveLength(31);
        expect(await store.deellinksVan("draft-1", NU)).toHaveLength(20);
      });

      it("purges a link whose own date passed while its draft lives on", async () => {
        await store.maak("draft-1", blob("d"), LATER, NU);
        await store.maakDeellink("link-1", "draft-1", blob("l"), MIDDEN, NU, GEEN_GRENS);
        expect(await store.ruimOp(new Date(MIDDEN.getTime() - 1))).toBe(0);
        expect(await store.leesDeellink("link-1")).not.toBeNull();
        expect(await store.ruimOp(MIDDEN)).toBe(0);
        expect(await store.leesDeellink("link-1")).toBeNull();
        expect(await store.lees("draft-1", MIDDEN)).not.toBeNull();
      });
    });
  });
}
