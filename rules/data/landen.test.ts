import { describe, expect, it } from "vitest";
import { CODE_NEDERLAND, EER_LANDEN_BUITEN_EU, EU_LIDSTATEN, LANDEN, LANDEN_BUITENLAND, landVoorCode } from "./landen";

function land(code: string) {
  const gevonden = landVoorCode(code);
  if (!gevonden) throw new Error(`test data: geen land ${code}`);
  return gevonden;
}

describe("landen (ISO 3166-1 alpha-2, Dutch names)", () => {
  it("holds all 249 ISO codes, each once, two capital letters", () => {
    expect(LANDEN).toHaveLength(249);
    expect(new Set(LANDEN.map((l) => l.code)).size).toBe(249);
    for (const l of LANDEN) {
      expect(l.code).toMatch(/^[A-Z]{2}$/);
      expect(l.naam.length).toBeGreaterThan(1);
    }
  });

  it("uses everyday Dutch names", () => {
    const namen: Record<string, string> = {
      BE: "België", DE: "Duitsland", GB: "Verenigd Koninkrijk", US: "Verenigde Staten", MA: "Marokko",
      SR: "Suriname", TR: "Turkije", JP: "Japan", NO: "Noorwegen", IS: "IJsland", LI: "Liechtenstein",
      CH: "Zwitserland", BQ: "Caribisch Nederland", HK: "Hongkong",
    };
    for (const [code, naam] of Object.entries(namen)) expect(land(code).naam).toBe(naam);
  });

  it("TK-06: the EU is the EU-27 of 2020: the United Kingdom is out", () => {
    expect(EU_LIDSTATEN).toHaveLength(27);
    expect(new Set(EU_LIDSTATEN).size).toBe(27);
    for (const code of EU_LIDSTATEN) expect(land(code).eu).toBe(true);
    expect(land("GB").eu).toBe(false);
    expect(land("GB").eer).toBe(false);
  });

  it("TK-06: the EER is the EU plus Liechtenstein, Noorwegen and IJsland", () => {
    for (const l of LANDEN) {
      expect(l.eer).toBe(l.eu || EER_LANDEN_BUITEN_EU.includes(l.code));
    }
    for (const code of ["LI", "NO", "IS"]) expect(land(code)).toMatchObject({ eu: false, eer: true });
  });

  it("TK-06: Zwitserland is neither EU nor EER, and the only one flagged zwitserland", () => {
    expect(land("CH")).toMatchObject({ eu: false, eer: false, zwitserland: true });
    expect(LANDEN.filter((l) => l.zwitserland).map((l) => l.code)).toEqual(["CH"]);
  });

  it("TK-07: Caribisch Nederland (BQ) is outside the EU and the EER", () => {
    expect(land("BQ")).toMatchObject({ eu: false, eer: false, zwitserland: false });
  });

  it("TK-06: outermost regions follow EU law, overseas territories do not", () => {
    for (const code of ["RE", "GP", "MQ", "GF", "YT", "MF", "AX"]) expect(land(code)).toMatchObject({ eu: true, eer: true });
    for (const code of ["AW", "CW", "SX", "GL", "FO", "NC", "PF", "SJ"]) expect(land(code)).toMatchObject({ eu: false, eer: false });
  });

  it("leaves Nederland out of the choices abroad, sorted by Dutch name", () => {
    expect(LANDEN_BUITENLAND).toHaveLength(248);
    expect(LANDEN_BUITENLAND.some((l) => l.code === CODE_NEDERLAND)).toBe(false);
    expect(land("NL")).toMatchObject({ naam: "Nederland", eu: true, eer: true });
    const namen = LANDEN_BUITENLAND.map((l) => l.naam);
    expect(namen).toEqual([...namen].sort((a, b) => a.localeCompare(b, "nl")));
  });

  it("finds a country by code in any case, and nothing for an unknown code", () => {
    expect(landVoorCode(" es ")?.naam).toBe("Spanje");
    expect(landVoorCode("XX")).toBeNull();
    expect(landVoorCode("")).toBeNull();
  });
});
