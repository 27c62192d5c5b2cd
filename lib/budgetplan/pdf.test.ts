/**
 * The budgetplan PDF, read back the way a person or the zorgkantoor would: as text, with
 * poppler's pdftotext (poppler-utils must be installed). Page 1 of the 8-row plan is also
 * drawn as PNG with pdftoppm, beside the test's own PDFs in its temporary folder.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { berekenBudgetplan } from "@/rules/budgetplan";
import { formatBedrag } from "@/rules/geld";
import { budgetplanPdf, budgetplanUitleg } from "@/content/budgetplan-pdf";
import { pdfBestanden } from "@/tests/lib/pdf-bestanden";
import { nederlandseTeksten } from "@/tests/lib/talen";
import { bestandsnaam, type BudgetplanDigitaleHandtekening, type BudgetplanDocument, type BudgetplanZorgverlener } from "./document";
import { maakBudgetplanPdf } from "./pdf";

const { bewaar, tekstVan } = pdfBestanden("budgetplan");

/** Lines of the text with runs of spaces made one, so table cells read "A Moeder Utrecht …". */
function regelsVan(tekst: string): string[] {
  return tekst.split("\n").map((r) => r.replace(/\s+/g, " ").trim());
}

const voorbeeld: BudgetplanDocument = {
  achternaam: "de Vries",
  geboortedatum: "1948-05-17",
  bsn: "111222333",
  zorgprofiel: "ZP 5 VV – VV Beschermd wonen met intensieve dementiezorg",
  redenKeuzePgb: "Mijn moeder wil thuis blijven wonen en kiest zelf wie haar helpt.",
  zorgInkopen: "Wassen en aankleden, insuline prikken en samen boodschappen doen.",
  // The brochure's example (BP-03): 25 uur × € 15,- × 4,33 = € 1.624,- per maand.
  zorgverleners: [{ naam: "Moeder", plaats: "Utrecht", kvkOfBsn: "123456782", urenPerWeek: 2500, uurtarief: 1500 }],
  ondertekenaars: [{ naam: "Johanna de Vries", relatie: "wettelijk vertegenwoordiger (curator)", datum: "2026-03-30" }],
  digitaleHandtekeningen: [],
  zorgkantoor: { naam: "Zorgkantoor Midden", telefoon: "030 123 45 67", website: "www.zorgkantoor.example" },
  aangemaaktOp: "2026-03-30",
};

const acht: BudgetplanZorgverlener[] = [
  { naam: "Moeder", plaats: "Utrecht", kvkOfBsn: "123456782", urenPerWeek: 2500, uurtarief: 1500 },
  { naam: "Thuiszorg Zonnebloem", plaats: "Zeist", kvkOfBsn: "12345678", urenPerWeek: 750, uurtarief: 5250 },
  { naam: "Buurvrouw Fatma", plaats: "Houten", kvkOfBsn: "111222333", urenPerWeek: 400, uurtarief: 1650 },
  { naam: "Zorgboerderij De Hoeve", plaats: "Bunnik", kvkOfBsn: "87654321", urenPerWeek: 1200, uurtarief: 4800 },
  { naam: "Neef Pieter", plaats: "Nieuwegein", kvkOfBsn: "123456782", urenPerWeek: 325, uurtarief: 1500 },
  { naam: "Logeerhuis Het Anker", plaats: "Amersfoort", kvkOfBsn: "23456789", urenPerWeek: 1000, uurtarief: 6200 },
  { naam: "Dochter Anouk", plaats: "Vianen", kvkOfBsn: "111222333", urenPerWeek: 1550, uurtarief: 1725 },
  { naam: "Vervoer Groen", plaats: "IJsselstein", kvkOfBsn: "34567890", urenPerWeek: 200, uurtarief: 3500 },
];

const achtRijen: BudgetplanDocument = { ...voorbeeld, zorgverleners: acht };

