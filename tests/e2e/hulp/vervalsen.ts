/**
 * A forged form post, as someone with a proxy or curl sends it: the browser submits the form as
 * usual and the next POST of the page is changed on its way to the server. Works with
 * JavaScript off (the browser's own multipart post) and on (Next's server-action fetch, which
 * prefixes each field, e.g. `_1_stap`): fields are named here without the prefix.
 */
import type { Page, Request } from "@playwright/test";

export interface Vervalsing {
  /** Fields whose values are replaced, or added when the form has no such field. */
  zet?: Record<string, string | string[]>;
  /** Fields left out. */
  weg?: string[];
}

interface Deel {
  naam: string;
  waarde: string;
}

function grens(verzoek: Request): string | null {
  const type = verzoek.headers()["content-type"] ?? "";
  return /multipart\/form-data;\s*boundary=(.+)$/.exec(type)?.[1] ?? null;
}

function leesDelen(lichaam: string, scheiding: string): Deel[] {
  return lichaam
    .split(`--${scheiding}`)
    .slice(1, -1)
    .map((deel) => {
      const [kop = "", ...rest] = deel.replace(/^\r\n/, "").split("\r\n\r\n");
      const naam = /name="([^"]*)"/.exec(kop)?.[1] ?? "";
      return { naam, waarde: rest.join("\r\n\r\n").replace(/\r\n$/, "") };
    });
}

function schrijfDelen(delen: Deel[], scheiding: string): string {
  return (
    delen.map((d) => `--${scheiding}\r\nContent-Disposition: form-data; name="${d.naam}"\r\n\r\n${d.waarde}\r\n`).join("") + `--${scheiding}--\r\n`
  );
}

/** The prefix Next puts before the form's fields (none without JavaScript). */
function voorvoegsel(delen: Deel[]): string {
  const stap = delen.find((d) => /(^|_)(stap|versie|voorWie)$/.test(d.naam));
  return stap ? stap.naam.replace(/(stap|versie|voorWie)$/, "") : "";
}

export function vervals(delen: Deel[], vervalsing: Vervalsing): Deel[] {
  const pre = voorvoegsel(delen);
  const veldNaam = (d: Deel) => (pre !== "" && d.naam.startsWith(pre) ? d.naam.slice(pre.length) : d.naam);
  const vervangen = new Set([...Object.keys(vervalsing.zet ?? {}), ...(vervalsing.weg ?? [])]);
  const gehouden = delen.filter((d) => !vervangen.has(veldNaam(d)));
  const nieuw = Object.entries(vervalsing.zet ?? {}).flatMap(([naam, waarde]) =>
    (Array.isArray(waarde) ? waarde : [waarde]).map((w) => ({ naam: `${pre}${naam}`, waarde: w })),
  );
  // Next's own fields ("0", $ACTION_…) stay where they were; the form's fields go before them.
  const eigen = gehouden.filter((d) => pre === "" || d.naam.startsWith(pre));
  const next = gehouden.filter((d) => !(pre === "" || d.naam.startsWith(pre)));
  return [...eigen, ...nieuw, ...next];
}

/** Changes the page's next form POST as `vervalsing` says; later posts go through untouched. */
export async function vervalsVolgendePost(page: Page, vervalsing: Vervalsing): Promise<void> {
  let gedaan = false;
  await page.route("**/*", async (route) => {
    const verzoek = route.request();
    const scheiding = grens(verzoek);
    if (gedaan || verzoek.method() !== "POST" || scheiding === null) return route.fallback();
    gedaan = true;
    const delen = leesDelen(verzoek.postData() ?? "", scheiding);
    await route.continue({ postData: schrijfDelen(vervals(delen, vervalsing), scheiding) });
  });
}

/** Stops forging (a test that forged once and goes on as usual). */
export async function stopVervalsen(page: Page): Promise<void> {
  await page.unrouteAll({ behavior: "ignoreErrors" });
}
