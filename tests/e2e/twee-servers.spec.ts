/**
 * Scale: two app servers (server.mjs on two ports) share one PostgreSQL database, and
 * a journey whose every page alternates between them completes with nothing lost. Needs the
 * throwaway PostgreSQL that scripts/postgres-test.sh starts for `npm test` (TEST_DATABASE_URL).
 * Without JavaScript, so every answer is a plain form post to whichever server served the page.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { aanvraag } from "@/content/aanvraag";
import { bezoeker, expect, test, ZELF, type Bezoeker } from "./hulp/bezoeker";
import { beheer, metSchema, startServer, wachtOp } from "./hulp/eigen-server";
import {
  controleRij,
  controleerEnRondAf,
  heeftIndicatie,
  kiesRegie,
  kiesVoorWie,
  kiesWoonwens,
  kop,
  leesUitkomst,
  openStap,
  OVERZICHT,
  vulZorgprofielIn,
  zieStapStatus,
} from "./hulp/stappen";
import { indicatieVragen } from "@/content/wizard/indicatie";

const DATABASE = process.env.TEST_DATABASE_URL;
const POORTEN = [3241, 3242] as const;
const servers = POORTEN.map((p) => `http://127.0.0.1:${p}`);

test.describe("twee servers, één PostgreSQL", () => {
  test.skip(DATABASE === undefined, "geen TEST_DATABASE_URL: npm test start PostgreSQL via scripts/postgres-test.sh");

  const schema = `pgb_twee_${randomBytes(6).toString("hex")}`;
  let processen: ChildProcess[] = [];

  test.beforeAll(async ({ javaScriptEnabled }) => {
    if (javaScriptEnabled || DATABASE === undefined) return;
    await beheer(DATABASE, `CREATE SCHEMA ${schema}`);
    processen = POORTEN.map((poort) => startServer(poort, { DATABASE_URL: metSchema(DATABASE, schema) }));
    await Promise.all(servers.map(wachtOp));
  });

  test.afterAll(async () => {
    for (const p of processen) p.kill("SIGTERM");
    if (DATABASE === undefined || processen.length === 0) return;
    await beheer(DATABASE, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  test("een reis die om en om naar beide servers gaat, verliest niets", async ({ page, browser, javaScriptEnabled }) => {
    test.skip(javaScriptEnabled, "zonder JavaScript: elk antwoord is een gewone post naar de server van die pagina");
    const b: Bezoeker = bezoeker(page, { browser, javaScriptEnabled });
    let beurt = 0;
    /** The same page again, from the other server (cookies hold for 127.0.0.1 on every port). */
    const wissel = async () => {
      beurt++;
      const hier = new URL(page.url());
      await page.goto(`${servers[beurt % 2]}${hier.pathname}${hier.search}`);
      expect(new URL(page.url()).port).toBe(String(POORTEN[beurt % 2]));
    };

    await page.goto(`${servers[0]}/`);
    await kiesVoorWie(b, "zelf");
    await wissel();
    await openStap(b, "indicatie", "heeft-indicatie");
    await wissel();
    await heeftIndicatie(b, "ja");
    await wissel();
    await vulZorgprofielIn(b, "5VV");
    await wissel();
    await controleerEnRondAf(b, "indicatie");
    await wissel();
    await openStap(b, "keuze", "woonwens");
    await wissel();
    await kiesWoonwens(b, "thuis");
    await wissel();
    await kiesRegie(b, "zelf");
    await wissel();
    await leesUitkomst(b);
    await wissel();
    await controleerEnRondAf(b, "keuze");

    // Both servers tell the same story: steps 1 and 2 done, the answers as given.
    for (const server of servers) {
      await page.goto(`${server}${OVERZICHT}`);
      await expect(kop(page)).toHaveText(aanvraag.overzicht.titel);
      await zieStapStatus(b, "indicatie", "klaar");
      await zieStapStatus(b, "keuze", "klaar");
      await page.goto(`${server}/aanvraag/indicatie/controleren`);
      await expect(controleRij(page, indicatieVragen.zorgprofiel.titel(ZELF)).locator("dd").first()).toContainText("5VV");
    }
    // And it was PostgreSQL that held it (not a SQLite file the two happened to share).
    const rows = await beheer<{ aantal: string; versie: number }>(DATABASE ?? "", `SELECT count(*) AS aantal, max(versie) AS versie FROM ${schema}.drafts`);
    expect(Number(rows[0]?.aantal)).toBe(1);
    expect(rows[0]?.versie).toBeGreaterThanOrEqual(8);
  });
});
