/**
 * The eigen bijdrage page's lib layer (TK-03): the age from the draft, the rules applied to it,
 * and the estimate form's schema and states. rules/toekenning.test.ts covers the rules and the
 * arithmetic of the estimate; here it goes through the form.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toekenningPaginas } from "@/content/wizard/toekenning";
import { toekenningPaginas as toekenningEnPaginas } from "@/content/en/wizard/toekenning";
import { formulier } from "@/content/wizard/algemeen";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { formatBedrag } from "@/rules/geld";
import {
  MAX_INKOMEN,
  eigenBijdrageVoor,
  inkomenSchema,
  kanSchatten,
  leeftijdOp,
  leeftijdTekst,
  leeftijdUit,
  peiljaar,
  schattingVoor,
} from "./eigen-bijdrage";
import { tekstVan } from "@/tests/lib/redenen";
import type { Reden } from "@/rules/redenen";

const PEILDATUM = "2026-06-01";
const t = toekenningPaginas.eigenBijdrage;
const f = t.schatting.fouten;

/** Steps 1–3 as far as this page reads them: 5VV, thuis, zelf, born 17-05-1948. */
function antwoorden(overrides: Partial<Antwoorden> = {}): Antwoorden {
  return {
    heeftIndicatie: "ja",
    zorgprofiel: "5VV",
    woonwens: "thuis",
    regie: "zelf",
    persoonsgegevens: { achternaam: "de Vries", geboortedatum: "1948-05-17", bsn: "111222333" },
    ...overrides,
  };
}

const teksten = (redenen: Reden[]) => redenen.map((r) => tekstVan(r)).join(" ");

describe("leeftijdOp", () => {
  it("counts a year on the birthday itself", () => {
    expect(leeftijdOp("2008-06-01", "2026-05-31")).toBe(17);
    expect(leeftijdOp("2008-06-01", "2026-06-01")).toBe(18);
    expect(leeftijdOp("1948-05-17", "2026-06-01")).toBe(78);
  });

  it("29 February: a year older on 1 March in a year without it", () => {
    expect(leeftijdOp("2008-02-29", "2026-02-28")).toBe(17);
    expect(leeftijdOp("2008-02-29", "2026-03-01")).toBe(18);
    expect(leeftijdOp("2008-02-29", "2028-02-29")).toBe(20);
  });

  it("a date after the peildatum, or no date, gives no age", () => {
    expect(leeftijdOp("2030-01-01", PEILDATUM)).toBeNull();
    expect(leeftijdOp("17-05-1948", PEILDATUM)).toBeNull();
    expect(leeftijdOp("2026-06-01", PEILDATUM)).toBe(0);
  });

  it("(property) agrees with counting birthdays one by one", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2026-06-01T00:00:00Z"), noInvalidDate: true }), (geboren) => {
        const iso = geboren.toISOString().slice(0, 10);
        const [j, m, d] = iso.split("-").map(Number) as [number, number, number];
        let jaren = 0;
        // The birthday in a later year; 29 February falls on 1 March in a year without it.
        while (new Date(Date.UTC(j + jaren + 1, m - 1, d)).toISOString().slice(0, 10) <= PEILDATUM) jaren++;
        return leeftijdOp(iso, PEILDATUM) === jaren;
      }),
      { seed: 20260601, numRuns: 500 },
    );
  });
});

describe("leeftijdUit", () => {
  it("the budgetplan's geboortedatum first", () => {
    expect(leeftijdUit(antwoorden({ jongerDan18: "ja" }), PEILDATUM)).toEqual({ soort: "geboortedatum", leeftijd: 78 });
  });

  it("else stap 1's answer, else unknown", () => {
    expect(leeftijdUit(antwoorden({ persoonsgegevens: undefined, jongerDan18: "ja" }), PEILDATUM)).toEqual({ soort: "jongerDan18", jonger: true });
    expect(leeftijdUit(antwoorden({ persoonsgegevens: undefined, jongerDan18: "nee" }), PEILDATUM)).toEqual({ soort: "jongerDan18", jonger: false });
    expect(leeftijdUit(antwoorden({ persoonsgegevens: undefined }), PEILDATUM)).toEqual({ soort: "onbekend" });
  });

  it("says in Dutch which age it went by", () => {
    expect(leeftijdTekst({ soort: "geboortedatum", leeftijd: 78 })).toBe(t.leeftijd.geboortedatum(78));
    expect(leeftijdTekst({ soort: "jongerDan18", jonger: true })).toBe(t.leeftijd.jonger);
    expect(leeftijdTekst({ soort: "jongerDan18", jonger: false })).toBe(t.leeftijd.ouder);
    expect(leeftijdTekst({ soort: "onbekend" })).toBe(t.leeftijd.onbekend);
  });
});

