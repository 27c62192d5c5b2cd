import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GEMEENTEN } from "./data/gemeenten";
import { PLAATSEN } from "./data/postcodes";
import { VERVALLEN_ZK_CODES, ZORGKANTOORREGIOS } from "./data/zorgkantoren";
import {
  keuzeCode,
  MAX_KEUZES,
  MAX_ZOEKLENGTE,
  normaliseerPlaatsnaam,
  suggesties,
  zoekZorgkantoor,
  type ZoekUitkomst,
} from "./zorgkantoor-zoeken";
import { tekstVan } from "@/tests/lib/redenen";

function regio(uitkomst: ZoekUitkomst): string | null {
  return "zorgkantoor" in uitkomst ? uitkomst.zorgkantoor.regio : null;
}

function soortVan<S extends ZoekUitkomst["soort"]>(uitkomst: ZoekUitkomst, soort: S): Extract<ZoekUitkomst, { soort: S }> {
  expect(uitkomst.soort).toBe(soort);
  return uitkomst as Extract<ZoekUitkomst, { soort: S }>;
}

/** Every postcode of the table, expanded from its ranges. */
function allePostcodes(): { pc4: number; zk: number; gemeentecode: number; woonplaats: string }[] {
  return PLAATSEN.flatMap(([woonplaats, , gemeentecode, zk, reeksen]) =>
    reeksen.split(" ").flatMap((reeks) => {
      const [van = 0, tot = van] = reeks.split("-").map(Number);
      return Array.from({ length: tot - van + 1 }, (_, i) => ({ pc4: van + i, zk, gemeentecode, woonplaats }));
    }),
  );
}

describe("normaliseerPlaatsnaam", () => {
  it("lower case, accents off, punctuation to spaces, 's and 't dropped", () => {
    expect(normaliseerPlaatsnaam("Súdwest-Fryslân")).toBe("sudwest fryslan");
    expect(normaliseerPlaatsnaam("  sudwest   fryslan ")).toBe("sudwest fryslan");
    for (const naam of ["'s-Hertogenbosch", "s-Hertogenbosch", "’s Hertogenbosch", "Hertogenbosch", "S-HERTOGENBOSCH"]) {
      expect(normaliseerPlaatsnaam(naam)).toBe("hertogenbosch");
    }
    expect(normaliseerPlaatsnaam("'t Zandt")).toBe("zandt");
    expect(normaliseerPlaatsnaam("Nuenen, Gerwen en Nederwetten")).toBe("nuenen gerwen en nederwetten");
    expect(normaliseerPlaatsnaam("Bergen (NH)")).toBe("bergen nh");
    expect(normaliseerPlaatsnaam("St. Michielsgestel")).toBe("st michielsgestel");
    expect(normaliseerPlaatsnaam("Den Helder")).toBe("den helder");
  });

  it("gives every 2025 gemeente its own key", () => {
    const sleutels = GEMEENTEN.map((g) => normaliseerPlaatsnaam(g.gemeentenaam));
    expect(new Set(sleutels).size).toBe(GEMEENTEN.length);
  });
});

