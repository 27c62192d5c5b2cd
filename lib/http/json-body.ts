/**
 * Reads a JSON request body within a byte limit, without trusting Content-Length: a client can
 * lie or stream. Answers with a problem for every way the body can be wrong.
 */
import { apiTeksten } from "@/content/api";
import { PROBLEEM_TYPE_BASIS, type Probleem } from "./problem";

export const MAX_BODY_BYTES = 64 * 1024;

export type BodyResultaat = { ok: true; waarde: unknown } | { ok: false; probleem: Probleem };

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i;

export function isJsonContentType(contentType: string | null): boolean {
  return contentType !== null && JSON_TYPE.test(contentType.trim());
}

const teGroot = (maxBytes: number): Probleem => ({
  type: `${PROBLEEM_TYPE_BASIS}te-groot`,
  title: apiTeksten.teGroot.title,
  status: 413,
  detail: apiTeksten.teGroot.detail(maxBytes),
});

export async function leesJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<BodyResultaat> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return {
      ok: false,
      probleem: { type: `${PROBLEEM_TYPE_BASIS}geen-json`, title: apiTeksten.verkeerdType.title, status: 415, detail: apiTeksten.verkeerdType.detail },
    };
  }
  const opgegeven = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(opgegeven) && opgegeven > maxBytes) return { ok: false, probleem: teGroot(maxBytes) };

  const bytes = await leesBegrensd(request, maxBytes);
  if (bytes === null) return { ok: false, probleem: teGroot(maxBytes) };
  if (bytes === "afgebroken") return { ok: false, probleem: ongeldigeJson() };

  let tekst: string;
  try {
    tekst = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, probleem: ongeldigeJson() };
  }
  try {
    return { ok: true, waarde: JSON.parse(tekst) as unknown };
  } catch {
    return { ok: false, probleem: ongeldigeJson() };
  }
}

function ongeldigeJson(): Probleem {
  return { type: `${PROBLEEM_TYPE_BASIS}ongeldige-json`, title: apiTeksten.geenJson.title, status: 400, detail: apiTeksten.geenJson.detail };
}

/**
 * The body's bytes; `null` as soon as it passes `maxBytes` (the rest is not read); "afgebroken"
 * when the stream failed. Also used for the link forms (lib/http/link-formulier.ts).
 */
export async function leesBegrensd(request: Request, maxBytes: number): Promise<Uint8Array | null | "afgebroken"> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const delen: Uint8Array[] = [];
  let totaal = 0;
  for (;;) {
    let deel: ReadableStreamReadResult<Uint8Array>;
    try {
      deel = await reader.read();
    } catch {
      // The client went away mid-body: not our fault, not worth a stack in the log.
      return "afgebroken";
    }
    const { done, value } = deel;
    if (done) break;
    totaal += value.byteLength;
    if (totaal > maxBytes) {
      await reader.cancel();
      return null;
    }
    delen.push(value);
  }
  const bytes = new Uint8Array(totaal);
  let positie = 0;
  for (const deel of delen) {
    bytes.set(deel, positie);
    positie += deel.byteLength;
  }
  return bytes;
}
