/**
 * leesSessie decrypts the draft once per server request (docs/decisions/030-snelheid.md).
 *
 * Outside a React server render `cache` from "react" is a pass-through (Vitest loads React's client
 * build, which has no request scope), so this test stands in for React's request cache: the mocked
 * `cache` memoises per "request" until `nieuwVerzoek()` starts the next one. That is the seam; the
 * test fails if leesSessie is not wrapped in `cache`, because then every call opens the draft.
 */
import type * as React from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const verzoek = vi.hoisted(() => ({ nummer: 0 }));
const nieuwVerzoek = () => void verzoek.nummer++;

vi.mock("react", async (origineel) => ({
  ...(await origineel<typeof React>()),
  cache: <A extends unknown[], R>(fn: (...args: A) => R) => {
    let bewaard: { nummer: number; waarde: R } | undefined;
    return (...args: A): R => {
      if (bewaard?.nummer !== verzoek.nummer) bewaard = { nummer: verzoek.nummer, waarde: fn(...args) };
      return bewaard.waarde;
    };
  },
}));

const cookie = vi.hoisted(() => ({ waarde: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (cookie.waarde === undefined ? undefined : { value: cookie.waarde }) }),
  headers: async () => new Headers(),
}));

const open = vi.hoisted(() => vi.fn());
vi.mock("@/lib/drafts/server", () => ({ drafts: () => ({ open }) }));

const { leesSessie, SESSIE_COOKIE } = await import("./sessie");

const TOKEN = `${"A".repeat(22)}.${"B".repeat(42)}A`;

describe("leesSessie", () => {
  beforeEach(() => {
    open.mockReset();
    open.mockResolvedValue({ status: "ok", antwoorden: {}, versie: 3, verlooptOp: new Date("2027-01-01"), aangemaaktOp: new Date("2026-12-01") });
    cookie.waarde = TOKEN;
    nieuwVerzoek();
  });

  it("is the session cookie's name", () => expect(SESSIE_COOKIE).toBe("pgb-aanvraag"));

  it("opens and decrypts the draft once for repeated calls within one request", async () => {
    const [a, b] = await Promise.all([leesSessie(), leesSessie()]);
    const c = await leesSessie();
    expect(open).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
    expect(a).toMatchObject({ status: "ok", versie: 3 });
  });

  it("opens it again in the next request, so a saved answer is read back", async () => {
    await leesSessie();
    nieuwVerzoek();
    open.mockResolvedValue({ status: "ok", antwoorden: {}, versie: 4, verlooptOp: new Date("2027-01-01"), aangemaaktOp: new Date("2026-12-01") });
    expect(await leesSessie()).toMatchObject({ status: "ok", versie: 4 });
    expect(open).toHaveBeenCalledTimes(2);
  });

  it("does not open the store without a valid cookie", async () => {
    cookie.waarde = "geen-token";
    expect(await leesSessie()).toEqual({ status: "sleutel-onjuist" });
    nieuwVerzoek();
    cookie.waarde = undefined;
    expect(await leesSessie()).toEqual({ status: "geen" });
    expect(open).not.toHaveBeenCalled();
  });
});
