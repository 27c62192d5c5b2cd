/** The words of the budget over the year (TK-01, BP-02; stap 6) for someone who fills in for Riet (docs/decisions/028). */
import { describe, expect, it } from "vitest";
import { budgetRedenen } from "@/lib/declaraties/budget";
import { redenTekst, type Publiek } from "./index";

const RIET: Publiek = { wie: "namens", naam: "Riet" };

describe("words of the budget over the year for another reader", () => {
  it("speak about Riet, never to 'u', with the date and amounts formatted", () => {
    const [looptijd, plan] = budgetRedenen("2026-03-01", { perMaand: 162400, perJaar: 1948800 }).map((r) => redenTekst(r, RIET));
    expect(looptijd).toBe("Het pgb van Riet loopt tot uiterlijk 31-12-2026. Daarom rekenen wij tot en met die dag.");
    expect(plan).toBe("Volgens het budgetplan van Riet kost de zorg € 1.624,00 per maand. Dat is € 19.488,00 per jaar.");
    for (const tekst of [looptijd, plan]) expect(tekst).not.toMatch(/\b[Uu]w?\b/);
  });
});