describe("eigenBijdrageVoor", () => {
  it("78 years: pays, billed by the CAK, not from the pgb, by income, from the ingangsdatum", () => {
    const eb = eigenBijdrageVoor(antwoorden(), PEILDATUM);
    expect(eb).toMatchObject({ verschuldigd: true, metMpt: false });
    expect(eb.redenen.every((r) => r.regel === "TK-03")).toBe(true);
    const tekst = teksten(eb.redenen);
    expect(tekst).toContain("rekening van het CAK");
    expect(tekst).toContain("niet betalen uit uw pgb");
    expect(tekst).toContain("hangt af van uw inkomen");
    expect(tekst).toContain("ingangsdatum");
    expect(tekst).toContain("0800 – 0087");
    // Without mpt now: what mpt would change, folded.
    expect(eb.mptUitleg.map((r) => [r.regel, tekstVan(r)])).toEqual([["TK-03", t.mpt]]);
  });

  it("pgb with mpt (regie allebei): the rules' mpt reason, nothing folded", () => {
    const eb = eigenBijdrageVoor(antwoorden({ regie: "allebei" }), PEILDATUM);
    expect(eb).toMatchObject({ verschuldigd: true, metMpt: true, mptUitleg: [] });
    expect(teksten(eb.redenen)).toContain("modulair pakket thuis");
  });

  it("17 years by the geboortedatum: no eigen bijdrage", () => {
    const eb = eigenBijdrageVoor(antwoorden({ persoonsgegevens: { achternaam: "Jansen", geboortedatum: "2008-06-02", bsn: "111222333" } }), PEILDATUM);
    expect(eb).toMatchObject({ verschuldigd: false, mptUitleg: [] });
    expect(teksten(eb.redenen)).toContain("jonger dan 18");
  });

  it("18 today: pays (the rules' decision on 'ouder dan 18')", () => {
    const eb = eigenBijdrageVoor(antwoorden({ persoonsgegevens: { achternaam: "Jansen", geboortedatum: "2008-06-01", bsn: "111222333" } }), PEILDATUM);
    expect(eb.verschuldigd).toBe(true);
  });

  it("stap 1's 'jonger dan 18' when there is no geboortedatum; unknown shows what holds from 18", () => {
    expect(eigenBijdrageVoor(antwoorden({ persoonsgegevens: undefined, jongerDan18: "ja" }), PEILDATUM).verschuldigd).toBe(false);
    expect(eigenBijdrageVoor(antwoorden({ persoonsgegevens: undefined, jongerDan18: "nee" }), PEILDATUM).verschuldigd).toBe(true);
    expect(eigenBijdrageVoor(antwoorden({ persoonsgegevens: undefined }), PEILDATUM)).toMatchObject({ verschuldigd: true, bron: { soort: "onbekend" } });
  });
});

