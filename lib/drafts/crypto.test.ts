import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftAad, nieuweSleutel, ontsleutel, versleutel } from "./crypto";

const AAD = draftAad("abc", 1);

describe("versleutel / ontsleutel", () => {
  it("round-trips text, including non-ASCII", () => {
    const sleutel = nieuweSleutel();
    const tekst = JSON.stringify({ naam: "Jansen-de Vries", zorg: "Mantelzorger Petronella", é: "ü€😀" });
    expect(ontsleutel(sleutel, versleutel(sleutel, tekst, AAD), AAD)).toBe(tekst);
    expect(ontsleutel(sleutel, versleutel(sleutel, "", AAD), AAD)).toBe("");
  });

  it("lays out iv ‖ ciphertext ‖ tag and uses a fresh IV each time", () => {
    const sleutel = nieuweSleutel();
    const a = versleutel(sleutel, "hallo", AAD);
    const b = versleutel(sleutel, "hallo", AAD);
    expect(a.length).toBe(12 + 5 + 16);
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
