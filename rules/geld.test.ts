import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  deelHalfOmhoog,
  deelOmlaag,
  formatBedrag,
  formatBasispunten,
  formatBedragKort,
  formatDecimaal,
  formatUren,
  MAX_DECIMALEN,
  parseBedragNl,
  parseDecimaal,
  parseUren,
  zekerGeheel,
} from "./geld";

const CONFIG = { seed: 20261124, numRuns: 1000 };
/** Amounts up to € 10 miljard, in cents. */
const centen = fc.integer({ min: 0, max: 1_000_000_000_000 });

describe("parseDecimaal (API decimal strings)", () => {
  it.each([
    ["15", 1500],
    ["15.5", 1550],
    ["15.00", 1500],
    ["50000.00", 5000000],
    ["0", 0],
    ["0.01", 1],
    ["015.10", 1510],
    ["999999999999.99", 99999999999999],
  ])("BP-03: reads %s as %i cents", (s, verwacht) => {
    expect(parseDecimaal(s)).toBe(verwacht);
  });

  it.each(["", ".5", "5.", "-3", "+3", "1,5", "1e3", " 15", "15 ", "15.555", "1.2.3", "abc", "1000000000000", "0x10", "１５"])(
    "BP-03: rejects %j",
    (s) => {
      expect(parseDecimaal(s)).toBeNull();
    },
  );

  it("BP-03: rejects an overlong string before parsing", () => {
    expect(parseDecimaal("1".repeat(25))).toBeNull();
  });

  it("uses the number of decimals as the scale", () => {
    expect(parseDecimaal("7", 0)).toBe(7);
    expect(parseDecimaal("7.5", 0)).toBeNull();
    expect(parseDecimaal("1.125", 3)).toBe(1125);
    expect(parseDecimaal("1.5", 3)).toBe(1500);
    expect(() => parseDecimaal("1", MAX_DECIMALEN + 1)).toThrow(RangeError);
    expect(() => parseDecimaal("1", -1)).toThrow(RangeError);
    expect(() => parseDecimaal("1", 1.5)).toThrow(RangeError);
  });

  it("BP-03: formatDecimaal and parseDecimaal round-trip every amount (property)", () => {
    fc.assert(
      fc.property(centen, (c) => parseDecimaal(formatDecimaal(c)) === c),
      CONFIG,
    );
  });
});

describe("parseBedragNl (Dutch user input)", () => {
  it.each([
    ["15", 1500],
    ["15,50", 1550],
    ["15,5", 1550],
    ["€ 15,50", 1550],
    ["€15,-", 1500],
    ["€ 15,–", 1500],
    ["1.624,00", 162400],
    ["1624", 162400],
    [" 15,5 ", 1550],
    ["\u00a0€\u00a01.624,-\u00a0", 162400],
    ["12.345.678,90", 1234567890],
    ["0,01", 1],
  ])("BP-03: reads %j as %i cents", (s, verwacht) => {
    expect(parseBedragNl(s)).toBe(verwacht);
  });

  it.each(["abc", "", "€", "15,555", "-3", "€ -3", "1.2.3,4", "15.50", "1.62,00", "1 624", "15,", ",50", "15,-5", "1.234.567.890.123", "x".repeat(60)])(
    "BP-03: rejects %j",
    (s) => {
      expect(parseBedragNl(s)).toBeNull();
    },
  );

  it("BP-03: formatBedrag and parseBedragNl round-trip every amount (property)", () => {
    fc.assert(
      fc.property(centen, (c) => parseBedragNl(formatBedrag(c)) === c),
      CONFIG,
    );
  });

  it("BP-03: formatBedragKort round-trips through parseBedragNl too (property)", () => {
    fc.assert(
      fc.property(centen, (c) => parseBedragNl(formatBedragKort(c)) === c),
      CONFIG,
    );
  });
});

