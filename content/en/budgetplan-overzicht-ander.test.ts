/**
 * The budgetplan's warnings in English for another reader (./budgetplan-overzicht-ander.ts): every
 * sentence that keeps the applicant's words has no "you" in it; every sentence written for another
 * reader names the person and has no "you"; and the Dutch rewrite that the pages still apply
 * (`tekstVoor`) changes none of them.
 */
import { describe, expect, it } from "vitest";
import { tekstVoor } from "@/content/redenen";
import { aantalFuncties, ANDERE_LEZERS, JIJ_VORM, padenMet, zinnen } from "@/tests/lib/ander-woorden";
import { budgetplanOverzicht } from "./budgetplan-overzicht";
import { ANDER, waarschuwingenVoor } from "./budgetplan-overzicht-ander";
import { ZELFDE } from "./zorgovereenkomst-checklist-ander";

const APPLICANT = { waarschuwingen: budgetplanOverzicht.waarschuwingen };

describe("the budgetplan's warnings in English for another reader", () => {
  it("keeps the applicant's words only where they have no 'you'", () => {
    const zelfde = padenMet(ANDER, ZELFDE);
    expect(zelfde.length).toBeGreaterThan(8);
    expect(zinnen(APPLICANT).filter(([pad, zin]) => zelfde.includes(pad) && JIJ_VORM.test(zin))).toEqual([]);
    expect(waarschuwingenVoor(null)).toBe(budgetplanOverzicht.waarschuwingen);
  });

  it.each(ANDERE_LEZERS)("for %s: no 'you', the person named, and `tekstVoor` changes nothing", (_, persoon, publiek) => {
    const alle = zinnen({ waarschuwingen: waarschuwingenVoor(persoon) });
    expect(alle.filter(([, zin]) => JIJ_VORM.test(zin))).toEqual([]);
    for (const [pad, zin] of alle) expect(tekstVoor(zin, publiek), pad).toBe(zin);
    const applicant = new Map(zinnen(APPLICANT));
    const anders = alle.filter(([pad, zin]) => applicant.get(pad) !== zin);
    expect(anders.length).toBe(aantalFuncties(ANDER));
    for (const [pad, zin] of anders) expect(zin.toLowerCase(), pad).toContain(persoon.naam.toLowerCase());
  });

  it("words the person as the reasons do: the verb agrees, the possessive, a capital at a sentence start", () => {
    expect(waarschuwingenVoor({ naam: "Riet" }).werkgever.titel).toBe("Riet becomes an employer");
    expect(waarschuwingenVoor({ naam: "James" }).bovenBudget.titel).toBe("James' plan costs more than James' pgb");
    const neutraal = waarschuwingenVoor({ naam: "the applicant", neutraal: true });
    expect(neutraal.bovenBudget.tekst("€ 2,00", "€ 1,00", "€ 1,00")).toBe(
      "The applicant's care providers cost € 2,00 a year together. The applicant expects a pgb of € 1,00 a year. That is € 1,00 too little.",
    );
  });
});
