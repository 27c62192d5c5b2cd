import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES, inhoudsbeleid, toetsOorsprong, verandertIets } from "./beveiliging";

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

  it("exempts only the API's own routes, not every path that starts with /api/", () => {
    for (const pad of ["/api/", "/api/v1/anders", "/api/v1/beoordelingen/x", "/api/v2/beoordelingen", "/api-x", "/api/v1/zorgkantoren/../../aanvraag"]) {
      expect(verandertIets("POST", pad), pad).toBe(true);
    }
    expect(verandertIets("POST", "/api/v1/zorgkantoren/suggesties")).toBe(false);
  });

  it("lists exactly the route handlers under app/api", () => {
    const app = path.join(process.cwd(), "app");
    const routes = (readdirSync(path.join(app, "api"), { recursive: true, encoding: "utf8" }) as string[])
      .filter((f) => path.basename(f) === "route.ts")
      .map((f) => `/api/${path.dirname(f).split(path.sep).join("/")}`);
    expect([...API_ROUTES].sort()).toEqual(routes.sort());
  });
});

describe("toetsOorsprong", () => {
  const eigen = "https://pgb.example.nl";
  it("accepts only this site's own origin: scheme, host and port", () => {
    expect(toetsOorsprong("https://pgb.example.nl", null, eigen).status).toBe("eigen");
    expect(toetsOorsprong("https://PGB.example.nl", "same-origin", eigen).status).toBe("eigen");
    expect(toetsOorsprong("https://pgb.example.nl:443", null, eigen).status).toBe("eigen");
    expect(toetsOorsprong("https://pgb.example.nl.evil.example", null, eigen).status).toBe("vreemd");
    expect(toetsOorsprong("https://pgb.example.nl:8443", null, eigen).status).toBe("vreemd");
    expect(toetsOorsprong("http://127.0.0.1:3210", null, "http://127.0.0.1:3210").status).toBe("eigen");
  });

  it("refuses the same host and port under another scheme", () => {
    expect(toetsOorsprong("http://pgb.example.nl", null, eigen).status).toBe("vreemd");
    expect(toetsOorsprong("https://127.0.0.1:3210", null, "http://127.0.0.1:3210").status).toBe("vreemd");
    expect(toetsOorsprong("ws://127.0.0.1:3210", null, "http://127.0.0.1:3210").status).toBe("vreemd");
  });

  it("refuses a request without Origin, or with an unreadable one", () => {
    expect(toetsOorsprong(null, "same-origin", eigen).status).toBe("vreemd");
    expect(toetsOorsprong("", null, eigen).status).toBe("vreemd");
    expect(toetsOorsprong("::nonsense", null, eigen).status).toBe("vreemd");
    expect(toetsOorsprong("https://pgb.example.nl", null, null).status).toBe("vreemd");
  });

  it("accepts Origin null only from this site itself (Sec-Fetch-Site: same-origin)", () => {
    expect(toetsOorsprong("null", "same-origin", eigen).status).toBe("null-eigen");
    expect(toetsOorsprong("null", "same-site", eigen).status).toBe("vreemd");
    expect(toetsOorsprong("null", "cross-site", eigen).status).toBe("vreemd");
    expect(toetsOorsprong("null", null, eigen).status).toBe("vreemd");
  });
});
