import { describe, expect, it } from "vitest";
import { ZORGBEHOEFTE_OPTIES, type Antwoorden } from "./antwoorden";
import {
  AANTAL_STAPPEN,
  deelVanStap,
  duurVanDeAanvraag,
  klaarleggenVoorDeAanvraag,
  STAP_SLUGS,
  STAPPEN,
  stap,
  stappenVanSoort,
  zoekStap,
} from "./stappen";
import { doorloop, invoer } from "./vragen/testhulp";

/** Every combination of the answers the registry's page lists read (heeftIndicatie, zorgbehoefte). */
const PADEN: Antwoorden[] = [undefined, "ja" as const, "nee" as const].flatMap((heeftIndicatie) =>
  [undefined, ...ZORGBEHOEFTE_OPTIES].map((zorgbehoefte) => ({
    ...(heeftIndicatie && { heeftIndicatie }),
    ...(zorgbehoefte && { zorgbehoefte }),
  })),
);

describe("the step registry", () => {
  it("has the six steps in order, numbered 1 to 6", () => {
    expect(STAPPEN.map((s) => s.nummer)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(STAPPEN.map((s) => s.slug)).toEqual([...STAP_SLUGS]);
    expect(AANTAL_STAPPEN).toBe(6);
  });

  it("steps 1–3 ask questions, 4–6 are tools after the aanvraag", () => {
    expect(stappenVanSoort("vragen").map((s) => s.slug)).toEqual(["indicatie", "keuze", "aanvraag"]);
    expect(stappenVanSoort("hulpmiddel").every((s) => s.paginas({}).length === 0 && s.na === "aanvraag")).toBe(true);
  });

  it("a step may only wait for a step before it", () => {
    for (const s of STAPPEN) if (s.na !== null) expect(stap(s.na).nummer).toBeLessThan(s.nummer);
  });

  it("finds a step from outside input without throwing", () => {
    expect(zoekStap("keuze")?.nummer).toBe(2);
    for (const vreemd of ["", "controleren", "__proto__", "constructor", "toString", null, undefined, 3, ["keuze"]]) {
      expect(zoekStap(vreemd)).toBeNull();
    }
  });

  it("lists these question pages; a page added or taken away must be counted here and in the step's duur", () => {
    expect(stap("indicatie").paginas({ heeftIndicatie: "nee", zorgbehoefte: "nee" })).toEqual(["heeft-indicatie", "zorgbehoefte", "leeftijd"]);
    expect(stap("keuze").paginas({})).toEqual(["woonwens", "regie", "uitkomst"]);
    expect(stap("aanvraag").paginas({})).toEqual([
      "vaardigheden",
      "gewaarborgde-hulp",
      "weigeringsgronden",
      "persoonsgegevens",
      "budgetplan-zorgprofiel",
      "reden-pgb",
      "zorg-inkopen",
      "zorgverleners",
      "bedragen",
      "ondertekening",
      "zorgkantoor",
      "gesprek",
    ]);
  });
});

describe("how long a step takes and what to have at hand", () => {
  it("every question step's estimate was made for its longest path: a new page fails here until the minutes are looked at again", () => {
    for (const s of stappenVanSoort("vragen")) {
      const meeste = Math.max(...PADEN.map((a) => s.paginas(a).length));
      expect({ stap: s.slug, paginas: s.duur?.geteldePaginas }).toEqual({ stap: s.slug, paginas: meeste });
    }
  });

  it("says ongeveer 5, 5 and 20 minuten, and for stap 3 5 minuten per zorgverlener on top: 30 and 5 together", () => {
    expect(stappenVanSoort("vragen").map((s) => [s.duur?.minuten, s.duur?.perZorgverlener])).toEqual([
      [5, undefined],
      [5, undefined],
      [20, 5],
    ]);
    expect(duurVanDeAanvraag()).toEqual({ minuten: 30, perZorgverlener: 5 });
  });

  it("has no estimate or list for the tools after the aanvraag", () => {
    for (const s of stappenVanSoort("hulpmiddel")) {
      expect(s.duur).toBeUndefined();
      expect(s.klaarleggen).toEqual([]);
    }
  });

  it("names what to have at hand for steps 1–3, each thing once, in the order the steps ask for it", () => {
    expect(stap("aanvraag").klaarleggen).toEqual(["indicatiebesluit", "persoonsgegevens", "gewaarborgde-hulp", "zorgverleners"]);
    expect(klaarleggenVoorDeAanvraag()).toEqual(["indicatiebesluit", "woonwens-en-regie", "persoonsgegevens", "gewaarborgde-hulp", "zorgverleners"]);
  });
});

describe("Pagina n van m within a step", () => {
  it("numbers stap 3's twelve pages: persoonsgegevens is deel 4, the zorgverleners deel 8, the gesprek deel 12", () => {
    const a = doorloop(invoer());
    expect(deelVanStap("aanvraag", "vaardigheden", a)).toEqual({ nummer: 1, aantal: 12 });
    expect(deelVanStap("aanvraag", "persoonsgegevens", a)).toEqual({ nummer: 4, aantal: 12 });
    expect(deelVanStap("aanvraag", "zorgverleners", a)).toEqual({ nummer: 8, aantal: 12 });
    expect(deelVanStap("aanvraag", "gesprek", a)).toEqual({ nummer: 12, aantal: 12 });
  });

  it("counts only the pages that apply to this draft", () => {
    expect(deelVanStap("indicatie", "zorgprofiel", { heeftIndicatie: "ja" })).toEqual({ nummer: 2, aantal: 2 });
    expect(deelVanStap("indicatie", "zorgbehoefte", { heeftIndicatie: "nee", zorgbehoefte: "ja" })).toEqual({ nummer: 2, aantal: 2 });
    expect(deelVanStap("indicatie", "leeftijd", { heeftIndicatie: "nee", zorgbehoefte: "nee" })).toEqual({ nummer: 3, aantal: 3 });
    expect(deelVanStap("indicatie", "heeft-indicatie", { heeftIndicatie: "nee", zorgbehoefte: "nee" })).toEqual({ nummer: 1, aantal: 3 });
  });

  it("says nothing for a page that does not apply, an unknown page, or a step of one page so far", () => {
    expect(deelVanStap("indicatie", "leeftijd", { heeftIndicatie: "ja" })).toBeNull();
    expect(deelVanStap("aanvraag", "controleren", {})).toBeNull();
    expect(deelVanStap("indicatie", "heeft-indicatie", {})).toBeNull();
  });

  it("gives every page of every question step its own number, 1 to m, on each path", () => {
    for (const s of stappenVanSoort("vragen")) {
      for (const a of PADEN) {
        const paginas = s.paginas(a);
        if (paginas.length < 2) continue;
        expect(paginas.map((p) => deelVanStap(s.slug, p, a)?.nummer)).toEqual(paginas.map((_, i) => i + 1));
      }
    }
  });
});
