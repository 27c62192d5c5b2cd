/**
 * The gewaarborgde hulp's share link (docs/decisions/022-links-openen.md): whoever holds the link
 * must type the gewaarborgde hulp's name to sign, so no page or file the link opens may show it:
 * not the page (answers, signatures, the form's value and hints, its errors), not the PDF. The
 * name is compared forgivingly on the server, and the signature records that a link was used.
 * The page is rendered to HTML with the harness's cookie jar; the PDF is read back as text.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
// The harness first: it registers the mocks before any module below imports Next or the store.
import * as h from "@/tests/lib/acties";
import { antwoordenSchema, type Antwoorden } from "@/lib/wizard/antwoorden";
import { doorloop, invoer } from "@/lib/wizard/vragen/testhulp";
import { pdfBestanden } from "@/tests/lib/pdf-bestanden";

const { default: GedeeldeAanvraag } = await import("@/app/gedeeld/aanvraag/page");
const { GET: gedeeldPdf } = await import("@/app/gedeeld/budgetplan/pdf/route");
const { ondertekenAlsGh } = await import("@/app/gedeeld/acties");
const { tekstVan } = pdfBestanden("gedeeld");
const { ondertekenen } = await import("@/content/ondertekenen");
const { budgetplanVragen } = await import("@/content/wizard/budgetplan");

/** Everything that names the gewaarborgde hulp in the journey's answers (lib/wizard/vragen/testhulp.ts). */
const GH = { naam: "Ans de Vries", telefoon: "06 12345678", email: "ans@example.nl" };
const LEEG = { fouten: {}, waarden: {} };

/** A finished application with a gewaarborgde hulp, who is also paid as a zorgverlener, and its links. */
async function opzet(): Promise<{ gh: string; meekijken: string; versie: number }> {
  const a = doorloop(invoer());
  const metZorgverlener: Antwoorden = { ...a, zorgverleners: [...(a.zorgverleners ?? []), { ...(a.zorgverleners?.[0] ?? ({} as never)), id: "ans", naam: "ans  DE VRIES" }] };
  expect(antwoordenSchema.safeParse(metZorgverlener).success).toBe(true);
  const { toegang, versie } = await h.opslag().drafts.maak(metZorgverlener, new Date());
  const gh = await h.opslag().deellinken.maak(toegang, "gewaarborgde-hulp", null, new Date());
  const meekijken = await h.opslag().deellinken.maak(toegang, "meekijken", null, new Date());
  if (gh.status !== "ok" || meekijken.status !== "ok") throw new Error("kon geen links maken");
  return { gh: gh.link.token, meekijken: meekijken.link.token, versie };
}

async function pagina(link: string, zoek: Record<string, string> = {}): Promise<string> {
  h.nieuwVerzoek();
  h.zetKoekje(h.DEEL_COOKIE, link);
  const uitkomst = await h.roep(() => GedeeldeAanvraag({ searchParams: Promise.resolve(zoek) }));
  if (uitkomst.soort === "doorverwezen") throw new Error(`doorverwezen naar ${uitkomst.pad}`);
  return renderToStaticMarkup(createElement("div", null, uitkomst.status));
}

/** Every way the name could be written in HTML: as is, escaped, any case. */
function noemt(html: string, tekst: string): boolean {
  const plat = html.toLowerCase().replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ");
  return plat.includes(tekst.toLowerCase());
}

async function teken(link: string, naam: string, versie: number) {
  h.nieuwVerzoek();
  h.zetKoekje(h.DEEL_COOKIE, link);
  return h.roep(() => ondertekenAlsGh(LEEG, h.formData([["naam", naam], ["geschikt", "ja"], ["wijzigingen", "ja"], ["versie", String(versie)]])));
}

async function opgeslagen(link: string): Promise<Antwoorden> {
  const [id = "", sleutel = ""] = link.split(".");
  const open = await h.opslag().deellinken.open({ id, sleutel: Buffer.from(sleutel, "base64url") }, new Date());
  if (open.status !== "ok") throw new Error("link opent niet");
  const draft = await h.opslag().drafts.open(open.draft, new Date());
  if (draft.status !== "ok") throw new Error("draft opent niet");
  return draft.antwoorden as Antwoorden;
}

beforeEach(async () => {
  await h.nieuweOpslag();
});

