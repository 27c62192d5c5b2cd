import { describe, expect, it } from "vitest";
import { vandaagInAmsterdam } from "./datum";

describe("vandaagInAmsterdam", () => {
  it("uses the Amsterdam date, not UTC, around midnight", () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1 in winter).
    expect(vandaagInAmsterdam(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    // 21:59 UTC on 30 June is 23:59 in Amsterdam (UTC+2 in summer).
    expect(vandaagInAmsterdam(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
  });
});
