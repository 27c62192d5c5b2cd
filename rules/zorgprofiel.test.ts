import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BIJLAGE_4, OMSCHRIJVINGEN_BUITEN_BIJLAGE_4 } from "./data/zorgprofielen";
import {
  ALLE_ZORGPROFIELEN,
  formatZorgprofiel,
  parseZorgprofiel,
  uitlegZorgprofiel,
  vindZorgprofiel,
  type Zorgprofiel,
} from "./zorgprofiel";
import { tekstVan } from "@/tests/lib/redenen";

const FC = { seed: 20261124, numRuns: 1000 } as const;

function code(invoer: string): string | null {
  const p = parseZorgprofiel(invoer);
  return p.ok ? p.zorgprofiel.code : null;
}

function fout(invoer: string): string | null {
  const p = parseZorgprofiel(invoer);
  return p.ok ? null : p.fout;
}

describe("Bijlage 4 as data (IND-03)", () => {
  it("IND-03: Bijlage 4 prints 27 rows, not the 29 the first rule catalogue mentioned (docs/regels.md)", () => {
    expect(BIJLAGE_4.flatMap((s) => s.rijen)).toHaveLength(27);
    expect(ALLE_ZORGPROFIELEN.filter((z) => z.inBijlage4)).toHaveLength(27);
  });
  it("IND-03: the groups and their row counts follow the brochure", () => {
    expect(BIJLAGE_4.map((s) => [s.groep, s.rijen.length])).toEqual([
      ["Verpleging en verzorging", 5],
      ["Verstandelijk gehandicapt", 6],
      ["Lichamelijk gehandicapt", 5],
      ["Zintuiglijk gehandicapt", 7],
      ["Geestelijke gezondheidszorg", 4],
    ]);
  });
  it("IND-03: every Bijlage 4 code names a known profile with its omschrijving", () => {
    for (const rij of BIJLAGE_4.flatMap((s) => s.rijen)) {
      expect(vindZorgprofiel(rij.code)).toMatchObject({ inBijlage4: true, omschrijving: rij.omschrijving });
    }
  });
  it("IND-03: omschrijvingen outside Bijlage 4 belong to known profiles outside it", () => {
    for (const [c, omschrijving] of Object.entries(OMSCHRIJVINGEN_BUITEN_BIJLAGE_4)) {
      expect(vindZorgprofiel(c)).toMatchObject({ inBijlage4: false, omschrijving });
    }
  });
});

describe("ALLE_ZORGPROFIELEN", () => {
  it("IND-05: holds the 47 Wlz profiles, Bijlage 4 first in its own order", () => {
    expect(ALLE_ZORGPROFIELEN).toHaveLength(47);
    expect(ALLE_ZORGPROFIELEN.slice(0, 27).map((z) => z.code)).toEqual(BIJLAGE_4.flatMap((s) => s.rijen.map((r) => r.code)));
    expect(ALLE_ZORGPROFIELEN.slice(27).map((z) => z.code)).toEqual([
      "1VV", "2VV", "3VV", "9VV", "9BVV", "10VV", "1VG", "2VG", "1LG", "3LG", "1ZGvis", "1ZGaud",
      "5GGZ-W", "GGZ-B", "1LVG", "2LVG", "3LVG", "4LVG", "5LVG", "SGLVG",
    ]);
    expect(new Set(ALLE_ZORGPROFIELEN.map((z) => z.code)).size).toBe(47);
  });
  it("IND-05: a profile no source describes has no invented omschrijving", () => {
    expect(vindZorgprofiel("10VV")).toEqual({ code: "10VV", sector: "VV", niveau: "10", omschrijving: null, inBijlage4: false });
    expect(vindZorgprofiel("12XX")).toBeNull();
  });
});

