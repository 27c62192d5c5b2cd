import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Antwoorden } from "./antwoorden";
import {
  aanspreking,
  bereikteStap,
  bevestig,
  hervatBestemming,
  isBeantwoord,
  kanStapBeginnen,
  magBezoeken,
  paginasVanStap,
  resultaatBeschikbaar,
  stapStatus,
  volgende,
} from "./journey";
import { STAPPEN, type StapSlug } from "./stappen";
import type { Waarden } from "./types";
import { VRAGEN, vraagVoor } from "./vragen";
import { beantwoord, doorloop, doorloopStap, invoer } from "./vragen/testhulp";

const STAPPEN_1_3: StapSlug[] = ["indicatie", "keuze", "aanvraag"];
const statussen = (a: Antwoorden) => STAPPEN.map((s) => stapStatus(s.slug, a));

describe("STAPPEN", () => {
  it("are the brochure's six steps, numbered", () => {
    expect(STAPPEN.map((s) => `${s.nummer}:${s.slug}`)).toEqual([
      "1:indicatie",
      "2:keuze",
      "3:aanvraag",
      "4:toekenning",
      "5:zorgovereenkomsten",
      "6:declaraties",
    ]);
  });

  it("hold every question page in exactly one step, the one the page says", () => {
    const volledig = doorloop(invoer());
    const zonder = doorloop(invoer({ "heeft-indicatie": { heeftIndicatie: "nee" } }));
    const paginas = new Map<string, StapSlug>();
    for (const a of [volledig, zonder]) for (const stap of STAPPEN_1_3) for (const slug of paginasVanStap(stap, a)) paginas.set(slug, stap);
    expect([...paginas.keys()].sort()).toEqual(VRAGEN.map((v) => v.slug).sort());
    for (const [slug, stap] of paginas) expect(vraagVoor(slug)?.stap).toBe(stap);
  });
});

describe("aanspreking", () => {
  it("is 'u' for oneself and the name (or 'de aanvrager') for someone else", () => {
    expect(aanspreking({})).toEqual({ zelf: true, naam: "de aanvrager" });
    expect(aanspreking({ voorWie: "zelf", naamAanvrager: "Henk" })).toEqual({ zelf: true, naam: "de aanvrager" });
    expect(aanspreking({ voorWie: "familie", naamAanvrager: " Henk " })).toEqual({ zelf: false, naam: "Henk" });
    expect(aanspreking({ voorWie: "wettelijk-vertegenwoordiger", naamAanvrager: "  " })).toEqual({ zelf: false, naam: "de aanvrager" });
    expect(aanspreking({ voorWie: "gewaarborgde-hulp" })).toEqual({ zelf: false, naam: "de aanvrager" });
  });
});

describe("step 1 pages", () => {
  it("branch on the indicatiebesluit, and ask the age only when the Wlz does not fit (IND-01)", () => {
    expect(paginasVanStap("indicatie", {})).toEqual(["heeft-indicatie"]);
    expect(paginasVanStap("indicatie", { heeftIndicatie: "ja" })).toEqual(["heeft-indicatie", "zorgprofiel"]);
    expect(paginasVanStap("indicatie", { heeftIndicatie: "nee" })).toEqual(["heeft-indicatie", "zorgbehoefte"]);
    expect(paginasVanStap("indicatie", { heeftIndicatie: "nee", zorgbehoefte: "weet-niet" })).toEqual(["heeft-indicatie", "zorgbehoefte"]);
    expect(paginasVanStap("indicatie", { heeftIndicatie: "nee", zorgbehoefte: "nee" })).toEqual(["heeft-indicatie", "zorgbehoefte", "leeftijd"]);
    expect(paginasVanStap("toekenning", {})).toEqual([]);
  });

  it("go to the next open page, then the check page", () => {
    expect(volgende({ heeftIndicatie: "ja" }, "indicatie", "heeft-indicatie")).toEqual({ soort: "vraag", stap: "indicatie", slug: "zorgprofiel" });
    expect(volgende({ heeftIndicatie: "nee" }, "indicatie", "heeft-indicatie")).toEqual({ soort: "vraag", stap: "indicatie", slug: "zorgbehoefte" });
    expect(volgende({ heeftIndicatie: "nee", zorgbehoefte: "ja" }, "indicatie", "zorgbehoefte")).toEqual({ soort: "controleren", stap: "indicatie" });
    expect(volgende({ heeftIndicatie: "ja", zorgprofiel: "5VV" }, "indicatie", "zorgprofiel")).toEqual({ soort: "controleren", stap: "indicatie" });
  });
});

