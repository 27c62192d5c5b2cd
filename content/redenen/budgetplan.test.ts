/** The words of the budgetplan's sums and form (BP-01 … BP-06) for someone who fills in for Riet (docs/decisions/028). */
import { describe, expect, it } from "vitest";
import { berekenBudgetplan, budgetplanOnderdelen } from "@/rules/budgetplan";
import { REDEN_CODES } from "@/rules/redenen";
import { CODES_UIT_LIB } from "@/tests/lib/redenen";
import { redenTekst, ZORGKANTOOR, type Publiek } from "./index";

const RIET: Publiek = { wie: "namens", naam: "Riet" };

/** Zero, one and seven zorgverleners, within and above the pgb, with and without rounding. */
function alleRedenen() {
  const regel = (urenPerWeek: number, uurtarief: number) => ({ naam: "Z", urenPerWeek, uurtarief });
  return [
    ...budgetplanOnderdelen(),
    ...[[], [regel(2500, 1500)], Array.from({ length: 7 }, () => regel(1000, 2000))].flatMap((regels) =>
      [100, 10_000_000].flatMap((pgbJaarbedrag) => {
        const plan = berekenBudgetplan(regels, { pgbJaarbedrag });
        return [...plan.redenen, ...plan.regels.flatMap((r) => r.redenen)];
      }),
    ),
  ];
}

describe("words of the budgetplan for another reader", () => {
  const redenen = alleRedenen();

  it("reach every code of the family", () => {
    expect(new Set(redenen.map((r) => r.code))).toEqual(new Set(REDEN_CODES.filter((c) => c.startsWith("bp.") && !CODES_UIT_LIB.includes(c))));
  });

  it("speak about Riet, never to 'u'", () => {
    for (const r of redenen) expect(redenTekst(r, RIET), r.code).not.toMatch(/\b[Uu]w?\b/);
    const blad = redenen.find((r) => r.code === "bp.extra-blad");
    expect(blad && redenTekst(blad, RIET)).toContain("Riet heeft er 7. Gebruik een extra blad");
    const onderdelen = redenen.find((r) => r.code === "bp.onderdelen");
    expect(onderdelen && redenTekst(onderdelen, ZORGKANTOOR)).toContain("de reden dat de aanvrager een pgb kiest");
  });
});
