/**
 * Ciphertext lengths tell nothing within a bucket (docs/decisions/025-opslag.md): what is
 * encrypted is padded, so a share link's blob does not say its role, and a fresh draft's blob does
 * not say who fills it in or how long a name is. Blobs written before the padding still open.
 */
import { createCipheriv, randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSchema, verwerkStart } from "@/lib/wizard/start";
import { deellinkAad, deellinkSleutel, draftAad, nieuweSleutel, ontsleutel, versleutel } from "./crypto";
import { DEEL_ROLLEN, Deellinken, MAX_ACTIEVE_DEELLINKEN } from "./deellinks";
import { Drafts, ID_BYTES, type DraftToegang } from "./drafts";
import { SqliteDraftStore } from "./sqlite-store";

const NU = new Date("2026-03-01T10:00:00Z");

/** The blob layout before padding: iv ‖ AES-256-GCM(plaintext as is) ‖ tag. */
function oudeBlob(sleutel: Buffer, klaretekst: string, aad: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sleutel, iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(aad, "utf8"));
  return Buffer.concat([iv, cipher.update(klaretekst, "utf8"), cipher.final(), cipher.getAuthTag()]);
}

describe("versleutel pads to buckets", () => {
  it("gives the same length for every text that fits the smallest bucket, and round-trips each", () => {
    const sleutel = nieuweSleutel();
    const aad = draftAad("abc", 1);
    const teksten = ["", "a", '{"voorWie":"zelf"}', '{"voorWie":"familie","naamAanvrager":"Bartholomeus-Wilhelmina van der Sande-Ypma"}', "é".repeat(100)];
    const lengtes = teksten.map((tekst) => {
      const blob = versleutel(sleutel, tekst, aad);
      expect(ontsleutel(sleutel, blob, aad)).toBe(tekst);
      return blob.length;
    });
    expect(new Set(lengtes).size).toBe(1);
  });

  it("grows in powers of two: 256, 512, 1024 bytes of padded plaintext", () => {
    const sleutel = nieuweSleutel();
    const lengte = (n: number) => versleutel(sleutel, "x".repeat(n), "aad").length - 12 - 16;
    expect([lengte(0), lengte(200), lengte(251), lengte(252), lengte(507), lengte(508), lengte(1000)]).toEqual([256, 256, 256, 512, 512, 1024, 1024]);
    expect(ontsleutel(sleutel, versleutel(sleutel, "x".repeat(70_000), "aad"), "aad")).toHaveLength(70_000);
  });

  it("still opens a blob written before the padding (no migration needed)", () => {
    const sleutel = nieuweSleutel();
    const tekst = JSON.stringify({ voorWie: "familie", naamAanvrager: "Jansen-de Vries" });
    const oud = oudeBlob(sleutel, tekst, draftAad("abc", 3));
    expect(ontsleutel(sleutel, oud, draftAad("abc", 3))).toBe(tekst);
    expect(ontsleutel(sleutel, oud, draftAad("abc", 4))).toBeNull();
  });
});

describe("stored blobs tell nothing within a bucket", () => {
  let store: SqliteDraftStore;
  let drafts: Drafts<unknown>;
  let deellinken: Deellinken;
  beforeEach(() => {
    store = new SqliteDraftStore(":memory:");
    drafts = new Drafts<unknown>(store);
    deellinken = new Deellinken(store);
  });
  afterEach(async () => {
    await store.sluit();
  });

  const bloblengte = async (id: string) => (await store.lees(id, NU))?.blob.length;

  it("a meekijken link and a gewaarborgde-hulp link are the same size", async () => {
    const { toegang } = await drafts.maak({ voorWie: "zelf" }, NU);
    const lengtes: number[] = [];
    for (const rol of DEEL_ROLLEN) {
      const link = await deellinken.maak(toegang, rol, null, NU);
      if (link.status !== "ok") throw new Error(link.status);
      lengtes.push((await store.leesDeellink(link.link.id))?.blob.length ?? 0);
    }
    expect(lengtes[0]).toBeGreaterThan(0);
    expect(lengtes[1]).toBe(lengtes[0]);
  });

  it("a fresh draft is the same size whoever fills it in, with or without a (long) name", async () => {
    const starts = [
      { voorWie: "zelf" },
      { voorWie: "familie", naamAanvrager: "Jo" },
      { voorWie: "familie", naamAanvrager: "Bartholomeus-Wilhelmina van der Sande-Ypma" },
      { voorWie: "wettelijk-vertegenwoordiger", naamAanvrager: "Ans" },
      { voorWie: "gewaarborgde-hulp", naamAanvrager: "" },
    ];
    const lengtes: (number | undefined)[] = [];
    for (const invoer of starts) {
      const geldig = startSchema.safeParse(invoer);
      if (!geldig.success) throw new Error(JSON.stringify(invoer));
      const { toegang } = await drafts.maak(verwerkStart(geldig.data, {}), NU);
      lengtes.push(await bloblengte(toegang.id));
    }
    expect(new Set(lengtes)).toEqual(new Set([lengtes[0]]));
  });

  it("answers of the same shape give the same size after a save", async () => {
    const { toegang } = await drafts.maak({ voorWie: "zelf" }, NU);
    const { toegang: ander } = await drafts.maak({ voorWie: "zelf" }, NU);
    await drafts.bewaar(toegang, 1, { voorWie: "zelf", indicatie: { heeftIndicatie: "ja", zorgprofiel: "VV 5" } }, NU);
    await drafts.bewaar(ander, 1, { voorWie: "zelf", indicatie: { heeftIndicatie: "nee" } }, NU);
    expect(await bloblengte(toegang.id)).toBe(await bloblengte(ander.id));
  });

  it("opens drafts and links stored before the padding", async () => {
    // A draft and a link as the code before padding wrote them, straight into the store.
    const sleutel = nieuweSleutel();
    const toegang: DraftToegang = { id: randomBytes(ID_BYTES).toString("base64url"), sleutel };
    await store.maak(toegang.id, oudeBlob(sleutel, JSON.stringify({ voorWie: "zelf" }), draftAad(toegang.id, 1)), new Date("2026-03-31T00:00:00Z"), NU);
    const linkId = randomBytes(ID_BYTES).toString("base64url");
    const linkSleutel = deellinkSleutel(sleutel, linkId);
    const inhoud = JSON.stringify({ v: 1, rol: "gewaarborgde-hulp", draftSleutel: sleutel.toString("base64url") });
    await store.maakDeellink(linkId, toegang.id, oudeBlob(linkSleutel, inhoud, deellinkAad(linkId, toegang.id)), new Date("2026-03-31T00:00:00Z"), NU, MAX_ACTIEVE_DEELLINKEN);

    expect(await drafts.open(toegang, NU)).toMatchObject({ status: "ok", antwoorden: { voorWie: "zelf" } });
    expect(await deellinken.open({ id: linkId, sleutel: linkSleutel }, NU)).toMatchObject({ status: "ok", rol: "gewaarborgde-hulp" });
    // The next save writes the padded format, and it opens as well.
    expect(await drafts.bewaar(toegang, 1, { voorWie: "familie" }, NU)).toEqual({ status: "ok", versie: 2 });
    expect(await drafts.open(toegang, NU)).toMatchObject({ status: "ok", antwoorden: { voorWie: "familie" } });
  });
});
