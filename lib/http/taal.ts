/**
 * The language of an API answer from the request's Accept-Language (RFC 9110 §12.5.4): the
 * supported language with the highest weight, the first named on a tie. A range matches by its
 * primary subtag ("en-GB" is English), "*" stands for any supported language the header does not
 * name itself, q=0 means "not this one". Dutch when nothing matches, when the header is missing,
 * too long or malformed: a client's odd header never fails the request
 * (docs/decisions/028-redenen-als-gegevens.md, addendum 2026-12-05).
 */
import { isTaal, STANDAARDTAAL, TALEN, type Taal } from "@/content/taal";

/** The cookie that holds the language chosen with the switch (app/taal/route.ts). */
export const TAAL_COOKIE = "taal";

/**
 * A page's language (docs/decisions/032-talen.md): the chosen one from the `taal` cookie when it
 * is a language we have, else the best match of Accept-Language, else Dutch.
 */
export function taalVanVerzoek(cookie: string | undefined, acceptLanguage: string | null | undefined): Taal {
  if (cookie !== undefined && isTaal(cookie)) return cookie;
  return taalUitAcceptLanguage(acceptLanguage);
}

/** Longer headers are ignored unread; real browsers send well under 100 characters. */
export const MAX_ACCEPT_LANGUAGE = 256;

const BEREIK = /^(?:\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$/;
const GEWICHT = /^[qQ][ \t]*=[ \t]*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** Without the optional whitespace of RFC 9110 (space and tab): String.trim would also take U+00A0. */
const ows = (s: string): string => s.replace(/^[ \t]+|[ \t]+$/g, "");

interface Keuze {
  taal: string;
  q: number;
}

/** The entries of the header, or null when any entry is malformed. */
function keuzes(header: string): Keuze[] | null {
  const uit: Keuze[] = [];
  for (const deel of header.split(",")) {
    // The list syntax of RFC 9110 §5.6.1 allows empty elements ("en,,nl").
    if (ows(deel) === "") continue;
    const [bereik = "", ...parameters] = deel.split(";").map(ows);
    if (!BEREIK.test(bereik) || parameters.length > 1) return null;
    let q = 1;
    if (parameters.length === 1) {
      const gewicht = GEWICHT.exec(parameters[0] ?? "");
      if (gewicht === null) return null;
      q = Number(gewicht[1]);
    }
    uit.push({ taal: bereik === "*" ? "*" : (bereik.split("-")[0] ?? "").toLowerCase(), q });
  }
  return uit;
}

export function taalUitAcceptLanguage(header: string | null | undefined): Taal {
  if (header === null || header === undefined || header.length > MAX_ACCEPT_LANGUAGE) return STANDAARDTAAL;
  const lijst = keuzes(header);
  if (lijst === null) return STANDAARDTAAL;
  const genoemd = new Set(lijst.map((k) => k.taal));
  // "*" is the supported languages the header does not name, the default first.
  const overig = [STANDAARDTAAL, ...TALEN].filter((t) => !genoemd.has(t));
  let beste: { taal: Taal; q: number } | null = null;
  for (const { taal, q } of lijst) {
    const kandidaat = taal === "*" ? overig[0] : isTaal(taal) ? taal : undefined;
    if (kandidaat === undefined || q === 0) continue;
    if (beste === null || q > beste.q) beste = { taal: kandidaat, q };
  }
  return beste?.taal ?? STANDAARDTAAL;
}