describe("the income field", () => {
  const lees = (inkomen: string) => inkomenSchema.safeParse({ inkomen });

  it.each([
    ["24.000", 2_400_000],
    ["24000", 2_400_000],
    ["€ 60.000,00", 6_000_000],
    ["  31.500,50 ", 3_150_050],
    ["0", 0],
    ["10.000.000", MAX_INKOMEN],
  ])("%s is %i cents", (invoer, centen) => {
    expect(lees(invoer).data?.inkomen).toBe(centen);
  });

  it.each([
    ["", f.leeg],
    ["   ", f.leeg],
    ["-500", f.negatief],
    ["€ -500", f.negatief],
    ["– 24.000", f.negatief],
    ["veel", f.ongeldig],
    ["24.000.00", f.ongeldig],
    ["1e6", f.ongeldig],
    ["10.000.000,01", f.teHoog(formatBedrag(MAX_INKOMEN))],
    ["999.999.999.999", f.teHoog("€ 10.000.000,00")],
  ])("%j: a Dutch error", (invoer, fout) => {
    expect(lees(invoer).error?.issues.map((i) => i.message)).toEqual([fout]);
  });

  it("a repeated or too long field is refused", () => {
    expect(inkomenSchema.safeParse({ inkomen: ["1", "2"] }).error?.issues[0]?.message).toBe(formulier.fouten.ongeldig);
    expect(lees("1".repeat(300)).error?.issues[0]?.message).toBe("Gebruik voor het bijdrageplichtig inkomen niet meer dan 200 tekens.");
  });
});

describe("schattingVoor", () => {
  it("not asked: the start", () => {
    expect(schattingVoor({}, PEILDATUM)).toEqual({ soort: "start" });
  });

  it("€ 60.000 in 2026: about € 253,40 a month, the reasons say it is an estimate and who decides", () => {
    const staat = schattingVoor({ inkomen: "60.000" }, PEILDATUM);
    expect(staat).toMatchObject({ soort: "schatting", invoer: "60.000", perMaand: 25340 });
    if (staat.soort !== "schatting") return;
    expect(staat.redenen.every((r) => r.regel === "TK-03")).toBe(true);
    const tekst = teksten(staat.redenen);
    expect(tekst).toContain("schatting");
    expect(tekst).toContain("www.hetcak.nl");
  });

  it("bad input: the Dutch error, and what was typed", () => {
    expect(schattingVoor({ inkomen: "-3" }, PEILDATUM)).toEqual({ soort: "fout", invoer: "-3", fout: f.negatief });
    expect(schattingVoor({ inkomen: "" }, PEILDATUM)).toEqual({ soort: "fout", invoer: "", fout: f.leeg });
    expect(schattingVoor({ inkomen: ["1", "2"] }, PEILDATUM)).toMatchObject({ soort: "fout", invoer: "1" });
  });

  it("a year without parameters (2023): no estimate is offered, so the form is not read", () => {
    expect(kanSchatten("2023-06-01")).toBe(false);
    expect(kanSchatten(PEILDATUM)).toBe(true);
    expect(schattingVoor({ inkomen: "60.000" }, "2023-06-01")).toEqual({ soort: "start" });
  });
});

describe("the income question names the year the CAK counts (peiljaar t-2)", () => {
  it("asks for the verzamelinkomen of 2 years before, and says where to find it", () => {
    expect(peiljaar("2026-12-04")).toBe(2024);
    expect(peiljaar("2027-01-01")).toBe(2025);
    const s = toekenningPaginas.eigenBijdrage.schatting;
    expect(s.label({ zelf: true, naam: "de aanvrager" }, 2024)).toBe("Wat was uw verzamelinkomen in 2024?");
    expect(s.label({ zelf: false, naam: "Henk" }, 2024)).toBe("Wat was het verzamelinkomen van Henk in 2024?");
    expect(s.hint(2024)).toMatch(/aanslag inkomstenbelasting over 2024.*Mijn Belastingdienst/);
    expect(`${s.label({ zelf: true, naam: "" }, 2024)} ${s.hint(2024)}`).not.toMatch(/bijdrageplichtig/);
  });
});

describe("in English (docs/decisions/032-talen.md)", () => {
  const en = toekenningEnPaginas.eigenBijdrage;

  it("gives the estimate's errors and the age line in English", () => {
    expect(schattingVoor({ inkomen: "veel" }, PEILDATUM, "en")).toEqual({ soort: "fout", invoer: "veel", fout: en.schatting.fouten.ongeldig });
    expect(schattingVoor({ inkomen: "veel" }, PEILDATUM)).toEqual({ soort: "fout", invoer: "veel", fout: f.ongeldig });
    expect(leeftijdTekst({ soort: "onbekend" }, "en")).toBe(en.leeftijd.onbekend);
  });
});