describe("isBeantwoord", () => {
  it("needs the answer to pass its page again", () => {
    expect(isBeantwoord("zorgprofiel", { heeftIndicatie: "ja", zorgprofiel: "5VV" })).toBe(true);
    expect(isBeantwoord("zorgprofiel", { heeftIndicatie: "ja", zorgprofiel: "geen profiel" })).toBe(false);
    expect(isBeantwoord("gewaarborgde-hulp", { heeftGewaarborgdeHulp: "ja" })).toBe(false);
    expect(isBeantwoord("gewaarborgde-hulp", { heeftGewaarborgdeHulp: "nee" })).toBe(true);
    expect(isBeantwoord("woonwens", { woonwens: "deeltijd" })).toBe(false);
    expect(isBeantwoord("woonwens", { woonwens: "deeltijd", dagenPer14: 0 })).toBe(false);
    expect(isBeantwoord("vaardigheden", {})).toBe(false);
    expect(isBeantwoord("vaardigheden", { vaardigheden: [] })).toBe(true);
    expect(isBeantwoord("weigeringsgronden", { failliet: "nee", wsnp: "nee", vastWoonadres: "ja" })).toBe(false);
    expect(isBeantwoord("uitkomst", { gezien: ["uitkomst"] })).toBe(true);
    expect(isBeantwoord("bestaat-niet", {})).toBe(false);
  });
});

describe("magBezoeken", () => {
  it("sends a page of step 2 to the overview before step 1 is confirmed", () => {
    const stap1 = doorloopStap({}, "indicatie", invoer(), false);
    expect(magBezoeken(stap1, "keuze", "woonwens")).toEqual({ soort: "overzicht" });
    expect(magBezoeken(stap1, "keuze", "controleren")).toEqual({ soort: "overzicht" });
    expect(magBezoeken(bevestig(stap1, "indicatie"), "keuze", "woonwens")).toBe(true);
  });

  it("sends a page further on, or one that does not apply, to the first open page", () => {
    expect(magBezoeken({}, "indicatie", "heeft-indicatie")).toBe(true);
    expect(magBezoeken({}, "indicatie", "zorgprofiel")).toEqual({ soort: "vraag", stap: "indicatie", slug: "heeft-indicatie" });
    expect(magBezoeken({ heeftIndicatie: "ja" }, "indicatie", "leeftijd")).toEqual({ soort: "vraag", stap: "indicatie", slug: "zorgprofiel" });
    expect(magBezoeken({ heeftIndicatie: "ja" }, "indicatie", "bestaat-niet")).toEqual({ soort: "vraag", stap: "indicatie", slug: "zorgprofiel" });
    const stap2 = doorloop(invoer(), {});
    expect(magBezoeken(stap2, "aanvraag", "gesprek")).toBe(true);
    const half = beantwoord(bevestig(doorloopStap({}, "indicatie", invoer()), "indicatie"), "woonwens", { woonwens: "thuis" });
    expect(magBezoeken(half, "keuze", "uitkomst")).toEqual({ soort: "vraag", stap: "keuze", slug: "regie" });
    expect(magBezoeken(half, "keuze", "woonwens")).toBe(true);
  });

  it("opens a check page only when every page of the step is answered", () => {
    expect(magBezoeken({ heeftIndicatie: "ja" }, "indicatie", "controleren")).toEqual({ soort: "vraag", stap: "indicatie", slug: "zorgprofiel" });
    expect(magBezoeken({ heeftIndicatie: "ja", zorgprofiel: "5VV" }, "indicatie", "controleren")).toBe(true);
  });

  it("opens steps 4–6 once stap 3 is klaar, not before", () => {
    const a = doorloop(invoer());
    for (const stap of ["toekenning", "zorgovereenkomsten", "declaraties"] as const) {
      expect(kanStapBeginnen(stap, a)).toBe(true);
      expect(magBezoeken(a, stap, "controleren")).toBe(true);
      expect(stapStatus(stap, a)).toBe("niet-begonnen");
      expect(stapStatus(stap, { ...a, bevestigd: [...(a.bevestigd ?? []), stap] })).toBe("klaar");
      expect(kanStapBeginnen(stap, { ...a, bevestigd: ["indicatie", "keuze"] })).toBe(false);
    }
  });
});

