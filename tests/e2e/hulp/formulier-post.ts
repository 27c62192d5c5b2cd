/**
 * Form posts sent by hand, as curl or a forger would: the hidden fields of a form as the server
 * rendered it (Next's action id and state included, with or without JavaScript), posted with
 * another browser's cookies and any headers.
 */
import type { APIRequestContext, BrowserContext } from "@playwright/test";

/** The hidden fields of the form with this button, as the server rendered them (with or without JavaScript). */
export async function formVelden(request: APIRequestContext, pad: string, knopTekst: string): Promise<Record<string, string>> {
  const html = await (await request.get(pad)).text();
  const formulier = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(knopTekst));
  if (formulier === undefined) throw new Error(`geen formulier met "${knopTekst}" op ${pad}`);
  const ontsnap = (w: string) => w.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const velden: Record<string, string> = {};
  for (const [invoer] of formulier.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) {
    const naam = /name="([^"]*)"/.exec(invoer)?.[1];
    if (naam !== undefined) velden[ontsnap(naam)] = ontsnap(/value="([^"]*)"/.exec(invoer)?.[1] ?? "");
  }
  return velden;
}

/** Posts a form as a browser without JavaScript would, with another browser's cookies; the status. */
export async function post(
  context: BrowserContext,
  pad: string,
  velden: Record<string, string>,
  koppen: Record<string, string> = {},
): Promise<{ status: number; naar: string | undefined }> {
  const antwoord = await context.request.post(pad, { multipart: velden, maxRedirects: 0, headers: koppen });
  return { status: antwoord.status(), naar: antwoord.headers()["location"] };
}
