/**
 * Server configuration from environment variables, parsed and checked once. A bad value stops the
 * server with a clear message instead of surfacing later as a strange failure.
 */
import { isIP } from "node:net";
import * as z from "zod";

// An empty variable (`DATA_DIR=` in a compose file) means "not set", not "the empty path".
const leegIsOnbekend = (waarde: unknown): unknown => (waarde === "" ? undefined : waarde);

/**
 * The network and its limits (docs/decisions/023-grenzen.md): who is trusted to say where a
 * request came from, the address links are made for, the cookie's Secure flag and the
 * per-address limits. Kept together so other settings can be added around them.
 */
const NETWERK_EN_GRENZEN = {
  // Comma-separated IPs or CIDRs of the proxies in front of this server. Only a request whose
  // connection comes from one of them may say (X-Forwarded-For/-Host/-Proto) where it came from.
  VERTROUWDE_PROXIES: z.preprocess(leegIsOnbekend, z.string().default("")).transform((tekst, ctx) => {
    const lijst = tekst.split(",").map((d) => d.trim()).filter((d) => d !== "");
    for (const d of lijst) if (!isIpOfCidr(d)) ctx.addIssue({ code: "custom", message: `geen IP-adres of CIDR: ${d}` });
    return lijst;
  }),
  // The address people reach this site on (https://pgb.example.nl): links in pages and PDFs use
  // it, and it is the only origin the origin check accepts. Only scheme, host and port count.
  PUBLIEKE_URL: z.preprocess(
    leegIsOnbekend,
    z
      .url({ protocol: /^https?$/, error: "moet een http(s)-adres zijn, zoals https://pgb.example.nl" })
      .transform((url) => new URL(url).origin)
      .optional(),
  ),
  // "1": the cookie is Secure also when no trusted proxy says the request came over HTTPS.
  COOKIE_SECURE: z.preprocess(leegIsOnbekend, z.enum(["0", "1"]).default("0")).transform((waarde) => waarde === "1"),
  // Failed resume/share link openings per address per 15 minutes before 429.
  LINK_POGINGEN_MAX: z.preprocess(leegIsOnbekend, z.coerce.number().int().min(1).max(1_000_000).default(10)),
  // New drafts plus new share links per address per 15 minutes before "te vaak".
  AANMAKEN_MAX: z.preprocess(leegIsOnbekend, z.coerce.number().int().min(1).max(1_000_000).default(30)),
};

/** `192.0.2.1`, `2001:db8::1`, `10.0.0.0/8` or `2001:db8::/32`. */
function isIpOfCidr(tekst: string): boolean {
  const [adres = "", prefix, ...rest] = tekst.split("/");
  const soort = isIP(adres);
  if (soort === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (soort === 4 ? 32 : 128);
}

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
  ...NETWERK_EN_GRENZEN,
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
