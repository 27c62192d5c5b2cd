/**
 * Security (docs/decisions/020-beveiliging.md), against the production server: the headers on every kind of response, the
 * CSP nonce on every script (and no CSP violation while pages run), state-changing requests from
 * another origin or without one refused with 403 and the draft unchanged, and failed link
 * openings rate-limited per address (429) without locking out another address.
 *
 * And what an attacker from outside tried (docs/decisions/023-grenzen.md): the test server trusts
 * 127.0.0.1 as its proxy (playwright.config.ts), so requests sent from another loopback address
 * (127.x.y.z, Node's `localAddress`) are clients talking to the server directly, whose
 * X-Forwarded-* headers must count for nothing.
 */
import http from "node:http";
import type { Page } from "@playwright/test";
import { aanvraag } from "@/content/aanvraag";
import { beveiligingTeksten } from "@/content/beveiliging";
import { delen } from "@/content/delen";
import { handtekeningTekst } from "@/content/handtekeningen";
import { start } from "@/content/start";
import { verwijderen } from "@/content/verwijderen";
import { VERWIJDEREN } from "@/lib/burger-paden";
import { verwachtGeenAxeFouten } from "./axe";
import { bezoeker, expect, test } from "./hulp/bezoeker";
import { formVelden, post } from "./hulp/formulier-post";
import { begin, BEWAREN, foutSamenvatting, kiesVoorWie, kop, OVERZICHT } from "./hulp/stappen";

const HTML_PADEN = ["/", "/zorgkantoor", "/zorgkantoor/voorbeeld", "/hervat/mislukt"];

function scriptBeleid(csp: string): string {
  return csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
}

