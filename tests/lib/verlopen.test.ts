/**
 * Faults, expiry (docs/decisions/025-opslag.md): with a fake clock, a draft and its share links past their date are
 * refused as "verlopen" until the purge and are gone after it ("niet-gevonden"), and every way
 * in (the resume link and a share link, each its page and its button, the owner's and the gewaarborgde hulp's actions) sends the
 * person to a page that says which of the two it is.
 *
 * The store-level part (Drafts.open / Deellinken.open answer "verlopen", then "niet-gevonden"
 * after ruimOp) is in lib/drafts/drafts.test.ts and lib/drafts/deellinks.test.ts; this file does
 * not repeat it but follows the same dates through the routes and actions a person uses, with the
 * real code reading the (fake) clock itself.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
// The harness first: it registers the mocks before any module below imports Next or the store.
import * as h from "@/tests/lib/acties";
import { NextRequest } from "next/server";
import { aanvraag } from "@/content/aanvraag";
import { delen } from "@/content/delen";
import { formatToken, parseToken, type DraftToegang } from "@/lib/drafts/drafts";
import { doorloop, invoer } from "@/lib/wizard/vragen/testhulp";

const { default: hervatPagina } = await import("@/app/hervat/page");
const { POST: hervatOpenen } = await import("@/app/hervat/openen/route");
const { default: gedeeldPagina } = await import("@/app/gedeeld/page");
const { POST: gedeeldOpenen } = await import("@/app/gedeeld/openen/route");
const wizard = await import("@/app/aanvraag/acties");
const gedeeld = await import("@/app/gedeeld/acties");

const DAG = 24 * 60 * 60 * 1000;
const T0 = new Date("2026-03-01T10:00:00Z");
const op = (dagen: number, ms = 0) => new Date(T0.getTime() + dagen * DAG + ms);
const LEEG = { fouten: {}, waarden: {} };

let adres = 0;

/**
 * Opens a link as a person does (docs/decisions/022-links-openen.md): its page (the GET, which
 * sends a wrong or expired link to the mislukt page itself), then the page's button (the POST).
 * Returns where it ends. Every link from its own address, so the rate limit stays out of the way.
 */
async function open(soort: "hervat" | "gedeeld", sleutel: string): Promise<string | null> {
  adres++;
  const vanaf = `10.0.${adres >> 8}.${adres & 255}`;
  h.nieuwVerzoek();
  h.vanAdres(vanaf);
  const pagina = soort === "hervat" ? hervatPagina : gedeeldPagina;
  const getoond = await h.roep(() => pagina({ searchParams: Promise.resolve({ sleutel }) }));
  if (getoond.soort === "doorverwezen") return getoond.pad;
  const knop = soort === "hervat" ? hervatOpenen : gedeeldOpenen;
  const antwoord = await knop(
    new NextRequest(`http://localhost:3000/${soort}/openen`, {
      method: "POST",
      body: new URLSearchParams({ sleutel }),
      headers: { "content-type": "application/x-www-form-urlencoded", ...h.adresKop(vanaf) },
    }),
  );
  expect(antwoord.status).toBe(303);
  return antwoord.headers.get("location");
}

/** The reason in a /hervat/mislukt or /gedeeld/mislukt path, checked against the page's texts. */
function reden(pad: string | null, pagina: "hervat" | "gedeeld"): string {
  const url = new URL(pad ?? "", "http://localhost");
  expect(url.pathname).toBe(pagina === "hervat" ? "/hervat/mislukt" : "/gedeeld/mislukt");
  const r = url.searchParams.get("reden") ?? "";
  // The mislukt page shows this text for the reason: the link explains itself.
  const teksten: Record<string, string> = pagina === "hervat" ? aanvraag.hervat.redenen : delen.mislukt.redenen;
  expect(Object.keys(teksten)).toContain(r);
  return r;
}

interface Opzet {
  eigenaar: DraftToegang;
  token: string;
  gh: string;
  kort: string;
}

let opzet: Opzet;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
  await h.nieuweOpslag();
  h.nieuwVerzoek();
  // A whole journey, so the gewaarborgde hulp could sign; 30 days to live (the default).
  const { toegang } = await h.zetDraft(doorloop(invoer()), T0);
  const deellinken = h.opslag().deellinken;
  const gh = await deellinken.maak(toegang, "gewaarborgde-hulp", null, T0);
  const kort = await deellinken.maak(toegang, "meekijken", op(7), T0);
  if (gh.status !== "ok" || kort.status !== "ok") throw new Error("kon geen links maken");
  opzet = { eigenaar: toegang, token: formatToken(toegang), gh: gh.link.token, kort: kort.link.token };
});

afterAll(() => {
  vi.useRealTimers();
});

