/**
 * A `mailto:` address (RFC 6068) with a subject and a body: the person's own mail program sends
 * it, to whom they choose; this service sends no mail (docs/decisions/031-burgerpaginas.md).
 *
 * Every value is percent-encoded as UTF-8 with encodeURIComponent: spaces become %20 (a `+`
 * would stay a plus sign in a mail program), `&`, `=`, `?` and `#` inside a link in the body are
 * encoded so they cannot end the field, and line breaks become %0D%0A, as RFC 6068 asks.
 */
export interface Mail {
  /** Empty or left out: the person fills in the address. */
  aan?: string;
  onderwerp: string;
  tekst: string;
}

function codeer(waarde: string): string {
  return encodeURIComponent(waarde.replace(/\r\n|\r|\n/g, "\r\n"));
}

export function mailtoLink({ aan = "", onderwerp, tekst }: Mail): string {
  // In the address part only `@` may stay as it is; anything else a plain address holds is safe too.
  const adres = encodeURIComponent(aan).replace(/%40/g, "@");
  return `mailto:${adres}?subject=${codeer(onderwerp)}&body=${codeer(tekst)}`;
}