describe("acceptance journeys, at the level of answers", () => {
  it("(a) 5VV at home choosing pgb with a gewaarborgde hulp: steps 1–3 klaar", () => {
    const a = doorloop(invoer());
    expect(statussen(a)).toEqual(["klaar", "klaar", "klaar", "niet-begonnen", "niet-begonnen", "niet-begonnen"]);
    expect(resultaatBeschikbaar(a)).toBe(true);
  });

  it("(b) 3LVG: step 3 cannot start (LV-02)", () => {
    const a = doorloop(invoer({ zorgprofiel: { zorgprofiel: "ZP 3 LVG" } }));
    expect(statussen(a).slice(0, 3)).toEqual(["klaar", "klaar", "kan-nog-niet"]);
    expect(magBezoeken(a, "aanvraag", "vaardigheden")).toEqual({ soort: "overzicht" });
  });

  it("(c) no indicatie: step 1 ends without a zorgprofiel, the result is there, step 2 cannot start", () => {
    const a = doorloop(invoer({ "heeft-indicatie": { heeftIndicatie: "nee" }, zorgbehoefte: { zorgbehoefte: "nee" } }));
    expect(a).toMatchObject({ heeftIndicatie: "nee", zorgbehoefte: "nee", jongerDan18: "nee" });
    expect(statussen(a).slice(0, 3)).toEqual(["klaar", "kan-nog-niet", "kan-nog-niet"]);
    expect(resultaatBeschikbaar(a)).toBe(true);
  });

  it("(d) a daughter for her father Henk: third person, titles with his name", () => {
    const a = doorloop(invoer(), { voorWie: "familie", naamAanvrager: "Henk" });
    const ctx = { antwoorden: a, aanspreking: aanspreking(a) };
    expect(ctx.aanspreking).toEqual({ zelf: false, naam: "Henk" });
    expect(vraagVoor("heeft-indicatie")?.titel(ctx)).toBe("Heeft Henk een indicatiebesluit van het CIZ?");
    expect(vraagVoor("woonwens")?.titel(ctx)).toBe("Waar wil Henk wonen?");
    expect(vraagVoor("vaardigheden")?.titel(ctx)).toBe("Past een pgb bij Henk?");
    expect(statussen(a).slice(0, 3)).toEqual(["klaar", "klaar", "klaar"]);
  });
});

describe("bereikteStap", () => {
  it("is the first step to work on that is not klaar, else the last one klaar", () => {
    expect(bereikteStap({})).toBe(1);
    expect(bereikteStap({ voorWie: "zelf" })).toBe(1);
    const stap1 = doorloopStap({ voorWie: "zelf" }, "indicatie", invoer());
    expect(bereikteStap(stap1)).toBe(2);
    // Steps 1–3 klaar: the tools of steps 4–6 are open, and the first of them is where it is.
    expect(bereikteStap(doorloop(invoer()))).toBe(4);
    // 3LVG: step 3 cannot start, so it has come as far as step 2.
    expect(bereikteStap(doorloop(invoer({ zorgprofiel: { zorgprofiel: "ZP 3 LVG" } })))).toBe(2);
    // Without an indicatie step 2 cannot start: step 1 is as far as it goes.
    expect(bereikteStap(doorloop(invoer({ "heeft-indicatie": { heeftIndicatie: "nee" }, zorgbehoefte: { zorgbehoefte: "nee" } })))).toBe(1);
  });

  it("all six klaar: step 6", () => {
    const alles = (["toekenning", "zorgovereenkomsten", "declaraties"] as const).reduce((a, stap) => bevestig(a, stap), doorloop(invoer()));
    expect(statussen(alles)).toEqual(["klaar", "klaar", "klaar", "klaar", "klaar", "klaar"]);
    expect(bereikteStap(alles)).toBe(6);
  });
});

