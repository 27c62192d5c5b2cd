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
 * The stateless API (`/api/…`) changes nothing and is called by other servers, which send no
 * Origin: it is not a state-changing request. Everything else that is not GET/HEAD/OPTIONS is.
 */
export function verandertIets(methode: string, pad: string): boolean {
  return !VEILIGE_METHODES.has(methode.toUpperCase()) && !pad.startsWith("/api/");
}

export type Oorsprong = { status: "eigen" } | { status: "null-eigen" } | { status: "vreemd"; reden: string };

/**
 * Whether a state-changing request comes from this site. `host` is the host the browser used
 * (x-forwarded-host behind a proxy, else Host). Allowed: an Origin with exactly that host. Under
 * `Referrer-Policy: no-referrer` browsers send `Origin: null` with their own form posts, so
 * "null" is allowed only together with `Sec-Fetch-Site: same-origin`, which a browser sets itself
 * and no page can forge (a sandboxed frame elsewhere sends "cross-site"). No Origin at all, or any
 * other: refused.
 */
export function toetsOorsprong(origin: string | null, secFetchSite: string | null, host: string | null): Oorsprong {
  if (host === null || host === "") return { status: "vreemd", reden: "geen host" };
  if (origin === null || origin === "") return { status: "vreemd", reden: "geen Origin" };
  if (origin === "null") return secFetchSite === "same-origin" ? { status: "null-eigen" } : { status: "vreemd", reden: "Origin null van buiten" };
  let oorsprongHost: string;
  try {
    oorsprongHost = new URL(origin).host;
  } catch {
    return { status: "vreemd", reden: "Origin onleesbaar" };
  }
  return oorsprongHost.toLowerCase() === host.toLowerCase() ? { status: "eigen" } : { status: "vreemd", reden: "andere Origin" };
}

/** The host the browser used: the first x-forwarded-host behind a proxy, else Host. */
export function browserHost(headers: Headers): string | null {
  const doorgestuurd = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return doorgestuurd !== undefined && doorgestuurd !== "" ? doorgestuurd : headers.get("host");
}