describe("parseZorgprofiel (IND-05)", () => {
  it.each([
    ["ZZP 5 VV", "5VV"], ["ZP 5 VV", "5VV"], ["5VV", "5VV"], ["5 VV", "5VV"], ["VV5", "5VV"], ["VV 5", "5VV"],
    ["vv-5", "5VV"], ["zzp5vv", "5VV"], ["Zorgprofiel: 5 VV", "5VV"], ["ZZP-5.VV", "5VV"], ["  5  vv  ", "5VV"],
    ["5GGZ W", "5GGZ-W"], ["GGZ-W 5", "5GGZ-W"], ["GGZ W5", "5GGZ-W"], ["4ggz-w", "4GGZ-W"],
    ["9B VV", "9BVV"], ["VV 9b", "9BVV"], ["9 b vv", "9BVV"], ["9VV", "9VV"], ["10 VV", "10VV"],
    ["2ZGaud", "2ZGaud"], ["ZGaud 2", "2ZGaud"], ["ZG aud 2", "2ZGaud"], ["2 ZG-aud", "2ZGaud"], ["zg vis 5", "5ZGvis"],
    ["SGLVG", "SGLVG"], ["1SGLVG", "SGLVG"], ["ZP SGLVG", "SGLVG"], ["sglvg 1", "SGLVG"],
    ["GGZ-B", "GGZ-B"], ["GGZ B", "GGZ-B"], ["ZP GGZ-B", "GGZ-B"], ["3B GGZ", "GGZ-B"], ["GGZ 3B", "GGZ-B"],
    ["7b ggz", "GGZ-B"], ["GGZ-B 4", "GGZ-B"], ["3bGGZ (GGZ-B)", "GGZ-B"],
    ["ZP 3 LVG", "3LVG"], ["3 LVG", "3LVG"], ["ZZP 3 VG", "3VG"], ["zorgzwaartepakket 4 LG", "4LG"],
    ["ZZP 5 VV (Beschermd wonen met intensieve dementiezorg)", "5VV"], ["05VV", "5VV"], ["5\u00a0VV", "5VV"], ["5 – VV", "5VV"],
  ])("IND-05: %s is %s", (invoer, verwacht) => {
    expect(code(invoer)).toBe(verwacht);
  });

  it.each([
    "12XX", "11VV", "VV", "0VG", "9BVG", "hallo", "5", "9B", "3B", "ZP", "ZZP", "5 GGZ", "GGZ 3", "2B GGZ", "8B GGZ",
    "GGZ-B 9", "GGZ", "ZZP GGZ", "2SGLVG", "1B SGLVG", "6LVG", "5BVV", "VV 5 VG", "5VV5", "(5VV)", "ZZP 5 VV; 6 VG", "9VG", "6ZGaud",
  ])("IND-05: %s names no Wlz profile", (invoer) => {
    const p = parseZorgprofiel(invoer);
    expect(p).toMatchObject({ ok: false, fout: "onbekend", reden: { regel: "IND-05", bron: "Stap 1, Bijlage 4", code: "zp.onbekend" } });
  });

  it.each(["", "   ", "\t\n"])("IND-05: %j is leeg", (invoer) => {
    expect(parseZorgprofiel(invoer)).toMatchObject({ ok: false, fout: "leeg", reden: { regel: "IND-05", code: "zp.leeg" } });
  });

  it("IND-05: a value that is not a string (from untyped callers) is leeg, not a crash", () => {
    expect(fout(undefined as unknown as string)).toBe("leeg");
  });

  it("IND-05: the normalised profile carries sector, niveau and Bijlage 4 facts", () => {
    const p = parseZorgprofiel("ZZP 5 VV");
    expect(p).toEqual({
      ok: true,
      zorgprofiel: { code: "5VV", sector: "VV", niveau: "5", omschrijving: "VV Beschermd wonen met intensieve dementiezorg", inBijlage4: true },
    });
    expect(parseZorgprofiel("GGZ-B")).toMatchObject({ ok: true, zorgprofiel: { niveau: null, sector: "GGZ-B", inBijlage4: false } });
  });

  it("IND-05: every profile parses from its code and from the brochure's way of writing it", () => {
    for (const z of ALLE_ZORGPROFIELEN) {
      expect(code(z.code)).toBe(z.code);
      expect(code(formatZorgprofiel(z))).toBe(z.code);
    }
  });

  it("IND-05: any spelling (case, spaces, hyphens, dots, prefix, number before or after) names the same profile", () => {
    const scheiding = fc.constantFrom("", " ", "-", ".", "  ", " - ");
    const profiel = fc.constantFrom(...ALLE_ZORGPROFIELEN.filter((z) => z.niveau !== null));
    const prop = fc.property(
      profiel,
      fc.constantFrom("", "ZZP ", "ZP ", "zorgprofiel ", "zp"),
      fc.boolean(),
      scheiding,
      scheiding,
      fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      (z: Zorgprofiel, voorvoegsel, ervoor, tussen, inSector, hoofdletters) => {
        // "GGZ-W" → "GGZ W", "ZGaud" → "ZG aud": a separator may sit inside the sector too.
        const sector = z.sector.replace("-", inSector).replace(/^ZG/, `ZG${inSector}`);
        const niveau = z.niveau ?? "";
        const kaal = ervoor ? `${niveau}${tussen}${sector}` : `${sector}${tussen}${niveau}`;
        const tekst = [...`${voorvoegsel}${kaal}`].map((c, i) => (hoofdletters[i % 30] ? c.toUpperCase() : c.toLowerCase())).join("");
        return code(tekst) === z.code;
      },
    );
    fc.assert(prop, FC);
  });

  it("IND-05: arbitrary user text never throws and answers within bounded time", () => {
    const tekens = fc.constantFrom(..."0123456789 -._:BVGLZPaudisWGGZSGLVG()xyz\u00a0–".split(""));
    const prop = fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: tekens, maxLength: 400 })), (invoer) => {
      const p = parseZorgprofiel(invoer);
      return p.ok ? vindZorgprofiel(p.zorgprofiel.code) === p.zorgprofiel : p.fout === "leeg" || p.fout === "onbekend";
    });
    fc.assert(prop, FC);
    const start = performance.now();
    parseZorgprofiel(`${"ZP".repeat(5000)}5VV`);
    parseZorgprofiel(`${"9".repeat(10000)}B${"V".repeat(10000)}`);
    parseZorgprofiel(`(${"(".repeat(10000)}`);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe("formatZorgprofiel and uitlegZorgprofiel (IND-03)", () => {
  function profiel(c: string): Zorgprofiel {
    const z = vindZorgprofiel(c);
    if (z === null) throw new Error(`onbekend testprofiel ${c}`);
    return z;
  }
  it("IND-03: writes profiles as the brochure does", () => {
    expect(formatZorgprofiel(profiel("9BVV"))).toBe("ZP 9B VV");
    expect(formatZorgprofiel(profiel("SGLVG"))).toBe("ZP SGLVG");
  });
  it("IND-03: a Bijlage 4 profile is explained as a ZZP that gives access to the pgb", () => {
    const [r] = uitlegZorgprofiel(profiel("5VV"));
    expect(r).toMatchObject({ regel: "IND-03", code: "zp.in-bijlage-4", gegevens: { zorgprofiel: "ZP 5 VV", omschrijving: "VV Beschermd wonen met intensieve dementiezorg" } });
    expect(tekstVan(r)).toContain("Beschermd wonen met intensieve dementiezorg");
    expect(tekstVan(r)).toContain("staat in bijlage 4");
  });
  it("IND-03: a profile outside Bijlage 4 says so", () => {
    const [r] = uitlegZorgprofiel(profiel("10VV"));
    expect(r).toMatchObject({ regel: "IND-03", bron: "Stap 1, Bijlage 4", code: "zp.niet-in-bijlage-4", gegevens: { zorgprofiel: "ZP 10 VV" } });
    expect(tekstVan(r)).toContain("staat niet in bijlage 4");
  });
});
