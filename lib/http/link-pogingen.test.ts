import { describe, expect, it, vi } from "vitest";
import { linkPoging } from "./link-pogingen";
import { Pogingen } from "./pogingen";
import { VERBINDING_KOP, verbindingsWaarde } from "./verbinding";

vi.mock("server-only", () => ({}));

const NU = new Date("2026-12-03T12:00:00Z");
const MAX = 10;
const teller = () => new Pogingen({ max: MAX, vensterMs: 15 * 60_000, maxAdressen: 1000 });

/** A request on a connection from `van` (no trusted proxies: lib/env.ts's default). */
function verzoek(van: string, koppen: Record<string, string> = {}): Request {
  return new Request("http://127.0.0.1:3000/hervat?sleutel=x", { headers: { ...koppen, [VERBINDING_KOP]: verbindingsWaarde({ adres: van, https: false }) } });
}

describe("linkPoging", () => {
  it("200 wrong links with 200 chosen X-Forwarded-For addresses from one connection: 429 from try 11", () => {
    const p = teller();
    const statussen = Array.from({ length: 200 }, (_, i) => linkPoging(verzoek("192.0.2.10", { "x-forwarded-for": `198.51.100.${i}` }), NU, p).mislukt()?.status ?? 303);
    expect(statussen.indexOf(429)).toBe(MAX);
    expect(statussen.filter((s) => s === 303)).toHaveLength(MAX);
  });

  it("asks nothing before the link is checked: a valid link from a blocked address opens", () => {
    const p = teller();
    for (let i = 0; i < MAX; i++) expect(linkPoging(verzoek("192.0.2.20"), NU, p).mislukt()).toBeNull();
    // The valid link: the route opens it and never calls mislukt(); nothing stood in its way.
    const geldig = linkPoging(verzoek("192.0.2.20"), NU, p);
    expect(Object.keys(geldig)).toEqual(["mislukt"]);
    // The next failing try is refused, with the wait.
    const geweigerd = linkPoging(verzoek("192.0.2.20"), NU, p).mislukt();
    expect(geweigerd?.status).toBe(429);
    expect(Number(geweigerd?.headers.get("retry-after"))).toBe(15 * 60);
    // Another address is not affected.
    expect(linkPoging(verzoek("192.0.2.21"), NU, p).mislukt()).toBeNull();
  });

  it("counts an IPv6 client per /64, so it cannot step through its own addresses", () => {
    const p = teller();
    const statussen = Array.from({ length: MAX + 1 }, (_, i) => linkPoging(verzoek(`2001:db8:1:2::${(i + 1).toString(16)}`), NU, p).mislukt()?.status ?? 303);
    expect(statussen.at(-1)).toBe(429);
  });
});
