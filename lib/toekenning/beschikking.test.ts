/**
 * The beschikking page's lib layer (TK-01, TK-02): the facts of the year, and the toeslagen from
 * the zorgprofiel of stap 1, the woonwens of stap 2 and the wooninitiatief question of the page.
 */
import { describe, expect, it } from "vitest";
import { formulier } from "@/content/wizard/algemeen";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { beschikkingVoor, vraagtNaarWooninitiatief, woonsituatieVoor } from "./beschikking";
import { tekstVan } from "@/tests/lib/redenen";
import type { Reden } from "@/rules/redenen";

function antwoorden(overrides: Partial<Antwoorden> = {}): Antwoorden {
  return { heeftIndicatie: "ja", zorgprofiel: "5VV", woonwens: "thuis", regie: "zelf", ...overrides };
}

const teksten = (redenen: Reden[]) => redenen.map((r) => tekstVan(r)).join(" ");

describe("beschikkingVoor", () => {
  it("TK-01 for the year of today: SVB, 31 December, a new beschikking for next year", () => {
    const b = beschikkingVoor(antwoorden(), {}, "2026-03-01");
    expect(b.feiten.every((r) => r.regel === "TK-01")).toBe(true);
    const tekst = teksten(b.feiten);
    expect(tekst).toContain("SVB");
    expect(tekst).toContain("31 december 2026");
    expect(tekst).toContain("in 2027");
  });

  it("5VV in a wooninitiatief, 2021: both toeslagen with their amounts", () => {
    const b = beschikkingVoor(antwoorden(), { wooninitiatief: "ja" }, "2021-06-01");
    expect(b.toeslagen.wooninitiatief).toEqual({ vanToepassing: true, bedrag: 465200 });
    expect(b.toeslagen.kwaliteitVV).toEqual({ vanToepassing: true, bedrag: 442900 });
    expect(b.zorgprofiel?.sector).toBe("VV");
    expect(b.wooninitiatief).toBe("ja");
    expect(teksten(b.toeslagen.redenen)).toContain("€ 4.652,00");
  });

  it("5VV in a wooninitiatief, 2026: both apply, the amounts are not known and the page says so", () => {
    const b = beschikkingVoor(antwoorden(), { wooninitiatief: "ja" }, "2026-06-01");
    expect(b.toeslagen.wooninitiatief).toEqual({ vanToepassing: true, bedrag: null });
    expect(b.toeslagen.kwaliteitVV).toEqual({ vanToepassing: true, bedrag: null });
    expect(teksten(b.toeslagen.redenen)).toContain("Wij weten niet hoe hoog de toeslag voor een wooninitiatief in 2026 is");
  });

  it("another sector in a wooninitiatief: only the wooninitiatief toeslag", () => {
    const b = beschikkingVoor(antwoorden({ zorgprofiel: "3VG" }), { wooninitiatief: "ja" }, "2024-06-01");
    expect(b.toeslagen.wooninitiatief).toEqual({ vanToepassing: true, bedrag: 532600 });
    expect(b.toeslagen.kwaliteitVV.vanToepassing).toBe(false);
  });

  it("not in a wooninitiatief: no toeslagen", () => {
    const b = beschikkingVoor(antwoorden(), { wooninitiatief: "nee" }, "2024-06-01");
    expect(b.toeslagen.wooninitiatief.vanToepassing).toBe(false);
    expect(b.toeslagen.kwaliteitVV.vanToepassing).toBe(false);
    expect(teksten(b.toeslagen.redenen)).toContain("U woont niet in een wooninitiatief");
  });

  it("not answered yet: nothing counted, the reason asks", () => {
    const b = beschikkingVoor(antwoorden(), {}, "2024-06-01");
    expect(b).toMatchObject({ vraagWooninitiatief: true, wooninitiatief: undefined, formulier: { soort: "start" } });
    expect(teksten(b.toeslagen.redenen)).toContain("Woont u in een wooninitiatief?");
  });

  it("who chose an instelling is not asked, whatever the query says", () => {
    const b = beschikkingVoor(antwoorden({ woonwens: "instelling" }), { wooninitiatief: "ja" }, "2024-06-01");
    expect(b.vraagWooninitiatief).toBe(false);
    expect(b.toeslagen.wooninitiatief.vanToepassing).toBe(false);
  });

  it("a forged answer: a Dutch error, nothing counted", () => {
    const b = beschikkingVoor(antwoorden(), { wooninitiatief: "soms" }, "2024-06-01");
    expect(b.formulier).toEqual({ soort: "fout", waarden: { wooninitiatief: "soms" }, fouten: [{ naam: "wooninitiatief", tekst: formulier.fouten.kiesEen }] });
    expect(b.wooninitiatief).toBeUndefined();
    expect(b.toeslagen.wooninitiatief.vanToepassing).toBe(false);
  });

  it("no zorgprofiel known: Kwaliteit V&V not counted, the reason asks", () => {
    const b = beschikkingVoor(antwoorden({ zorgprofiel: undefined }), { wooninitiatief: "ja" }, "2021-06-01");
    expect(b.zorgprofiel).toBeNull();
    expect(b.toeslagen.kwaliteitVV.vanToepassing).toBe(false);
    expect(teksten(b.toeslagen.redenen)).toContain("Heeft u een zorgprofiel VV?");
  });
});

describe("woonsituatieVoor", () => {
  it("deeltijd and thuis are asked; instelling is not", () => {
    expect(vraagtNaarWooninitiatief(antwoorden({ woonwens: "deeltijd" }))).toBe(true);
    expect(vraagtNaarWooninitiatief(antwoorden({ woonwens: "thuis" }))).toBe(true);
    expect(vraagtNaarWooninitiatief(antwoorden({ woonwens: "instelling" }))).toBe(false);
  });

  it("maps the answer onto the rules' woonsituatie", () => {
    expect(woonsituatieVoor(antwoorden(), "ja")).toBe("wooninitiatief");
    expect(woonsituatieVoor(antwoorden(), "nee")).toBe("thuis");
    expect(woonsituatieVoor(antwoorden(), undefined)).toBeUndefined();
    expect(woonsituatieVoor(antwoorden({ woonwens: "instelling" }), "ja")).toBe("instelling");
  });
});