describe("formatting money", () => {
  it("BP-03: formats the brochure's amounts", () => {
    expect(formatDecimaal(162400)).toBe("1624.00");
    expect(formatDecimaal(5)).toBe("0.05");
    expect(formatDecimaal(-5)).toBe("-0.05");
    expect(formatBedrag(162400)).toBe("€ 1.624,00");
    expect(formatBedrag(162375)).toBe("€ 1.623,75");
    expect(formatBedrag(1948800)).toBe("€ 19.488,00");
    expect(formatBedrag(123456789)).toBe("€ 1.234.567,89");
    expect(formatBedrag(0)).toBe("€ 0,00");
    expect(formatBedrag(-1250)).toBe("€ -12,50");
    expect(formatBedragKort(162400)).toBe("€ 1.624,-");
    expect(formatBedragKort(-162400)).toBe("€ -1.624,-");
    expect(formatBedragKort(162375)).toBe("€ 1.623,75");
  });

  it("refuses a non-integer amount (a programming error)", () => {
    expect(() => formatDecimaal(1.5)).toThrow(RangeError);
    expect(() => formatBedrag(Number.NaN)).toThrow(RangeError);
    expect(() => formatBedragKort(2 ** 60)).toThrow(RangeError);
  });
});

describe("uren", () => {
  it.each<[string | number, number]>([
    [25, 2500],
    ["25", 2500],
    [7.5, 750],
    ["7.5", 750],
    ["7,5", 750],
    [" 7,25 ", 725],
    [0, 0],
    [-0, 0],
    [168, 16800],
    [0.01, 1],
  ])("BP-02: reads %j as %i hundredths", (x, verwacht) => {
    expect(parseUren(x)).toBe(verwacht);
  });

  it.each<string | number>([-1, 0.1 + 0.2, 7.125, Number.NaN, Number.POSITIVE_INFINITY, 1e21, "", "abc", "-1", "7,125", "1.000,5", "x".repeat(60)])(
    "BP-02: rejects %j",
    (x) => {
      expect(parseUren(x)).toBeNull();
    },
  );

  it("formats hours without trailing zeros", () => {
    expect(formatUren(2500)).toBe("25");
    expect(formatUren(750)).toBe("7,5");
    expect(formatUren(725)).toBe("7,25");
    expect(formatUren(5)).toBe("0,05");
    expect(() => formatUren(-1)).toThrow(RangeError);
  });

  it("BP-02: formatUren and parseUren round-trip (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (h) => parseUren(formatUren(h)) === h),
      CONFIG,
    );
  });

  it("BP-02: a number with at most two decimals is read exactly (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16800 }), (h) => parseUren(h / 100) === h),
      CONFIG,
    );
  });
});

describe("integer division", () => {
  it("rounds half up and down exactly", () => {
    expect(deelHalfOmhoog(162375, 100)).toBe(1624);
    expect(deelHalfOmhoog(162349, 100)).toBe(1623);
    expect(deelHalfOmhoog(162350, 100)).toBe(1624);
    expect(deelOmlaag(162399, 100)).toBe(1623);
    expect(() => deelHalfOmhoog(-1, 2)).toThrow(RangeError);
    expect(() => deelOmlaag(1, 0)).toThrow(RangeError);
    expect(() => zekerGeheel(0.5, "x")).toThrow(RangeError);
  });

  it("deelHalfOmhoog is within half a unit of the exact quotient (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 12 }), (n, d) => {
        const q = deelHalfOmhoog(n, d);
        // |q·d − n| ≤ d/2, and exactly d/2 only when rounding up.
        const verschil = q * d - n;
        return 2 * verschil <= d && 2 * verschil > -d;
      }),
      CONFIG,
    );
  });
});

describe("formatBasispunten (DE-05's percentage)", () => {
  it("formats basis points as a Dutch percentage", () => {
    expect(formatBasispunten(150)).toBe("1,5%");
    expect(formatBasispunten(100)).toBe("1%");
    expect(formatBasispunten(125)).toBe("1,25%");
    expect(formatBasispunten(5)).toBe("0,05%");
  });
});