describe("the gewaarborgde hulp's link shows nothing of their name", () => {
  it("not on the page: answers, deel 7, a zorgverlener of that name, the form's value and hint", async () => {
    const { gh } = await opzet();
    const html = await pagina(gh);
    expect(html).toContain('name="naam"');
    for (const geheim of [GH.naam, "ans  de vries", GH.telefoon, GH.email]) expect(noemt(html, geheim), geheim).toBe(false);
  });

  it("a wrong name: an error that does not give the right one, the typed name kept, nothing stored", async () => {
    const { gh, versie } = await opzet();
    const uitkomst = await teken(gh, "Jan Jansen", versie);
    if (uitkomst.soort !== "status") throw new Error(`doorverwezen naar ${uitkomst.pad}`);
    const status = uitkomst.status;
    expect(Object.keys(status.fouten)).toEqual(["naam"]);
    expect(noemt(status.fouten.naam ?? "", GH.naam)).toBe(false);
    expect(status.waarden.naam).toBe("Jan Jansen");
    expect((await opgeslagen(gh)).handtekeningen).toBeUndefined();
  });

  it("the right name, written differently, signs; the signature records the link, and still shows no name", async () => {
    const { gh, versie } = await opzet();
    const uitkomst = await teken(gh, "  ANS   de   Vriës ", versie);
    expect(uitkomst).toMatchObject({ soort: "doorverwezen", pad: "/gedeeld/aanvraag?ondertekend=1" });
    const handtekening = (await opgeslagen(gh)).handtekeningen?.gewaarborgdeHulp;
    expect(handtekening).toMatchObject({ naam: "ANS de Vriës", via: "deellink" });
    const html = await pagina(gh, { ondertekend: "1" });
    expect(noemt(html, "ans de vri")).toBe(false);
  });

  it("not in the PDF the link downloads; the PDF says the signature came through a link", async () => {
    const { gh, meekijken, versie } = await opzet();
    await teken(gh, GH.naam, versie);
    h.nieuwVerzoek();
    h.zetKoekje(h.DEEL_COOKIE, gh);
    const antwoord = await gedeeldPdf();
    expect(antwoord.status).toBe(200);
    const tekst = tekstVan(new Uint8Array(await antwoord.arrayBuffer())).replace(/\s+/g, " ");
    expect(tekst).toContain("Digitaal ondertekend");
    expect(tekst).toContain("ondertekend via een gedeelde link");
    expect(tekst.toLowerCase()).not.toContain("ans de vries");
    expect(tekst).not.toContain(GH.telefoon);

    // Someone looking along cannot sign: their link shows the application as it is.
    h.nieuwVerzoek();
    h.zetKoekje(h.DEEL_COOKIE, meekijken);
    const mee = tekstVan(new Uint8Array(await (await gedeeldPdf()).arrayBuffer())).replace(/\s+/g, " ");
    expect(mee).toContain(GH.naam);
    expect(mee).toContain("ondertekend via een gedeelde link");
  });

  it("a link to look along still shows the whole application, names included", async () => {
    const { meekijken } = await opzet();
    expect(noemt(await pagina(meekijken), GH.naam)).toBe(true);
  });
});

describe("the gewaarborgde hulp's page: the form first, who signs what, then the answers (docs/decisions/031-burgerpaginas.md)", () => {
  const plat = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

  it("puts the signature form and the panel above the answers, and the panel calls them 'U'", async () => {
    const { gh } = await opzet();
    const html = await pagina(gh);
    const form = html.indexOf('name="naam"');
    const paneel = html.indexOf(`>${ondertekenen.kop}<`);
    const antwoorden = html.indexOf('id="antwoorden"');
    expect(form).toBeGreaterThan(-1);
    expect(paneel).toBeGreaterThan(form);
    expect(antwoorden).toBeGreaterThan(paneel);
    expect(html.indexOf('id="kop-indicatie"')).toBeGreaterThan(antwoorden);
    expect(html).toContain(`href="#antwoorden"`);
    const tekst = plat(html);
    expect(tekst).toContain(`${ondertekenen.uZelf} : ${ondertekenen.status.nogNiet}`);
    expect(tekst).toContain(`${ondertekenen.gh.invuller} : ${ondertekenen.status.nogNiet}`);
    expect(tekst).toContain(ondertekenen.regel(budgetplanVragen.ondertekening.rollen["gewaarborgde-hulp"], ondertekenen.u));
    expect(tekst).toContain(ondertekenen.gh.digitaalUitleg);
    expect(tekst).not.toContain(ondertekenen.digitaalUitleg);
  });

  it("a link to look along has no form and no panel", async () => {
    const { meekijken } = await opzet();
    const html = await pagina(meekijken);
    expect(html).not.toContain('name="naam"');
    expect(html).not.toContain(`>${ondertekenen.kop}<`);
  });
});
