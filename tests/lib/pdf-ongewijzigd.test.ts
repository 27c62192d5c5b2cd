/**
 * Both PDFs for one fixed, rich draft, read back as text page by page (poppler's pdftotext
 * -layout) and compared with the stored text in ./pdf-ongewijzigd/. It guards the layout shared
 * in lib/pdf/: a change there that moves, drops or re-wraps a word on either PDF shows up here as
 * a diff. When a change to a PDF is intended, look at the diff and update the stored text with
 * `npx vitest run tests/lib/pdf-ongewijzigd.test.ts -u`.
 *
 * The draft: eight zorgverleners (so a vervolgblad after the sixth), long names with Dutch
 * accents and characters outside WinAnsi, a word wider than the line, two signers with a date
 * and one without, two digital signatures of which one was made before a change, a zorgkantoor;
 * the checklist for two of the zorgverleners, one with logeeropvang.
 */
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { budgetplanDocument } from "@/lib/budgetplan/uit-antwoorden";
import { maakBudgetplanPdf } from "@/lib/budgetplan/pdf";
import { onderteken } from "@/lib/delen/handtekeningen";
import type { Antwoorden, Zorgverlener } from "@/lib/wizard/antwoorden";
import { BROCHURE_ZORGVERLENER, BUURVROUW_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import { zorgovereenkomstChecklist } from "@/lib/zorgovereenkomst/checklist";
import { maakChecklistPdf } from "@/lib/zorgovereenkomst/pdf";
import { pdfBestanden } from "@/tests/lib/pdf-bestanden";

const { tekstVan } = pdfBestanden("ongewijzigd");

const VANDAAG = "2026-11-24";

const zorgverleners: Zorgverlener[] = [
  BROCHURE_ZORGVERLENER,
  BUURVROUW_ZORGVERLENER,
  {
    ...BUURVROUW_ZORGVERLENER,
    id: "zzp",
    naam: "Anne-Sophie Lefèvre-van Bronckhorst-Dijkstra, zelfstandig verpleegkundige niveau 5",
    plaats: "Hoogezand-Sappemeer",
    soort: "zzp",
    registraties: ["big", "kvk"],
    nummer: "12345678",
    overeenkomst: "opdracht",
    urenPerWeek: 750,
    uurtarief: 5250,
  },
  { ...BUURVROUW_ZORGVERLENER, id: "hoeve", naam: "Zorgboerderij De Hoeve", plaats: "Bunnik", soort: "instelling", nummer: "87654321", overeenkomst: "opdracht", urenPerWeek: 1200, uurtarief: 4800 },
  { ...BROCHURE_ZORGVERLENER, id: "neef", naam: "Neef Sébastien Öztürk", plaats: "Nieuwegein", urenPerWeek: 325 },
  { ...BUURVROUW_ZORGVERLENER, id: "anker", naam: "Logeerhuis Het Anker – Ĳsselmonde", plaats: "Amersfoort", soort: "instelling", nummer: "23456789", overeenkomst: "opdracht", urenPerWeek: 1000, uurtarief: 6200 },
  { ...BROCHURE_ZORGVERLENER, id: "anouk", naam: "Dochter Anouk Erdős-Şahin", plaats: "Vianen", nummer: "111222333", urenPerWeek: 1550, uurtarief: 1725 },
  { ...BUURVROUW_ZORGVERLENER, id: "groen", naam: "Vervoer Groen", plaats: "IJsselstein", soort: "zzp", nummer: "34567890", overeenkomst: "opdracht", urenPerWeek: 200, uurtarief: 3500 },
];

function concept(): Antwoorden {
  const basis: Antwoorden = {
    voorWie: "wettelijk-vertegenwoordiger",
    heeftGewaarborgdeHulp: "ja",
    gewaarborgdeHulp: { naam: "Jan Jansen", relatie: "buurman", isWettelijkVertegenwoordiger: "nee" },
    persoonsgegevens: { achternaam: "van den Heuvel-Ørsted-Lefèvre", geboortedatum: "1948-05-17", bsn: "111222333" },
    zorgprofiel: "5VV",
    redenKeuzePgb: "Mijn moeder wil thuis blijven wonen, in Sint-Michielsgestel, en zelf kiezen wie haar helpt.\n\nZe spreekt vooral Frysk en een beetje Nederlands; vertrouwde gezichten zijn voor haar belangrijk. Zie www.sint-michielsgestel.nl/wonen-zorg-en-welzijn/mantelzorgondersteuning-en-respijtzorg-voor-alle-inwoners-van-de-gemeente.",
    zorgInkopen: `${"Wassen en aankleden, insuline prikken, samen boodschappen doen en koken. ".repeat(12)}Logeeropvang één weekend per maand.`,
    zorgverleners,
    ondertekening: [
      { naam: "Johanna Çelik-de Vries", relatie: "wettelijk vertegenwoordiger (curator)", datum: "2026-11-20" },
      { naam: "Jan Jansen", relatie: "gewaarborgde hulp" },
    ],
    woonplaats: { invoer: "Tilburg", zkCode: "ZK12", gemeente: "Tilburg", viaPostcode: false },
  };
  const gh = onderteken(basis, "gewaarborgde-hulp", { naam: "Jan Jansen", verklaringen: ["geschikt", "wijzigingen-melden"] }, new Date("2026-11-22T15:30:00Z"), { viaDeellink: true });
  // The applicant signs after an answer changed: the gewaarborgde hulp's signature no longer holds.
  return onderteken({ ...gh, zorgInkopen: `${gh.zorgInkopen ?? ""} En koken.` }, "aanvrager", { naam: "Johanna Çelik-de Vries" }, new Date("2026-11-23T08:05:00Z"));
}

/** The text of every page, marked with its number; trailing spaces dropped. */
async function paginas(pdf: Uint8Array): Promise<string> {
  const aantal = (await PDFDocument.load(pdf)).getPageCount();
  const delen = tekstVan(pdf).replace(/\f$/, "").split("\f");
  expect(delen).toHaveLength(aantal);
  return delen
    .map((tekst, i) => `==== pagina ${i + 1} van ${aantal} ====\n${tekst.replace(/[ \t]+$/gm, "").replace(/\n+$/, "")}\n`)
    .join("\n");
}

describe("the PDFs of a fixed rich draft come out as stored", () => {
  it("budgetplan: page count and the text of each page", async () => {
    const tekst = await paginas(await maakBudgetplanPdf(budgetplanDocument(concept(), VANDAAG)));
    expect(tekst).toContain("Vervolgblad 2");
    expect(tekst).toContain("deze handtekening geldt niet meer");
    await expect(tekst).toMatchFileSnapshot("./pdf-ongewijzigd/budgetplan.txt");
  });

  it("zorgovereenkomst checklists: page count and the text of each page", async () => {
    for (const [id, etmalen] of [["zzp", undefined], ["buurvrouw", 200]] as const) {
      const checklist = zorgovereenkomstChecklist(concept(), id, VANDAAG, etmalen);
      if (checklist === null) throw new Error(`geen checklist voor ${id}`);
      await expect(await paginas(await maakChecklistPdf(checklist))).toMatchFileSnapshot(`./pdf-ongewijzigd/checklist-${id}.txt`);
    }
  });
});