describe("hervatBestemming", () => {
  const stap1 = doorloopStap({ voorWie: "zelf" }, "indicatie", invoer());
  const stap2 = doorloopStap(stap1, "keuze", invoer());

  it("a step begun goes on at its first unanswered page, not its first page", () => {
    const woonwens = beantwoord(stap1, "woonwens", invoer().woonwens ?? {});
    expect(hervatBestemming(woonwens)).toEqual({ soort: "vraag", stap: "keuze", slug: "regie" });
    // Stap 3, five pages in: the sixth.
    let a = stap2;
    for (const slug of paginasVanStap("aanvraag", a).slice(0, 5)) a = beantwoord(a, slug, invoer()[slug] ?? {});
    expect(hervatBestemming(a)).toEqual({ soort: "vraag", stap: "aanvraag", slug: paginasVanStap("aanvraag", a)[5] });
  });

  it("every page answered but not confirmed: the check page", () => {
    expect(hervatBestemming(doorloopStap({ voorWie: "zelf" }, "indicatie", invoer(), false))).toEqual({ soort: "controleren", stap: "indicatie" });
  });

  it("a step not begun, steps 1-3 klaar, or no step to go on with: the overview", () => {
    expect(hervatBestemming({ voorWie: "zelf" })).toEqual({ soort: "overzicht" });
    expect(hervatBestemming(stap1)).toEqual({ soort: "overzicht" });
    expect(hervatBestemming(doorloop(invoer()))).toEqual({ soort: "overzicht" });
    expect(hervatBestemming(doorloop(invoer({ zorgprofiel: { zorgprofiel: "ZP 3 LVG" } })))).toEqual({ soort: "overzicht" });
  });
});

describe("changing an earlier answer", () => {
  const volledig = doorloop(invoer());

  it("no indicatie after all: the zorgprofiel goes, step 1 is bezig, later steps cannot start", () => {
    const a = beantwoord(volledig, "heeft-indicatie", { heeftIndicatie: "nee" });
    expect(a.zorgprofiel).toBeUndefined();
    expect(statussen(a).slice(0, 3)).toEqual(["bezig", "kan-nog-niet", "kan-nog-niet"]);
    expect(resultaatBeschikbaar(a)).toBe(false);
    expect(volgende(a, "indicatie", "heeft-indicatie")).toEqual({ soort: "vraag", stap: "indicatie", slug: "zorgbehoefte" });
    expect(magBezoeken(a, "indicatie", "controleren")).toEqual({ soort: "vraag", stap: "indicatie", slug: "zorgbehoefte" });
  });

  it("another zorgprofiel: step 2 is bezig until its uitkomst is read again; for 3LVG step 3 closes", () => {
    const a = beantwoord(volledig, "zorgprofiel", { zorgprofiel: "3LVG" });
    expect(statussen(a).slice(0, 3)).toEqual(["klaar", "bezig", "kan-nog-niet"]);
    const gelezen = beantwoord(a, "uitkomst", {});
    expect(statussen(gelezen).slice(0, 3)).toEqual(["klaar", "klaar", "kan-nog-niet"]);
    const terug = beantwoord(beantwoord(gelezen, "zorgprofiel", { zorgprofiel: "5 VV" }), "uitkomst", {});
    expect(statussen(terug).slice(0, 3)).toEqual(["klaar", "klaar", "klaar"]);
  });

  it("zorg in natura after all: step 3 cannot start, its answers are kept but not used", () => {
    const a = beantwoord(beantwoord(volledig, "regie", { regie: "zorgkantoor" }), "uitkomst", {});
    expect(statussen(a).slice(0, 3)).toEqual(["klaar", "klaar", "kan-nog-niet"]);
    expect(a.failliet).toBe("nee");
  });

  it("a confirmed step with a new open page is bezig, and klaar again once answered", () => {
    const a = beantwoord(volledig, "gewaarborgde-hulp", { heeftGewaarborgdeHulp: "nee" });
    expect(stapStatus("aanvraag", a)).toBe("klaar");
    const zonder: Antwoorden = { ...volledig, vaardigheden: undefined };
    expect(stapStatus("aanvraag", zonder)).toBe("bezig");
    expect(magBezoeken(zonder, "aanvraag", "gesprek")).toEqual({ soort: "vraag", stap: "aanvraag", slug: "vaardigheden" });
  });
});

