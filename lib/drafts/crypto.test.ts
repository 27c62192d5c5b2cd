import { createHmac, randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deellinkAad, deellinkSleutel, draftAad, nieuweSleutel, ontsleutel, versleutel } from "./crypto";

const AAD = draftAad("abc", 1);

describe("versleutel / ontsleutel", () => {
  it("round-trips text, including non-ASCII", () => {
    const sleutel = nieuweSleutel();
    const tekst = JSON.stringify({ naam: "Jansen-de Vries", zorg: "Mantelzorger Petronella", é: "ü€😀" });
    expect(ontsleutel(sleutel, versleutel(sleutel, tekst, AAD), AAD)).toBe(tekst);
    expect(ontsleutel(sleutel, versleutel(sleutel, "", AAD), AAD)).toBe("");
  });

  it("lays out iv ‖ padded ciphertext ‖ tag and uses a fresh IV each time", () => {
    const sleutel = nieuweSleutel();
    const a = versleutel(sleutel, "hallo", AAD);
    const b = versleutel(sleutel, "hallo", AAD);
    // "hallo" padded to the smallest bucket (docs/decisions/025-opslag.md).
    expect(a.length).toBe(12 + 256 + 16);
    expect(a.subarray(0, 12).equals(b.subarray(0, 12))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it("makes 32-byte random keys", () => {
    expect(nieuweSleutel()).toHaveLength(32);
    expect(nieuweSleutel().equals(nieuweSleutel())).toBe(false);
  });

  it("returns null for the wrong key", () => {
    const blob = versleutel(nieuweSleutel(), "geheim", AAD);
    expect(ontsleutel(nieuweSleutel(), blob, AAD)).toBeNull();
  });

  it("returns null when any single bit is flipped", () => {
    const sleutel = nieuweSleutel();
    const blob = versleutel(sleutel, "geheim", AAD);
    for (let bit = 0; bit < blob.length * 8; bit++) {
      const kapot = Buffer.from(blob);
      kapot[bit >> 3] = (kapot[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      expect(ontsleutel(sleutel, kapot, AAD)).toBeNull();
    }
  });

  it("returns null for a different AAD (other draft, other version)", () => {
    const sleutel = nieuweSleutel();
    const blob = versleutel(sleutel, "geheim", draftAad("abc", 1));
    expect(ontsleutel(sleutel, blob, draftAad("abc", 2))).toBeNull();
    expect(ontsleutel(sleutel, blob, draftAad("abd", 1))).toBeNull();
  });

  it("returns null for truncated or extended blobs", () => {
    const sleutel = nieuweSleutel();
    const blob = versleutel(sleutel, "geheim", AAD);
    expect(ontsleutel(sleutel, blob.subarray(0, blob.length - 1), AAD)).toBeNull();
    expect(ontsleutel(sleutel, Buffer.concat([blob, Buffer.from([0])]), AAD)).toBeNull();
    expect(ontsleutel(sleutel, Buffer.alloc(0), AAD)).toBeNull();
    expect(ontsleutel(sleutel, Buffer.alloc(27), AAD)).toBeNull();
  });

  it("never throws on garbage: random blobs, bad key lengths", () => {
    const sleutel = nieuweSleutel();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.string(), (bytes, aad) => {
        expect(ontsleutel(sleutel, Buffer.from(bytes), aad)).toBeNull();
      }),
    );
    expect(ontsleutel(Buffer.alloc(16), randomBytes(64), AAD)).toBeNull();
    expect(ontsleutel(Buffer.alloc(0), randomBytes(64), AAD)).toBeNull();
  });

  it("refuses to encrypt with a key of the wrong length", () => {
    expect(() => versleutel(Buffer.alloc(16), "x", AAD)).toThrow(RangeError);
  });
});

/** RFC 5869 written out with HMAC, to pin deellinkSleutel to the documented formula. */
function hkdfMetHand(ikm: Buffer, info: string): Buffer {
  const prk = createHmac("sha256", Buffer.alloc(32)).update(ikm).digest();
  // 32 bytes of output is one block: T(1) = HMAC(PRK, info ‖ 0x01).
  return createHmac("sha256", prk).update(Buffer.concat([Buffer.from(info, "utf8"), Buffer.from([1])])).digest();
}

describe("deellinkSleutel / deellinkAad", () => {
  it("derives the documented HKDF-SHA256 key: empty salt, info pgb-deellink/v1/<linkId>, 32 bytes", () => {
    const draftSleutel = nieuweSleutel();
    const linkId = randomBytes(16).toString("base64url");
    const sleutel = deellinkSleutel(draftSleutel, linkId);
    expect(sleutel).toHaveLength(32);
    expect(sleutel.equals(hkdfMetHand(draftSleutel, `pgb-deellink/v1/${linkId}`))).toBe(true);
  });

  it("is deterministic, differs per link id and per draft key, and is not the draft key", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes, idBytes) => {
        const draftSleutel = Buffer.from(bytes);
        const linkId = Buffer.from(idBytes).toString("base64url");
        const sleutel = deellinkSleutel(draftSleutel, linkId);
        expect(deellinkSleutel(Buffer.from(bytes), linkId).equals(sleutel)).toBe(true);
        expect(sleutel.equals(draftSleutel)).toBe(false);
        expect(deellinkSleutel(draftSleutel, `${linkId}x`).equals(sleutel)).toBe(false);
        const anderId = Buffer.from(idBytes);
        anderId[0] = (anderId[0] ?? 0) ^ 1;
        expect(deellinkSleutel(draftSleutel, anderId.toString("base64url")).equals(sleutel)).toBe(false);
        const andereSleutel = Buffer.from(bytes);
        andereSleutel[31] = (andereSleutel[31] ?? 0) ^ 0x80;
        expect(deellinkSleutel(andereSleutel, linkId).equals(sleutel)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a draft key of the wrong length", () => {
    expect(() => deellinkSleutel(Buffer.alloc(16), "abc")).toThrow(RangeError);
    expect(() => deellinkSleutel(Buffer.alloc(33), "abc")).toThrow(RangeError);
  });

  it("binds a link blob to its link id and draft id, apart from draft blobs", () => {
    expect(deellinkAad("link", "draft")).toBe("pgb-deellink/v1/link/draft");
    const sleutel = nieuweSleutel();
    const blob = versleutel(sleutel, "geheim", deellinkAad("link", "draft"));
    expect(ontsleutel(sleutel, blob, deellinkAad("link", "draft"))).toBe("geheim");
    expect(ontsleutel(sleutel, blob, deellinkAad("ander", "draft"))).toBeNull();
    expect(ontsleutel(sleutel, blob, deellinkAad("link", "ander"))).toBeNull();
    expect(deellinkAad("x", "1")).not.toBe(draftAad("x", 1));
  });
});
