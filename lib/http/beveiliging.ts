/**
 * The security decisions every request goes through (proxy.ts), as pure functions so they are
 * tested without a server: the Content-Security-Policy for a nonce, and whether a
 * state-changing request comes from this site (docs/decisions/020-beveiliging.md).
 */

/**
 * Scripts only with this response's nonce, and what those load ('strict-dynamic'): Next's own
 * inline bootstrap carries the nonce, so no 'unsafe-inline' and no 'unsafe-eval' in production.
 * Styles may be inline (React style attributes); nothing may be framed, posted or based elsewhere.
 * `upgrade-insecure-requests` only over HTTPS: on http://localhost it would send forms to https.
 */
export function inhoudsbeleid(nonce: string, { https, ontwikkeling }: { https: boolean; ontwikkeling: boolean }): string {
  return [
    "default-src 'self'",
    // Development needs eval for React's debugging aids; production never.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${ontwikkeling ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Features this service never uses: a page of it cannot be made to ask for them. */
export const RECHTENBELEID = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=(), browsing-topics=()";

export const HSTS = "max-age=31536000; includeSubDomains";

const VEILIGE_METHODES = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The API's routes (everything under app/api, listed exactly; beveiliging.test.ts checks the list
 * against the folder): computations that change nothing, called by other servers without an
 * Origin. Any other path, also one that merely starts with `/api/`, is checked like a page.
 */
export const API_ROUTES: ReadonlySet<string> = new Set([
  "/api/gezondheid",
  "/api/v1/beoordelingen",
  "/api/v1/openapi.json",
  "/api/v1/zorgkantoren",
  "/api/v1/zorgkantoren/suggesties",
]);

/** Every request that is not GET/HEAD/OPTIONS and not to one of the {@link API_ROUTES} may change something. */
export function verandertIets(methode: string, pad: string): boolean {
  return !VEILIGE_METHODES.has(methode.toUpperCase()) && !API_ROUTES.has(pad);
}

export type Oorsprong = { status: "eigen" } | { status: "null-eigen" } | { status: "vreemd"; reden: string };

/**
 * Whether a state-changing request comes from this site. `eigen` is this site's origin as the
 * browser uses it (`https://pgb.example.nl`: PUBLIEKE_URL, or the Host and scheme of the request
 * as lib/http/herkomst.ts decides them). Allowed: an Origin that is exactly that origin, scheme,
 * host and port. Under `Referrer-Policy: no-referrer` browsers send `Origin: null` with their own
 * form posts, so "null" is allowed only together with `Sec-Fetch-Site: same-origin`, which a
 * browser sets itself and no page can forge (a sandboxed frame elsewhere sends "cross-site"). No
 * Origin at all, or any other: refused.
 */
export function toetsOorsprong(origin: string | null, secFetchSite: string | null, eigen: string | null): Oorsprong {
  if (eigen === null || eigen === "") return { status: "vreemd", reden: "geen eigen oorsprong" };
  if (origin === null || origin === "") return { status: "vreemd", reden: "geen Origin" };
  if (origin === "null") return secFetchSite === "same-origin" ? { status: "null-eigen" } : { status: "vreemd", reden: "Origin null van buiten" };
  let gegeven: string;
  try {
    gegeven = new URL(origin).origin;
  } catch {
    return { status: "vreemd", reden: "Origin onleesbaar" };
  }
  return gegeven === eigen ? { status: "eigen" } : { status: "vreemd", reden: "andere Origin" };
}
