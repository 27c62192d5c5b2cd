/**
 * The two things a page or route that opens a resume or share link needs besides the link itself
 * (docs/decisions/022-links-openen.md): the `sleutel` field of the page's own form, read within a
 * small byte limit, and a Request with the incoming headers for `linkPoging`, for a page that has
 * no Request of its own (a server component only has `headers()`).
 */
import "server-only";
import { leesBegrensd } from "./json-body";

/** The form holds one hidden field of 66 characters; anything near this limit is not that form. */
export const MAX_LINK_FORMULIER_BYTES = 2048;

const FORMULIER_TYPE = /^(?:application\/x-www-form-urlencoded|multipart\/form-data)\s*(?:;.*)?$/i;

/**
 * The posted `sleutel` as a string, or null: another content type, a body over the limit, a
 * broken stream, no such field, the field twice or as a file. Never throws: a wrong post is a
 * wrong link, and the caller says so on the usual page.
 */
export async function sleutelUitFormulier(request: Request): Promise<string | null> {
  const type = request.headers.get("content-type");
  if (type === null || !FORMULIER_TYPE.test(type.trim())) return null;
  const opgegeven = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(opgegeven) && opgegeven > MAX_LINK_FORMULIER_BYTES) return null;
  const bytes = await leesBegrensd(request, MAX_LINK_FORMULIER_BYTES);
  if (bytes === null || bytes === "afgebroken") return null;
  let velden: FormData;
  try {
    // The bytes read within the limit, parsed by the platform's own form parser.
    velden = await new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData();
  } catch {
    return null;
  }
  const waarden = velden.getAll("sleutel");
  const [waarde] = waarden;
  return waarden.length === 1 && typeof waarde === "string" ? waarde : null;
}

/** A Request carrying these headers (the client's address among them), for `linkPoging`. */
export function verzoekMetKoppen(koppen: Headers): Request {
  return new Request("http://link.invalid/", { headers: new Headers(koppen) });
}
