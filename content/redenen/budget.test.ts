/**
 * The words of reasons the wizard adds itself, for someone who fills in for Riet (docs/decisions/028):
 * the budget over the year (TK-01, BP-02; stap 6), what the pgb package holds and cannot buy
 * (LV-10; stappen 2 and 3), the logeeropvang maximum (ZO-05; stap 5) and the eigen bijdrage beside
 * an mpt (TK-03; stap 4).
 */
import { describe, expect, it } from "vitest";
import { budgetRedenen } from "@/lib/declaraties/budget";
import { reden } from "@/rules/redenen";
import { budgetplanVragen } from "../wizard/budgetplan";
import { toekenningPaginas } from "../wizard/toekenning";
import { zorgovereenkomstenTeksten } from "../wizard/zorgovereenkomsten";
import { redenTekst, type Publiek } from "./index";

const RIET: Publiek = { wie: "namens", naam: "Riet" };

describe("words of the wizard's own reasons for another reader", () => {
  it("speak about Riet, never to 'u', with the date and amounts formatted", () => {
    const [looptijd, plan] = budgetRedenen("2026-03-01", { perMaand: 162400, perJaar: 1948800 }).map((r) => redenTekst(r, RIET));
    expect(looptijd).toBe("Het pgb van Riet loopt tot uiterlijk 31-12-2026. Daarom rekenen wij tot en met die dag.");
    expect(plan).toBe("Volgens het budgetplan van Riet kost de zorg € 1.624,00 per maand. Dat is € 19.488,00 per jaar.");
    for (const tekst of [looptijd, plan]) expect(tekst).not.toMatch(/\b[Uu]w?\b/);
  });

  it("the pgb package speaks about Riet", () => {
    expect(redenTekst(reden("LV-10", "lv.pgb-geen-behandeling"), RIET)).toBe("Met een pgb kan Riet zelf de zorg inkopen. Voor Wlz-behandeling krijgt Riet geen pgb.");
  });

  it("what a pgb cannot buy, the logeeropvang maximum, the mpt: the page's own words for the applicant, Riet's name for others", () => {
    const redenen = [reden("LV-10", "lv.geen-pgb-voor-behandeling"), reden("ZO-05", "zo.logeer-maximum", { maximum: 90 }), reden("TK-03", "tk.eigen-bijdrage-mpt")];
    expect(redenen.map((r) => redenTekst(r))).toEqual([
      budgetplanVragen.zorg.nietMag,
      zorgovereenkomstenTeksten.checklist.logeeropvang.regel(90),
      toekenningPaginas.eigenBijdrage.mpt,
    ]);
    const voorRiet = redenen.map((r) => redenTekst(r, RIET));
    expect(voorRiet[1]).toBe("Met een pgb kan Riet hoogstens 90 etmalen logeeropvang per kalenderjaar inkopen.");
    for (const tekst of voorRiet) {
      expect(tekst).toContain("Riet");
      expect(tekst).not.toMatch(/\b[Uu]w?\b/);
    }
  });
});
