import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BROCHURE, EIGEN_BIJDRAGE, MAXIMUMTARIEVEN, TOESLAGEN } from "@/rules/data/parameters";
import { controleerParameterTekst, leesParameterBestand, ParameterBestandFout } from "./bestand";
import { parameterBestandSchema } from "./schema";
import { laadJaarparameters } from "./jaarparameters";
import { INGEBOUWDE_PARAMETERS, parametersOp } from "@/rules/parameters";

const TARIEVEN_2026 = {
  geldigVanaf: "2026-01-01",
  professioneelPerUur: 8123,
  begeleidingGroepPerDagdeel: 7456,
  nietProfessioneelPerUur: 2589,
  bron: "Regeling langdurige zorg, wijziging 2026",
};

function fout(tekst: string): string {
  try {
    controleerParameterTekst(tekst, "/etc/pgb/parameters.json");
  } catch (e) {
    expect(e).toBeInstanceOf(ParameterBestandFout);
    return (e as Error).message;
  }
  throw new Error("geen fout");
}

describe("the yearly parameters file (PARAMETERS_BESTAND)", () => {
  it("accepts the built-in dated data itself: the shapes are the rules' own", () => {
    const ingebouwd = { maximumtarieven: MAXIMUMTARIEVEN, toeslagen: TOESLAGEN, eigenBijdrage: EIGEN_BIJDRAGE, brochure: BROCHURE };
    expect(parameterBestandSchema.parse(JSON.parse(JSON.stringify(ingebouwd)))).toEqual(ingebouwd);
  });

  it("accepts a file with only the 2026 maximum tarieven", () => {
    expect(controleerParameterTekst(JSON.stringify({ maximumtarieven: [TARIEVEN_2026] }, null, 2), "x")).toEqual({ maximumtarieven: [TARIEVEN_2026] });
  });

  it("names the line and the path of a bad entry, in Dutch and English", () => {
    const tekst = JSON.stringify({ maximumtarieven: [TARIEVEN_2026, { ...TARIEVEN_2026, geldigVanaf: "2027-01-01", professioneelPerUur: "81,23" }] }, null, 2);
    const bericht = fout(tekst);
    expect(bericht).toContain("PARAMETERS_BESTAND /etc/pgb/parameters.json: ongeldig parameterbestand, de server start niet / invalid parameters file");
    const regel = tekst.split("\n").findIndex((r) => r.includes('"81,23"')) + 1;
    expect(regel).toBeGreaterThan(1);
    expect(bericht).toContain(`regel ${regel} (line ${regel}), maximumtarieven[1].professioneelPerUur:`);
    expect(bericht).toMatch(/number/);
  });

  it("lists every problem: a missing field, an unknown one, an impossible date, a date twice, a typo in a list's name", () => {
    const tekst = JSON.stringify(
      {
        maximumtarieven: [{ ...TARIEVEN_2026, bron: undefined }, { ...TARIEVEN_2026, geldigVanaf: "2026-02-30", uurloon: 1 }],
        eigenBijdrage: [
          { ...EIGEN_BIJDRAGE[0], minimumPerMaand: 200000 },
          { ...EIGEN_BIJDRAGE[0] },
        ],
        toeslag: [],
      },
      null,
      2,
    );
    const bericht = fout(tekst);
    expect(bericht).toMatch(/regel 3 \(line 3\), maximumtarieven\[0\]\.bron:/);
    expect(bericht).toMatch(/maximumtarieven\[1\]\.geldigVanaf: moet een bestaande datum/);
    expect(bericht).toMatch(/maximumtarieven\[1\]\.uurloon: onbekend veld \/ unknown field/);
    expect(bericht).toMatch(/eigenBijdrage\[0\]\.maximumPerMaand: mag niet kleiner zijn dan minimumPerMaand/);
    expect(bericht).toMatch(/eigenBijdrage\[1\]\.geldigVanaf: staat twee keer in deze lijst/);
    expect(bericht).toMatch(/regel \d+ \(line \d+\), toeslag: onbekend veld/);
  });

  it("says where the JSON itself is broken", () => {
    expect(fout('{\n  "maximumtarieven": [\n    { "geldigVanaf": "2026-01-01", }\n  ]\n}')).toMatch(/regel 3 \(line 3\): geen geldige JSON \/ not valid JSON/);
  });

  describe("on disk", () => {
    let map: string;
    beforeEach(() => {
      map = mkdtempSync(path.join(os.tmpdir(), "parameters-"));
    });
    afterEach(() => {
      rmSync(map, { recursive: true, force: true });
    });

    it("refuses a file that is not there, naming it", () => {
      expect(() => leesParameterBestand(path.join(map, "ontbreekt.json"))).toThrow(/ontbreekt\.json.*\n.*kan niet gelezen worden \/ cannot be read/);
    });

    it("merges the file over the built-in data and knows which entries came from it", () => {
      const bestand = path.join(map, "parameters-2026.json");
      writeFileSync(bestand, JSON.stringify({ maximumtarieven: [TARIEVEN_2026] }));
      const geladen = laadJaarparameters(bestand);
      const tarieven = parametersOp("2026-06-01", geladen.tabel).maximumtarieven;
      expect(tarieven).toEqual(TARIEVEN_2026);
      expect(geladen.herkomst(tarieven)).toBe("parameters-2026.json");
      expect(geladen.herkomst(parametersOp("2024-06-01", geladen.tabel).maximumtarieven)).toBeNull();
      expect(geladen.herkomst(parametersOp("2026-06-01", geladen.tabel).eigenBijdrage)).toBeNull();
      expect(laadJaarparameters(undefined).tabel).toBe(INGEBOUWDE_PARAMETERS);
    });
  });
});
