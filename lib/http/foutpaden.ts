/**
 * The odd requests proxy.ts answers itself, because Next would answer them with a 500 before any
 * page or action of ours runs (docs/decisions/024-foutpaden.md):
 * - a path with a broken percent-escape (`/aanvraag/indicatie/%ff`): Next cannot decode the
 *   route parameter and has no error page to show for it;
 * - a form post (a server action) whose body Next cannot read: broken multipart, a `Next-Action`
 *   body that is not the JSON React sends, or more than the 64 KB an action may get.
 * Each gets a 4xx and a small Dutch page in the site's frame.
 */
import { foutTeksten } from "@/content/fouten";
import { foutTeksten as foutTekstenEn } from "@/content/en/fouten";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { ACTIE_MAX_BYTES } from "./grenzen";
import { KALE_PAGINA_CSP, kalePaginaHtml } from "./kale-pagina.mjs";

type Soort = Exclude<keyof typeof foutTeksten.serverpaginas, "kader" | "api">;

/** The answer: `status` with the page of `soort` in `taal`, never cached, no script. */
export function foutAntwoord(status: 400 | 408 | 413, soort: Soort, taal: Taal = "nl"): Response {
  const pagina = inTaal(taal, foutTeksten, foutTekstenEn).serverpaginas;
  return new Response(kalePaginaHtml(pagina[soort], pagina.kader, taal), {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": KALE_PAGINA_CSP },
  });
}

/** Whether every percent-escape of the (still encoded) path decodes to UTF-8, as Next needs. */
export function isLeesbaarPad(pad: string): boolean {
  try {
    decodeURIComponent(pad);
    return true;
  } catch {
    return false;
  }
}

export type Lichaamstoets = { soort: "ok" } | { soort: "te-groot" } | { soort: "onleesbaar" };

/**
 * Checks the body of a state-changing request to a page (a form post; the API reads its own
 * bodies) the way Next and React will read it for a server action, and answers what is wrong
 * with it. Only what they parse before any action of ours runs is checked here (a failure there
 * is their 500); what the fields mean is the action's own business.
 */
export async function toetsLichaam(request: Request): Promise<Lichaamstoets> {
  const opgegeven = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(opgegeven) && opgegeven > ACTIE_MAX_BYTES) return { soort: "te-groot" };
  const bytes = await leesBegrensd(request, ACTIE_MAX_BYTES);
  if (bytes === "te-groot") return { soort: "te-groot" };
  if (bytes === "afgebroken") return { soort: "onleesbaar" };

  const type = request.headers.get("content-type") ?? "";
  const metScript = request.headers.has("next-action");
  if (/^multipart\/form-data\b/i.test(type.trim())) {
    let velden: FormData;
    try {
      velden = await new Response(bytes, { headers: { "Content-Type": type } }).formData();
    } catch {
      return { soort: "onleesbaar" };
    }
    return (metScript ? isLeesbareAanroep(velden.get("0")) : isLeesbaarFormulier(velden)) ? { soort: "ok" } : { soort: "onleesbaar" };
  }
  if (!metScript) return { soort: "ok" };
  // A Next-Action post that is not multipart carries the arguments as one JSON text.
  let tekst: string;
  try {
    tekst = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { soort: "onleesbaar" };
  }
  return isLeesbareAanroep(tekst) ? { soort: "ok" } : { soort: "onleesbaar" };
}

// ---------------------------------------------------------------------------------------------
// What React's decodeReply/decodeAction accept without failing. Our forms send plain data: the
// previous FormulierStatus (text, lists, objects) and the form itself as a FormData ("$K1").

/** Deeper or longer than any form of ours sends; React's own limit on arguments is 1,000. */
const MAX_DIEPTE = 16;
const MAX_LENGTE = 1000;

/**
 * A text starting with "$" is a reference React resolves (a promise, a Map, a Blob, a server
 * function, another row); a missing or odd one makes it fail before the action runs. Allowed:
 * only what our forms send, an escaped "$" ("$$…"), `undefined` and the form ("$K…").
 */
