import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  controleerBsn,
  controleerKvkNummer,
  identificatieVoorZorgverlener,
  isGeldigBsn,
  isGeldigKvkNummer,
  maskeerBsn,
  normaliseerBsn,
  normaliseerKvkNummer,
  normaliseerPostcode,
  voldoetAanElfproef,
} from "./identificatie";

const CONFIG = { seed: 20261124, numRuns: 1000 };

/**
 * Reference formulation of BP-05, written independently of the code: the ninth digit must equal
 * (9·d1 + … + 2·d8) mod 11, which must therefore be below 10.
 */
function referentieElfproef(negen: string): boolean {
  if (!/^\d{9}$/.test(negen) || negen === "000000000") return false;
  const d = negen.split("").map(Number);
  let gewogen = 0;
  for (let i = 0; i < 8; i++) gewogen += (9 - i) * (d[i] ?? 0);
  return gewogen % 11 === d[8];
}

/** Builder: a valid BSN from eight digits, by construction (null when no check digit fits). */
function bsnUit(acht: number[]): string | null {
  const gewogen = acht.reduce((s, c, i) => s + (9 - i) * c, 0);
  const controle = gewogen % 11;
  if (controle === 10 || acht.every((c) => c === 0)) return null;
  return acht.join("") + String(controle);
}

const achtCijfers = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 });
const negenCijfers = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((a) => a.join(""));

describe("BSN (BP-05)", () => {
  it.each(["111222333", "123456782", " 123456782 ", "123.456.782", "1234 56 782", "123-456-782", "12345672", "012345672"])(
    "BP-05: accepts %j",
    (s) => {
      expect(isGeldigBsn(s)).toBe(true);
    },
  );

  it.each(["123456789", "000000000", "00000000", "1234567", "1234567890", "12345678a", "123..456.782", ".123456782", "123456782.", "", "1".repeat(30)])(
    "BP-05: rejects %j",
    (s) => {
      expect(isGeldigBsn(s)).toBe(false);
    },
  );

  it("BP-05: an 8-digit BSN gets a leading 0", () => {
    expect(normaliseerBsn("12345672")).toBe("012345672");
    expect(normaliseerBsn("123.456.782")).toBe("123456782");
  });

  it("BP-05: the elfproef needs exactly nine digits", () => {
    expect(voldoetAanElfproef("12345678")).toBe(false);
    expect(voldoetAanElfproef("12345678x")).toBe(false);
  });

  it("BP-05: the elfproef agrees with an independent reference on every 9-digit string (property)", () => {
    fc.assert(
      fc.property(negenCijfers, (s) => voldoetAanElfproef(s) === referentieElfproef(s) && isGeldigBsn(s) === referentieElfproef(s)),
      CONFIG,
    );
  });

  it("BP-05: every BSN built by construction is accepted, also with 8 digits and separators (property)", () => {
    fc.assert(
      fc.property(achtCijfers, (acht) => {
        const bsn = bsnUit(acht);
        fc.pre(bsn !== null);
        if (bsn === null) return true;
        const metPunten = `${bsn.slice(0, 3)}.${bsn.slice(3, 6)}.${bsn.slice(6)}`;
        const ok = isGeldigBsn(bsn) && isGeldigBsn(metPunten) && normaliseerBsn(` ${metPunten} `) === bsn;
        return bsn.startsWith("0") ? ok && isGeldigBsn(bsn.slice(1)) : ok;
      }),
      CONFIG,
    );
  });

  it("BP-05: changing one digit of a valid BSN makes it invalid (property)", () => {
    fc.assert(
      fc.property(achtCijfers, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (acht, plek, plus) => {
        const bsn = bsnUit(acht);
        fc.pre(bsn !== null);
        if (bsn === null) return true;
        const cijfer = (Number(bsn[plek]) + plus) % 10;
        const fout = bsn.slice(0, plek) + String(cijfer) + bsn.slice(plek + 1);
        return !isGeldigBsn(fout) || fout === "000000000";
      }),
      CONFIG,
    );
  });

  it("BP-05: controleerBsn gives a reason only when the number is wrong", () => {
    expect(controleerBsn("123456782")).toEqual({ geldig: true, bsn: "123456782", redenen: [] });
    const fout = controleerBsn("123456789");
    expect(fout.geldig).toBe(false);
    expect(fout.redenen).toEqual([{ regel: "BP-05", bron: "Openbare definitie van het BSN (elfproef)", code: "id.bsn-ongeldig", gegevens: {} }]);
  });

  it("BP-05: maskeerBsn shows only the last four digits", () => {
    expect(maskeerBsn("123456782")).toBe("*****6782");
    expect(maskeerBsn("123.456.782")).toBe("*****6782");
    expect(maskeerBsn("12345672")).toBe("*****5672");
    expect(maskeerBsn("12")).toBe("*********");
    expect(maskeerBsn("abc")).toBe("*********");
  });
});