describe("zoekZorgkantoor: gemeenten (ZK-01)", () => {
  it.each([
    ["Almere", "'t Gooi"],
    ["Schiedam", "Westland Schieland Delfland"],
    ["Tilburg", "Midden Brabant"],
    ["Maastricht", "Zuid Limburg"],
    ["Groningen", "Groningen"],
    ["Amsterdam", "Amsterdam"],
    ["Vijfheerenlanden", "Waardenland"],
    ["Haarlemmermeer", "Amstelland en de Meerlanden"],
  ])("%s → %s", (invoer, verwacht) => {
    const uitkomst = soortVan(zoekZorgkantoor(invoer), "gemeente");
    expect(uitkomst.zorgkantoor.regio).toBe(verwacht);
    expect(uitkomst.gemeente.naam).toBe(invoer);
  });

  it("explains itself with ZK-01 reasons, the region's insurer and the sources", () => {
    const uitkomst = soortVan(zoekZorgkantoor("Tilburg"), "gemeente");
    expect(uitkomst.redenen[0]).toMatchObject({ regel: "ZK-01", bron: "Vind uw zorgkantoor" });
    expect(tekstVan(uitkomst.redenen[0])).toBe("U woont in de gemeente Tilburg. Die valt onder zorgkantoorregio Midden Brabant.");
    const teksten = uitkomst.redenen.map((r) => tekstVan(r)).join("\n");
    expect(teksten).toContain("VGZ");
    expect(teksten).toContain("1 januari 2025");
    expect(uitkomst.redenen.some((r) => r.regel === "ZK-02")).toBe(true);
  });

  it.each(["Den Bosch", "den bosch", "'s-Hertogenbosch", "s-Hertogenbosch", "Hertogenbosch", "DEN BOSCH "])(
    "%s → 's-Hertogenbosch, Noordoost Brabant",
    (invoer) => {
      const uitkomst = soortVan(zoekZorgkantoor(invoer), "gemeente");
      expect(uitkomst.gemeente).toEqual({ code: "GM0796", naam: "'s-Hertogenbosch" });
      expect(uitkomst.zorgkantoor.regio).toBe("Noordoost Brabant");
    },
  );

  it("Den Haag is 's-Gravenhage; Den Helder stays itself", () => {
    expect(soortVan(zoekZorgkantoor("Den Haag"), "gemeente").gemeente.naam).toBe("'s-Gravenhage");
    expect(soortVan(zoekZorgkantoor("'s-Gravenhage"), "gemeente").zorgkantoor.regio).toBe("Haaglanden");
    expect(soortVan(zoekZorgkantoor("Den Helder"), "gemeente").zorgkantoor.regio).toBe("Noord-Holland-Noord");
  });

  it.each(["Súdwest-Fryslân", "sudwest fryslan", "Súdwest Fryslân"])("%s → Súdwest Fryslân, Friesland", (invoer) => {
    const uitkomst = soortVan(zoekZorgkantoor(invoer), "gemeente");
    expect(uitkomst.gemeente.naam).toBe("Súdwest Fryslân");
    expect(uitkomst.zorgkantoor.regio).toBe("Friesland");
  });

  it("finds every 2025 gemeente by its name: directly, or first among the choices", () => {
    for (const g of GEMEENTEN) {
      const uitkomst = zoekZorgkantoor(g.gemeentenaam);
      if (uitkomst.soort === "gemeente") expect(uitkomst.gemeente.code).toBe(g.gemeentecode);
      else expect(soortVan(uitkomst, "keuzes").keuzes[0]?.gemeente?.code).toBe(g.gemeentecode);
    }
  });

  it("lets the person choose when a gemeente shares its name with a woonplaats elsewhere (Hengelo)", () => {
    const { keuzes } = soortVan(zoekZorgkantoor("Hengelo"), "keuzes");
    expect(keuzes.map((k) => [k.soort, k.gemeente?.naam, k.zorgkantoor.regio])).toEqual([
      ["gemeente", "Hengelo", "Twente"],
      ["woonplaats", "Bronckhorst", "Arnhem"],
    ]);
  });
});