const VERWIJZING = /^\$(?:\$|undefined$|K[0-9a-f]+$)/;

function isGewoneWaarde(waarde: unknown, diepte = 0): boolean {
  if (diepte > MAX_DIEPTE) return false;
  if (typeof waarde === "string") return !waarde.startsWith("$") || VERWIJZING.test(waarde);
  if (Array.isArray(waarde)) return waarde.length <= MAX_LENGTE && waarde.every((w) => isGewoneWaarde(w, diepte + 1));
  if (typeof waarde === "object" && waarde !== null) {
    const delen = Object.values(waarde);
    return delen.length <= MAX_LENGTE && delen.every((w) => isGewoneWaarde(w, diepte + 1));
  }
  return true;
}

function leesJson(tekst: unknown): { ok: true; waarde: unknown } | { ok: false } {
  if (typeof tekst !== "string") return { ok: false };
  try {
    return { ok: true, waarde: JSON.parse(tekst) as unknown };
  } catch {
    return { ok: false };
  }
}

/** With JavaScript: the action's arguments, a JSON list (the body, or field "0" of a multipart body). */
function isLeesbareAanroep(tekst: unknown): boolean {
  const json = leesJson(tekst);
  return json.ok && Array.isArray(json.waarde) && isGewoneWaarde(json.waarde);
}

/** `$ACTION_<n>:<row>`: a row React parses as JSON (the `<n>` of `$ACTION_REF_<n>` may be any text). */
const ACTIE_VELD = /^\$ACTION_(.*):([^:]*)$/;

/**
 * Without JavaScript: a form of a server action names it in `$ACTION_<n>:0` ({ id, bound }),
 * where `bound` points ("$@<m>") to the field `$ACTION_<n>:<m>` with the bound arguments (the
 * previous FormulierStatus). A form without such fields is no action post: Next renders the page.
 */
function isLeesbaarFormulier(velden: FormData): boolean {
  for (const [naam, waarde] of velden) {
    const deel = ACTIE_VELD.exec(naam);
    if (deel === null) continue;
    const json = leesJson(waarde);
    if (!json.ok) return false;
    if (deel[2] !== "0") {
      if (!Array.isArray(json.waarde) || !isGewoneWaarde(json.waarde)) return false;
      continue;
    }
    const meta = json.waarde as { id?: unknown; bound?: unknown } | null;
    if (typeof meta !== "object" || meta === null || typeof meta.id !== "string") return false;
    if (meta.bound === null || meta.bound === undefined) continue;
    const gebonden = typeof meta.bound === "string" ? /^\$@([0-9a-f]+)$/.exec(meta.bound) : null;
    if (gebonden === null || !velden.has(`$ACTION_${deel[1]}:${gebonden[1]}`)) return false;
  }
  return true;
}

/** The body's bytes, or "te-groot" when it has more than `max`, or "afgebroken" when the stream failed. */
async function leesBegrensd(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | "te-groot" | "afgebroken"> {
  if (request.body === null) return new Uint8Array(0);
  const lezer = request.body.getReader();
  const delen: Uint8Array[] = [];
  let totaal = 0;
  for (;;) {
    let deel: ReadableStreamReadResult<Uint8Array>;
    try {
      deel = await lezer.read();
    } catch {
      return "afgebroken";
    }
    if (deel.done) break;
    totaal += deel.value.byteLength;
    // Read on to the end without keeping it (Next has the whole body already: server.mjs
    // receives it first, and Next itself waits for it before the page runs).
    if (totaal <= max) delen.push(deel.value);
  }
  if (totaal > max) return "te-groot";
  const bytes = new Uint8Array(totaal);
  let positie = 0;
  for (const deel of delen) {
    bytes.set(deel, positie);
    positie += deel.byteLength;
  }
  return bytes;
}
