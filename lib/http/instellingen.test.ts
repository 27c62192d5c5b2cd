// The network and limit settings of lib/env.ts (docs/decisions/023-grenzen.md).
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("settings of the network and its limits", () => {
  it("defaults: no trusted proxy, no public address, cookie not forced Secure, 10 failed links, 30 new drafts and links", () => {
    expect(parseEnv({})).toMatchObject({ VERTROUWDE_PROXIES: [], COOKIE_SECURE: false, LINK_POGINGEN_MAX: 10, AANMAKEN_MAX: 30 });
    expect(parseEnv({ VERTROUWDE_PROXIES: "", PUBLIEKE_URL: "", COOKIE_SECURE: "", LINK_POGINGEN_MAX: "", AANMAKEN_MAX: "" })).toMatchObject({
      VERTROUWDE_PROXIES: [],
      COOKIE_SECURE: false,
      LINK_POGINGEN_MAX: 10,
      AANMAKEN_MAX: 30,
    });
    expect(parseEnv({}).PUBLIEKE_URL).toBeUndefined();
  });

  it("reads trusted proxies as IPs and CIDRs, and refuses anything else", () => {
    expect(parseEnv({ VERTROUWDE_PROXIES: " 10.0.0.1, 192.168.0.0/16,2001:db8::/32 ,::1" }).VERTROUWDE_PROXIES).toEqual(["10.0.0.1", "192.168.0.0/16", "2001:db8::/32", "::1"]);
    for (const fout of ["proxy.intern", "10.0.0.0/33", "10.0.0.1/8/1", "2001:db8::/129", "10.0.0", "*"]) {
      expect(() => parseEnv({ VERTROUWDE_PROXIES: fout }), fout).toThrow(/VERTROUWDE_PROXIES/);
    }
  });

  it("keeps only the origin of PUBLIEKE_URL, and refuses what is not an http(s) address", () => {
    expect(parseEnv({ PUBLIEKE_URL: "https://PGB.example.nl/pad?x=1" }).PUBLIEKE_URL).toBe("https://pgb.example.nl");
    expect(parseEnv({ PUBLIEKE_URL: "http://127.0.0.1:3000" }).PUBLIEKE_URL).toBe("http://127.0.0.1:3000");
    expect(parseEnv({ PUBLIEKE_URL: "https://pgb.example.nl:443" }).PUBLIEKE_URL).toBe("https://pgb.example.nl");
    for (const fout of ["pgb.example.nl", "ftp://pgb.example.nl", "javascript:alert(1)"]) {
      expect(() => parseEnv({ PUBLIEKE_URL: fout }), fout).toThrow(/PUBLIEKE_URL/);
    }
  });

  it("reads COOKIE_SECURE as 0 or 1 only", () => {
    expect(parseEnv({ COOKIE_SECURE: "1" }).COOKIE_SECURE).toBe(true);
    expect(parseEnv({ COOKIE_SECURE: "0" }).COOKIE_SECURE).toBe(false);
    expect(() => parseEnv({ COOKIE_SECURE: "ja" })).toThrow(/COOKIE_SECURE/);
  });

  it("reads the limits as whole numbers from 1", () => {
    expect(parseEnv({ LINK_POGINGEN_MAX: "40", AANMAKEN_MAX: "5" })).toMatchObject({ LINK_POGINGEN_MAX: 40, AANMAKEN_MAX: 5 });
    for (const fout of ["0", "-1", "1.5", "tien"]) {
      expect(() => parseEnv({ LINK_POGINGEN_MAX: fout }), fout).toThrow(/LINK_POGINGEN_MAX/);
      expect(() => parseEnv({ AANMAKEN_MAX: fout }), fout).toThrow(/AANMAKEN_MAX/);
    }
  });
});
