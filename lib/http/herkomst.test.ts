import { describe, expect, it } from "vitest";
import { herkomst, normaliseerAdres, proxyLijst, telSleutel, verzoekHerkomst } from "./herkomst";
import { leesVerbinding, VERBINDING_KOP, verbindingsWaarde } from "./verbinding";

const geen = { vertrouwd: proxyLijst([]) };
const achterProxy = { vertrouwd: proxyLijst(["10.0.0.0/8", "2001:db8:ffff::1"]) };
const direct = (adres: string, https = false) => ({ adres, https });

describe("herkomst: the client's address", () => {
  it("without trusted proxies: the connection's address, whatever X-Forwarded-For says", () => {
    for (const xff of ["203.0.113.9", "203.0.113.9, 198.51.100.1", "127.0.0.1"]) {
      expect(herkomst(new Headers({ "x-forwarded-for": xff }), direct("192.0.2.44"), geen).adres, xff).toBe("192.0.2.44");
    }
    expect(herkomst(new Headers(), direct("::ffff:192.0.2.44"), geen).adres).toBe("192.0.2.44");
  });

  it("200 chosen X-Forwarded-For addresses from one connection are one address", () => {
    const adressen = new Set(Array.from({ length: 200 }, (_, i) => herkomst(new Headers({ "x-forwarded-for": `198.51.100.${i}` }), direct("192.0.2.7"), geen).adres));
    expect([...adressen]).toEqual(["192.0.2.7"]);
  });

  it("from a trusted proxy: the nearest X-Forwarded-For entry that is not a trusted proxy", () => {
    const h = (xff: string) => new Headers({ "x-forwarded-for": xff });
    // The client put 203.0.113.9 in front; the proxy appended the address it saw.
    expect(herkomst(h("203.0.113.9, 198.51.100.20"), direct("10.1.2.3"), achterProxy).adres).toBe("198.51.100.20");
    // Two trusted proxies in a row.
    expect(herkomst(h("203.0.113.9, 198.51.100.20, 10.9.9.9"), direct("10.1.2.3"), achterProxy).adres).toBe("198.51.100.20");
    // A port and IPv6 brackets, as some proxies write them.
    expect(herkomst(h("198.51.100.20:4711"), direct("10.1.2.3"), achterProxy).adres).toBe("198.51.100.20");
    expect(herkomst(h("[2001:DB8::5]:4711, 2001:db8:ffff::1"), direct("10.1.2.3"), achterProxy).adres).toBe("2001:db8::5");
    // Nothing but proxies (a health check from inside): the leftmost, else the connection.
    expect(herkomst(h("10.0.0.5"), direct("10.1.2.3"), achterProxy).adres).toBe("10.0.0.5");
    expect(herkomst(new Headers(), direct("10.1.2.3"), achterProxy).adres).toBe("10.1.2.3");
  });

  it("an untrusted connection is not believed even when it names a trusted proxy", () => {
    expect(herkomst(new Headers({ "x-forwarded-for": "10.0.0.1" }), direct("192.0.2.44"), achterProxy).adres).toBe("192.0.2.44");
  });

  it("is 'onbekend' without a known connection", () => {
    expect(herkomst(new Headers({ "x-forwarded-for": "203.0.113.9" }), null, achterProxy).adres).toBe("onbekend");
  });
});