describe("stapStatus", () => {
  it("starts as niet-begonnen for step 1 and kan-nog-niet for the rest", () => {
    expect(statussen({})).toEqual(["niet-begonnen", "kan-nog-niet", "kan-nog-niet", "kan-nog-niet", "kan-nog-niet", "kan-nog-niet"]);
    expect(stapStatus("indicatie", { heeftIndicatie: "ja" })).toBe("bezig");
    const stap1 = doorloopStap({}, "indicatie", invoer());
    expect(stapStatus("keuze", stap1)).toBe("niet-begonnen");
  });

  it("bevestig adds a step once", () => {
    expect(bevestig(bevestig({}, "indicatie"), "indicatie").bevestigd).toEqual(["indicatie"]);
  });
});

describe("the flow never strands anyone (fast-check)", () => {
  /** A few plausible answers per page; the walk picks any of them in any order. */
  const KEUZES: Record<string, Waarden[]> = {
    "heeft-indicatie": [{ heeftIndicatie: "ja" }, { heeftIndicatie: "nee" }],
    zorgprofiel: [{ zorgprofiel: "5VV" }, { zorgprofiel: "3LVG" }, { zorgprofiel: "8VV" }, { zorgprofiel: "10VV" }],
    zorgbehoefte: [{ zorgbehoefte: "ja" }, { zorgbehoefte: "nee" }, { zorgbehoefte: "weet-niet" }],
    leeftijd: [{ jongerDan18: "ja" }, { jongerDan18: "nee" }],
    woonwens: [{ woonwens: "thuis" }, { woonwens: "instelling" }, { woonwens: "deeltijd", dagenPer14: "8" }, { woonwens: "deeltijd", dagenPer14: "12" }],
    regie: [{ regie: "zelf" }, { regie: "zorgkantoor" }, { regie: "allebei" }],
    uitkomst: [{}],
    vaardigheden: [{}, { vaardigheden: ["administratie"] }],
    "gewaarborgde-hulp": [{ heeftGewaarborgdeHulp: "nee" }, { heeftGewaarborgdeHulp: "ja", ghNaam: "Ans", ghRelatie: "dochter", ghWettelijkVertegenwoordiger: "nee" }],
    weigeringsgronden: [
      { failliet: "nee", wsnp: "nee", vastWoonadres: "ja", woontInNederland: "ja" },
      { failliet: "ja", wsnp: "nee", vastWoonadres: "ja", woontInNederland: "ja" },
    ],
    gesprek: [{}],
  };
  const stap = fc.constantFrom<StapSlug>(...STAPPEN_1_3);
  const handeling = fc.record({ stap, pagina: fc.constantFrom(...Object.keys(KEUZES), "controleren"), keuze: fc.nat(3) });

  it("after every visitable submit, the next destination may be visited; statuses stay consistent", () => {
    fc.assert(
      fc.property(fc.array(handeling, { maxLength: 40 }), (handelingen) => {
        let a: Antwoorden = { voorWie: "zelf" };
        for (const { stap: s, pagina, keuze } of handelingen) {
          if (magBezoeken(a, s, pagina) !== true) continue;
          if (pagina === "controleren") {
            a = bevestig(a, s);
            continue;
          }
          const opties = KEUZES[pagina] ?? [{}];
          a = beantwoord(a, pagina, opties[keuze % opties.length] ?? {});
          const naar = volgende(a, s, pagina);
          if (naar.soort === "vraag" || naar.soort === "controleren") {
            expect(magBezoeken(a, naar.stap, naar.soort === "vraag" ? naar.slug : "controleren")).toBe(true);
          }
        }
        for (const { slug } of STAPPEN) {
          const status = stapStatus(slug, a);
          expect(status === "kan-nog-niet").toBe(!kanStapBeginnen(slug, a));
          if (status === "klaar") expect(magBezoeken(a, slug, "controleren")).toBe(true);
        }
        if (stapStatus("aanvraag", a) !== "kan-nog-niet") expect(stapStatus("keuze", a)).toBe("klaar");
      }),
    );
  });
});