/** The owner's next answer, posted with the draft's cookie. */
async function beantwoordAlsEigenaar(): Promise<h.Uitkomst<unknown>> {
  h.nieuwVerzoek();
  h.zetKoekje(h.SESSIE_COOKIE, opzet.token);
  return h.roep(() => wizard.beantwoord(LEEG, h.formData([["stap", "indicatie"], ["vraag", "heeft-indicatie"], ["heeftIndicatie", "ja"], ["versie", "1"]])));
}

/** The gewaarborgde hulp signs through the link's cookie. */
async function tekenAlsGh(): Promise<h.Uitkomst<unknown>> {
  h.nieuwVerzoek();
  h.zetKoekje(h.DEEL_COOKIE, opzet.gh);
  return h.roep(() => gedeeld.ondertekenAlsGh(LEEG, h.formData([["naam", "Ans de Vries"], ["geschikt", "ja"], ["wijzigingen", "ja"], ["versie", "999"]])));
}

describe("expiry with a fake clock: drafts and share links explain themselves, then are gone", () => {
  it("before its date everything opens", async () => {
    vi.setSystemTime(op(6));
    expect(await open("hervat", opzet.token)).toBe("/aanvraag");
    expect(await open("gedeeld", opzet.kort)).toBe("/gedeeld/aanvraag");
    expect(await open("gedeeld", opzet.gh)).toBe("/gedeeld/aanvraag");
  });

  it("a link that ends before its draft says verlopen from its date on; the draft and the other link still work", async () => {
    vi.setSystemTime(op(7));
    expect(reden(await open("gedeeld", opzet.kort), "gedeeld")).toBe("verlopen");
    expect(await open("gedeeld", opzet.gh)).toBe("/gedeeld/aanvraag");
    expect(await open("hervat", opzet.token)).toBe("/aanvraag");
    // The purge takes the expired link now, not the draft: then it reads as not found.
    expect(await h.opslag().drafts.ruimOp(new Date())).toBe(0);
    expect(reden(await open("gedeeld", opzet.kort), "gedeeld")).toBe("niet-gevonden");
  });

  it("one millisecond before the draft's date it still opens", async () => {
    vi.setSystemTime(op(30, -1));
    expect(await open("hervat", opzet.token)).toBe("/aanvraag");
    expect(await open("gedeeld", opzet.gh)).toBe("/gedeeld/aanvraag");
  });

  it("past the draft's date, before the purge: every way in says verlopen, and nothing is written", async () => {
    vi.setSystemTime(op(30));
    expect(reden(await open("hervat", opzet.token), "hervat")).toBe("verlopen");
    expect(reden(await open("gedeeld", opzet.gh), "gedeeld")).toBe("verlopen");

    const eigenaar = await beantwoordAlsEigenaar();
    expect(eigenaar.soort === "doorverwezen" && reden(eigenaar.pad, "hervat")).toBe("verlopen");
    const gh = await tekenAlsGh();
    expect(gh.soort === "doorverwezen" && reden(gh.pad, "gedeeld")).toBe("verlopen");

    // Still there (not purged), unchanged.
    expect(await h.opslag().drafts.open(opzet.eigenaar, new Date())).toEqual({ status: "verlopen" });
  });

  it("after the purge: every way in says niet-gevonden, and the rows are gone", async () => {
    vi.setSystemTime(op(30, 1));
    expect(await h.opslag().drafts.ruimOp(new Date())).toBe(1);

    expect(reden(await open("hervat", opzet.token), "hervat")).toBe("niet-gevonden");
    expect(reden(await open("gedeeld", opzet.gh), "gedeeld")).toBe("niet-gevonden");
    const eigenaar = await beantwoordAlsEigenaar();
    expect(eigenaar.soort === "doorverwezen" && reden(eigenaar.pad, "hervat")).toBe("niet-gevonden");
    const gh = await tekenAlsGh();
    expect(gh.soort === "doorverwezen" && reden(gh.pad, "gedeeld")).toBe("niet-gevonden");

    const { store } = h.opslag();
    for (const link of [opzet.gh, opzet.kort]) expect(await store.leesDeellink(parseToken(link)?.id ?? "")).toBeNull();
    expect(await store.isVerlopen(opzet.eigenaar.id, new Date())).toBe(false);
    expect(await store.lees(opzet.eigenaar.id, op(-1))).toBeNull();
  });

  it("the two reasons read differently, on both pages", () => {
    expect(aanvraag.hervat.redenen.verlopen).not.toBe(aanvraag.hervat.redenen["niet-gevonden"]);
    expect(delen.mislukt.redenen.verlopen).not.toBe(delen.mislukt.redenen["niet-gevonden"]);
  });
});
