/**
 * `GET /api/gezondheid` for load balancers: 200 when the database answers, 503 when it fails or
 * does not answer in time; JSON, never cached, nothing about any person.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

const opslag = vi.hoisted(() => ({ controleer: async (): Promise<void> => undefined }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/drafts/server", () => ({ controleerOpslag: () => opslag.controleer() }));

const { GET } = await import("./route");

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  opslag.controleer = async () => undefined;
});

async function vraag(): Promise<{ status: number; body: unknown; kop: Headers }> {
  const antwoord = await GET();
  return { status: antwoord.status, body: await antwoord.json(), kop: antwoord.headers };
}

describe("GET /api/gezondheid", () => {
  it("200 with JSON and no-store while the database answers", async () => {
    const { status, body, kop } = await vraag();
    expect(status).toBe(200);
    expect(body).toEqual({ status: "ok" });
    expect(kop.get("content-type")).toMatch(/^application\/json/);
    expect(kop.get("cache-control")).toBe("no-store");
  });

  it("503 when the database fails, and the reason goes to the log, not to the caller", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    opslag.controleer = async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 10.0.0.7:5432"), { code: "ECONNREFUSED" });
    };
    const { status, body, kop } = await vraag();
    expect(status).toBe(503);
    expect(body).toEqual({ status: "storing" });
    expect(kop.get("cache-control")).toBe("no-store");
    expect(JSON.stringify(body)).not.toContain("10.0.0.7");
    expect(log).toHaveBeenCalledWith(expect.stringContaining("ECONNREFUSED"));
  });

  it("503 when the database does not answer within 2 seconds (a balancer must not hang)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.useFakeTimers();
    opslag.controleer = () => new Promise(() => undefined);
    const antwoord = GET();
    await vi.advanceTimersByTimeAsync(2000);
    expect((await antwoord).status).toBe(503);
  });
});
