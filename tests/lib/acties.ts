/**
 * A harness to call the real server actions (and cookie-setting route handlers) in Vitest,
 * without a Next server: Next's request-scoped APIs are replaced by plain in-memory ones.
 *
 * - `next/headers`: one cookie jar and one set of request headers for the whole test file, which
 *   the test sets up per "request" (`wisKoekjes`, `zetKoekje`, `kopregels`).
 * - `next/navigation`: `redirect`/`permanentRedirect`/`notFound` throw {@link Doorverwezen}
 *   carrying the path, the way Next's own versions throw to end the action; {@link roep} turns
 *   that into a value, and lets every other exception through, because in Next that would be a
 *   500 (an error page for the person).
 * - `@/lib/drafts/server`: `drafts()`/`deellinken()` on one SqliteDraftStore(":memory:"), so the
 *   test can open the very draft an action stored (`opslag()`, `ruweDraft`).
 * - `server-only`: empty (its real module throws outside a React Server bundle).
 *
 * Import this module BEFORE any module that uses those: the mocks are registered when this file
 * is evaluated (vi.mock is hoisted within it), and an already-evaluated module keeps the real
 * imports. Test files therefore load the actions with a dynamic import after this one.
 */
import { vi } from "vitest";
import { Deellinken } from "@/lib/drafts/deellinks";
import { Drafts, formatToken, parseToken, type DraftToegang } from "@/lib/drafts/drafts";
import { SqliteDraftStore } from "@/lib/drafts/sqlite-store";
import { VERBINDING_KOP, verbindingsWaarde } from "@/lib/http/verbinding";
import type { FormulierStatus } from "@/lib/wizard/formulier-status";

/** The cookie names of lib/wizard/sessie.ts and lib/delen/sessie.ts; repeated here so this file imports neither before the mocks. */
export const SESSIE_COOKIE = "pgb-aanvraag";
export const DEEL_COOKIE = "pgb-gedeeld";

interface Koekje {
  name: string;
  value: string;
  opties: Record<string, unknown>;
}

// vi.hoisted: the mock factories below are hoisted above the imports, so everything they use must
// be created in here (plain JavaScript only, no imported bindings).
const staat = vi.hoisted(() => {
  /** What Next's redirect() and notFound() do: end the action by throwing. */
  class Doorverwezen extends Error {
    constructor(
      readonly pad: string,
      readonly soort: "redirect" | "notFound",
    ) {
      super(`${soort}: ${pad}`);
      this.name = "Doorverwezen";
    }
  }
  return {
    Doorverwezen,
    koekjes: new Map<string, { name: string; value: string; opties: Record<string, unknown> }>(),
    // Same-origin defaults: an action that checks Origin (docs/decisions/020-beveiliging.md) sees a normal form post.
    kopregels: new Headers(),
    opslag: null as null | (() => unknown),
  };
});

export const Doorverwezen = staat.Doorverwezen;
export type Doorverwezen = InstanceType<typeof staat.Doorverwezen>;

vi.mock("server-only", () => ({}));

vi.mock("next/navigation", () => ({
  redirect: (pad: string): never => {
    throw new staat.Doorverwezen(pad, "redirect");
  },
  permanentRedirect: (pad: string): never => {
    throw new staat.Doorverwezen(pad, "redirect");
  },
  notFound: (): never => {
    throw new staat.Doorverwezen("", "notFound");
  },
}));

vi.mock("next/headers", () => {
  // The subset of Next's RequestCookies/ResponseCookies the app uses, on one Map.
  const jar = {
    get: (naam: string | { name: string }) => {
      const k = staat.koekjes.get(typeof naam === "string" ? naam : naam.name);
      return k === undefined ? undefined : { name: k.name, value: k.value };
    },
    getAll: () => [...staat.koekjes.values()].map((k) => ({ name: k.name, value: k.value })),
    has: (naam: string) => staat.koekjes.has(naam),
    set: (naamOfKoekje: string | { name: string; value: string }, waarde?: string, opties: Record<string, unknown> = {}) => {
      const k = typeof naamOfKoekje === "string" ? { name: naamOfKoekje, value: waarde ?? "", opties } : { opties: {}, ...naamOfKoekje };
      staat.koekjes.set(k.name, k);
      return jar;
    },
    delete: (naam: string | { name: string }) => {
      staat.koekjes.delete(typeof naam === "string" ? naam : naam.name);
      return jar;
    },
  };
  return {
    cookies: async () => jar,
    headers: async () => staat.kopregels,
    draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
  };
});

vi.mock("@/lib/drafts/server", () => ({
  drafts: () => (staat.opslag?.() as Opslag).drafts,
  deellinken: () => (staat.opslag?.() as Opslag).deellinken,
}));

export interface Opslag {
  store: SqliteDraftStore;
  drafts: Drafts<unknown>;
  deellinken: Deellinken;
}

let huidig: Opslag | null = null;
staat.opslag = () => opslag();

/** The store behind the mocked `@/lib/drafts/server`, made on first use. */
export function opslag(): Opslag {
  if (huidig === null) {
    const store = new SqliteDraftStore(":memory:");
    huidig = { store, drafts: new Drafts<unknown>(store), deellinken: new Deellinken(store) };
  }
  return huidig;
}