describe("maakBudgetplanPdf", () => {
  it("shows the sections, the brochure's example amounts, the total and the signer", async () => {
    const tekst = tekstVan(await maakBudgetplanPdf(voorbeeld));
    for (const verwacht of [
      "Budgetplan – Persoonsgebonden budget Wlz",
      "1. Mijn persoonsgegevens",
      "de Vries",
      "17-05-1948",
      "111222333",
      "ZP 5 VV – VV Beschermd wonen met intensieve dementiezorg",
      "3. Reden keuze pgb",
      "Wassen en aankleden, insuline prikken",
      "5. Inkoop zorg",
      "KVK-nummer/ BSN*",
      "6. Bedrag per zorgverlener",
      "€ 1.624,00",
      "€ 19.488,00",
      "Totaal",
      "7. Ondertekening",
      "Johanna de Vries",
      "wettelijk vertegenwoordiger (curator)",
      "30-03-2026",
      "Handtekening:",
      "Deze persoon moet dan het",
      "Dan tekent de budgethouder zelf.",
      "Zorgkantoor Midden",
      "Pagina 1 van",
      "Bijlage 3 van de brochure Zelf uw zorg inkopen in 6 stappen (Zorgverzekeraars Nederland)",
    ]) {
      expect(tekst).toContain(verwacht);
    }
    // BP-02: the row reads as the form's sum, and the only row's year is the Totaal.
    const regels = regelsVan(tekst);
    expect(regels).toContain("A Moeder 25 × € 15,00 × 4,33 = € 1.624,00 × 12 = € 19.488,00");
    expect(regels).toContain("Totaal = € 19.488,00");
    expect(regels).toContain("A Moeder Utrecht 123456782");
    // BP-03 (docs/regels.md): the unrounded month is shown where rounding changed it.
    expect(tekst).toContain("A € 1.623,75");
  });

  it("sets the document metadata: title, language, author, producer, subject", async () => {
    const doc = await PDFDocument.load(await maakBudgetplanPdf(voorbeeld), { updateMetadata: false });
    expect(doc.getTitle()).toBe("Budgetplan persoonsgebonden budget Wlz");
    expect(doc.getAuthor()).toBe("Pgb Wlz aanvragen");
    expect(doc.getProducer()).toContain("Pgb Wlz aanvragen");
    expect(doc.getSubject()).toContain("Budgetplan");
    expect(String(doc.catalog.get(PDFName.of("Lang")))).toBe("(nl-NL)");
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
  });

  it("BP-06: keeps all 8 zorgverleners, sheet 1 A–F and a vervolgblad 2A–2B, with a total over all", async () => {
    const pdf = await maakBudgetplanPdf(achtRijen);
    const tekst = tekstVan(pdf);
    const regels = regelsVan(tekst);
    for (const z of acht) {
      // once in section 5 and once in section 6
      expect(tekst.split(z.naam).length - 1).toBe(2);
    }
    for (const [letter, z] of [["A", acht[0]], ["F", acht[5]], ["2A", acht[6]], ["2B", acht[7]]] as const) {
      expect(regels.some((r) => r.startsWith(`${letter} ${z?.naam ?? "?"} `))).toBe(true);
    }
    expect(tekst).toContain("Vervolgblad 2");
    expect(tekst).not.toContain("Vervolgblad 3");
    expect(tekst).toContain("Bij dit budgetplan hoort 1 vervolgblad (blad 2)");
    const totaal = formatBedrag(berekenBudgetplan(acht).totaalPerJaar);
    const blad1 = formatBedrag(berekenBudgetplan(acht.slice(0, 6)).totaalPerJaar);
    const blad2 = formatBedrag(berekenBudgetplan(acht.slice(6)).totaalPerJaar);
    expect(regels).toContain(`Totaal van alle 8 zorgverleners (blad 1 tot en met 2) = ${totaal}`);
    expect(regels).toContain(`Subtotaal blad 1 = ${blad1}`);
    expect(regels).toContain(`Subtotaal vervolgblad 2 = ${blad2}`);
    const pagina = (await PDFDocument.load(pdf)).getPageCount();
    expect(tekst).toContain(`Pagina ${pagina} van ${pagina}`);
  });

  it("BP-06: 13 zorgverleners fill three sheets and none is lost", async () => {
    const dertien = Array.from({ length: 13 }, (_, i) => ({ ...acht[i % 8], naam: `Zorgverlener nummer ${i + 1}` }) as BudgetplanZorgverlener);
    const tekst = tekstVan(await maakBudgetplanPdf({ ...voorbeeld, zorgverleners: dertien }));
    const regels = regelsVan(tekst);
    for (let i = 1; i <= 13; i++) expect(regels.filter((r) => new RegExp(`Zorgverlener nummer ${i}( |$)`).test(r))).toHaveLength(2);
    expect(tekst).toContain("Vervolgblad 3");
    expect(regels.some((r) => r.startsWith("3A Zorgverlener nummer 13 "))).toBe(true);
    expect(regels).toContain(`Totaal van alle 13 zorgverleners (blad 1 tot en met 3) = ${formatBedrag(berekenBudgetplan(dertien).totaalPerJaar)}`);
  });

  it("replaces characters outside WinAnsi instead of failing", async () => {
    const pdf = await maakBudgetplanPdf({
      ...voorbeeld,
      achternaam: "Erdős-Şahin",
      zorgprofiel: "ZP 5 VV\tmet ĳs",
      redenKeuzePgb: "Łukasz helpt 👍🏽 en\u200dmeer",
      zorgverleners: [{ ...acht[0], naam: "张伟" } as BudgetplanZorgverlener, { ...acht[1], naam: "Ōsaka Zorg ǅ" } as BudgetplanZorgverlener],
      ondertekenaars: [{ naam: "Ayşe Yılmaz", relatie: "gewaarborgde hulp", datum: null }],
    });
    const tekst = tekstVan(pdf);
    expect(tekst).toContain("Erdos-Sahin");
    expect(tekst).toContain("ZP 5 VV met ijs");
    expect(tekst).toContain("Lukasz helpt ?? enmeer");
    expect(tekst).toContain("??");
    expect(tekst).toContain("Osaka Zorg Dz");
    expect(tekst).toContain("Ayse Yilmaz");
    expect(tekst).toContain("€ 1.624,00");
  });

  it("still makes a valid PDF from an empty plan, with a blank block to sign", async () => {
    const pdf = await maakBudgetplanPdf({
      achternaam: "",
      geboortedatum: null,
      bsn: null,
      zorgprofiel: "",
      redenKeuzePgb: "",
      zorgInkopen: "",
      zorgverleners: [],
      ondertekenaars: [],
      digitaleHandtekeningen: [],
      zorgkantoor: null,
      aangemaaktOp: "2026-03-30",
    });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(1);
    const tekst = tekstVan(pdf);
    expect(tekst).toContain("Nog geen zorgverleners ingevuld.");
    expect(regelsVan(tekst)).toContain("Totaal = € 0,00");
    expect(tekst).toContain("Handtekening:");
    expect(tekst).not.toContain("Vervolgblad");
  });

  it("lets a long section 4 flow onto the next pages", async () => {
    const lang = `${"Hulp bij wassen, aankleden en het klaarmaken van de maaltijd. ".repeat(300)}EINDE-VAN-DE-TEKST`;
    const pdf = await maakBudgetplanPdf({ ...voorbeeld, zorgInkopen: lang });
    const tekst = tekstVan(pdf);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(3);
    expect(tekst).toContain("EINDE-VAN-DE-TEKST");
    expect(tekst.split("maaltijd.").length - 1).toBe(300);
    expect(tekst).toContain("€ 19.488,00");
  });

  it("throws on an invalid aangemaaktOp (a programming error, not user input)", async () => {
    await expect(maakBudgetplanPdf({ ...voorbeeld, aangemaaktOp: "30-03-2026" })).rejects.toThrow(RangeError);
  });

  it("measures: time for an 8-zorgverlener PDF (median of 20) and its size; renders page 1", async () => {
    const tijden: number[] = [];
    let pdf: Uint8Array = new Uint8Array();
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      pdf = await maakBudgetplanPdf(achtRijen);
      tijden.push(performance.now() - start);
    }
    tijden.sort((a, b) => a - b);
    const mediaan = ((tijden[9] ?? 0) + (tijden[10] ?? 0)) / 2;
    console.log(`budgetplan-pdf, 8 zorgverleners: mediaan ${mediaan.toFixed(1)} ms over 20, ${pdf.byteLength} bytes`);
    expect(pdf.byteLength).toBeGreaterThan(0);

    // Page 1 as PNG beside this run's own PDF (not in a shared folder, where an earlier run's
    // picture would pass the check).
    const bestand = bewaar(pdf);
    const pagina1 = bestand.replace(/\.pdf$/, "-pagina1");
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", bestand, pagina1]);
    expect(existsSync(`${pagina1}.png`)).toBe(true);
    // Twenty PDFs are a fixed amount of work, not a time limit: room for a machine twice as slow.
  }, 30_000);
});

