/**
 * Opening a resume link or a share link in two steps (docs/decisions/022-links-openen.md): the
 * GET page (app/hervat/page.tsx, app/gedeeld/page.tsx) reads and sets no cookie, whatever cookie
 * the browser already holds; only the POST of its button (app/*\/openen/route.ts) sets one. The
 * pages are rendered to HTML here with the harness's cookie jar, so what they say is checked too.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
// The harness first: it registers the mocks before any module below imports Next or the store.
import * as h from "@/tests/lib/acties";
import { NextRequest } from "next/server";
import { linksOpenen } from "@/content/links-openen";
import { formatToken } from "@/lib/drafts/drafts";
import { MAX_LINK_FORMULIER_BYTES } from "@/lib/http/link-formulier";
import { formatDatumTijdstip } from "@/lib/wizard/datum";
import { doorloop, doorloopStap, invoer } from "@/lib/wizard/vragen/testhulp";

const { default: HervatPagina } = await import("@/app/hervat/page");
const { POST: hervatOpenen } = await import("@/app/hervat/openen/route");
const { GET: hervatTeVaak } = await import("@/app/hervat/te-vaak/route");
const { default: GedeeldPagina } = await import("@/app/gedeeld/page");
const { POST: gedeeldOpenen } = await import("@/app/gedeeld/openen/route");

const t = linksOpenen.hervat;
const g = linksOpenen.gedeeld;
/** The default of LINK_POGINGEN_MAX (lib/http/link-pogingen.ts): unit tests do not set it. */
const MAX_POGINGEN = 10;

let adres = 0;
let huidigAdres = "";
/** Every test from its own address, so the link rate limit counts only what the test means. */
function nieuwAdres(): string {
  adres++;
  const a = `10.1.${adres >> 8}.${adres & 255}`;
  h.vanAdres(a);
  huidigAdres = a;
  return a;
}

/** A GET of the page as Next calls it; rendered to HTML, or the redirect it threw. */
async function bekijk(pagina: typeof HervatPagina, sleutel: string | string[] | undefined): Promise<{ html: string } | { naar: string }> {
  const uitkomst = await h.roep(() => pagina({ searchParams: Promise.resolve(sleutel === undefined ? {} : { sleutel }) }));
  if (uitkomst.soort === "doorverwezen") return { naar: uitkomst.pad };
  return { html: renderToStaticMarkup(createElement("div", null, uitkomst.status)) };
}

function html(uitkomst: { html: string } | { naar: string }): string {
  if (!("html" in uitkomst)) throw new Error(`doorverwezen naar ${uitkomst.naar}`);
  return uitkomst.html;
}

/** The form's post as a browser sends it: urlencoded, from this site. */
function post(pad: string, body: BodyInit | null, type = "application/x-www-form-urlencoded", a = huidigAdres): NextRequest {
  return new NextRequest(`http://localhost:3000${pad}`, {
    method: "POST",
    body,
    headers: { "content-type": type, origin: "http://localhost:3000", ...h.adresKop(a) },
  });
}

const vorm = (sleutel: string) => new URLSearchParams({ sleutel }).toString();