test.describe("beveiliging", () => {
  test("elk antwoord heeft de beveiligingskoppen; HTML een CSP met een nonce per verzoek", async ({ request, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "HTTP-koppen: één keer, in het project met JavaScript");
    const nonces = new Set<string>();
    for (const pad of HTML_PADEN) {
      const antwoord = await request.get(pad);
      expect(antwoord.status(), pad).toBe(200);
      const koppen = antwoord.headers();
      const csp = koppen["content-security-policy"] ?? "";
      const script = scriptBeleid(csp);
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(script)?.[1];
      expect(nonce, `${pad}: nonce in script-src`).toBeDefined();
      nonces.add(nonce ?? "");
      expect(script).toContain("'strict-dynamic'");
      expect(script).not.toContain("'unsafe-inline'");
      expect(script).not.toContain("'unsafe-eval'");
      for (const richtlijn of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp, pad).toContain(richtlijn);
      // Every script the page has carries this response's nonce, or the browser would refuse it.
      const html = await antwoord.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, pad).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, pad).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size, "een nieuwe nonce voor elk verzoek").toBe(HTML_PADEN.length);

    // Every kind of response: a page, a redirect, the API, a script file, the icon.
    const html = await (await request.get("/")).text();
    const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
    for (const pad of ["/", "/aanvraag", "/api/v1/zorgkantoren?zoek=Utrecht", chunk, "/icon.svg", "/bestaat-niet"]) {
      const koppen = (await request.get(pad, { maxRedirects: 0 })).headers();
      expect(koppen["referrer-policy"], pad).toBe("no-referrer");
      expect(koppen["x-content-type-options"], pad).toBe("nosniff");
      expect(koppen["permissions-policy"], pad).toContain("camera=()");
      expect(koppen["x-frame-options"], pad).toBe("DENY");
      expect(koppen["strict-transport-security"], `${pad}: geen HSTS over http`).toBeUndefined();
    }
    const overHttps = (await request.get("/", { headers: { "x-forwarded-proto": "https" } })).headers();
    expect(overHttps["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
    expect(overHttps["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  test("de pagina's werken onder de CSP: geen schending in de console", async ({ page, browser, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "CSP voor scripts: alleen met JavaScript");
    const schendingen: string[] = [];
    page.on("console", (bericht) => {
      if (/Content Security Policy|Refused to/i.test(bericht.text())) schendingen.push(bericht.text());
    });
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    for (const pad of ["/zorgkantoor", "/zorgkantoor/voorbeeld", "/aanvraag/delen"]) {
      await page.goto(pad);
      await page.waitForLoadState("networkidle");
    }
    expect(schendingen).toEqual([]);
  });

  test("een verzoek dat iets verandert, van buiten of zonder Origin: 403 en niets veranderd", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    const context = page.context();
    // "Verwijder mijn gegevens", confirmed: the most harmful form a forger could post.
    const velden = await formVelden(context.request, VERWIJDEREN, verwijderen.knop);
    const weigeringen: [string, Record<string, string>][] = [
      ["andere site", { origin: "https://kwaadwillend.example" }],
      ["geen Origin", {}],
      ["Origin null van buiten", { origin: "null", "sec-fetch-site": "cross-site" }],
      ["andere poort", { origin: (baseURL ?? "").replace(/:(\d+)$/, (_, p: string) => `:${Number(p) + 1}`) }],
      // Same host and port, another scheme: another origin (docs/decisions/023-grenzen.md).
      ["ander schema", { origin: (baseURL ?? "").replace(/^http:/, "https:") }],
    ];
    for (const [wat, koppen] of weigeringen) {
      const antwoord = await post(context, VERWIJDEREN, velden, koppen);
      expect(antwoord.status, wat).toBe(403);
    }
    // The same API call from another site is fine: it changes nothing.
    const api = await context.request.post("/api/v1/beoordelingen", { data: { zorgprofiel: "5VV" }, headers: { origin: "https://elders.example" } });
    expect(api.status()).toBe(200);
    // Still there.
    await page.goto(OVERZICHT);
    await expect(kop(page)).toHaveText(aanvraag.overzicht.titel);
    // A browser's own post under no-referrer (Origin null, same-origin) goes through.
    const eigen = await post(context, VERWIJDEREN, velden, { origin: "null", "sec-fetch-site": "same-origin" });
    expect(eigen.status).toBe(303);
    expect(eigen.naar).toBe("/?verwijderd=1");
    await page.goto(OVERZICHT);
    await expect(kop(page)).toHaveText(start.titel);
  });

  test("te veel mislukte links vanaf één adres: 429, een ander adres gaat door", async ({ request, javaScriptEnabled, baseURL }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const max = Number(process.env.E2E_LINK_POGINGEN_MAX);
    // Addresses of their own (the nearest proxy's X-Forwarded-For), so other tests do not count.
    const adres = { "x-forwarded-for": "203.0.113.71" };
    const ander = { "x-forwarded-for": "203.0.113.72" };
    const probeer = (pad: string, koppen: Record<string, string>) => request.get(pad, { headers: koppen, maxRedirects: 0 });
    // The button of a link's page: a form post from this site (docs/decisions/022-links-openen.md).
    const knop = (pad: string, koppen: Record<string, string>) =>
      request.post(pad, { form: { sleutel: "fout" }, headers: { ...koppen, origin: baseURL ?? "" }, maxRedirects: 0 });
    // The links' pages (GET, a redirect from the page itself) and their buttons (POST) count alike.
    for (let i = 0; i < max; i++) {
      const soort = i % 2 === 0 ? "hervat" : "gedeeld";
      const antwoord = i % 4 < 2 ? await probeer(`/${soort}?sleutel=fout${i}`, adres) : await knop(`/${soort}/openen`, adres);
      expect(antwoord.status(), `poging ${i + 1}`).toBe(i % 4 < 2 ? 307 : 303);
      expect(antwoord.headers()["location"], `poging ${i + 1}`).toBe(`/${soort}/mislukt?reden=sleutel-onjuist`);
    }
    for (const soort of ["hervat", "gedeeld"]) {
      // A page cannot answer 429 itself: it sends the address to the route that does.
      const pagina = await probeer(`/${soort}?sleutel=nog-een`, adres);
      expect(pagina.status()).toBe(307);
      expect(pagina.headers()["location"]).toBe(`/${soort}/te-vaak`);
      for (const geweigerd of [await probeer(`/${soort}/te-vaak`, adres), await knop(`/${soort}/openen`, adres)]) {
        expect(geweigerd.status(), soort).toBe(429);
        expect(Number(geweigerd.headers()["retry-after"])).toBeGreaterThan(0);
        expect(await geweigerd.text()).toContain(beveiligingTeksten.teVaak.titel);
      }
    }
    expect((await probeer("/hervat?sleutel=fout", ander)).status()).toBe(307);
    expect((await probeer("/hervat/te-vaak", ander)).headers()["location"]).toBe("/");
  });

  test("de pagina bij te veel pogingen is in het Nederlands en toegankelijk", async ({ page, browser, javaScriptEnabled }) => {
    test.skip(javaScriptEnabled, "een pagina zonder scripts: zonder JavaScript bekeken");
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.73" });
    const max = Number(process.env.E2E_LINK_POGINGEN_MAX);
    for (let i = 0; i <= max; i++) await page.request.get(`/hervat?sleutel=x${i}`, { headers: { "x-forwarded-for": "203.0.113.73" }, maxRedirects: 0 });
    // The link's page sends the address on to /hervat/te-vaak, which answers 429.
    const antwoord = await page.goto("/hervat?sleutel=x");
    expect(antwoord?.status()).toBe(429);
    await expect(page).toHaveURL(/\/hervat\/te-vaak$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(beveiligingTeksten.teVaak.titel);
    await expect(page.getByRole("link", { name: beveiligingTeksten.teVaak.home })).toBeVisible();
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
  });
});

/** A loopback address of its own for each test and run: the counts live for 15 minutes. */
function eigenAdres(): string {
  const deel = () => 1 + Math.floor(Math.random() * 250);
  return `127.${deel()}.${deel()}.${deel()}`;
}

interface RauwAntwoord {
  status: number;
  koppen: http.IncomingHttpHeaders;
  tekst: string;
}

/** A request from the loopback address `van`: a client that reaches the server without a proxy. */
function rauw(basis: string, pad: string, van: string, koppen: Record<string, string> = {}, lichaam?: string): Promise<RauwAntwoord> {
  const url = new URL(pad, basis);
  return new Promise((klaar, mislukt) => {
    const verzoek = http.request(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: lichaam === undefined ? "GET" : "POST", localAddress: van, headers: koppen, agent: false },
      (antwoord) => {
        const delen: Buffer[] = [];
        antwoord.on("data", (d: Buffer) => delen.push(d));
        antwoord.on("end", () => klaar({ status: antwoord.statusCode ?? 0, koppen: antwoord.headers, tekst: Buffer.concat(delen).toString("utf8") }));
        antwoord.on("error", mislukt);
      },
    );
    verzoek.on("error", mislukt);
    verzoek.end(lichaam);
  });
}

/**
 * The button of a link's page as a browser posts it (docs/decisions/022-links-openen.md): this
 * site's own form, from `van`. Answers 303 (opened, or the mislukt page) or 429.
 */
function openLink(basis: string, soort: "hervat" | "gedeeld", sleutel: string, van: string, koppen: Record<string, string> = {}): Promise<RauwAntwoord> {
  const lichaam = new URLSearchParams({ sleutel }).toString();
  const origin = new URL(basis).origin;
  return rauw(basis, `/${soort}/openen`, van, { ...koppen, origin, "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(lichaam)) }, lichaam);
}

/** The session cookie of the page's browser: its value is the resume token. */
async function sessieToken(page: Page): Promise<string> {
  const koekje = (await page.context().cookies()).find((k) => k.name === "pgb-aanvraag");
  if (koekje === undefined) throw new Error("geen sessiecookie");
  return koekje.value;
}

test.describe("grenzen: wat een aanvaller van buiten probeerde", () => {
  test.describe.configure({ timeout: 180_000 });

  test("200 verkeerde links met 200 zelfgekozen X-Forwarded-For-adressen: na het maximum 429", async ({ baseURL, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const max = Number(process.env.E2E_LINK_POGINGEN_MAX);
    const van = eigenAdres();
    const statussen: number[] = [];
    for (let i = 0; i < 200; i++) {
      const soort = i % 2 === 0 ? "hervat" : "gedeeld";
      statussen.push((await openLink(baseURL ?? "", soort, `fout${i}`, van, { "x-forwarded-for": `198.51.${i >> 8}.${i & 255}` })).status);
    }
    const telling = (s: number) => statussen.filter((x) => x === s).length;
    // Before: 200 × 303 (every forged address counted on its own).
    expect({ 303: telling(303), 429: telling(429) }).toEqual({ 303: max, 429: 200 - max });
    expect(statussen.slice(0, max).every((s) => s === 303)).toBe(true);
    // The link's page (a GET) sends a failing link from this address to the 429 page as well.
    const pagina = await rauw(baseURL ?? "", "/hervat?sleutel=nog-een", van);
    expect([pagina.status, pagina.koppen.location]).toEqual([307, "/hervat/te-vaak"]);
    expect((await rauw(baseURL ?? "", "/hervat/te-vaak", van)).status).toBe(429);
  });

  test("een geldige link werkt ook vanaf een adres dat te vaak een verkeerde link opende (gedeelde NAT)", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    const token = await sessieToken(page);
    const max = Number(process.env.E2E_LINK_POGINGEN_MAX);
    const van = eigenAdres();
    for (let i = 0; i < max; i++) expect((await openLink(baseURL ?? "", "hervat", `fout${i}`, van)).status, `poging ${i + 1}`).toBe(303);
    expect((await openLink(baseURL ?? "", "hervat", "nog-een", van)).status).toBe(429);
    // Someone else behind the same address, with their own valid link: before, 429 for 15 minutes.
    expect((await rauw(baseURL ?? "", `/hervat?sleutel=${token}`, van)).status).toBe(200);
    const geldig = await openLink(baseURL ?? "", "hervat", token, van);
    expect(geldig.status).toBe(303);
    expect(geldig.koppen.location).toBe(OVERZICHT);
    expect(String(geldig.koppen["set-cookie"])).toContain("pgb-aanvraag=");
    // The next wrong one is refused again.
    expect((await openLink(baseURL ?? "", "gedeeld", "weer-fout", van)).status).toBe(429);
  });

  test("links op de pagina's volgen X-Forwarded-Host en -Proto van een client zonder proxy niet", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    test.skip(!javaScriptEnabled, "HTTP-verzoeken met de hand: één keer");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    const token = await sessieToken(page);
    const koppen = { cookie: `pgb-aanvraag=${token}`, "x-forwarded-host": "kwaad.example", "x-forwarded-proto": "https" };
    const html = (await rauw(baseURL ?? "", BEWAREN, eigenAdres(), koppen)).tekst;
    // Before: https://kwaad.example/hervat?sleutel=… — the attacker's page would get the key.
    expect(/<p id="hervat-link"[^>]*>([^<]*)</.exec(html)?.[1]).toBe(`${baseURL}/hervat?sleutel=${token}`);
    expect(html.includes("kwaad.example"), "kwaad.example nergens in de pagina").toBe(false);
  });

  test("hoogstens 20 werkende deellinks per aanvraag; de 21e geeft een duidelijke melding en bewaart de keuzes", async ({ page, browser, javaScriptEnabled, baseURL }) => {
    test.skip(!javaScriptEnabled, "met de hand gepost, dan één keer in de browser: één keer");
    const b = bezoeker(page, { browser, javaScriptEnabled });
    await begin(b);
    await kiesVoorWie(b, "zelf");
    const MAX = 20;
    const velden = await formVelden(page.context().request, "/aanvraag/delen", delen.pagina.maakKnop);
    for (let i = 0; i < MAX; i++) {
      const gemaakt = await post(page.context(), "/aanvraag/delen", { ...velden, rol: "meekijken", geldig: "7" }, { origin: baseURL ?? "" });
      expect(gemaakt.naar ?? "", `link ${i + 1}`).toMatch(/^\/aanvraag\/delen\?nieuw=/);
    }
    const start = Date.now();
    const pagina = await page.request.get("/aanvraag/delen");
    const html = await pagina.text();
    console.log(`/aanvraag/delen met ${MAX} links: ${Date.now() - start} ms, ${Buffer.byteLength(html)} bytes`);
    expect((html.match(/\/gedeeld\?sleutel=/g) ?? []).length).toBeGreaterThanOrEqual(MAX);

    // The 21st, as a person makes it: the error summary says why, the choices stay.
    await page.goto("/aanvraag/delen");
    await page.getByRole("radio", { name: handtekeningTekst.deellink.rollen.meekijken.label, exact: true }).check();
    await page.getByRole("radio", { name: handtekeningTekst.deellink.geldig["14"], exact: true }).check();
    await page.getByRole("button", { name: delen.pagina.maakKnop, exact: true }).click();
    await expect(foutSamenvatting(page)).toContainText(beveiligingTeksten.grenzen.teVeelLinks(MAX));
    await expect(page.getByRole("radio", { name: handtekeningTekst.deellink.rollen.meekijken.label, exact: true })).toBeChecked();
    await expect(page.getByRole("radio", { name: handtekeningTekst.deellink.geldig["14"], exact: true })).toBeChecked();
    await verwachtGeenAxeFouten(page, { javaScriptEnabled, browser });
    // Revoking one makes room for one more.
    await page.getByRole("button", { name: new RegExp(`^${delen.pagina.intrekken}`) }).first().click();
    await expect(page.getByRole("status").filter({ hasText: delen.pagina.meldingen.ingetrokken.titel })).toBeVisible();
    const nogEen = await post(page.context(), "/aanvraag/delen", { ...(await formVelden(page.context().request, "/aanvraag/delen", delen.pagina.maakKnop)), rol: "meekijken", geldig: "7" }, { origin: baseURL ?? "" });
    expect(nogEen.naar ?? "").toMatch(/^\/aanvraag\/delen\?nieuw=/);
  });
});