describe("zoekZorgkantoor: woonplaatsen (ZK-01)", () => {
  it("Weesp (a woonplaats, a gemeente until 2022) → Amsterdam", () => {
    const uitkomst = soortVan(zoekZorgkantoor("Weesp"), "woonplaats");
    expect(uitkomst.gemeente?.naam).toBe("Amsterdam");
    expect(uitkomst.vroegereGemeente).toBe("Weesp");
    expect(uitkomst.zorgkantoor.regio).toBe("Amsterdam");
    expect(tekstVan(uitkomst.redenen[0])).toBe(
      "Weesp was vroeger een eigen gemeente. Nu hoort Weesp bij de gemeente Amsterdam. Die valt onder zorgkantoorregio Amsterdam.",
    );
  });

  it("Vianen → Vijfheerenlanden → Waardenland: the former gemeente; the reasons name the Vianen near Cuijk too", () => {
    const vianen = soortVan(zoekZorgkantoor("Vianen"), "woonplaats");
    expect([vianen.gemeente?.naam, vianen.zorgkantoor.regio]).toEqual(["Vijfheerenlanden", "Waardenland"]);
    expect(vianen.redenen.map((r) => tekstVan(r))).toContain(
      "Er is ook een Vianen in de gemeente Land van Cuijk. Woont u daar? Vul dan de gemeente Land van Cuijk in. Die valt onder zorgkantoorregio Noordoost Brabant.",
    );
    expect(regio(zoekZorgkantoor("4131"))).toBe("Waardenland");
    expect(regio(zoekZorgkantoor("Land van Cuijk"))).toBe("Noordoost Brabant");
  });

  it("a place chosen from the choices by its code is that place (keuze)", () => {
    const cuijk = soortVan(zoekZorgkantoor("Vianen", "GM1982"), "woonplaats");
    expect([cuijk.gemeente?.naam, cuijk.zorgkantoor.regio]).toEqual(["Land van Cuijk", "Noordoost Brabant"]);
    const { keuzes } = soortVan(zoekZorgkantoor("Bergen"), "keuzes");
    for (const k of keuzes) expect(regio(zoekZorgkantoor("Bergen", keuzeCode(k)))).toBe(k.zorgkantoor.regio);
    const hengelo = soortVan(zoekZorgkantoor("Hengelo"), "keuzes");
    const gemeente = hengelo.keuzes.find((k) => k.soort === "gemeente");
    expect(gemeente === undefined ? null : soortVan(zoekZorgkantoor("Hengelo", keuzeCode(gemeente)), "gemeente").gemeente.naam).toBe("Hengelo");
    // An unknown code changes nothing.
    expect(zoekZorgkantoor("Bergen", "GM9999").soort).toBe("keuzes");
  });

  it("an old gemeente's village maps to its 2025 gemeente (Haarlemmerliede, Esch)", () => {
    const liede = soortVan(zoekZorgkantoor("Haarlemmerliede"), "woonplaats");
    expect(liede.gemeente?.naam).toBe("Haarlemmermeer");
    expect(liede.vroegereGemeente).toBe("Haarlemmerliede en Spaarnwoude");
    expect(liede.zorgkantoor.regio).toBe("Amstelland en de Meerlanden");
    expect(tekstVan(liede.redenen[0])).toContain("Nu hoort Haarlemmerliede bij de gemeente Haarlemmermeer");
    expect(soortVan(zoekZorgkantoor("Esch"), "woonplaats").gemeente?.naam).toBe("Vught");
  });

  it("a village of a split gemeente keeps its region but claims no gemeente (Grou)", () => {
    const grou = soortVan(zoekZorgkantoor("Grou"), "woonplaats");
    expect(grou.gemeente).toBeNull();
    expect(grou.vroegereGemeente).toBe("Boarnsterhim");
    expect(grou.zorgkantoor.regio).toBe("Friesland");
    expect(tekstVan(grou.redenen[0])).toContain("Wij weten niet zeker");
  });

  it("a woonplaats in several gemeenten lists each (Bergen); a former gemeente of that name comes first (Winsum)", () => {
    const bergen = soortVan(zoekZorgkantoor("Bergen"), "keuzes");
    expect(bergen.keuzes.map((k) => k.gemeente?.naam).sort()).toEqual(["Bergen (L)", "Bergen (NH)"]);
    const winsum = soortVan(zoekZorgkantoor("winsum"), "woonplaats");
    expect(winsum.zorgkantoor.regio).toBe("Groningen");
    expect(winsum.redenen.some((r) => tekstVan(r).startsWith("Er is ook een Winsum in de gemeente"))).toBe(true);
  });
});

describe("zoekZorgkantoor: postcodes (ZK-01)", () => {
  it.each([
    ["1381", "Amsterdam", "Amsterdam"],
    ["1315 AB", "Almere", "'t Gooi"],
    ["5038", "Tilburg", "Midden Brabant"],
    ["6211CD", "Maastricht", "Zuid Limburg"],
    ["9711 ef", "Groningen", "Groningen"],
    ["3111", "Schiedam", "Westland Schieland Delfland"],
  ])("%s → gemeente %s, %s", (invoer, gemeente, verwacht) => {
    const uitkomst = soortVan(zoekZorgkantoor(invoer), "postcode");
    expect(uitkomst.gemeente?.naam).toBe(gemeente);
    expect(uitkomst.zorgkantoor.regio).toBe(verwacht);
  });

  it("writes the postcode as 1234 AB and asks to confirm an old gemeente's successor", () => {
    const uitkomst = soortVan(zoekZorgkantoor("1381ab"), "postcode");
    expect(uitkomst.postcode).toBe("1381 AB");
    expect(uitkomst.woonplaats).toBe("Weesp");
    expect(tekstVan(uitkomst.redenen[0])).toBe(
      "Postcode 1381 ligt waarschijnlijk in de gemeente Weesp (nu Amsterdam). Klopt dat? Dan valt u onder zorgkantoorregio Amsterdam.",
    );
    expect(uitkomst.redenen.map((r) => tekstVan(r)).join("\n")).toContain("lijst uit 2014");
  });

  it("does not call Den Haag an old name of 's-Gravenhage", () => {
    const uitkomst = soortVan(zoekZorgkantoor("2514"), "postcode");
    expect(uitkomst.vroegereGemeente).toBeNull();
    expect(tekstVan(uitkomst.redenen[0])).toContain("in de gemeente 's-Gravenhage. Klopt dat?");
  });

  it("says so for a postcode that is not in the table, or not a postcode at all", () => {
    const bekend = new Set(allePostcodes().map((p) => p.pc4));
    const ontbrekend = [...Array(9000).keys()].map((i) => i + 1000).find((pc4) => !bekend.has(pc4));
    expect(ontbrekend).toBeDefined();
    for (const invoer of ["0999", String(ontbrekend), "1234 SS"]) {
      const uitkomst = soortVan(zoekZorgkantoor(invoer), "postcode-onbekend");
      expect(tekstVan(uitkomst.redenen[0])).toContain("staat niet in onze lijst");
    }
    expect(soortVan(zoekZorgkantoor("0999"), "postcode-onbekend").postcode).toBe("0999");
  });

  it("finds every postcode of the table in its region", () => {
    for (const { pc4, zk } of allePostcodes()) {
      expect(soortVan(zoekZorgkantoor(String(pc4)), "postcode").zorgkantoor.zkCode).toBe(`ZK${String(zk).padStart(2, "0")}`);
    }
  });
});

