/**
 * Seeding: a draft written straight into the test server's store, with its session cookie in the
 * browser, for the part of a journey that starts where an earlier part ended. The clicking up to
 * there is the earlier part's business; a part that hands over ends by checking that the draft it
 * leaves behind is exactly the seed the next part starts from (`verwachtDraft`), so the parts
 * together still walk the whole journey, and a seed cannot drift from what the pages store
 * (docs/decisions/021-browsertests-snel-en-eerlijk.md).
 *
 * The store is the one the server uses (lib/drafts/server.ts): PostgreSQL when DATABASE_URL is
 * set, otherwise SQLite in the test server's data folder (playwright.config.ts).
 */
import type { BrowserContext } from "@playwright/test";
import { Drafts, formatToken, parseToken, type DraftToegang } from "@/lib/drafts/drafts";
import { PgDraftStore } from "@/lib/drafts/pg-store";
import { SqliteDraftStore } from "@/lib/drafts/sqlite-store";
import type { DraftStore } from "@/lib/drafts/store";
import { parseEnv } from "@/lib/env";
import { antwoordenSchema, type Antwoorden } from "@/lib/wizard/antwoorden";
import { expect } from "./bezoeker";

/** lib/wizard/sessie.ts's SESSIE_COOKIE (that file is server-only). A wrong name fails every seeded test at its first page. */
const SESSIE_COOKIE = "pgb-aanvraag";

async function metStore<T>(doe: (drafts: Drafts<unknown>) => Promise<T>): Promise<T> {
  const { DATABASE_URL } = parseEnv(process.env);
  const map = process.env.E2E_DATA_DIR;
  if (DATABASE_URL === undefined && map === undefined) throw new Error("E2E_DATA_DIR ontbreekt: playwright.config.ts zet die");
  const store: DraftStore = DATABASE_URL === undefined ? SqliteDraftStore.inDataDir(map ?? "") : await PgDraftStore.open(DATABASE_URL);
  try {
    return await doe(new Drafts<unknown>(store));
  } finally {
    await store.sluit();
  }
}

/**
 * A new draft holding `antwoorden` (checked against the app's own schema first, so a seed the
 * pages would silently drop fails here), and this browser's cookie set to it.
 */
export async function zaaiDraft(context: BrowserContext, baseURL: string | undefined, antwoorden: Antwoorden): Promise<void> {
  if (baseURL === undefined) throw new Error("baseURL ontbreekt: playwright.config.ts zet die");
  const geldig = antwoordenSchema.strict().parse(antwoorden);
  const { toegang, verlooptOp } = await metStore((drafts) => drafts.maak(geldig, new Date()));
  await context.addCookies([
    { name: SESSIE_COOKIE, value: formatToken(toegang), url: baseURL, httpOnly: true, sameSite: "Lax", expires: Math.floor(verlooptOp.getTime() / 1000) },
  ]);
}

async function toegangVan(context: BrowserContext): Promise<DraftToegang> {
  const cookie = (await context.cookies()).find((c) => c.name === SESSIE_COOKIE);
  const toegang = parseToken(cookie?.value);
  if (toegang === null) throw new Error("deze browser heeft geen draft");
  return toegang;
}

/** The id of this browser's draft: the database key, stored in plain text (the answers are not). */
export async function draftId(context: BrowserContext): Promise<string> {
  return (await toegangVan(context)).id;
}

/** The answers of this browser's draft, as stored. */
export async function leesDraft(context: BrowserContext): Promise<unknown> {
  const toegang = await toegangVan(context);
  const open = await metStore((drafts) => drafts.open(toegang, new Date()));
  if (open.status !== "ok") throw new Error(`de draft van deze browser: ${open.status}`);
  return open.antwoorden;
}

/**
 * Zorgverleners get a random id when they are added; a seed gives them fixed ones. Compared
 * without them (their order is compared).
 */
function zonderZorgverlenerIds(antwoorden: unknown): unknown {
  if (typeof antwoorden !== "object" || antwoorden === null || !("zorgverleners" in antwoorden) || !Array.isArray(antwoorden.zorgverleners)) return antwoorden;
  return { ...antwoorden, zorgverleners: antwoorden.zorgverleners.map((zv: unknown) => ({ ...(zv as object), id: "?" })) };
}

/** The draft this browser's journey left behind is exactly `seed` (zorgverlener ids aside). */
export async function verwachtDraft(context: BrowserContext, seed: Antwoorden): Promise<void> {
  expect(zonderZorgverlenerIds(await leesDraft(context)), "de draft is het zaad van het volgende deel").toEqual(zonderZorgverlenerIds(seed));
}
