/**
 * The data in rules/data/ against the source files it was made from (bronnen/README.md): the
 * generated gemeenten and postcodes byte for byte, the yearly parameters value for value. A CSV
 * replaced without updating the data, or the data edited without a source, fails here.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { leesBron } from "@/tests/lib/bronnen";
import { EIGEN_BIJDRAGE, MAXIMUMTARIEVEN, TOESLAGEN } from "./parameters";

/** "77.00" → 7700 cents; "" (the source has no value) → null. */
function centen(euro: string): number | null {
  if (euro === "") return null;
  if (!/^\d+(\.\d{1,2})?$/.test(euro)) throw new Error(`geen bedrag: ${euro}`);
  const [heel = "0", deel = ""] = euro.split(".");
  return Number(heel) * 100 + Number(deel.padEnd(2, "0"));
}

describe("rules/data against bronnen/", () => {
  it("ZK-01: gemeenten.ts and postcodes.ts are what the generator makes of the CSVs", () => {
    const wortel = path.resolve(__dirname, "../..");
    // Exit code 1 with the names of the stale files when they differ; writes nothing.
    const uit = execFileSync(process.execPath, ["scripts/genereer-zorgkantoordata.mjs", "--controleer"], { cwd: wortel, encoding: "utf8" });
    expect(uit).toContain("kloppen met bronnen/");
  });

  it("ZO-04: MAXIMUMTARIEVEN holds every row of pgb_wlz_maximumtarieven.csv, and no value the CSV lacks", () => {
    const bron = leesBron("pgb_wlz_maximumtarieven.csv");
    expect(bron.length).toBeGreaterThan(0);
    for (const rij of bron) {
      const data = MAXIMUMTARIEVEN.find((m) => m.geldigVanaf === rij.geldig_vanaf);
      expect(data, rij.geldig_vanaf).toMatchObject({
        professioneelPerUur: centen(rij.formeel_uurtarief_EUR ?? ""),
        begeleidingGroepPerDagdeel: centen(rij.formeel_dagdeel_begeleiding_groep_EUR ?? ""),
        nietProfessioneelPerUur: centen(rij.informeel_uurtarief_EUR ?? ""),
      });
    }
    // A year the CSV does not have (2016 to 2020-06-30, 2022) is there only to say "unknown": all values null.
    const bronDatums = new Set(bron.map((r) => r.geldig_vanaf));
    for (const m of MAXIMUMTARIEVEN.filter((m) => !bronDatums.has(m.geldigVanaf))) {
      expect([m.professioneelPerUur, m.begeleidingGroepPerDagdeel, m.nietProfessioneelPerUur], m.geldigVanaf).toEqual([null, null, null]);
    }
  });

  it("TK-02: TOESLAGEN holds exactly the years and values of pgb_wlz_toeslagen.csv", () => {
    const bron = leesBron("pgb_wlz_toeslagen.csv");
    expect(TOESLAGEN.map((t) => t.geldigVanaf)).toEqual(bron.map((r) => `${r.jaar}-01-01`));
    for (const rij of bron) {
      const data = TOESLAGEN.find((t) => t.geldigVanaf === `${rij.jaar}-01-01`);
      expect(data, rij.jaar).toMatchObject({
        wooninitiatief: centen(rij.toeslag_wooninitiatief_EUR ?? ""),
        kwaliteitVV: centen(rij.toeslag_kwaliteit_vv_wooninitiatief_EUR ?? ""),
        // The app prints the indexation the Dutch way: "+6,37%" for the CSV's "+6.37%".
        indexatie: rij.indexatie_pgb_budgetten ? rij.indexatie_pgb_budgetten.replace(".", ",") : null,
      });
    }
  });

  it("TK-03: EIGEN_BIJDRAGE holds the years and amounts of wlz_eigen_bijdrage_laag_blz_2024-2026.csv", () => {
    const bron = Object.fromEntries(leesBron("wlz_eigen_bijdrage_laag_blz_2024-2026.csv").map((r) => [r.parameter, r]));
    const jaren = Object.keys(bron.minimum_per_maand_EUR ?? {}).filter((k) => /^\d{4}$/.test(k));
    expect(EIGEN_BIJDRAGE.map((e) => e.geldigVanaf)).toEqual(jaren.map((jaar) => `${jaar}-01-01`));
    for (const jaar of jaren) {
      const waarde = (parameter: string) => bron[parameter]?.[jaar] ?? "";
      expect(EIGEN_BIJDRAGE.find((e) => e.geldigVanaf === `${jaar}-01-01`), jaar).toMatchObject({
        percentageBasispunten: Number(waarde("percentage_lage_eigen_bijdrage").replace("%", "")) * 100,
        minimumPerMaand: centen(waarde("minimum_per_maand_EUR")),
        maximumPerMaand: centen(waarde("maximum_per_maand_EUR")),
        kortingPgbOfMptPerMaand: centen(waarde("korting_pgb_of_mpt_per_maand_EUR")),
        aftrekInkomenBijMptOfPgbPerJaar: centen(waarde("aftrek_bijdrageplichtig_inkomen_bij_mpt_of_pgb_EUR_per_jaar")),
      });
    }
  });
});
