/**
 * The checklist PDF read back as text with poppler's pdftotext, as lib/budgetplan/pdf.test.ts
 * does (poppler-utils must be installed).
 */
import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { algemeen } from "@/content/algemeen";
import { componenten } from "@/content/componenten";
import { zorgovereenkomstenTeksten } from "@/content/wizard/zorgovereenkomsten";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { AANVRAGER, redenTekst, type Publiek } from "@/content/redenen";
import { BROCHURE_ZORGVERLENER, BUURVROUW_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import { pdfBestanden } from "@/tests/lib/pdf-bestanden";
import { zorgovereenkomstChecklist, type ZorgovereenkomstChecklist } from "./checklist";
import { checklistBestandsnaam, maakChecklistPdf } from "./pdf";
import { checklist as checklistEn, pdf as pdfEn, zorgkantoor as zorgkantoorEn } from "@/content/en/zorgovereenkomst-checklist";
import { checklistVoor, pdfVoor, zorgkantoorVoor } from "@/content/en/zorgovereenkomst-checklist-ander";
import { publiekVan } from "@/lib/wizard/publiek";
import { componenten as componentenEn } from "@/content/en/componenten";
import { nederlandseTeksten } from "@/tests/lib/talen";

const t = zorgovereenkomstenTeksten;

const { tekstVan } = pdfBestanden("checklist");

const alsEen = (tekst: string): string => tekst.replace(/\s+/g, " ");

const BUURVROUW = BUURVROUW_ZORGVERLENER;

const CONCEPT: Antwoorden = {
  woonwens: "thuis",
  woonplaats: { invoer: "Tilburg", zkCode: "ZK12", gemeente: "Tilburg", viaPostcode: false },
  zorgverleners: [BUURVROUW],
};

function checklist(a: Antwoorden = CONCEPT, id = "buurvrouw", etmalen?: number): ZorgovereenkomstChecklist {
  const c = zorgovereenkomstChecklist(a, id, "2026-03-30", etmalen);
  if (c === null) throw new Error("geen checklist");
  return c;
}

describe("maakChecklistPdf", () => {
  it("has the title, the zorgverlener, the figures, every part with its points and the rules behind it", async () => {
    const c = checklist();
    const tekst = alsEen(tekstVan(await maakChecklistPdf(c)));
    expect(tekst).toContain(t.pdf.kop);
    expect(tekst).toContain(t.checklist.titel("Buurvrouw Fatma"));
    expect(tekst).toContain(t.pdf.gemaakt("30-03-2026"));
    expect(tekst).toContain(t.pdf.helpt);
    for (const { label, waarde } of c.gegevens) expect(tekst).toContain(`${label} ${waarde}`);
    for (const o of c.onderdelen) {
      expect(tekst, o.sleutel).toContain(o.titel);
      expect(tekst, o.sleutel).toContain(o.antwoord);
      for (const lijst of o.lijsten) for (const punt of lijst.punten) expect(tekst, punt).toContain(punt);
      for (const r of o.redenen) expect(tekst).toContain(`${componenten.reden.regel(r.regel)} · ${componenten.reden.bron(r.bron)}`);
      if (o.waarschuwing !== undefined) expect(tekst).toContain(o.waarschuwing.titel);
    }
    // ZO-04 for 2026: unknown, look on the zorgkantoor's website.
    expect(tekst).toContain("Wij weten het maximumtarief voor 2026 nog niet");
    expect(tekst).toContain("www.vgz-zorgkantoren.nl");
    // ZO-07: both routes and the zorgkantoor's phone number.
    expect(tekst).toContain("www.mijnpgb.nl");
    expect(tekst).toContain("www.svb.nl/pgb of 030-264 82 00");
    expect(tekst).toContain(t.zorgkantoor.regel("Zorgkantoor Midden Brabant (VGZ)", "(040) 297 51 55", "www.vgz-zorgkantoren.nl"));
    // ZO-06 / DE-07
    expect(tekst).toContain("Regel DE-07");
    expect(tekst).toMatch(new RegExp(`${t.pdf.pagina(1, 2)}|${t.pdf.pagina(1, 3)}|${t.pdf.pagina(1, 4)}`));
  });

  it("shows the etmalen logeeropvang checked, with the outcome (ZO-05)", async () => {
    const tekst = alsEen(tekstVan(await maakChecklistPdf(checklist(CONCEPT, "buurvrouw", 200))));
    expect(tekst).toContain(`${t.checklist.logeeropvang.uitkomstKop(200)}: ${componenten.uitkomst.nee}`);
    expect(tekst).toContain("U wilt 200 etmalen logeeropvang inkopen in 2026. Dat is te veel.");
  });

  it("prints any name: characters outside WinAnsi get a close one or '?'", async () => {
    const naam = "Erdős Łucja 张伟 🙂";
    const a: Antwoorden = { zorgverleners: [{ ...BUURVROUW, naam }] };
    const c = checklist(a);
    expect(c.zorgkantoor).toBeNull();
    const tekst = alsEen(tekstVan(await maakChecklistPdf(c)));
    expect(tekst).toContain("Checklist voor Erdos Lucja ??");
    expect(tekst).toContain(t.checklist.aanleveren.puntVragen);
  });

  it("sets the document's metadata: title with the name, Dutch, dated by the checklist's date", async () => {
    const doc = await PDFDocument.load(await maakChecklistPdf(checklist()), { updateMetadata: false });
    expect(doc.getTitle()).toBe(`${t.pdf.metadata.titel} – Buurvrouw Fatma`);
    expect(doc.getAuthor()).toBe(t.pdf.metadata.auteur);
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-03-30T12:00:00.000Z");
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
  });

  it("is the same file for the same checklist (no clock inside)", async () => {
    const c = checklist();
    expect(Buffer.from(await maakChecklistPdf(c)).equals(Buffer.from(await maakChecklistPdf(c)))).toBe(true);
  });

  it("throws on a date that is no date (a programming error)", async () => {
    await expect(maakChecklistPdf({ ...checklist(), aangemaaktOp: "30-03-2026" })).rejects.toThrow(RangeError);
  });
});

/** "u" or "uw" as a word: the applicant addressed (content/redenen/derde-persoon.ts). */
const U_VORM = /(?<![\p{L}\p{N}])(u|U|uw|Uw)(?![\p{L}\p{N}])/u;

const RIET: Publiek = { wie: "namens", naam: "Riet" };

/**
 * The PDF's text without the two lines that keep their "u" for every reader: the line that speaks
 * to whoever reads and ticks, and the brochure's title in the sources.
 */
const zonderLezerregels = (tekst: string): string => tekst.replaceAll(t.pdf.helpt, "").replaceAll(t.pdf.bron, "");

/** The drafts whose checklists together use every part's words: werkgever and opdrachtgever, a zorgkantoor or none, deeltijdverblijf, the etmalen checked. */
const GEVALLEN: [string, Antwoorden, string, number | undefined][] = [
  ["Buurvrouw Fatma, werkgever, 200 etmalen", CONCEPT, "buurvrouw", 200],
  ["the brochure's zorgverlener, no zorgkantoor yet", { zorgverleners: [BROCHURE_ZORGVERLENER] }, BROCHURE_ZORGVERLENER.id, undefined],
  ["deeltijdverblijf", { ...CONCEPT, woonwens: "deeltijd" }, "buurvrouw", 3],
];

describe("maakChecklistPdf for who reads (docs/decisions/028)", () => {
  it.each(GEVALLEN)("for someone filling in for Riet, %s: every text names Riet, no 'u' or 'uw' for the applicant", async (_, a, id, etmalen) => {
    const c = checklist(a, id, etmalen);
    const tekst = alsEen(tekstVan(await maakChecklistPdf(c, RIET)));
    const zinnen = zonderLezerregels(tekst).split(/(?<=[.?!:])\s+/);
    expect(zinnen.filter((zin) => U_VORM.test(zin))).toEqual([]);
    // The reasons in Riet's words, as on the page.
    for (const o of c.onderdelen) for (const r of o.redenen) expect(tekst).toContain(alsEen(redenTekst(r, RIET)));
    expect(tekst).toContain(t.pdf.helpt);
  });

  it("for Riet: Riet is werkgever, Riets zorgkantoor and Riets aantal etmalen", async () => {
    const tekst = alsEen(tekstVan(await maakChecklistPdf(checklist(CONCEPT, "buurvrouw", 200), RIET)));
    expect(tekst).toContain("Riet is werkgever van Buurvrouw Fatma.");
    expect(tekst).toContain("Wat in Riets budgetplan staat");
    expect(tekst).toContain("Riets zorgkantoor: Zorgkantoor Midden Brabant (VGZ).");
    expect(tekst).toContain(`Riets aantal: 200 etmalen logeeropvang: ${componenten.uitkomst.nee}`);
    expect(tekst).toContain("Riet wil 200 etmalen logeeropvang inkopen in 2026. Dat is te veel.");
    const zonderZorgkantoor = alsEen(tekstVan(await maakChecklistPdf(checklist({ zorgverleners: [BUURVROUW] }), RIET)));
    expect(zonderZorgkantoor).toContain("Vraag Riets zorgkantoor of het met het PGB Portaal werkt.");
  });

  it("without a name: 'de aanvrager'", async () => {
    const tekst = alsEen(tekstVan(await maakChecklistPdf(checklist(), { wie: "namens", naam: "de aanvrager" })));
    expect(tekst).toContain("De aanvrager is werkgever van Buurvrouw Fatma.");
    expect(zonderLezerregels(tekst).split(/(?<=[.?!:])\s+/).filter((zin) => U_VORM.test(zin))).toEqual([]);
  });

  it("for the applicant: 'u', as before, and the same file as without a reader", async () => {
    const c = checklist();
    const pdf = await maakChecklistPdf(c, AANVRAGER);
    const tekst = alsEen(tekstVan(pdf));
    expect(tekst).toContain("U bent werkgever van Buurvrouw Fatma.");
    expect(tekst).toContain("Uw zorgkantoor: Zorgkantoor Midden Brabant (VGZ).");
    expect(tekst).toContain(t.checklist.gegevensKop);
    expect(Buffer.from(pdf).equals(Buffer.from(await maakChecklistPdf(c)))).toBe(true);
  });
});

describe("maakChecklistPdf in English (docs/decisions/032-talen.md)", () => {
  /** The checklist made in English, as the route makes it for the applicant on the English site. */
  function checklistEnVoor(a: Antwoorden, id: string, etmalen?: number): ZorgovereenkomstChecklist {
    const c = zorgovereenkomstChecklist(a, id, "2026-03-30", etmalen, "en");
    if (c === null) throw new Error("geen checklist");
    return c;
  }

  it.each(GEVALLEN)("for the applicant, %s: English words, English reasons, no Dutch sentence of a translated module", async (_, a, id, etmalen) => {
    const c = checklistEnVoor(a, id, etmalen);
    const pdf = await maakChecklistPdf(c, AANVRAGER, "en");
    const tekst = alsEen(tekstVan(pdf));
    expect(tekst).toContain(pdfEn.kop);
    expect(tekst).toContain(checklistEn.titel(c.naam));
    expect(tekst).toContain(pdfEn.helpt);
    expect(tekst).toContain(checklistEn.gegevensKop);
    expect(tekst).toContain(`${checklistEn.waaromKop} `);
    expect(tekst).toContain("Page 1 of");
    for (const o of c.onderdelen) for (const r of o.redenen) expect(tekst).toContain(alsEen(redenTekst(r, AANVRAGER, "en")));
    // Cited brochure titles and sections stay Dutch (docs/decisions/032-talen.md), and the
    // service's name is a name, the same in both languages.
    const bronnen = [pdfEn.bron, ...c.onderdelen.flatMap((o) => o.redenen.map((r) => componentenEn.reden.bron(r.bron)))];
    const zonderBronnen = bronnen.reduce((rest, bron) => rest.replaceAll(alsEen(bron), ""), tekst);
    for (const zin of nederlandseTeksten().filter((z) => z !== algemeen.dienstnaam)) expect(zonderBronnen).not.toContain(alsEen(zin));
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of("Lang"))?.toString()).toBe("(en-GB)");
  });

  it("names the parts, the zorgkantoor and the etmalen checked, in English", async () => {
    const tekst = alsEen(tekstVan(await maakChecklistPdf(checklistEnVoor(CONCEPT, "buurvrouw", 200), AANVRAGER, "en")));
    expect(tekst).toContain("You are the employer (werkgever) of Buurvrouw Fatma.");
    expect(tekst).toContain("Your zorgkantoor: Zorgkantoor Midden Brabant (VGZ).");
    expect(tekst).toContain(`Your number: 200 etmalen of logeeropvang: ${componentenEn.uitkomst.nee}`);
    expect(tekst).toContain(checklistEn.afspraken.titel);
  });

  it("for the applicant: the same words and file as before, whether the reader is given or taken from the draft", async () => {
    expect(checklistVoor(null)).toBe(checklistEn);
    expect(pdfVoor(null)).toBe(pdfEn);
    expect(zorgkantoorVoor(null)).toBe(zorgkantoorEn);
    const c = checklistEnVoor(CONCEPT, "buurvrouw", 200);
    expect(zorgovereenkomstChecklist(CONCEPT, "buurvrouw", "2026-03-30", 200, "en", AANVRAGER)).toEqual(c);
    expect(Buffer.from(await maakChecklistPdf(c, AANVRAGER, "en")).equals(Buffer.from(await maakChecklistPdf(checklistEnVoor(CONCEPT, "buurvrouw", 200), AANVRAGER, "en")))).toBe(true);
  });

  it("in Dutch: the same file as before", async () => {
    const c = checklist();
    expect(zorgovereenkomstChecklist(CONCEPT, "buurvrouw", "2026-03-30", undefined, "nl")).toEqual(c);
    expect(Buffer.from(await maakChecklistPdf(c, AANVRAGER, "nl")).equals(Buffer.from(await maakChecklistPdf(c)))).toBe(true);
  });
});