describe("maakBudgetplanPdf: digital signatures (section 7)", () => {
  const aanvrager: BudgetplanDigitaleHandtekening = {
    rolTekst: "Wettelijk vertegenwoordiger",
    naam: "Johanna de Vries",
    opTekst: "24-11-2026 om 09:05",
    geldig: true,
    verklaringen: [],
    viaDeellink: false,
  };
  const gh: BudgetplanDigitaleHandtekening = {
    rolTekst: "Gewaarborgde hulp",
    naam: "Jan Jansen",
    opTekst: "24-11-2026 om 16:30",
    geldig: true,
    verklaringen: ["Ik ben de gewaarborgde hulp.", "Ik meld veranderingen."],
    viaDeellink: false,
  };

  it("shows both signatures in a box under the blocks to sign by hand", async () => {
    const tekst = tekstVan(await maakBudgetplanPdf({ ...voorbeeld, digitaleHandtekeningen: [aanvrager, gh] }));
    const regels = regelsVan(tekst);
    expect(regels).toContain("Digitaal ondertekend");
    expect(regels).toContain("Wettelijk vertegenwoordiger: Johanna de Vries, 24-11-2026 om 09:05.");
    expect(regels).toContain("Gewaarborgde hulp: Jan Jansen, 24-11-2026 om 16:30. Verklaringen AV-04 bevestigd.");
    expect(tekst).toContain("Deze handtekeningen zijn gezet in Pgb Wlz aanvragen.");
    // Under the blocks and their footnotes, applicant first.
    const positie = (s: string) => tekst.indexOf(s);
    expect(positie("Handtekening:")).toBeLessThan(positie("Digitaal ondertekend"));
    expect(positie("Dan tekent de budgethouder zelf.")).toBeLessThan(positie("Digitaal ondertekend"));
    expect(positie("Wettelijk vertegenwoordiger: Johanna")).toBeLessThan(positie("Gewaarborgde hulp: Jan Jansen"));
    expect(tekst).not.toContain("geldt niet meer");
  });

  it("says a signature made before the application changed no longer holds", async () => {
    const tekst = tekstVan(await maakBudgetplanPdf({ ...voorbeeld, digitaleHandtekeningen: [aanvrager, { ...gh, geldig: false }] }));
    const alles = regelsVan(tekst).join(" ");
    expect(alles).toContain(
      "Gewaarborgde hulp: Jan Jansen ondertekende op 24-11-2026 om 16:30, maar de aanvraag is daarna gewijzigd: deze handtekening geldt niet meer.",
    );
    expect(alles).toContain("Wettelijk vertegenwoordiger: Johanna de Vries, 24-11-2026 om 09:05.");
    // A signature that no longer holds does not claim its statements either.
    expect(alles).not.toContain("Verklaringen AV-04 bevestigd.");
  });

  it("says which signature came through a share link, and that none is a qualified e-signature", async () => {
    const viaLink = { ...gh, viaDeellink: true };
    const tekst = tekstVan(await maakBudgetplanPdf({ ...voorbeeld, digitaleHandtekeningen: [aanvrager, viaLink] }));
    const alles = regelsVan(tekst).join(" ");
    expect(alles).toContain("Gewaarborgde hulp: Jan Jansen, 24-11-2026 om 16:30, ondertekend via een gedeelde link. Verklaringen AV-04 bevestigd.");
    expect(alles).toContain("Wettelijk vertegenwoordiger: Johanna de Vries, 24-11-2026 om 09:05.");
    expect(alles).toContain("Het is geen gekwalificeerde elektronische handtekening.");
    const oud = regelsVan(tekstVan(await maakBudgetplanPdf({ ...voorbeeld, digitaleHandtekeningen: [{ ...viaLink, geldig: false }] }))).join(" ");
    expect(oud).toContain("Gewaarborgde hulp: Jan Jansen ondertekende op 24-11-2026 om 16:30 via een gedeelde link, maar de aanvraag is daarna gewijzigd");
  });

  it("draws no box when nobody signed digitally", async () => {
    const tekst = tekstVan(await maakBudgetplanPdf(voorbeeld));
    expect(tekst).not.toContain("Digitaal ondertekend");
    expect(tekst).not.toContain("Deze handtekeningen zijn gezet");
    expect(tekst).toContain("Handtekening:");
  });

  it("keeps the box whole and after all rows when the plan has vervolgbladen", async () => {
    const pdf = await maakBudgetplanPdf({ ...achtRijen, digitaleHandtekeningen: [aanvrager, gh] });
    const tekst = tekstVan(pdf);
    const paginas = tekst.split("\f");
    const metKop = paginas.findIndex((p) => p.includes("Digitaal ondertekend"));
    expect(metKop).toBeGreaterThanOrEqual(0);
    expect(paginas[metKop]).toContain("Gewaarborgde hulp: Jan Jansen, 24-11-2026 om 16:30.");
    expect(paginas[metKop]).not.toContain("Vervolgblad 2");
  });

  it("replaces characters outside WinAnsi in a signer's name", async () => {
    const tekst = tekstVan(await maakBudgetplanPdf({ ...voorbeeld, digitaleHandtekeningen: [{ ...gh, naam: "Ayşe  Yılmaz 张" }] }));
    expect(regelsVan(tekst)).toContain("Gewaarborgde hulp: Ayse Yilmaz ?, 24-11-2026 om 16:30. Verklaringen AV-04 bevestigd.");
  });
});