describe("zoekZorgkantoor: everything else", () => {
  it("empty input", () => {
    for (const invoer of ["", "   ", "\n\t"]) expect(zoekZorgkantoor(invoer)).toEqual({ soort: "leeg" });
  });

  it("a prefix gives choices, gemeenten first", () => {
    const uitkomst = soortVan(zoekZorgkantoor("Berg"), "keuzes");
    expect(uitkomst.keuzes).toHaveLength(MAX_KEUZES);
    expect(uitkomst.meer).toBe(true);
    const soorten = uitkomst.keuzes.map((k) => k.soort);
    expect(soorten.slice(0, 5)).toEqual(["gemeente", "gemeente", "gemeente", "gemeente", "gemeente"]);
    expect(soorten.lastIndexOf("gemeente")).toBeLessThan(soorten.indexOf("woonplaats"));
    expect(uitkomst.keuzes.map((k) => k.naam)).toEqual(expect.arrayContaining(["Bergen (NH)", "Bergen (L)", "Bergen op Zoom", "Berg en Dal"]));
  });

  it("garbage gives nothing, and never throws", () => {
    for (const invoer of ["%%%", "x".repeat(10_000), "Ämsterdäm!!!", "\u0000\uffff", "12345", "1234 ABC", "🙂"]) {
      expect(() => zoekZorgkantoor(invoer)).not.toThrow();
    }
    expect(zoekZorgkantoor("%%%")).toMatchObject({ soort: "niets", invoer: "%%%" });
    const lang = soortVan(zoekZorgkantoor("x".repeat(10_000)), "niets");
    expect(lang.invoer).toHaveLength(MAX_ZOEKLENGTE);
  });

  it("never throws, and always answers with reasons when it names a zorgkantoor (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (invoer) => {
        const uitkomst = zoekZorgkantoor(invoer);
        if ("zorgkantoor" in uitkomst) expect(uitkomst.redenen.some((r) => r.regel === "ZK-01")).toBe(true);
        if (uitkomst.soort === "keuzes") expect(uitkomst.keuzes.length).toBeGreaterThan(0);
        expect(suggesties(invoer).length).toBeLessThanOrEqual(8);
      }),
    );
  });
});

describe("suggesties", () => {
  it("prefix matches, gemeenten first, each with its zorgkantoor", () => {
    const lijst = suggesties("ber");
    expect(lijst).toHaveLength(8);
    expect(lijst[0]).toMatchObject({ naam: "Berg en Dal", soort: "gemeente", zorgkantoor: { regio: "Nijmegen" } });
    const soorten = lijst.map((s) => s.soort);
    expect(soorten.lastIndexOf("gemeente")).toBeLessThan(soorten.indexOf("woonplaats"));
    expect(suggesties("ber", 3)).toHaveLength(3);
  });

  it("does not repeat a woonplaats that its own gemeente already names", () => {
    expect(suggesties("tilburg").map((s) => [s.soort, s.naam])).toEqual([["gemeente", "Tilburg"]]);
    expect(suggesties("den bos").map((s) => s.naam)).toEqual(["'s-Hertogenbosch"]);
  });

  it("gives the place of a four-digit postcode", () => {
    expect(suggesties("1381")).toEqual([expect.objectContaining({ soort: "postcode", postcode: "1381", naam: "Weesp", gemeente: { code: "GM0363", naam: "Amsterdam" } })]);
    expect(suggesties("1381 A")).toHaveLength(1);
    expect(suggesties("138")).toEqual([]);
    expect(suggesties("0999")).toEqual([]);
  });

  it("nothing for empty, garbage or max 0", () => {
    expect(suggesties("")).toEqual([]);
    expect(suggesties("%%%")).toEqual([]);
    expect(suggesties("x".repeat(10_000))).toEqual([]);
    expect(suggesties("Amsterdam", 0)).toEqual([]);
  });
});

