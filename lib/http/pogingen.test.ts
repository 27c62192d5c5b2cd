import { describe, expect, it } from "vitest";
import { Pogingen } from "./pogingen";

const T0 = new Date("2026-11-24T12:00:00Z");
const na = (ms: number) => new Date(T0.getTime() + ms);

describe("Pogingen", () => {
  it("blocks an address after max failures within the window, and only that address", () => {
    const p = new Pogingen({ max: 3, vensterMs: 60_000, maxAdressen: 100 });
    for (let i = 0; i < 3; i++) {
      expect(p.isGeblokkeerd("a", na(i))).toBe(false);
      p.tel("a", na(i));
    }
    expect(p.isGeblokkeerd("a", na(10))).toBe(true);
    expect(p.isGeblokkeerd("b", na(10))).toBe(false);
    expect(p.wachtSeconden("a", na(10))).toBe(60);
  });

  it("lets the address try again once its failures are older than the window", () => {
    const p = new Pogingen({ max: 2, vensterMs: 60_000, maxAdressen: 100 });
    p.tel("a", na(0));
    p.tel("a", na(1000));
    expect(p.isGeblokkeerd("a", na(59_999))).toBe(true);
    expect(p.isGeblokkeerd("a", na(60_000))).toBe(false);
    expect(p.isGeblokkeerd("a", na(61_000))).toBe(false);
    expect(p.wachtSeconden("a", na(61_000))).toBe(0);
  });

  it("remembers at most maxAdressen addresses, forgetting the quietest", () => {
    const p = new Pogingen({ max: 1, vensterMs: 60_000, maxAdressen: 2 });
    p.tel("a", na(0));
    p.tel("b", na(1));
    p.tel("c", na(2));
    expect(p.isGeblokkeerd("a", na(3))).toBe(false);
    expect(p.isGeblokkeerd("b", na(3))).toBe(true);
    expect(p.isGeblokkeerd("c", na(3))).toBe(true);
  });

  it("a clock that jumps back does not count future failures", () => {
    const p = new Pogingen({ max: 1, vensterMs: 60_000, maxAdressen: 10 });
    p.tel("a", na(30_000));
    expect(p.isGeblokkeerd("a", na(0))).toBe(false);
  });
});

describe("Pogingen.probeer", () => {
  it("counts and lets through up to max, then refuses without counting", () => {
    const p = new Pogingen({ max: 3, vensterMs: 60_000, maxAdressen: 100 });
    expect([0, 1, 2, 3, 4].map((i) => p.probeer("a", na(i)))).toEqual([true, true, true, false, false]);
    expect(p.probeer("b", na(5))).toBe(true);
    // The refused tries did not count: the window ends 60 s after the first three.
    expect(p.probeer("a", na(60_000))).toBe(true);
  });
});
