/**
 * Faults (docs/decisions/025-opslag.md), against real production servers (server.mjs) of the build, on SQLite and on
 * PostgreSQL (the throwaway one of npm test):
 * - crash: 20 journeys save answers at the same time; the server is killed with SIGKILL in the
 *   middle and started again; every save that was answered 303 is there, readable, with what was
 *   sent (or the one save after it whose answer the kill swallowed), and nothing is half-written.
 * - concurrency: 50 saves at once to one draft, all based on the same version: exactly one wins,
 *   the other 49 get "changed elsewhere", and the version went up by one (no lost update).
 * HTTP only, as a browser without JavaScript posts: once, in the met-js project.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vraagFormulier } from "@/content/vraag-formulier";
import { expect, test } from "./hulp/bezoeker";
import { beheer, metSchema, startServer, wachtOp } from "./hulp/eigen-server";

const VRAAG = "/aanvraag/indicatie/heeft-indicatie";
const REIZEN = 20;
const DATABASE = process.env.TEST_DATABASE_URL;

interface Opslag {
  naam: string;
  env: () => Promise<Record<string, string>>;
  opruimen: () => Promise<void>;
}

function sqlite(): Opslag {
  const map = mkdtempSync(path.join(tmpdir(), "storingen-"));
  return { naam: "SQLite", env: async () => ({ DATA_DIR: map }), opruimen: async () => rmSync(map, { recursive: true, force: true }) };
}

function postgres(url: string): Opslag {
  const schema = `pgb_storing_${randomBytes(6).toString("hex")}`;
  return {
    naam: "PostgreSQL",
    env: async () => {
      await beheer(url, `CREATE SCHEMA ${schema}`);
      return { DATABASE_URL: metSchema(url, schema) };
    },
    opruimen: async () => {
      await beheer(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

/** The hidden fields and the shown answer of the one form on a page. */
function leesFormulier(html: string): { velden: Record<string, string>; gekozen: string | null } {
  const velden: Record<string, string> = {};
  for (const [invoer] of html.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) {
    const naam = /name="([^"]*)"/.exec(invoer)?.[1];
    if (naam !== undefined) velden[naam] = (/value="([^"]*)"/.exec(invoer)?.[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  }
  const gekozen = [...html.matchAll(/<input\b[^>]*name="heeftIndicatie"[^>]*>/g)].map((m) => m[0]).find((i) => /\bchecked\b/.test(i));
  return { velden, gekozen: gekozen === undefined ? null : (/value="([^"]*)"/.exec(gekozen)?.[1] ?? null) };
}

function formulier(velden: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(velden)) data.append(k, v);
  return data;
}

/** A new draft, as the start page makes it: its cookie. */
async function nieuweSessie(basis: string): Promise<string> {
  const { velden } = leesFormulier(await (await fetch(`${basis}/`)).text());
  const antwoord = await fetch(`${basis}/`, { method: "POST", body: formulier({ ...velden, voorWie: "zelf" }), redirect: "manual", headers: { origin: basis } });
  const cookie = (antwoord.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  expect(cookie).toMatch(/^pgb-aanvraag=/);
  return cookie;
}

async function leesVraag(basis: string, cookie: string) {
  const antwoord = await fetch(`${basis}${VRAAG}`, { headers: { cookie }, redirect: "manual" });
  expect(antwoord.status, `${VRAAG} opent`).toBe(200);
  return leesFormulier(await antwoord.text());
}

async function bewaar(basis: string, cookie: string, velden: Record<string, string>, versie: number, waarde: string): Promise<Response> {
  return fetch(`${basis}${VRAAG}`, {
    method: "POST",
    body: formulier({ ...velden, versie: String(versie), heeftIndicatie: waarde }),
    redirect: "manual",
    headers: { cookie, origin: basis },
  });
}

const waardeVoor = (versie: number) => (versie % 2 === 0 ? "ja" : "nee");

for (const [index, maak] of [sqlite, ...(DATABASE === undefined ? [] : [() => postgres(DATABASE)])].entries()) {
  test.describe(`storingen (${index === 0 ? "SQLite" : "PostgreSQL"})`, () => {
    test.describe.configure({ mode: "serial", timeout: 180_000 });
    const poort = 3251 + index;
    const basis = `http://127.0.0.1:${poort}`;
    let opslag: Opslag;
    let env: Record<string, string>;
    let server: ChildProcess | undefined;

    test.beforeAll(async ({ javaScriptEnabled }) => {
      if (!javaScriptEnabled) return;
      opslag = maak();
      env = await opslag.env();
      server = startServer(poort, env);
      await wachtOp(basis);
    });

    test.afterAll(async () => {
      server?.kill("SIGKILL");
      await opslag?.opruimen();
    });

    test("SIGKILL midden in 20 reizen: elke beantwoorde opslag is er nog, heel en leesbaar", async ({ javaScriptEnabled }) => {
      test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer, in het project met JavaScript");
      const reizen = await Promise.all(
        Array.from({ length: REIZEN }, async () => {
          const cookie = await nieuweSessie(basis);
          const { velden } = await leesVraag(basis, cookie);
          return { cookie, velden, bevestigd: Number(velden.versie) };
        }),
      );
      let beantwoord = 0;
      let gedood = false;
      const huidig = server;
      await Promise.all(
        reizen.map(async (reis) => {
          // Save after save, each on the version the last answered save made, until the server dies.
          for (;;) {
            const volgende = reis.bevestigd + 1;
            try {
              const antwoord = await bewaar(basis, reis.cookie, reis.velden, reis.bevestigd, waardeVoor(volgende));
              if (antwoord.status !== 303) throw new Error(`status ${antwoord.status}`);
            } catch {
              return;
            }
            reis.bevestigd = volgende;
            beantwoord++;
            if (beantwoord >= 200 && !gedood) {
              gedood = true;
              huidig?.kill("SIGKILL");
            }
          }
        }),
      );
      expect(gedood, "de server is midden in het opslaan gestopt").toBe(true);

      server = startServer(poort, env);
      await wachtOp(basis);
      for (const reis of reizen) {
        // Readable (it opens), and what was sent: the last answered save, or the one after it
        // whose 303 the kill swallowed. Never something in between or nothing.
        const { velden, gekozen } = await leesVraag(basis, reis.cookie);
        const versie = Number(velden.versie);
        expect([reis.bevestigd, reis.bevestigd + 1]).toContain(versie);
        expect(gekozen).toBe(waardeVoor(versie));
      }
    });

    test("50 keer tegelijk opslaan op één versie: één wint, 49 horen 'ergens anders gewijzigd'", async ({ javaScriptEnabled }) => {
      test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer, in het project met JavaScript");
      const cookie = await nieuweSessie(basis);
      const { velden } = await leesVraag(basis, cookie);
      const versie = Number(velden.versie);
      const antwoorden = await Promise.all(Array.from({ length: 50 }, (_, i) => bewaar(basis, cookie, velden, versie, i % 2 === 0 ? "ja" : "nee")));
      const gewonnen = antwoorden.filter((a) => a.status === 303);
      expect(gewonnen).toHaveLength(1);
      const verloren = await Promise.all(antwoorden.filter((a) => a.status !== 303).map(async (a) => ({ status: a.status, tekst: await a.text() })));
      for (const v of verloren) {
        expect(v.status).toBe(200);
        expect(v.tekst).toContain(vraagFormulier.gewijzigd.titel);
      }
      const na = await leesVraag(basis, cookie);
      expect(Number(na.velden.versie)).toBe(versie + 1);
      expect(na.gekozen).not.toBeNull();
    });
  });
}
