/**
 * The English words of every reason code (docs/decisions/028-redenen-als-gegevens.md, addendum
 * 2026-12-05), with the facts of the Dutch snapshot's example cases (tests/lib/reden-gevallen.ts)
 * and of the reasons lib/ gives: for each, the English text is there, is not the Dutch one, shows
 * the same amounts, dates, percentages and facts, and has no Dutch function word left once the
 * Dutch terms that name things of the Dutch system (and the facts as typed) are taken out.
 */
import { describe, expect, it } from "vitest";
import { budgetRedenen } from "@/lib/declaraties/budget";
import { verantwoordingsvrijBedrag } from "@/rules/declaratie";
import { REDEN_CODES, reden, type Reden } from "@/rules/redenen";
import { NEDERLANDS_WOORD, zonderNederlandseNamen } from "@/tests/lib/engels";
import { redenGevallen } from "@/tests/lib/reden-gevallen";
import { AANVRAGER, metTekst, metTeksten, redenTekst, ZORGKANTOOR, type Publiek } from "../index";
import { REDEN_WOORDEN_EN, REDEN_WOORDEN_EN_ANDER } from "./index";

/** Amounts, dates and percentages as the text shows them; the same notation in both languages. */
const NOTATIES = /€ \d[\d.]*,\d{2}|\d{2}-\d{2}-\d{4}|\d+(?:,\d+)?%/g;

/** The example reasons: every case of the Dutch snapshot, the reasons of lib/, one per distinct code and facts. */
function voorbeelden(): Reden[] {
  const alle = [
    ...redenGevallen().flatMap(([, redenen]) => redenen),
    ...budgetRedenen("2026-03-01", { perMaand: 162400, perJaar: 1948800 }),
    reden("LV-10", "lv.pgb-geen-behandeling"),
    reden("LV-10", "lv.geen-pgb-voor-behandeling"),
    reden("ZO-05", "zo.logeer-maximum", { maximum: 90 }),
    reden("TK-03", "tk.eigen-bijdrage-mpt"),
    // DE-05 above the maximum, and with less left of the pgb than the amount: not in the snapshot.
    ...verantwoordingsvrijBedrag(20_000_000, { peildatum: "2026-03-01" }).redenen,
    ...verantwoordingsvrijBedrag(5_000_000, { uitgavenAanZorg: 4_950_000, peildatum: "2026-03-01" }).redenen,
  ];
  const gezien = new Map<string, Reden>();
  for (const r of alle) gezien.set(`${r.code} ${JSON.stringify(r.gegevens)}`, r);
  return [...gezien.values()];
}

describe("English words of the reasons, for the applicant", () => {
  const redenen = voorbeelden();

  it("exist for exactly the reason codes", () => {
    expect(Object.keys(REDEN_WOORDEN_EN).sort()).toEqual([...REDEN_CODES].sort());
  });

  it("have an example with real facts for every code", () => {
    expect(new Set(redenen.map((r) => r.code))).toEqual(new Set(REDEN_CODES));
  });

  it("are not empty, not the Dutch, and show the same amounts, dates and percentages", () => {
    for (const r of redenen) {
      const en = redenTekst(r, AANVRAGER, "en");
      const nl = redenTekst(r);
      expect(en.trim().length, r.code).toBeGreaterThan(10);
      expect(en, r.code).not.toBe(nl);
      expect(en.match(NOTATIES)?.sort() ?? [], `${r.code}: ${en}`).toEqual(expect.arrayContaining(nl.match(NOTATIES) ?? []));
      // A fact written as typed (a zorgprofiel, a name, a postcode) shows as it does in Dutch; a
      // key of a table ("instelling", "zzp") and a country code have words of their own.
      for (const [sleutel, w] of Object.entries(r.gegevens)) {
        if (typeof w === "string" && sleutel !== "land" && !/^[a-z-]+$/.test(w) && nl.includes(w)) expect(en, `${r.code} ${sleutel}`).toContain(w);
      }
    }
  });

  it("show an amount of the facts as € in the Dutch notation", () => {
    const r = reden("BP-02", "bp.buiten-budget", { totaal: 8396400, pgb: 6000000, tekort: 2396400 });
    expect(redenTekst(r, AANVRAGER, "en")).toBe(
      "The total of € 83.964,00 is more than your pgb of € 60.000,00 per year. You are € 23.964,00 short. Agree on fewer hours or a lower hourly rate, or talk to your zorgkantoor.",
    );
  });

  it("name a country in English", () => {
    expect(redenTekst(reden("TK-06", "bl.eer", { land: "ES", maxWeken: 52 }), AANVRAGER, "en")).toMatch(/^Spain is part of the European Economic Area/);
    expect(redenTekst(reden("TK-06", "bl.elders", { land: "BQ", maxWeken: 13 }), AANVRAGER, "en")).toMatch(/^The Caribbean Netherlands is not part/);
    expect(redenTekst(reden("TK-06", "bl.palliatief-terminaal", { land: "US", maxWeken: 52 }), AANVRAGER, "en")).toContain(" in the United States for up to 1 year");
    expect(redenTekst(reden("TK-06", "bl.onbekend-land", { land: "XX", maxWeken: 13 }), AANVRAGER, "en")).toContain('code "XX"');
  });

  it("have no Dutch function word left", () => {
    const fouten = redenen.flatMap((r) => {
      const en = redenTekst(r, AANVRAGER, "en");
      const woord = NEDERLANDS_WOORD.exec(zonderNederlandseNamen(en, r));
      return woord === null ? [] : [`${r.code}: "${woord[1]}" in ${en}`];
    });
    expect(fouten).toEqual([]);
  });

  it("the check finds a Dutch sentence", () => {
    const r = reden("BP-02", "bp.totaal", { aantal: 2, totaal: 162400 });
    expect(NEDERLANDS_WOORD.test(zonderNederlandseNamen(redenTekst(r), r))).toBe(true);
  });

  it("Dutch stays the default, for redenTekst and metTeksten", () => {
    const r = reden("BP-02", "bp.totaal", { aantal: 2, totaal: 162400 });
    expect(redenTekst(r)).toBe("U heeft 2 zorgverleners. Samen kosten ze € 1.624,00 per jaar.");
    expect(metTeksten([r], AANVRAGER, "en")).toEqual([{ ...metTekst(r), tekst: "You have 2 care providers. Together they cost € 1.624,00 per year." }]);
  });
});

