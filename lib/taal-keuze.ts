/**
 * Where the language switch goes back to (docs/decisions/032-talen.md): only a path on this site,
 * so the switch can never send someone to another site (an open redirect).
 */

/** Longer than any address of this site; a longer one is not ours. */
export const MAX_TERUG = 2048;

/** `pad` when it is a path on this site (`/aanvraag?x=1`), else null. */
export function eigenPad(pad: string | null): string | null {
  if (pad === null || pad.length > MAX_TERUG) return null;
  // "/" then not "/" or "\": "//host" and "/\host" are other sites to a browser. No whitespace or
  // control characters, which browsers strip before they resolve an address.
  if (!/^\/(?![/\\])[^\s\x00-\x1f\x7f]*$/.test(pad)) return null;
  const basis = "http://deze-site.invalid";
  let url: URL;
  try {
    url = new URL(pad, basis);
  } catch {
    return null;
  }
  return url.origin === basis ? url.pathname + url.search : null;
}