function ontsnap(tekst: string): string {
  return tekst.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

beforeEach(async () => {
  await h.nieuweOpslag();
  h.nieuwVerzoek();
  nieuwAdres();
});

describe("GET /hervat: a page, never a cookie", () => {
  it("with the browser's own draft and someone else's link: the cookie stays, the page warns, the key is only in the form", async () => {
    const eigen = await h.zetDraft(doorloopStap({ voorWie: "zelf" }, "indicatie", invoer()));
    const eigenToken = formatToken(eigen.toegang);
    const vreemd = formatToken((await h.opslag().drafts.maak({ voorWie: "zelf" }, new Date())).toegang);

    const pagina = html(await bekijk(HervatPagina, vreemd));
    expect(h.koekje(h.SESSIE_COOKIE)).toBe(eigenToken);
    const vandaag = formatDatumTijdstip(new Date());
    expect(pagina).toContain(ontsnap(t.andere.titel));
    expect(pagina).toContain(ontsnap(t.andere.welke(vandaag, 1)));
    expect(pagina).toContain(ontsnap(t.andere.huidig(vandaag, 2, formatDatumTijdstip(new Date(Date.now() + 30 * 24 * 3600 * 1000)))).slice(0, 60));
    expect(pagina).toContain('href="/aanvraag"');
    expect(pagina).toContain(`<form action="/hervat/openen" method="post"><input type="hidden" name="sleutel" value="${vreemd}"/>`);
    expect(pagina).toContain(t.andere.wisselKnop);
    expect(pagina).not.toContain(eigenToken);
  });

  it("without a draft: the page says what it opens and warns whose link to open; no cookie", async () => {
    const link = formatToken((await h.opslag().drafts.maak(doorloop(invoer()), new Date())).toegang);
    const pagina = html(await bekijk(HervatPagina, link));
    expect(h.koekje(h.SESSIE_COOKIE)).toBeUndefined();
    expect(pagina).toContain(ontsnap(t.welke(formatDatumTijdstip(new Date()), 4)));
    expect(pagina).toContain(ontsnap(t.letOp));
    expect(pagina).toContain(t.openKnop);
    expect(pagina).not.toContain(t.andere.titel);
  });

  it("the link of the draft already open: a way on, no form", async () => {
    const eigen = await h.zetDraft({ voorWie: "zelf" });
    const pagina = html(await bekijk(HervatPagina, formatToken(eigen.toegang)));
    expect(pagina).toContain(t.zelfde.tekst);
    expect(pagina).not.toContain("<form");
    expect(h.koekje(h.SESSIE_COOKIE)).toBe(formatToken(eigen.toegang));
  });

  it("a cookie that opens nothing any more is no draft to warn about", async () => {
    h.zetKoekje(h.SESSIE_COOKIE, "kapot");
    const link = formatToken((await h.opslag().drafts.maak({ voorWie: "zelf" }, new Date())).toegang);
    const pagina = html(await bekijk(HervatPagina, link));
    expect(pagina).toContain(t.openKnop);
    expect(h.koekje(h.SESSIE_COOKIE)).toBe("kapot");
  });

  it("a wrong, missing, doubled or removed link: the mislukt page, cookie untouched", async () => {
    const eigen = await h.zetDraft({ voorWie: "zelf" });
    const weg = await h.opslag().drafts.maak({ voorWie: "zelf" }, new Date());
    await h.opslag().drafts.verwijder(weg.toegang, new Date());
    const gevallen: [string | string[] | undefined, string][] = [
      ["onzin", "sleutel-onjuist"],
      [undefined, "sleutel-onjuist"],
      [[formatToken(eigen.toegang), formatToken(eigen.toegang)], "sleutel-onjuist"],
      [`${eigen.toegang.id}.${"A".repeat(42)}A`, "sleutel-onjuist"],
      [formatToken(weg.toegang), "niet-gevonden"],
    ];
    for (const [sleutel, reden] of gevallen) {
      expect(await bekijk(HervatPagina, sleutel), String(sleutel)).toEqual({ naar: `/hervat/mislukt?reden=${reden}` });
    }
    expect(h.koekje(h.SESSIE_COOKIE)).toBe(formatToken(eigen.toegang));
  });

  it("counts failures: after the limit a failing link goes to the 429, which counts nothing itself; a valid link still shows its page", async () => {
    const a = nieuwAdres();
    for (let i = 0; i < MAX_POGINGEN; i++) expect(await bekijk(HervatPagina, `fout${i}`)).toEqual({ naar: "/hervat/mislukt?reden=sleutel-onjuist" });
    expect(await bekijk(HervatPagina, "nog-een-fout")).toEqual({ naar: "/hervat/te-vaak" });
    // docs/decisions/023-grenzen.md: the link is checked first, so someone else behind the same address gets in.
    const link = formatToken((await h.opslag().drafts.maak({ voorWie: "zelf" }, new Date())).toegang);
    expect(html(await bekijk(HervatPagina, link))).toContain(t.titel);
    const teVaak = hervatTeVaak(new NextRequest("http://localhost:3000/hervat/te-vaak", { headers: h.adresKop(a) }));
    expect(teVaak.status).toBe(429);
    expect(Number(teVaak.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address is not locked out; there the 429 route sends on to the start page.
    const ander = hervatTeVaak(new NextRequest("http://localhost:3000/hervat/te-vaak", { headers: h.adresKop("10.9.9.9") }));
    expect([ander.status, ander.headers.get("location")]).toEqual([303, "/"]);
    expect(h.koekje(h.SESSIE_COOKIE)).toBeUndefined();
  });
});

describe("POST /hervat/openen: the only way a resume link sets the cookie", () => {
  it("replaces the cookie with the link's draft and goes to the overview, without the key in the address", async () => {
    await h.zetDraft({ voorWie: "zelf" });
    const link = formatToken((await h.opslag().drafts.maak({ voorWie: "familie" }, new Date())).toegang);
    const antwoord = await hervatOpenen(post("/hervat/openen", vorm(link)));
    expect(antwoord.status).toBe(303);
    expect(antwoord.headers.get("location")).toBe("/aanvraag");
    expect(antwoord.headers.get("cache-control")).toBe("no-store");
    expect(h.koekje(h.SESSIE_COOKIE)).toBe(link);
    expect(h.koekjeOpties(h.SESSIE_COOKIE)).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
  });

  it("a step begun goes on at its first unanswered page, not the overview nor the step's first page", async () => {
    const link = formatToken((await h.opslag().drafts.maak({ voorWie: "zelf", heeftIndicatie: "ja" }, new Date())).toegang);
    const antwoord = await hervatOpenen(post("/hervat/openen", vorm(link)));
    expect([antwoord.status, antwoord.headers.get("location")]).toEqual([303, "/aanvraag/indicatie/zorgprofiel"]);
    expect(h.koekje(h.SESSIE_COOKIE)).toBe(link);
  });

  it("reads the form as multipart too", async () => {
    const link = formatToken((await h.opslag().drafts.maak({ voorWie: "zelf" }, new Date())).toegang);
    const fd = new FormData();
    fd.append("sleutel", link);
    const antwoord = await hervatOpenen(new NextRequest("http://localhost:3000/hervat/openen", { method: "POST", body: fd, headers: h.adresKop("10.8.0.1") }));
    expect(antwoord.headers.get("location")).toBe("/aanvraag");
    expect(h.koekje(h.SESSIE_COOKIE)).toBe(link);
  });

  it("anything but one good key: the mislukt page, the cookie as it was", async () => {
    const eigen = formatToken((await h.zetDraft({ voorWie: "zelf" })).toegang);
    const link = formatToken((await h.opslag().drafts.maak({ voorWie: "zelf" }, new Date())).toegang);
    const gevallen: [string, NextRequest][] = [
      ["onzin", post("/hervat/openen", vorm("onzin"))],
      ["geen veld", post("/hervat/openen", "anders=1")],
      ["twee keer", post("/hervat/openen", `sleutel=${link}&sleutel=${link}`)],
      ["leeg", post("/hervat/openen", null)],
      ["JSON", post("/hervat/openen", JSON.stringify({ sleutel: link }), "application/json")],
      ["te groot", post("/hervat/openen", `sleutel=${link}&vulsel=${"x".repeat(MAX_LINK_FORMULIER_BYTES)}`)],
      ["kapotte multipart", post("/hervat/openen", "--x\r\nkapot", "multipart/form-data; boundary=x")],
    ];
    for (const [wat, verzoek] of gevallen) {
      nieuwAdres();
      const antwoord = await hervatOpenen(verzoek);
      expect([antwoord.status, antwoord.headers.get("location")], wat).toEqual([303, "/hervat/mislukt?reden=sleutel-onjuist"]);
    }
    expect(h.koekje(h.SESSIE_COOKIE)).toBe(eigen);
  });

  it("a draft removed between the page and the button: niet-gevonden", async () => {
    const weg = await h.opslag().drafts.maak({ voorWie: "zelf" }, new Date());
    expect("html" in (await bekijk(HervatPagina, formatToken(weg.toegang)))).toBe(true);
    await h.opslag().drafts.verwijder(weg.toegang, new Date());
    const antwoord = await hervatOpenen(post("/hervat/openen", vorm(formatToken(weg.toegang))));
    expect(antwoord.headers.get("location")).toBe("/hervat/mislukt?reden=niet-gevonden");
    expect(h.koekje(h.SESSIE_COOKIE)).toBeUndefined();
  });

  it("counts failures and answers 429 itself after the limit; a good key still opens (docs/decisions/023-grenzen.md)", async () => {
    const link = formatToken((await h.opslag().drafts.maak({ voorWie: "zelf" }, new Date())).toegang);
    for (let i = 0; i < MAX_POGINGEN; i++) expect((await hervatOpenen(post("/hervat/openen", vorm(`fout${i}`)))).status).toBe(303);
    expect((await hervatOpenen(post("/hervat/openen", vorm("nog-een-fout")))).status).toBe(429);
    expect(h.koekje(h.SESSIE_COOKIE)).toBeUndefined();
    const antwoord = await hervatOpenen(post("/hervat/openen", vorm(link)));
    expect([antwoord.status, antwoord.headers.get("location")]).toEqual([303, "/aanvraag"]);
    expect(h.koekje(h.SESSIE_COOKIE)).toBeDefined();
  });
});

describe("GET /gedeeld and POST /gedeeld/openen", () => {
  async function links() {
    const { toegang } = await h.opslag().drafts.maak(doorloop(invoer()), new Date());
    const maak = async (rol: "meekijken" | "gewaarborgde-hulp") => {
      const link = await h.opslag().deellinken.maak(toegang, rol, null, new Date());
      if (link.status !== "ok") throw new Error("kon geen link maken");
      return link.link.token;
    };
    return { eerste: await maak("meekijken"), tweede: await maak("meekijken"), gh: await maak("gewaarborgde-hulp") };
  }

  it("the page shows the role and sets no cookie; another open link stays open; the POST switches", async () => {
    const { eerste, tweede, gh } = await links();
    const leeg = html(await bekijk(GedeeldPagina, gh));
    expect(leeg).toContain(ontsnap(g.rollen["gewaarborgde-hulp"]));
    expect(leeg).toContain(`<form action="/gedeeld/openen" method="post"><input type="hidden" name="sleutel" value="${gh}"/>`);
    // No name of the application on it: not the gewaarborgde hulp's, not the applicant's.
    expect(leeg).not.toContain("Ans de Vries");
    expect(leeg).not.toContain("Jansen");
    expect(h.koekje(h.DEEL_COOKIE)).toBeUndefined();

    h.zetKoekje(h.DEEL_COOKIE, eerste);
    const ander = html(await bekijk(GedeeldPagina, tweede));
    expect(ander).toContain(ontsnap(g.andere.tekst));
    expect(ander).toContain('href="/gedeeld/aanvraag"');
    expect(h.koekje(h.DEEL_COOKIE)).toBe(eerste);

    const antwoord = await gedeeldOpenen(post("/gedeeld/openen", vorm(tweede)));
    expect([antwoord.status, antwoord.headers.get("location")]).toEqual([303, "/gedeeld/aanvraag"]);
    expect(h.koekje(h.DEEL_COOKIE)).toBe(tweede);
    expect(h.koekjeOpties(h.DEEL_COOKIE)).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/gedeeld" });

    const zelfde = html(await bekijk(GedeeldPagina, tweede));
    expect(zelfde).toContain(g.zelfde.tekst);
    expect(zelfde).not.toContain("<form");
  });

  it("a revoked link: the mislukt page from the GET and from the POST; the open link stays", async () => {
    const { eerste, tweede } = await links();
    h.zetKoekje(h.DEEL_COOKIE, eerste);
    const eigenaar = await h.opslag().deellinken.open({ id: tweede.split(".")[0] ?? "", sleutel: Buffer.from(tweede.split(".")[1] ?? "", "base64url") }, new Date());
    if (eigenaar.status !== "ok") throw new Error("link opent niet");
    expect(await h.opslag().deellinken.trekIn(eigenaar.draft, tweede.split(".")[0] ?? "", new Date())).toBe("ok");
    expect(await bekijk(GedeeldPagina, tweede)).toEqual({ naar: "/gedeeld/mislukt?reden=niet-gevonden" });
    const antwoord = await gedeeldOpenen(post("/gedeeld/openen", vorm(tweede)));
    expect(antwoord.headers.get("location")).toBe("/gedeeld/mislukt?reden=niet-gevonden");
    expect(await bekijk(GedeeldPagina, "onzin")).toEqual({ naar: "/gedeeld/mislukt?reden=sleutel-onjuist" });
    expect(h.koekje(h.DEEL_COOKIE)).toBe(eerste);
  });
});
