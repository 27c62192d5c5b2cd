/**
 * Server configuration from environment variables, parsed and checked once. A bad value stops the
 * server with a clear message instead of surfacing later as a strange failure.
 */
import * as z from "zod";

// An empty variable (`DATA_DIR=` in a compose file) means "not set", not "the empty path".
const leegIsOnbekend = (waarde: unknown): unknown => (waarde === "" ? undefined : waarde);

const EnvSchema = z.object({
  DATA_DIR: z.preprocess(leegIsOnbekend, z.string().default("./data")),
  DRAFT_LOOPTIJD_DAGEN: z.preprocess(leegIsOnbekend, z.coerce.number().int().min(1).max(365).default(30)),
  // Set: drafts live in this PostgreSQL database (several app servers may share it). Unset: SQLite
  // in DATA_DIR. Only the scheme is checked here; the rest is pg's to parse. The message never
  // repeats the value, which holds the database password.
  DATABASE_URL: z.preprocess(
    leegIsOnbekend,
    z.string().regex(/^postgres(?:ql)?:\/\//, "moet beginnen met postgres:// of postgresql://").optional(),
  ),
  // Storage and operations (docs/decisions/025-opslag.md). A JSON file with yearly parameters,
  // merged over the built-in dated data; checked at start (lib/parameters/jaarparameters.ts).
  PARAMETERS_BESTAND: z.preprocess(leegIsOnbekend, z.string().max(4096).optional()),
});

export type Env = z.infer<typeof EnvSchema>;

/** Pure, for tests: parses the given variables. Throws with every problem listed. */
export function parseEnv(bron: Readonly<Record<string, string | undefined>>): Env {
  const resultaat = EnvSchema.safeParse(bron);
  if (!resultaat.success) throw new Error(`Ongeldige omgevingsvariabelen:\n${z.prettifyError(resultaat.error)}`);
  return resultaat.data;
}

let geparsed: Env | undefined;

/** Parsed on first use rather than at import, so building and importing never need the variables. */
export function env(): Env {
  geparsed ??= parseEnv(process.env);
  return geparsed;
}