describe("maakBudgetplanPdf in English (docs/decisions/032-talen.md)", () => {
  /** The pages of a PDF's text, as pdftotext separates them. */
  const paginas = (tekst: string): string[] => tekst.replace(/\f$/, "").split("\f");

  it("keeps the Dutch pages as they are and adds one English page at the end", async () => {
    for (const doc of [voorbeeld, achtRijen]) {
      const nl = paginas(tekstVan(await maakBudgetplanPdf(doc)));
      const alsNl = paginas(tekstVan(await maakBudgetplanPdf(doc, "nl")));
      const en = paginas(tekstVan(await maakBudgetplanPdf(doc, "en")));
      expect(alsNl).toEqual(nl);
      expect(en).toHaveLength(nl.length + 1);
      expect(en.slice(0, nl.length)).toEqual(nl);
      expect(nl.join("\f")).not.toContain("About this budgetplan");
      expect(en.at(-1)).toContain("About this budgetplan (in English)");
    }
  });

  it("explains each Dutch section by its name, the totals and what to do next, in English", async () => {
    const laatste = paginas(tekstVan(await maakBudgetplanPdf(voorbeeld, "en"))).at(-1) ?? "";
    const regels = regelsVan(laatste).join(" ");
    for (const sectie of Object.values(budgetplanPdf.secties)) expect(regels).toContain(sectie);
    for (const verwacht of [
      "What this form is",
      "The zorgkantoor (the care office of your region)",
      "Your zorgkantoor: Zorgkantoor Midden, phone 030 123 45 67, www.zorgkantoor.example.",
      "Costs a month € 1.624,00",
      "Costs a year (Totaal) € 19.488,00",
      "Zorgverleners 1",
      "× 4,33 weeks = costs a month; × 12 months = costs a year.",
      "What to do next",
      "Send the budgetplan with the aanvraagformulier (application form) to the zorgkantoor.",
      "Extra page",
    ]) {
      expect(regels).toContain(verwacht);
    }
    expect(regels).not.toContain("Vervolgblad (extra sheet)");
    // No Dutch sentence of a translated module, the explanation's own Dutch model included.
    const nederlands = nederlandseTeksten();
    expect(nederlands).toContain(budgetplanUitleg.inleiding);
    for (const zin of nederlands) expect(regels).not.toContain(zin);
    // Nor the Dutch running head: the page is not part of the form.
    expect(laatste).not.toContain("geboren");
  });

  it("with a vervolgblad: says so, and counts every zorgverlener in the totals", async () => {
    const laatste = regelsVan(paginas(tekstVan(await maakBudgetplanPdf(achtRijen, "en"))).at(-1) ?? "").join(" ");
    const totaal = berekenBudgetplan(acht).totaalPerJaar;
    expect(laatste).toContain("Zorgverleners 8");
    expect(laatste).toContain(`Costs a year (Totaal) ${formatBedrag(totaal)}`);
    expect(laatste).toContain("The others are on 1 extra sheet.");
  });
});

describe("bestandsnaam", () => {
  const met = (achternaam: string) => bestandsnaam({ ...voorbeeld, achternaam });

  it("is budgetplan-<achternaam as a slug>-<jjjj-mm-dd>.pdf", () => {
    expect(met("de Vries")).toBe("budgetplan-de-vries-2026-03-30.pdf");
    expect(met("Erdős-Şahin")).toBe("budgetplan-erdos-sahin-2026-03-30.pdf");
    expect(met("Müller–Lüdenscheidt")).toBe("budgetplan-muller-ludenscheidt-2026-03-30.pdf");
    expect(met("Łukasiewicz")).toBe("budgetplan-lukasiewicz-2026-03-30.pdf");
    expect(met('../"evil"\r\n.pdf')).toBe("budgetplan-evil-pdf-2026-03-30.pdf");
  });

  it("leaves the name out when there is nothing usable", () => {
    expect(met("")).toBe("budgetplan-2026-03-30.pdf");
    expect(met("  ")).toBe("budgetplan-2026-03-30.pdf");
    expect(met("张伟")).toBe("budgetplan-2026-03-30.pdf");
  });
});
