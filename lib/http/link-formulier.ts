/**
 * What a page or route that opens a resume or share link needs besides the link itself
 * (docs/decisions/022-links-openen.md): the `sleutel` field of the page's own form, read within a
 * small byte limit (the language switch reads its two fields the same way), and a Request with the incoming headers for `linkPoging`, for a page that has
 * no Request of its own (a server component only has `headers()`).
 */
import "server-only";
import { leesBegrensd } from "./json-body";

/** The form holds one hidden field of 66 characters; anything near this limit is not that form. */
export const MAX_LINK_FORMULIER_BYTES = 2048;

const FORMULIER_TYPE = /^(?:application\/x-www-form-urlencoded|multipart\/form-data)\s*(?:;.*)?$/i;

/**
 * The fields of a small form post (a few hidden fields, within `maxBytes`),
 * or null: another content type, a body over the limit, a broken stream. Never throws.
 */
export async function kleinFormulier(request: Request, maxBytes = MAX_LINK_FORMULIER_BYTES): Promise<FormData | null> {
  const type = request.headers.get("content-type");
  if (type === null || !FORMULIER_TYPE.test(type.trim())) return null;
  const opgegeven = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(opgegeven) && opgegeven > maxBytes) return null;
  const bytes = await leesBegrensd(request, maxBytes);
  if (bytes === null || bytes === "afgebroken") return null;
  try {
    // The bytes read within the limit, parsed by the platform's own form parser.
    return await new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData();
  } catch {
    return null;
  }
}

/** A field posted once, as text; null when it is missing, given twice or a file. */
export function enkelVeld(velden: FormData | null, naam: string): string | null {
  const waarden = velden?.getAll(naam) ?? [];
  const [waarde] = waarden;
  return waarden.length === 1 && typeof waarde === "string" ? waarde : null;
}

/**
 * The posted `sleutel` as a string, or null (see {@link kleinFormulier}, {@link enkelVeld}). A
 * wrong post is a wrong link, and the caller says so on the usual page.
 */
export async function sleutelUitFormulier(request: Request): Promise<string | null> {
  return enkelVeld(await kleinFormulier(request), "sleutel");
}

/** A Request carrying these headers (the client's address among them), for `linkPoging`. */
export function verzoekMetKoppen(koppen: Headers): Request {
  return new Request("http://link.invalid/", { headers: new Headers(koppen) });
}
