/**
 * For tests that need servers of their own (two at once, or one to kill): the production server
 * (server.mjs, as `npm start`) of the build the test run made, and a PostgreSQL schema of their
 * own in the throwaway database of scripts/postgres-test.sh.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";

export function startServer(poort: number, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [path.join(process.cwd(), "server.mjs"), "-H", "127.0.0.1", "-p", String(poort)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
}

export async function wachtOp(basis: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(basis)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${basis} start niet`);
}

/** `url` with its connections' search_path set to `schema`: the app's tables land there. */
export function metSchema(url: string, schema: string): string {
  const adres = new URL(url);
  adres.searchParams.set("options", `-c search_path=${schema}`);
  return adres.toString();
}

/** One statement on the database at `url`, on a connection of its own. */
export async function beheer<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