/**
 * Every other reader (docs/decisions/032-talen.md, addendum "reasons in English for every reader"):
 * the applicant as a third person, with words of their own per code (content/redenen/en/ander/).
 */
describe("English words of the reasons, for every other reader", () => {
  const redenen = voorbeelden();
  const LEZERS: [string, Publiek, string][] = [
    ["namens Riet", { wie: "namens", naam: "Riet" }, "Riet"],
    ["namens James", { wie: "namens", naam: "James" }, "James"],
    ["namens, no name", { wie: "namens", naam: "de aanvrager" }, "the applicant"],
    ["gewaarborgde hulp of Riet", { wie: "gewaarborgde-hulp", naam: "Riet" }, "Riet"],
    ["gewaarborgde hulp, no name", { wie: "gewaarborgde-hulp" }, "the budgetholder"],
    ["zorgkantoor", ZORGKANTOOR, "the applicant"],
  ];
  // zk.aantal: the applicant's "your" is only in the gloss of a page title; the sentence is about no one.
  const ZONDER_PERSOON = new Set(["zk.aantal"]);
  const JIJ = /(?<![\p{L}])(you|your|yours|yourself)(?![\p{L}])/iu;

  it("exist for exactly the reason codes", () => {
    expect(Object.keys(REDEN_WOORDEN_EN_ANDER).sort()).toEqual([...REDEN_CODES].sort());
  });

  it.each(LEZERS)("%s: never \"you\", the person named wherever the applicant reads \"you\", the same facts", (_, publiek, naam) => {
    const fouten = redenen.flatMap((r) => {
      const en = redenTekst(r, publiek, "en");
      const voorAanvrager = redenTekst(r, AANVRAGER, "en");
      const nl = redenTekst(r);
      const fout: string[] = [];
      if (en.trim().length <= 10) fout.push("empty");
      if (JIJ.test(en)) fout.push(`"${JIJ.exec(en)?.[1]}"`);
      if (JIJ.test(voorAanvrager) && !ZONDER_PERSOON.has(r.code) && !en.toLowerCase().includes(naam.toLowerCase())) fout.push(`no "${naam}"`);
      const notaties: string[] = en.match(NOTATIES) ?? [];
      for (const n of nl.match(NOTATIES) ?? []) if (!notaties.includes(n)) fout.push(`no ${n}`);
      return fout.length === 0 ? [] : [`${r.code}: ${fout.join(", ")} in ${en}`];
    });
    expect(fouten).toEqual([]);
  });

  it.each(LEZERS)("%s: no Dutch function word left", (_, publiek) => {
    const fouten = redenen.flatMap((r) => {
      const en = redenTekst(r, publiek, "en");
      const woord = NEDERLANDS_WOORD.exec(zonderNederlandseNamen(en, r));
      return woord === null ? [] : [`${r.code}: "${woord[1]}" in ${en}`];
    });
    expect(fouten).toEqual([]);
  });

  it("the checks find \"you\" and a Dutch sentence", () => {
    const r = reden("BP-02", "bp.totaal", { aantal: 2, totaal: 162400 });
    expect(JIJ.test(redenTekst(r, AANVRAGER, "en"))).toBe(true);
    expect(NEDERLANDS_WOORD.test(zonderNederlandseNamen(redenTekst(r, { wie: "namens", naam: "Riet" }), r))).toBe(true);
  });

  it("agree the verb and write the possessive: Riet's, James', the applicant's", () => {
    const r = reden("BP-02", "bp.buiten-budget", { totaal: 8396400, pgb: 6000000, tekort: 2396400 });
    expect(redenTekst(r, { wie: "namens", naam: "Riet" }, "en")).toBe(
      "The total of € 83.964,00 is more than Riet's pgb of € 60.000,00 per year. Riet is € 23.964,00 short. Agree on fewer hours or a lower hourly rate, or talk to the zorgkantoor.",
    );
    expect(redenTekst(r, { wie: "namens", naam: "James" }, "en")).toContain("more than James' pgb");
    expect(redenTekst(r, ZORGKANTOOR, "en")).toContain("more than the applicant's pgb of € 60.000,00 per year. The applicant is € 23.964,00 short.");
  });

  it("examples per family, for Riet, staff and the gewaarborgde hulp without a name", () => {
    const CODES = [
      "av.hulp-ontbreekt",
      "av.ondertekening-budgethouder",
      "bl.boven-maximum",
      "bp.totaal",
      "de.termijn",
      "id.kvk-of-bsn",
      "ind.wlz-past-misschien",
      "lv.instelling-met-dagbesteding",
      "tk.eigen-bijdrage-verschuldigd",
      "tk.eindgrond",
      "zk.gemeente",
      "zo.werkgever",
      "zp.in-bijlage-4",
    ];
    const eerste = (code: string): Reden => {
      const r = redenen.find((x) => x.code === code);
      if (r === undefined) throw new Error(code);
      return r;
    };
    const voor = (publiek: Publiek) => Object.fromEntries(CODES.map((code) => [code, redenTekst(eerste(code), publiek, "en")]));
    expect(voor({ wie: "namens", naam: "Riet" })).toMatchInlineSnapshot(`
      {
        "av.hulp-ontbreekt": "With zorgprofiel ZP 4 VV, a gewaarborgde hulp is required. Riet has no one who does this. Then the application for a pgb cannot succeed.",
        "av.ondertekening-budgethouder": "Riet has no legal representative and no gewaarborgde hulp. Then Riet signs the budgetplan.",
        "bl.boven-maximum": "Riet's stay lasts longer than 52 weeks. For the weeks after that, Riet cannot buy care with the pgb. Talk to the zorgkantoor.",
        "bp.totaal": "Riet has 6 care providers. Together they cost € 83.964,00 per year.",
        "de.termijn": "Send a claim (declaratie) to the SVB within 4 weeks after it came in. Riet received the claim on 10-01-2024. So send it no later than 07-02-2024.",
        "id.kvk-of-bsn": "Does Riet buy care from an organisation or a self-employed care provider? Then fill in the KVK number. Does Riet buy care from an informal caregiver? Then fill in their citizen service number (BSN).",
        "ind.wlz-past-misschien": "Riet always needs supervision, or care that must be close by 24 hours a day. Then the Wlz may suit Riet.",
        "lv.instelling-met-dagbesteding": "Riet lives in a Wlz institution and also gets daytime activities there. The institution then gives Riet all the care. That is why Riet does not get a pgb.",
        "tk.eigen-bijdrage-verschuldigd": "Riet is 18 years old or older. Then Riet pays a personal contribution (eigen bijdrage) for the pgb.",
        "tk.eindgrond": "The pgb stops if Riet is admitted to a Wlz institution (Wlz-instelling) for good.",
        "zk.gemeente": "Riet lives in the municipality of Tilburg. That municipality is in the zorgkantoor region Midden Brabant.",
        "zo.werkgever": "Riet signs an arbeidsovereenkomst with the care provider. Then Riet will become the employer and the care provider is Riet's employee. Riet has to deal with employment law and the duties of an employer.",
        "zp.in-bijlage-4": "Riet's zorgprofiel is ZP 4 VV (VV Beschut wonen met intensieve begeleiding en uitgebreide verzorging). The zorgkantoor calls this a care intensity package (ZZP). This ZZP is in annex 4 of the brochure: the list of ZZPs that give access to the pgb.",
      }
    `);
    expect(voor(ZORGKANTOOR)).toMatchInlineSnapshot(`
      {
        "av.hulp-ontbreekt": "With zorgprofiel ZP 4 VV, a gewaarborgde hulp is required. The applicant has no one who does this. Then the application for a pgb cannot succeed.",
        "av.ondertekening-budgethouder": "The applicant has no legal representative and no gewaarborgde hulp. Then the applicant signs the budgetplan.",
        "bl.boven-maximum": "The applicant's stay lasts longer than 52 weeks. For the weeks after that, the applicant cannot buy care with the pgb. Talk to the zorgkantoor.",
        "bp.totaal": "The applicant has 6 care providers. Together they cost € 83.964,00 per year.",
        "de.termijn": "Send a claim (declaratie) to the SVB within 4 weeks after it came in. The applicant received the claim on 10-01-2024. So send it no later than 07-02-2024.",
        "id.kvk-of-bsn": "Does the applicant buy care from an organisation or a self-employed care provider? Then fill in the KVK number. Does the applicant buy care from an informal caregiver? Then fill in their citizen service number (BSN).",
        "ind.wlz-past-misschien": "The applicant always needs supervision, or care that must be close by 24 hours a day. Then the Wlz may suit the applicant.",
        "lv.instelling-met-dagbesteding": "The applicant lives in a Wlz institution and also gets daytime activities there. The institution then gives the applicant all the care. That is why the applicant does not get a pgb.",
        "tk.eigen-bijdrage-verschuldigd": "The applicant is 18 years old or older. Then the applicant pays a personal contribution (eigen bijdrage) for the pgb.",
        "tk.eindgrond": "The pgb stops if the applicant is admitted to a Wlz institution (Wlz-instelling) for good.",
        "zk.gemeente": "The applicant lives in the municipality of Tilburg. That municipality is in the zorgkantoor region Midden Brabant.",
        "zo.werkgever": "The applicant signs an arbeidsovereenkomst with the care provider. Then the applicant will become the employer and the care provider is the applicant's employee. The applicant has to deal with employment law and the duties of an employer.",
        "zp.in-bijlage-4": "The applicant's zorgprofiel is ZP 4 VV (VV Beschut wonen met intensieve begeleiding en uitgebreide verzorging). The zorgkantoor calls this a care intensity package (ZZP). This ZZP is in annex 4 of the brochure: the list of ZZPs that give access to the pgb.",
      }
    `);
    expect(voor({ wie: "gewaarborgde-hulp" })).toMatchInlineSnapshot(`
      {
        "av.hulp-ontbreekt": "With zorgprofiel ZP 4 VV, a gewaarborgde hulp is required. The budgetholder has no one who does this. Then the application for a pgb cannot succeed.",
        "av.ondertekening-budgethouder": "The budgetholder has no legal representative and no gewaarborgde hulp. Then the budgetholder signs the budgetplan.",
        "bl.boven-maximum": "The budgetholder's stay lasts longer than 52 weeks. For the weeks after that, the budgetholder cannot buy care with the pgb. Talk to the zorgkantoor.",
        "bp.totaal": "The budgetholder has 6 care providers. Together they cost € 83.964,00 per year.",
        "de.termijn": "Send a claim (declaratie) to the SVB within 4 weeks after it came in. The budgetholder received the claim on 10-01-2024. So send it no later than 07-02-2024.",
        "id.kvk-of-bsn": "Does the budgetholder buy care from an organisation or a self-employed care provider? Then fill in the KVK number. Does the budgetholder buy care from an informal caregiver? Then fill in their citizen service number (BSN).",
        "ind.wlz-past-misschien": "The budgetholder always needs supervision, or care that must be close by 24 hours a day. Then the Wlz may suit the budgetholder.",
        "lv.instelling-met-dagbesteding": "The budgetholder lives in a Wlz institution and also gets daytime activities there. The institution then gives the budgetholder all the care. That is why the budgetholder does not get a pgb.",
        "tk.eigen-bijdrage-verschuldigd": "The budgetholder is 18 years old or older. Then the budgetholder pays a personal contribution (eigen bijdrage) for the pgb.",
        "tk.eindgrond": "The pgb stops if the budgetholder is admitted to a Wlz institution (Wlz-instelling) for good.",
        "zk.gemeente": "The budgetholder lives in the municipality of Tilburg. That municipality is in the zorgkantoor region Midden Brabant.",
        "zo.werkgever": "The budgetholder signs an arbeidsovereenkomst with the care provider. Then the budgetholder will become the employer and the care provider is the budgetholder's employee. The budgetholder has to deal with employment law and the duties of an employer.",
        "zp.in-bijlage-4": "The budgetholder's zorgprofiel is ZP 4 VV (VV Beschut wonen met intensieve begeleiding en uitgebreide verzorging). The zorgkantoor calls this a care intensity package (ZZP). This ZZP is in annex 4 of the brochure: the list of ZZPs that give access to the pgb.",
      }
    `);
  });
});
