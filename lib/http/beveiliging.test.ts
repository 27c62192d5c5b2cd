import { describe, expect, it } from "vitest";
import { browserHost, inhoudsbeleid, toetsOorsprong, verandertIets } from "./beveiliging";

describe("inhoudsbeleid", () => {
  it("allows scripts only by nonce and strict-dynamic in production", () => {
    const csp = inhoudsbeleid("abc123", { https: false, ontwikkeling: false });
    const script = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    for (const r of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(r);
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("adds eval only in development, and the https upgrade only over https", () => {
    expect(inhoudsbeleid("n", { https: false, ontwikkeling: true })).toContain("'unsafe-eval'");
    expect(inhoudsbeleid("n", { https: true, ontwikkeling: false })).toContain("upgrade-insecure-requests");
  });
});

describe("verandertIets", () => {
  it("is every non-safe method outside the stateless API", () => {
    expect(verandertIets("POST", "/aanvraag")).toBe(true);
    expect(verandertIets("delete", "/x")).toBe(true);
    expect(verandertIets("PUT", "/gedeeld/aanvraag")).toBe(true);
    expect(verandertIets("GET", "/aanvraag")).toBe(false);
    expect(verandertIets("HEAD", "/")).toBe(false);
    expect(verandertIets("OPTIONS", "/")).toBe(false);
    expect(verandertIets("POST", "/api/v1/beoordelingen")).toBe(false);
  });
});

describe("toetsOorsprong", () => {
  const host = "pgb.example.nl";
  it("accepts only this site's own origin", () => {
    expect(toetsOorsprong("https://pgb.example.nl", null, host).status).toBe("eigen");
    expect(toetsOorsprong("https://PGB.example.nl", "same-origin", host).status).toBe("eigen");
    expect(toetsOorsprong("https://pgb.example.nl.evil.example", null, host).status).toBe("vreemd");
    expect(toetsOorsprong("https://pgb.example.nl:8443", null, host).status).toBe("vreemd");
    expect(toetsOorsprong("http://127.0.0.1:3210", null, "127.0.0.1:3210").status).toBe("eigen");
  });

  it("refuses a request without Origin, or with an unreadable one", () => {
    expect(toetsOorsprong(null, "same-origin", host).status).toBe("vreemd");
    expect(toetsOorsprong("", null, host).status).toBe("vreemd");
    expect(toetsOorsprong("::nonsense", null, host).status).toBe("vreemd");
    expect(toetsOorsprong("https://pgb.example.nl", null, null).status).toBe("vreemd");
  });

  it("accepts Origin null only from this site itself (Sec-Fetch-Site: same-origin)", () => {
    expect(toetsOorsprong("null", "same-origin", host).status).toBe("null-eigen");
    expect(toetsOorsprong("null", "same-site", host).status).toBe("vreemd");
    expect(toetsOorsprong("null", "cross-site", host).status).toBe("vreemd");
    expect(toetsOorsprong("null", null, host).status).toBe("vreemd");
  });
});

describe("browserHost", () => {
  it("prefers the first X-Forwarded-Host, else Host", () => {
    expect(browserHost(new Headers({ host: "intern:3000", "x-forwarded-host": "pgb.example.nl, proxy" }))).toBe("pgb.example.nl");
    expect(browserHost(new Headers({ host: "127.0.0.1:3210" }))).toBe("127.0.0.1:3210");
    expect(browserHost(new Headers())).toBeNull();
  });
});
