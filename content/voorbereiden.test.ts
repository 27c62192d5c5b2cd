import { describe, expect, it } from "vitest";
import { duurVanDeAanvraag, stap } from "@/lib/wizard/stappen";
import { voorbereiden } from "./voorbereiden";

describe("voorbereiden: the words for how long and what to have at hand", () => {
  it("the start page's sentence is the registry's sum, not a number of its own", () => {
    const { minuten, perZorgverlener } = duurVanDeAanvraag();
    expect(voorbereiden.samen(minuten, perZorgverlener)).toBe("De eerste 3 stappen duren samen ongeveer 30 minuten, en 5 minuten per zorgverlener.");
  });

  it("words a step's duur, with the minutes per zorgverlener when there are any", () => {
    const duur = stap("aanvraag").duur;
    expect(duur && voorbereiden.duur(duur.minuten, duur.perZorgverlener)).toBe("Ongeveer 20 minuten, en 5 minuten per zorgverlener.");
    expect(voorbereiden.duur(5)).toBe("Ongeveer 5 minuten.");
    expect(voorbereiden.duur(1)).toBe("Ongeveer 1 minuut.");
    expect(voorbereiden.perStap(3, voorbereiden.duur(20, 5))).toBe("Stap 3: ongeveer 20 minuten, en 5 minuten per zorgverlener.");
  });

  it("names the indicatiebesluit, BSN or KVK-nummer, hours and tarief, and the gewaarborgde hulp", () => {
    const alles = Object.values(voorbereiden.klaarleggen).join(" ");
    for (const woord of ["indicatiebesluit", "BSN of KVK-nummer", "uur per week", "uurtarief", "gewaarborgde hulp"]) expect(alles).toContain(woord);
  });
});
