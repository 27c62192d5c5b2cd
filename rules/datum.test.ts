import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dagNummer, datumVanDagNummer, formatDatumNl, isGeldigeDatum, parseDatumNl, plusDagen } from "./datum";

const CONFIG = { seed: 20261124, numRuns: 1000 };

describe("dates", () => {
  it.each(["2026-02-28", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])("accepts %s", (s) => {
    expect(isGeldigeDatum(s)).toBe(true);
  });

  it.each(["2026-02-31", "2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01", "2026-1-1", "26-01-01", "", "2026-01-01T00:00"])(
    "rejects %j",
    (s) => {
      expect(isGeldigeDatum(s)).toBe(false);
    },
  );

  it("counts days like the calendar", () => {
    expect(dagNummer("1970-01-01")).toBe(0);
    expect(dagNummer("2000-03-01")).toBe(11017);
    expect(datumVanDagNummer(-1)).toBe("1969-12-31");
    expect(plusDagen("2024-02-28", 1)).toBe("2024-02-29");
    expect(plusDagen("2026-12-31", 1)).toBe("2027-01-01");
    expect(() => dagNummer("2026-02-31")).toThrow(RangeError);
    expect(() => datumVanDagNummer(dagNummer("9999-12-31") + 1)).toThrow(RangeError);
    expect(() => plusDagen("2026-01-01", 0.5)).toThrow(RangeError);
  });

  it("day numbers agree with Date.UTC on the same date parts (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: dagNummer("0100-01-01"), max: dagNummer("9999-12-31") }), (n) => {
        const iso = datumVanDagNummer(n);
        const [j, m, d] = iso.split("-").map(Number) as [number, number, number];
        const utc = new Date(0);
        utc.setUTCFullYear(j, m - 1, d);
        return isGeldigeDatum(iso) && dagNummer(iso) === n && utc.getTime() / 86400000 === n;
      }),
      CONFIG,
    );
  });

  it("formats and parses Dutch dates", () => {
    expect(formatDatumNl("2026-03-30")).toBe("30-03-2026");
    expect(parseDatumNl("1-2-2026")).toBe("2026-02-01");
    expect(parseDatumNl(" 30/03/2026 ")).toBe("2026-03-30");
    expect(parseDatumNl("29.02.2024")).toBe("2024-02-29");
    for (const fout of ["31-02-2026", "1-2-26", "1-2/2026", "2026-02-01", "abc", "001-02-2026"]) expect(parseDatumNl(fout)).toBeNull();
    expect(() => formatDatumNl("2026-02-31")).toThrow(RangeError);
  });

  it("formatDatumNl and parseDatumNl round-trip (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: dagNummer("1000-01-01"), max: dagNummer("9999-12-31") }), (n) => {
        const iso = datumVanDagNummer(n);
        return parseDatumNl(formatDatumNl(iso)) === iso;
      }),
      CONFIG,
    );
  });
});