describe("maakChecklistPdf in English for someone who fills in for another person (docs/decisions/032-talen.md)", () => {
  /** "you" or "your" as a word. */
  const JIJ_VORM = /\b(you|your|yours|yourself)\b/i;

  /** The checklist made in English for `publiek`, as the route makes it for the draft's reader. */
  function checklistEnVoor(a: Antwoorden, id: string, publiek: Publiek, etmalen?: number): ZorgovereenkomstChecklist {
    const c = zorgovereenkomstChecklist(a, id, "2026-03-30", etmalen, "en", publiek);
    if (c === null) throw new Error("geen checklist");
    return c;
  }

  it.each(GEVALLEN)("for Riet, %s: names Riet, no 'you' but in the reader's own line, no Dutch sentence of a translated module", async (_, a, id, etmalen) => {
    const c = checklistEnVoor(a, id, RIET, etmalen);
    const pdf = await maakChecklistPdf(c, RIET, "en");
    const tekst = alsEen(tekstVan(pdf));
    expect(tekst).toContain(pdfEn.kop);
    expect(tekst).toContain("What Riet's budgetplan says");
    expect(tekst).toContain(pdfEn.helpt);
    // Cited brochure titles and sections stay Dutch, "uw" and all (docs/decisions/032-talen.md).
    const bronnen = [pdfEn.bron, ...c.onderdelen.flatMap((o) => o.redenen.map((r) => componentenEn.reden.bron(r.bron)))];
    const zonderBronnen = bronnen.reduce((rest, bron) => rest.replaceAll(alsEen(bron), ""), tekst);
    const zinnen = zonderBronnen.replaceAll(pdfEn.helpt, "").split(/(?<=[.?!:])\s+/);
    expect(zinnen.filter((zin) => JIJ_VORM.test(zin))).toEqual([]);
    // Nor a Dutch "u": the budgetplan's warnings, still Dutch, are worded for Riet as in the Dutch file.
    expect(zinnen.filter((zin) => U_VORM.test(zin))).toEqual([]);
    for (const o of c.onderdelen) for (const r of o.redenen) expect(tekst).toContain(alsEen(redenTekst(r, RIET, "en")));
    for (const zin of nederlandseTeksten().filter((z) => z !== algemeen.dienstnaam)) expect(zonderBronnen).not.toContain(alsEen(zin));
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of("Lang"))?.toString()).toBe("(en-GB)");
  });

  it("for Riet: Riet is the employer, Riet's zorgkantoor and Riet's number of etmalen", async () => {
    const tekst = alsEen(tekstVan(await maakChecklistPdf(checklistEnVoor(CONCEPT, "buurvrouw", RIET, 200), RIET, "en")));
    expect(tekst).toContain("Riet is the employer (werkgever) of Buurvrouw Fatma.");
    expect(tekst).toContain("Riet's zorgkantoor: Zorgkantoor Midden Brabant (VGZ).");
    expect(tekst).toContain(`Riet's number: 200 etmalen of logeeropvang: ${componentenEn.uitkomst.nee}`);
    expect(tekst).toContain("Riet and Buurvrouw Fatma both sign the zorgovereenkomst.");
    expect(tekst).toContain("Riet wants to buy 200 days and nights of respite care (logeeropvang) in 2026. That is too many.");
    const zonderZorgkantoor = alsEen(tekstVan(await maakChecklistPdf(checklistEnVoor({ zorgverleners: [BUURVROUW] }, "buurvrouw", RIET), RIET, "en")));
    expect(zonderZorgkantoor).toContain("Ask Riet's zorgkantoor if it works with the PGB Portaal.");
  });

  it("without a name: 'the applicant'; the route's checklist takes the reader from the draft", async () => {
    const a: Antwoorden = { ...CONCEPT, voorWie: "familie" };
    const publiek = publiekVan(a);
    expect(publiek).toEqual({ wie: "namens", naam: "de aanvrager" });
    const c = zorgovereenkomstChecklist(a, "buurvrouw", "2026-03-30", undefined, "en");
    expect(c).toEqual(checklistEnVoor(a, "buurvrouw", publiek));
    if (c === null) throw new Error("geen checklist");
    const tekst = alsEen(tekstVan(await maakChecklistPdf(c, publiek, "en")));
    expect(tekst).toContain("The applicant is the employer (werkgever) of Buurvrouw Fatma.");
    expect(tekst).toContain("The applicant's zorgkantoor: Zorgkantoor Midden Brabant (VGZ).");
    expect(tekst.replaceAll(pdfEn.helpt, "").split(/(?<=[.?!:])\s+/).filter((zin) => JIJ_VORM.test(zin))).toEqual([]);
  });
});

describe("checklistBestandsnaam", () => {
  it("is zorgovereenkomst-checklist-<naam as a slug>-<jjjj-mm-dd>.pdf", () => {
    expect(checklistBestandsnaam({ naam: "Buurvrouw Fatma", aangemaaktOp: "2026-03-30" })).toBe("zorgovereenkomst-checklist-buurvrouw-fatma-2026-03-30.pdf");
    expect(checklistBestandsnaam({ naam: "Özdemir-Şahin de Vries", aangemaaktOp: "2026-03-30" })).toBe(
      "zorgovereenkomst-checklist-ozdemir-sahin-de-vries-2026-03-30.pdf",
    );
  });

  it("leaves out a name with nothing usable in it", () => {
    expect(checklistBestandsnaam({ naam: "张伟", aangemaaktOp: "2026-03-30" })).toBe("zorgovereenkomst-checklist-2026-03-30.pdf");
  });

  it("never has a character that needs quoting in a header", () => {
    const naam = checklistBestandsnaam({ naam: 'Jan "de" Vries; rm -rf /\r\n', aangemaaktOp: "2026-03-30" });
    expect(naam).toMatch(/^[a-z0-9.-]+$/);
  });
});
