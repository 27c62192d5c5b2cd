import { describe, expect, it } from "vitest";
import { zorgovereenkomstenTeksten } from "@/content/wizard/zorgovereenkomsten";
import { formulier } from "@/content/wizard/algemeen";
import { leesZoekformulier } from "@/lib/wizard/zoek-hulp";
import { zorgovereenkomstenTeksten as zorgovereenkomstenEn } from "@/content/en/wizard/zorgovereenkomsten";
import { etmalenFormulier, etmalenFormulierIn, leesEtmalen, MAX_ETMALEN_IN_JAAR } from "./logeeropvang";

const f = zorgovereenkomstenTeksten.checklist.logeeropvang.fout;

describe("leesEtmalen", () => {
  it("no parameter: no question asked", () => {
    expect(leesEtmalen(undefined)).toEqual({ soort: "geen" });
  });

  it.each([
    ["14", 14],
    ["  14 ", 14],
    ["0", 0],
    ["007", 7],
    ["156", 156],
    ["157", 157],
    [String(MAX_ETMALEN_IN_JAAR), MAX_ETMALEN_IN_JAAR],
  ])("%j is %d etmalen, and the text as typed is kept", (invoer, etmalen) => {
    expect(leesEtmalen(invoer)).toEqual({ soort: "ok", invoer, etmalen });
  });

  it('"-0" is plain 0', () => {
    const uit = leesEtmalen("-0");
    expect(uit.soort === "ok" && Object.is(uit.etmalen, 0)).toBe(true);
  });

  it.each([
    ["", f.leeg],
    ["   ", f.leeg],
    ["-3", f.negatief],
    ["−3", f.negatief],
    ["- 3", f.negatief],
    ["1,5", f.geenGetal],
    ["1.5", f.geenGetal],
    ["abc", f.geenGetal],
    ["14 etmalen", f.geenGetal],
    ["1e3", f.geenGetal],
    ["367", f.teVeel(MAX_ETMALEN_IN_JAAR)],
    ["99999999999999999999", f.teVeel(MAX_ETMALEN_IN_JAAR)],
    ["999999999999999999999", f.geenGetal],
  ])("%j gives a Dutch error at the field, the text kept", (invoer, fout) => {
    expect(leesEtmalen(invoer)).toEqual({ soort: "fout", invoer, fout });
  });

  it("takes the first of a repeated parameter", () => {
    expect(leesEtmalen(["12", "abc"])).toEqual({ soort: "ok", invoer: "12", etmalen: 12 });
  });
});

describe("etmalenFormulier, read as the checklist page reads its query", () => {
  const lees = (params: Record<string, string | string[]>) => leesZoekformulier(params, etmalenFormulier);

  it("no etmalen: no question asked; a name the form does not have is not read", () => {
    expect(lees({ gewijzigd: "1" })).toEqual({ soort: "start", waarden: {} });
    expect(lees({ etmalen: "14", gewijzigd: "1" })).toEqual({ soort: "ok", waarden: { etmalen: "14" }, data: { etmalen: 14 } });
  });

  it("the same Dutch errors as leesEtmalen, at the field, the text kept", () => {
    for (const invoer of ["", "-3", "1,5", "367"]) {
      const los = leesEtmalen(invoer);
      expect(los.soort).toBe("fout");
      expect(lees({ etmalen: invoer })).toEqual({ soort: "fout", waarden: { etmalen: invoer }, fouten: [{ naam: "etmalen", tekst: los.soort === "fout" ? los.fout : "" }] });
    }
  });

  it("a repeated etmalen is an error on the page, as on the other GET tool pages", () => {
    expect(lees({ etmalen: ["12", "abc"] })).toMatchObject({ soort: "fout", fouten: [{ naam: "etmalen", tekst: formulier.fouten.ongeldig }] });
  });
});

describe("the etmalen form in English (docs/decisions/032-talen.md)", () => {
  it("gives its errors in English, the Dutch form unchanged", () => {
    const en = zorgovereenkomstenEn.checklist.logeeropvang.fout;
    expect(leesZoekformulier({ etmalen: "veertien" }, etmalenFormulierIn("en"))).toMatchObject({ soort: "fout", fouten: [{ naam: "etmalen", tekst: en.geenGetal }] });
    expect(leesZoekformulier({ etmalen: "400" }, etmalenFormulierIn("en"))).toMatchObject({ fouten: [{ tekst: en.teVeel(MAX_ETMALEN_IN_JAAR) }] });
    expect(leesZoekformulier({ etmalen: "veertien" }, etmalenFormulier)).toMatchObject({ fouten: [{ tekst: f.geenGetal }] });
  });
});