describe("data (generated by scripts/genereer-zorgkantoordata.mjs)", () => {
  const bijlage2 = new Set(ZORGKANTOORREGIOS.map((r) => r.zkCode));
  const actueel = (code: string) => VERVALLEN_ZK_CODES[code] ?? code;

  it("ZK-02: every region of Bijlage 2 has a phone number and a website", () => {
    for (const r of ZORGKANTOORREGIOS) {
      expect(r.telefoon).toMatch(/^\(0\d{2,3}\) [\d ]+$/);
      expect(r.website).toMatch(/^www\./);
    }
  });

  it("has the 342 gemeenten of 2025, unique, each in a region of Bijlage 2", () => {
    expect(GEMEENTEN).toHaveLength(342);
    expect(new Set(GEMEENTEN.map((g) => g.gemeentecode)).size).toBe(342);
    expect(new Set(GEMEENTEN.map((g) => g.gemeentenaam)).size).toBe(342);
    for (const g of GEMEENTEN) expect(bijlage2.has(actueel(g.zkCode)), `${g.gemeentenaam} ${g.zkCode}`).toBe(true);
  });

  it("ZK-02: the gemeenten's regions and Bijlage 2's 31 rows match one to one", () => {
    expect(ZORGKANTOORREGIOS).toHaveLength(31);
    expect([...new Set(GEMEENTEN.map((g) => actueel(g.zkCode)))].sort()).toEqual([...bijlage2].sort());
  });

  it("every PC4 row's region is a row of Bijlage 2, and agrees with its 2025 gemeente", () => {
    const perCode = new Map(GEMEENTEN.map((g) => [Number(g.gemeentecode.slice(2)), g]));
    const postcodes = allePostcodes();
    expect(postcodes).toHaveLength(4699);
    expect(new Set(postcodes.map((p) => p.pc4)).size).toBe(postcodes.length);
    for (const p of postcodes) {
      const zk = `ZK${String(p.zk).padStart(2, "0")}`;
      expect(bijlage2.has(actueel(zk)), `${p.pc4} ${zk}`).toBe(true);
      if (p.gemeentecode !== 0) expect(perCode.get(p.gemeentecode)?.zkCode, `${p.pc4} ${p.woonplaats}`).toBe(zk);
    }
  });
});

describe("the postcode table stays on the server", () => {
  const WORTEL = path.resolve(__dirname, "..");
  function bestanden(map: string): string[] {
    return readdirSync(map).flatMap((naam) => {
      const pad = path.join(map, naam);
      if (statSync(pad).isDirectory()) return bestanden(pad);
      return /\.(ts|tsx)$/.test(naam) ? [pad] : [];
    });
  }

  it("no client component imports it, and no other rules module re-exports it", () => {
    const client = ["app", "components"]
      .flatMap((map) => bestanden(path.join(WORTEL, map)))
      .filter((b) => /^\s*["']use client["']/.test(readFileSync(b, "utf8")));
    // A type-only import is erased from the bundle; any other import would ship the table.
    const waarde = /^import (?!type )[^;]*from ["'][^"']*(zorgkantoor-zoeken|data\/postcodes|lib\/zorgkantoor)[^"']*["']/m;
    for (const bestand of client) expect(readFileSync(bestand, "utf8"), bestand).not.toMatch(waarde);
    const doorgeven = /^export [^;]*from ["'][^"']*(zorgkantoor-zoeken|data\/postcodes)[^"']*["']/m;
    for (const bestand of bestanden(path.join(WORTEL, "rules"))) expect(readFileSync(bestand, "utf8"), bestand).not.toMatch(doorgeven);
  });
});