describe("KVK-nummer (BP-04)", () => {
  it("BP-04: exactly 8 digits", () => {
    expect(isGeldigKvkNummer("12345678")).toBe(true);
    expect(isGeldigKvkNummer(" 12345678 ")).toBe(true);
    expect(normaliseerKvkNummer(" 12345678 ")).toBe("12345678");
    for (const fout of ["1234567", "123456789", "1234 5678", "1234567a", ""]) expect(isGeldigKvkNummer(fout)).toBe(false);
  });

  it("BP-04: controleerKvkNummer gives a reason only when the number is wrong", () => {
    expect(controleerKvkNummer("12345678").redenen).toEqual([]);
    expect(controleerKvkNummer("1234").redenen[0]).toMatchObject({ regel: "BP-04", code: "id.kvk-ongeldig" });
  });

  it("BP-04: accepts exactly the strings of 8 digits (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (s) => isGeldigKvkNummer(s) === /^\d{8}$/.test(s.trim())),
      CONFIG,
    );
  });
});

describe("identificatieVoorZorgverlener (BP-04)", () => {
  it("BP-04: KVK-nummer for an instelling or zzp'er, BSN for a person", () => {
    expect(identificatieVoorZorgverlener("instelling")).toMatchObject({ nummer: "kvk", redenen: [{ code: "id.kvk" }] });
    expect(identificatieVoorZorgverlener("zzp")).toMatchObject({ nummer: "kvk", redenen: [{ code: "id.kvk" }] });
    const persoon = identificatieVoorZorgverlener("persoon");
    expect(persoon.nummer).toBe("bsn");
    expect(persoon.redenen[0]).toMatchObject({ regel: "BP-04", bron: "Bijlage 3, 5", code: "id.bsn" });
    expect(identificatieVoorZorgverlener()).toMatchObject({ nummer: "kvk-of-bsn", redenen: [{ code: "id.kvk-of-bsn" }] });
  });
});

describe("normaliseerPostcode", () => {
  it.each([
    ["1234 AB", "1234 AB"],
    ["1234ab", "1234 AB"],
    [" 1234  aB ", "1234 AB"],
    ["1234", "1234"],
    ["9999 ZZ", "9999 ZZ"],
  ])("reads %j as %j", (s, verwacht) => {
    expect(normaliseerPostcode(s)).toBe(verwacht);
  });

  it.each(["0123 AB", "1234 SA", "1234sd", "1234 SS", "123 AB", "12345", "1234 A", "1234 ABC", "1234-AB", "", "AB 1234"])("rejects %j", (s) => {
    expect(normaliseerPostcode(s)).toBeNull();
  });

  it("can require the letters", () => {
    expect(normaliseerPostcode("1234", { alleenVolledig: true })).toBeNull();
    expect(normaliseerPostcode("1234ab", { alleenVolledig: true })).toBe("1234 AB");
  });

  it("normalising is idempotent (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom("A", "B", "S", "Z", "d", "a"), fc.constantFrom("A", "D", "S", "x"), (n, a, b) => {
        const eerste = normaliseerPostcode(`${n}${a}${b}`);
        const verboden = ["SA", "SD", "SS"].includes(`${a}${b}`.toUpperCase());
        return verboden ? eerste === null : eerste !== null && normaliseerPostcode(eerste) === eerste;
      }),
      CONFIG,
    );
  });
});