describe("herkomst: the origin the browser used", () => {
  it("without trusted proxies: Host and the connection's scheme; X-Forwarded-Host/-Proto are ignored", () => {
    const koppen = new Headers({ host: "127.0.0.1:3331", "x-forwarded-host": "kwaad.example", "x-forwarded-proto": "https" });
    expect(herkomst(koppen, direct("192.0.2.1"), geen)).toMatchObject({ oorsprong: "http://127.0.0.1:3331", https: false });
    expect(herkomst(new Headers({ host: "pgb.example.nl" }), direct("192.0.2.1", true), geen)).toMatchObject({ oorsprong: "https://pgb.example.nl", https: true });
  });

  it("from a trusted proxy: its X-Forwarded-Host and -Proto (the last value, the one it wrote)", () => {
    const koppen = new Headers({ host: "app:3000", "x-forwarded-host": "kwaad.example, pgb.example.nl", "x-forwarded-proto": "http, HTTPS" });
    expect(herkomst(koppen, direct("10.0.0.2"), achterProxy)).toMatchObject({ oorsprong: "https://pgb.example.nl", https: true });
    expect(herkomst(new Headers({ host: "pgb.example.nl:8443", "x-forwarded-proto": "https" }), direct("10.0.0.2"), achterProxy).oorsprong).toBe("https://pgb.example.nl:8443");
    expect(herkomst(new Headers({ host: "pgb.example.nl:443", "x-forwarded-proto": "https" }), direct("10.0.0.2"), achterProxy).oorsprong).toBe("https://pgb.example.nl");
  });

  it("PUBLIEKE_URL wins over every header", () => {
    const koppen = new Headers({ host: "kwaad.example", "x-forwarded-host": "kwaad.example" });
    expect(herkomst(koppen, direct("10.0.0.2"), { ...achterProxy, publiekeUrl: "https://pgb.example.nl" })).toMatchObject({ oorsprong: "https://pgb.example.nl", https: true });
    expect(herkomst(koppen, null, { ...geen, publiekeUrl: "http://localhost:3000" })).toMatchObject({ oorsprong: "http://localhost:3000", https: false });
  });

  it("no origin from a Host that is not a host", () => {
    for (const host of ["", "kwaad.example/pad", "a b", "x@kwaad.example", "x".repeat(300)]) {
      expect(herkomst(new Headers(host === "" ? {} : { host }), direct("192.0.2.1"), geen).oorsprong, host).toBeNull();
    }
  });
});

describe("addresses", () => {
  it("normalises mapped IPv4, ports and case", () => {
    expect(normaliseerAdres("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseerAdres("192.0.2.1:80")).toBe("192.0.2.1");
    expect(normaliseerAdres("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normaliseerAdres("2001:DB8::1")).toBe("2001:db8::1");
  });

  it("counts IPv6 per /64, IPv4 per address", () => {
    expect(telSleutel("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(telSleutel("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(telSleutel("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(telSleutel("::1")).toBe("0:0:0:0::/64");
    expect(telSleutel("192.0.2.1")).toBe("192.0.2.1");
    expect(telSleutel("onbekend")).toBe("onbekend");
  });

  it("matches trusted proxies by address and CIDR, IPv4 and IPv6", () => {
    const lijst = proxyLijst(["127.0.0.1", "10.0.0.0/8", "2001:db8::/32"]);
    expect(lijst("127.0.0.1")).toBe(true);
    expect(lijst("127.0.0.2")).toBe(false);
    expect(lijst("10.255.0.1")).toBe(true);
    expect(lijst("11.0.0.1")).toBe(false);
    expect(lijst("2001:db8:5::1")).toBe(true);
    expect(lijst("2001:db9::1")).toBe(false);
    expect(lijst("onbekend")).toBe(false);
  });
});

describe("the connection header", () => {
  it("is believed only with this process's secret", () => {
    const echt = new Headers({ [VERBINDING_KOP]: verbindingsWaarde({ adres: "2001:db8::7", https: true }) });
    expect(leesVerbinding(echt)).toEqual({ adres: "2001:db8::7", https: true });
    for (const vals of ["x;0;192.0.2.1", "192.0.2.1", "", ";0;192.0.2.1"]) {
      expect(leesVerbinding(new Headers({ [VERBINDING_KOP]: vals })), vals).toBeNull();
    }
    expect(leesVerbinding(new Headers())).toBeNull();
  });

  it("a forged connection header makes the address unknown, not the forged one", () => {
    const koppen = new Headers({ [VERBINDING_KOP]: "geraden;0;198.51.100.99", "x-forwarded-for": "198.51.100.99" });
    expect(verzoekHerkomst(koppen).adres).toBe("onbekend");
  });
});