/** A fresh, empty store (the old one is closed). */
export async function nieuweOpslag(): Promise<Opslag> {
  await huidig?.store.sluit();
  huidig = null;
  return opslag();
}

export const ORIGIN = "http://localhost:3000";

let verbindingen = 0;

/**
 * An empty jar and same-origin request headers, as a new browser's first form post has; on a
 * connection of its own (lib/http/verbinding.ts), so the per-address limits count each browser apart.
 */
export function nieuwVerzoek(): void {
  staat.koekjes.clear();
  for (const naam of [...staat.kopregels.keys()]) staat.kopregels.delete(naam);
  verbindingen++;
  staat.kopregels.set(VERBINDING_KOP, verbindingsWaarde({ adres: `10.${(verbindingen >> 16) & 255}.${(verbindingen >> 8) & 255}.${verbindingen & 255}`, https: false }));
  staat.kopregels.set("host", "localhost:3000");
  staat.kopregels.set("origin", ORIGIN);
  staat.kopregels.set("content-type", "multipart/form-data; boundary=x");
}
nieuwVerzoek();

/** The request headers the mocked `headers()` returns; tests may change them. */
export const kopregels = (): Headers => staat.kopregels;

export function koekje(naam: string): string | undefined {
  return staat.koekjes.get(naam)?.value;
}

export function koekjeOpties(naam: string): Record<string, unknown> | undefined {
  return staat.koekjes.get(naam)?.opties;
}

export function zetKoekje(naam: string, waarde: string): void {
  staat.koekjes.set(naam, { name: naam, value: waarde, opties: {} } satisfies Koekje);
}

export function wisKoekje(naam: string): void {
  staat.koekjes.delete(naam);
}

/** The owner's draft: stored directly (no action), with the session cookie set to it. */
export async function zetDraft(antwoorden: unknown, nu = new Date()): Promise<{ toegang: DraftToegang; versie: number }> {
  const { toegang, versie } = await opslag().drafts.maak(antwoorden, nu);
  zetKoekje(SESSIE_COOKIE, formatToken(toegang));
  return { toegang, versie };
}

/** What an action ended with: a returned value, or the redirect it threw. */
export type Uitkomst<T> = { soort: "status"; status: T } | { soort: "doorverwezen"; pad: string; via: "redirect" | "notFound" };

/**
 * Runs an action. A redirect/notFound becomes a value; ANY other exception is rethrown, since in
 * Next it would reach the person as a server error.
 */
export async function roep<T>(actie: () => Promise<T>): Promise<Uitkomst<T>> {
  try {
    return { soort: "status", status: await actie() };
  } catch (fout) {
    if (fout instanceof staat.Doorverwezen) return { soort: "doorverwezen", pad: fout.pad, via: fout.soort };
    throw fout;
  }
}

export type Veld = readonly [string, string | File];

export function formData(velden: Iterable<Veld>): FormData {
  const fd = new FormData();
  for (const [naam, waarde] of velden) fd.append(naam, waarde);
  return fd;
}

/** The draft behind the session cookie as stored: raw JSON, not passed through any schema. */
export async function ruweDraft(
  cookieNaam: string = SESSIE_COOKIE,
  nu = new Date(),
): Promise<{ status: "ok"; antwoorden: unknown; versie: number } | { status: "geen-cookie" | "niet-gevonden" | "verlopen" | "sleutel-onjuist" }> {
  const toegang = parseToken(koekje(cookieNaam));
  if (toegang === null) return { status: "geen-cookie" };
  const open = await opslag().drafts.open(toegang, nu);
  return open.status === "ok" ? { status: "ok", antwoorden: open.antwoorden, versie: open.versie } : { status: open.status };
}

/** The version of the session's draft, for a form's hidden `versie` field (0 without a draft). */
export async function huidigeVersie(cookieNaam: string = SESSIE_COOKIE): Promise<number> {
  const draft = await ruweDraft(cookieNaam);
  return draft.status === "ok" ? draft.versie : 0;
}

/** Whether a value is what a form action returns instead of redirecting. */
export function isFormulierStatus(waarde: unknown): waarde is FormulierStatus {
  if (typeof waarde !== "object" || waarde === null) return false;
  const { fouten, waarden, gewijzigd } = waarde as Record<string, unknown>;
  const isTekstRecord = (r: unknown, lijstMag: boolean) =>
    typeof r === "object" &&
    r !== null &&
    !Array.isArray(r) &&
    Object.values(r).every((w) => typeof w === "string" || (lijstMag && Array.isArray(w) && w.every((x) => typeof x === "string")));
  return isTekstRecord(fouten, false) && isTekstRecord(waarden, true) && (gewijzigd === undefined || typeof gewijzigd === "boolean");
}

/** Makes the current request come from `adres` (its connection's address; lib/http/verbinding.ts). */
export function vanAdres(adres: string): void {
  staat.kopregels.set(VERBINDING_KOP, verbindingsWaarde({ adres, https: false }));
}

/** The headers of a request from `adres`, for a hand-made NextRequest. */
export function adresKop(adres: string): Record<string, string> {
  return { [VERBINDING_KOP]: verbindingsWaarde({ adres, https: false }) };
}
