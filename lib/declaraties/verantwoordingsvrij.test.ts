import { describe, expect, it } from "vitest";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { formatBedrag } from "@/rules/geld";
import { MAX_BEDRAG } from "./invoer";
import { verantwoordingsvrijSchema, verantwoordingsvrijUitkomst } from "./verantwoordingsvrij";
import { tekstVan } from "@/tests/lib/redenen";

const t = declaratiesTeksten;
const PEILDATUM = "2026-03-10";

function fouten(waarden: Record<string, unknown>): Record<string, string> {
  const uitkomst = verantwoordingsvrijSchema.safeParse(waarden);
  if (uitkomst.success) return {};
  return Object.fromEntries(uitkomst.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("verantwoordingsvrijSchema", () => {
  it("reads the budget as a Dutch amount and the answer about care", () => {
    expect(verantwoordingsvrijSchema.parse({ budget: "30.000", zorg: "ja" })).toEqual({ budget: 3000000, zorg: "ja" });
    expect(verantwoordingsvrijSchema.parse({ budget: "€ 16.666,67", zorg: "nee" })).toEqual({ budget: 1666667, zorg: "nee" });
  });

  it("gives Dutch errors: a negative budget, no amount, nothing chosen", () => {
    expect(fouten({ budget: "-30.000", zorg: "ja" })).toEqual({ budget: t.fout.budgetNegatief });
    expect(fouten({ budget: "dertig", zorg: "misschien" })).toEqual({ budget: t.fout.budgetVorm, zorg: "Kies een van de antwoorden." });
    expect(fouten({})).toEqual({ budget: t.fout.budgetLeeg, zorg: t.verantwoordingsvrij.zorgLeeg });
    expect(fouten({ budget: "2.000.000", zorg: "ja" })).toEqual({ budget: t.fout.budgetTeHoog(formatBedrag(MAX_BEDRAG)) });
  });
});

describe("verantwoordingsvrijUitkomst (DE-05)", () => {
  it("1,5% of the pgb, between € 250 and € 1.250", () => {
    expect(verantwoordingsvrijUitkomst(3000000, "ja", PEILDATUM)).toMatchObject({ bedrag: 45000, kop: t.verantwoordingsvrij.uitkomstKop("€ 450,00") });
    expect(verantwoordingsvrijUitkomst(1000000, "ja", PEILDATUM).bedrag).toBe(25000);
    expect(verantwoordingsvrijUitkomst(10000000, "ja", PEILDATUM).bedrag).toBe(125000);
  });

  it("DE-05: a pgb under € 250 gives at most the pgb, and the reasons say it is under the minimum (decision 027)", () => {
    const u = verantwoordingsvrijUitkomst(10000, "ja", PEILDATUM);
    expect(u).toMatchObject({ bedrag: 10000, kop: t.verantwoordingsvrij.uitkomstKop("€ 100,00") });
    expect(u.redenen.map((r) => tekstVan(r)).join(" ")).toContain("kleiner dan het minimum van € 250,00");
  });

  it("nothing without care spending, with the reason", () => {
    const u = verantwoordingsvrijUitkomst(3000000, "nee", PEILDATUM);
    expect(u).toMatchObject({ bedrag: 0, kop: t.verantwoordingsvrij.geenKop });
    expect(u.redenen.map((r) => r.regel)).toEqual(["DE-05"]);
  });
});
