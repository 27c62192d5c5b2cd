import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deellinkAad, deellinkSleutel, versleutel } from "./crypto";
import { DEEL_ROLLEN, Deellinken, isDeelRol, MAX_ACTIEVE_DEELLINKEN, type DeelRol, type DeellinkInfo } from "./deellinks";
import { Drafts, formatToken, parseToken, type DraftToegang } from "./drafts";
import { SqliteDraftStore } from "./sqlite-store";

interface Antwoorden {
  naam: string;
  stap: number;
}

const NU = new Date("2026-03-01T10:00:00Z");
const DAG = 24 * 60 * 60 * 1000;
const plus = (ms: number): Date => new Date(NU.getTime() + ms);
const DRAFT_VERLOOPT = plus(30 * DAG);
/** A limit on working links per draft that the tests not about it never reach. */
const GEEN_GRENS = 1000;

/** The link's own access, as the link holder has it after parseToken. */
function toegangVan(link: DeellinkInfo): DraftToegang {
  const toegang = parseToken(link.token);
  if (toegang === null) throw new Error(`geen geldig token: ${link.token}`);
  return toegang;
}

describe("Deellinken", () => {
  let store: SqliteDraftStore;
  let drafts: Drafts<Antwoorden>;
  let deellinken: Deellinken;
  beforeEach(() => {
    store = new SqliteDraftStore(":memory:");
    drafts = new Drafts<Antwoorden>(store, { looptijdDagen: 30 });
    deellinken = new Deellinken(store);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store.sluit();
  });

  async function nieuweDraft(naam = "Jansen-de Vries"): Promise<DraftToegang> {
    return (await drafts.maak({ naam, stap: 1 }, NU)).toegang;
  }

  async function nieuweLink(draft: DraftToegang, rol: DeelRol = "meekijken", tot: Date | null = null, nu = NU): Promise<DeellinkInfo> {
    const resultaat = await deellinken.maak(draft, rol, tot, nu);
    if (resultaat.status !== "ok") throw new Error(`maak gaf ${resultaat.status}`);
    return resultaat.link;
  }

  it.each(DEEL_ROLLEN)("round-trips a %s link: its token opens the draft with that role", async (rol) => {
    const draft = await nieuweDraft();
    const link = await nieuweLink(draft, rol);
    expect(link).toMatchObject({ rol, aangemaaktOp: NU, verlooptOp: DRAFT_VERLOOPT });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(link.id, "base64url")).toHaveLength(16);
    const toegang = toegangVan(link);
    expect(toegang.id).toBe(link.id);

    const open = await deellinken.open(toegang, plus(DAG));
    expect(open).toEqual({ status: "ok", rol, draft: { id: draft.id, sleutel: draft.sleutel }, verlooptOp: DRAFT_VERLOOPT });
  });

  it("opens the draft's current answers through Drafts.open", async () => {
    const draft = await nieuweDraft();
    const link = await nieuweLink(draft, "gewaarborgde-hulp");
    // Saved after the link was made: the link follows the draft, it is not a snapshot.
    expect(await drafts.bewaar(draft, 1, { naam: "Jansen-de Vries", stap: 4 }, plus(1000))).toEqual({ status: "ok", versie: 2 });
    const open = await deellinken.open(toegangVan(link), plus(2000));
    if (open.status !== "ok") throw new Error(open.status);
    expect(await drafts.open(open.draft, plus(2000))).toMatchObject({ status: "ok", versie: 2, antwoorden: { naam: "Jansen-de Vries", stap: 4 } });
  });

  it("makes a new id and key for every link, with K_s derived from the draft key and the link id", async () => {
    const draft = await nieuweDraft();
    const a = await nieuweLink(draft);
    const b = await nieuweLink(draft);
    expect(a.id).not.toBe(b.id);
    const [ka, kb] = [toegangVan(a).sleutel, toegangVan(b).sleutel];
    expect(ka.equals(kb)).toBe(false);
    expect(ka.equals(draft.sleutel)).toBe(false);
    expect(ka.equals(deellinkSleutel(draft.sleutel, a.id))).toBe(true);
    expect(kb.equals(deellinkSleutel(draft.sleutel, b.id))).toBe(true);
    // Deterministic: listing later shows the very same tokens, though no link key is stored.
    expect((await deellinken.lijst(draft, plus(1000))).map((l) => l.token)).toEqual([a.token, b.token]);
  });

  it("answers sleutel-onjuist for a wrong link key, and niet-gevonden for an unknown link id", async () => {
    const draft = await nieuweDraft();
    const link = await nieuweLink(draft);
    expect(await deellinken.open({ id: link.id, sleutel: randomBytes(32) }, NU)).toEqual({ status: "sleutel-onjuist" });
    // The draft key itself is not the link key either.
    expect(await deellinken.open({ id: link.id, sleutel: draft.sleutel }, NU)).toEqual({ status: "sleutel-onjuist" });
    expect(await deellinken.open({ id: link.id, sleutel: Buffer.alloc(16) }, NU)).toEqual({ status: "sleutel-onjuist" });
    expect(await deellinken.open({ id: randomBytes(16).toString("base64url"), sleutel: randomBytes(32) }, NU)).toEqual({ status: "niet-gevonden" });
  });

  it("does not open another draft's link with this draft's key", async () => {
    const a = await nieuweDraft("a");
    const b = await nieuweDraft("b");
    const linkA = await nieuweLink(a, "gewaarborgde-hulp");
    expect(await deellinken.open({ id: linkA.id, sleutel: b.sleutel }, NU)).toEqual({ status: "sleutel-onjuist" });
    expect(await deellinken.open({ id: linkA.id, sleutel: deellinkSleutel(b.sleutel, linkA.id) }, NU)).toEqual({ status: "sleutel-onjuist" });
    // Nor list or revoke it.
    expect(await deellinken.trekIn(b, linkA.id, NU)).toBe("niet-gevonden");
    expect(await deellinken.lijst(b, NU)).toEqual([]);
    expect(await deellinken.open(toegangVan(linkA), NU)).toMatchObject({ status: "ok" });
  });

  it("fails when blobs are swapped between two link rows, also of one draft", async () => {
    const draft = await nieuweDraft();
    const meekijken = await nieuweLink(draft, "meekijken");
    const hulp = await nieuweLink(draft, "gewaarborgde-hulp");
    const rijM = await store.leesDeellink(meekijken.id);
    const rijH = await store.leesDeellink(hulp.id);
    if (rijM === null || rijH === null) throw new Error("rij ontbreekt");
    // Someone with database access gives the read-only link the signing link's blob, and back.
    await store.verwijderDeellink(meekijken.id, draft.id);
    await store.verwijderDeellink(hulp.id, draft.id);
    await store.maakDeellink(meekijken.id, draft.id, rijH.blob, rijM.verlooptOp, NU, GEEN_GRENS);
    await store.maakDeellink(hulp.id, draft.id, rijM.blob, rijH.verlooptOp, NU, GEEN_GRENS);
    expect(await deellinken.open(toegangVan(meekijken), NU)).toEqual({ status: "sleutel-onjuist" });
    expect(await deellinken.open(toegangVan(hulp), NU)).toEqual({ status: "sleutel-onjuist" });
    // And the owner's list leaves the tampered rows out instead of failing.
    expect(await deellinken.lijst(draft, NU)).toEqual([]);
  });

  it("fails when a link row is pointed at another draft", async () => {
    const a = await nieuweDraft("a");
    const b = await nieuweDraft("b");
    const link = await nieuweLink(a, "gewaarborgde-hulp");
    const rij = await store.leesDeellink(link.id);
    if (rij === null) throw new Error("rij ontbreekt");
    await store.verwijderDeellink(link.id, a.id);
    await store.maakDeellink(link.id, b.id, rij.blob, rij.verlooptOp, NU, GEEN_GRENS);
    expect(await deellinken.open(toegangVan(link), NU)).toEqual({ status: "sleutel-onjuist" });
  });

  it("accepts only the plaintext shape it writes", async () => {
    const draft = await nieuweDraft();
    const vervalst = async (klaretekst: string, draftSleutel = draft.sleutel): Promise<string> => {
      const id = randomBytes(16).toString("base64url");
      const sleutel = deellinkSleutel(draftSleutel, id);
      await store.maakDeellink(id, draft.id, versleutel(sleutel, klaretekst, deellinkAad(id, draft.id)), DRAFT_VERLOOPT, NU, GEEN_GRENS);
      return formatToken({ id, sleutel });
    };
    const k = draft.sleutel.toString("base64url");
    const goed = await vervalst(JSON.stringify({ v: 1, rol: "meekijken", draftSleutel: k }));
    expect(await deellinken.open(toegangVan({ token: goed } as DeellinkInfo), NU)).toMatchObject({ status: "ok", rol: "meekijken" });
    for (const fout of [
      "geen json",
      "null",
      "[]",
      JSON.stringify({ v: 2, rol: "meekijken", draftSleutel: k }),
      JSON.stringify({ v: 1, rol: "eigenaar", draftSleutel: k }),
      JSON.stringify({ v: 1, rol: "meekijken" }),
      JSON.stringify({ v: 1, rol: "meekijken", draftSleutel: draft.sleutel.subarray(0, 16).toString("base64url") }),
      JSON.stringify({ v: 1, rol: "meekijken", draftSleutel: draft.sleutel.toString("base64") + "=" }),
      // Wraps a different draft key than the one K_s was derived from.
      JSON.stringify({ v: 1, rol: "meekijken", draftSleutel: randomBytes(32).toString("base64url") }),
    ]) {
      const token = await vervalst(fout);
      expect(await deellinken.open(toegangVan({ token } as DeellinkInfo), NU), fout).toEqual({ status: "sleutel-onjuist" });
    }
    // Only the well-formed one is listed.
    expect((await deellinken.lijst(draft, NU)).map((l) => l.token)).toEqual([goed]);
  });

  it("revokes at once, and only with the owner's key", async () => {
    const draft = await nieuweDraft();
    const link = await nieuweLink(draft, "gewaarborgde-hulp");
    const ander = await nieuweLink(draft, "meekijken");
    const linkToegang = toegangVan(link);

    // A link token presented as a draft token finds no draft: it can neither revoke nor list.
    expect(await deellinken.trekIn(linkToegang, link.id, NU)).toBe("niet-gevonden");
    expect(await deellinken.lijst(linkToegang, NU)).toEqual([]);
    expect(await drafts.open(linkToegang, NU)).toEqual({ status: "niet-gevonden" });
    // The draft id with a wrong key cannot either.
    const vals = { id: draft.id, sleutel: randomBytes(32) };
    expect(await deellinken.trekIn(vals, link.id, NU)).toBe("sleutel-onjuist");
    expect(await deellinken.lijst(vals, NU)).toEqual([]);
    expect(await deellinken.open(linkToegang, NU)).toMatchObject({ status: "ok" });

    expect(await deellinken.trekIn(draft, link.id, NU)).toBe("ok");
    expect(await deellinken.open(linkToegang, NU)).toEqual({ status: "niet-gevonden" });
    expect(await deellinken.trekIn(draft, link.id, NU)).toBe("niet-gevonden");
    // The other link is untouched.
    expect(await deellinken.open(toegangVan(ander), NU)).toMatchObject({ status: "ok", rol: "meekijken" });
    expect((await deellinken.lijst(draft, NU)).map((l) => l.id)).toEqual([ander.id]);
  });

  it("answers niet-gevonden when revoking another draft's link, and leaves it alone", async () => {
    const a = await nieuweDraft("a");
    const b = await nieuweDraft("b");
    const linkB = await nieuweLink(b);
    expect(await deellinken.trekIn(a, linkB.id, NU)).toBe("niet-gevonden");
    expect(await deellinken.trekIn(a, "bestaat-niet", NU)).toBe("niet-gevonden");
    expect(await deellinken.open(toegangVan(linkB), NU)).toMatchObject({ status: "ok" });
  });

  it("lets a link end before its draft: then verlopen, while the draft still opens", async () => {
    const draft = await nieuweDraft();
    const tot = plus(7 * DAG);
    const link = await nieuweLink(draft, "meekijken", tot);
    expect(link.verlooptOp).toEqual(tot);
    expect(await deellinken.open(toegangVan(link), new Date(tot.getTime() - 1))).toMatchObject({ status: "ok", verlooptOp: tot });
    expect(await deellinken.open(toegangVan(link), tot)).toEqual({ status: "verlopen" });
    expect(await drafts.open(draft, tot)).toMatchObject({ status: "ok" });
    // Not listed any more, but revocable until purged.
    expect(await deellinken.lijst(draft, tot)).toEqual([]);
    expect(await deellinken.trekIn(draft, link.id, tot)).toBe("ok");
  });

  it("never lets a link outlive its draft", async () => {
    const draft = await nieuweDraft();
    const link = await nieuweLink(draft, "gewaarborgde-hulp", plus(90 * DAG));
    expect(link.verlooptOp).toEqual(DRAFT_VERLOOPT);
    const open = await nieuweLink(draft, "meekijken", null);
    expect(open.verlooptOp).toEqual(DRAFT_VERLOOPT);
    expect(await deellinken.open(toegangVan(link), DRAFT_VERLOOPT)).toEqual({ status: "verlopen" });
    expect(await deellinken.open(toegangVan(open), DRAFT_VERLOOPT)).toEqual({ status: "verlopen" });
  });

  it("says verlopen when the draft expired even if a link row claims longer", async () => {
    // Defence in depth: a row whose date is later than its draft's still follows the draft.
    const draft = await nieuweDraft();
    const id = randomBytes(16).toString("base64url");
    const sleutel = deellinkSleutel(draft.sleutel, id);
    const blob = versleutel(sleutel, JSON.stringify({ v: 1, rol: "meekijken", draftSleutel: draft.sleutel.toString("base64url") }), deellinkAad(id, draft.id));
    await store.maakDeellink(id, draft.id, blob, plus(60 * DAG), NU, GEEN_GRENS);
    expect(await deellinken.open({ id, sleutel }, plus(DAG))).toMatchObject({ status: "ok" });
    expect(await deellinken.open({ id, sleutel }, DRAFT_VERLOOPT)).toEqual({ status: "verlopen" });
  });

  it("answers niet-gevonden for a link whose draft row is gone", async () => {
    const draftId = randomBytes(16).toString("base64url");
    const draftSleutel = randomBytes(32);
    const id = randomBytes(16).toString("base64url");
    const sleutel = deellinkSleutel(draftSleutel, id);
    const blob = versleutel(sleutel, JSON.stringify({ v: 1, rol: "meekijken", draftSleutel: draftSleutel.toString("base64url") }), deellinkAad(id, draftId));
    await store.maakDeellink(id, draftId, blob, DRAFT_VERLOOPT, NU, GEEN_GRENS);
    expect(await deellinken.open({ id, sleutel }, NU)).toEqual({ status: "niet-gevonden" });
  });

  it("removes links with the purge: niet-gevonden afterwards", async () => {
    const kort = await nieuweDraft("kort");
    const linkKort = await nieuweLink(kort, "meekijken", plus(3 * DAG));
    const linkVol = await nieuweLink(kort, "gewaarborgde-hulp");
    expect(await drafts.ruimOp(plus(3 * DAG))).toBe(0);
    expect(await deellinken.open(toegangVan(linkKort), plus(3 * DAG))).toEqual({ status: "niet-gevonden" });
    expect(await deellinken.open(toegangVan(linkVol), plus(3 * DAG))).toMatchObject({ status: "ok" });

    expect(await deellinken.open(toegangVan(linkVol), DRAFT_VERLOOPT)).toEqual({ status: "verlopen" });
    expect(await drafts.ruimOp(DRAFT_VERLOOPT)).toBe(1);
    expect(await deellinken.open(toegangVan(linkVol), DRAFT_VERLOOPT)).toEqual({ status: "niet-gevonden" });
  });

  it("removes a draft's links when the owner deletes the draft", async () => {
    const draft = await nieuweDraft();
    const link = await nieuweLink(draft, "gewaarborgde-hulp");
    expect(await drafts.verwijder(draft, NU)).toEqual({ status: "ok" });
    expect(await store.leesDeellink(link.id)).toBeNull();
    expect(await deellinken.open(toegangVan(link), NU)).toEqual({ status: "niet-gevonden" });
  });

  it("lists role, dates and a working token, oldest first, only unexpired", async () => {
    const draft = await nieuweDraft();
    const eerste = await nieuweLink(draft, "gewaarborgde-hulp", null, NU);
    const tweede = await nieuweLink(draft, "meekijken", plus(10 * DAG), plus(DAG));
    const lijst = await deellinken.lijst(draft, plus(2 * DAG));
    expect(lijst).toEqual([
      { id: eerste.id, rol: "gewaarborgde-hulp", aangemaaktOp: NU, verlooptOp: DRAFT_VERLOOPT, token: eerste.token },
      { id: tweede.id, rol: "meekijken", aangemaaktOp: plus(DAG), verlooptOp: plus(10 * DAG), token: tweede.token },
    ]);
    for (const link of lijst) expect(await deellinken.open(toegangVan(link), plus(2 * DAG))).toMatchObject({ status: "ok", rol: link.rol });
    expect((await deellinken.lijst(draft, plus(10 * DAG))).map((l) => l.id)).toEqual([eerste.id]);
    expect(await deellinken.lijst({ id: randomBytes(16).toString("base64url"), sleutel: draft.sleutel }, NU)).toEqual([]);
  });

  it("makes links only with the owner's key for a live draft", async () => {
    const draft = await nieuweDraft();
    expect(await deellinken.maak({ id: draft.id, sleutel: randomBytes(32) }, "meekijken", null, NU)).toEqual({ status: "sleutel-onjuist" });
    expect(await deellinken.maak({ id: randomBytes(16).toString("base64url"), sleutel: draft.sleutel }, "meekijken", null, NU)).toEqual({ status: "niet-gevonden" });
    expect(await deellinken.maak(draft, "meekijken", null, DRAFT_VERLOOPT)).toEqual({ status: "verlopen" });
    // A link token cannot mint further links.
    const link = await nieuweLink(draft);
    expect(await deellinken.maak(toegangVan(link), "gewaarborgde-hulp", null, NU)).toEqual({ status: "niet-gevonden" });
    expect(await deellinken.lijst(draft, NU)).toHaveLength(1);
  });

  it("treats an end date at or before nu, an invalid date or an unknown role as a programming error", async () => {
    const draft = await nieuweDraft();
    await expect(deellinken.maak(draft, "meekijken", NU, NU)).rejects.toThrow(RangeError);
    await expect(deellinken.maak(draft, "meekijken", plus(-1), NU)).rejects.toThrow(RangeError);
    await expect(deellinken.maak(draft, "meekijken", new Date(Number.NaN), NU)).rejects.toThrow(RangeError);
    await expect(deellinken.maak(draft, "meekijken", null, new Date(Number.NaN))).rejects.toThrow(RangeError);
    await expect(deellinken.maak(draft, "eigenaar" as DeelRol, null, NU)).rejects.toThrow(RangeError);
    await expect(deellinken.open({ id: "x", sleutel: draft.sleutel }, new Date(Number.NaN))).resolves.toEqual({ status: "niet-gevonden" });
    expect(await deellinken.lijst(draft, NU)).toEqual([]);
    expect(await nieuweLink(draft, "meekijken", plus(1))).toMatchObject({ verlooptOp: plus(1) });
  });

  it(`allows ${MAX_ACTIEVE_DEELLINKEN} working links per draft; the next is "te-veel" until one is revoked or expires`, async () => {
    const draft = await nieuweDraft();
    const links: DeellinkInfo[] = [];
    for (let i = 0; i < MAX_ACTIEVE_DEELLINKEN - 1; i++) links.push(await nieuweLink(draft));
    const kort = await nieuweLink(draft, "meekijken", plus(7 * DAG));
    expect(await deellinken.maak(draft, "meekijken", null, NU)).toEqual({ status: "te-veel" });
    expect(await deellinken.lijst(draft, NU)).toHaveLength(MAX_ACTIEVE_DEELLINKEN);
    // Another draft is not affected.
    expect((await deellinken.maak(await nieuweDraft("Ander"), "meekijken", null, NU)).status).toBe("ok");
    // Revoking one makes room for one.
    expect(await deellinken.trekIn(draft, links[0]?.id ?? "", NU)).toBe("ok");
    expect((await deellinken.maak(draft, "gewaarborgde-hulp", null, NU)).status).toBe("ok");
    expect(await deellinken.maak(draft, "meekijken", null, NU)).toEqual({ status: "te-veel" });
    // An expired link no longer counts.
    expect((await deellinken.maak(draft, "meekijken", null, kort.verlooptOp)).status).toBe("ok");
  });

  it("reads no clock: only the dates passed in count", async () => {
    vi.useFakeTimers({ now: new Date("2099-01-01T00:00:00Z") });
    const draft = await nieuweDraft();
    const link = await nieuweLink(draft, "gewaarborgde-hulp");
    expect(await deellinken.open(toegangVan(link), plus(DAG))).toMatchObject({ status: "ok" });
    expect(await deellinken.lijst(draft, plus(DAG))).toHaveLength(1);
  });
});

describe("isDeelRol", () => {
  it("knows exactly the two roles", () => {
    expect(DEEL_ROLLEN).toEqual(["meekijken", "gewaarborgde-hulp"]);
    for (const rol of DEEL_ROLLEN) expect(isDeelRol(rol)).toBe(true);
    for (const waarde of ["", "eigenaar", "Meekijken", null, undefined, 1, {}]) expect(isDeelRol(waarde)).toBe(false);
  });
});
