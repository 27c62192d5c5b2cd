import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vaardigheidLabels, weigeringUitleg } from "../content/redenen/aanvraag";
import {
  adviesVaardigheden,
  beoordeelAanvraag,
  gewaarborgdeHulpFeiten,
  gewaarborgdeHulpVerplicht,
  ondertekenaars,
  PGB_VAARDIGHEDEN,
  WEIGERINGSGRONDEN,
  weigeringsgronden,
  type AanvraagSituatie,
  type PgbVaardigheid,
} from "./aanvraag";
import { pgbUitkomst, type LeveringsvormSituatie } from "./leveringsvorm";
import type { Reden, Uitkomst } from "./types";
import { ALLE_ZORGPROFIELEN, vindZorgprofiel, type Zorgprofiel } from "./zorgprofiel";
import { tekstVan } from "@/tests/lib/redenen";
import { reden } from "./redenen";

const FC = { seed: 20261124, numRuns: 1000 } as const;

function profiel(code: string): Zorgprofiel {
  const z = vindZorgprofiel(code);
  if (z === null) throw new Error(`onbekend testprofiel ${code}`);
  return z;
}

/** An aanvraag whose pgb outcome comes from the real leveringsvorm rules. */
function aanvraag(code: string, extra: Omit<Partial<LeveringsvormSituatie>, "zorgprofiel"> & { gewaarborgdeHulp?: boolean } = {}): AanvraagSituatie {
  const { gewaarborgdeHulp, ...situatie } = extra;
  const zorgprofiel = profiel(code);
  return { zorgprofiel, pgb: pgbUitkomst({ zorgprofiel, ...situatie }), gewaarborgdeHulp };
}

function regels(u: { redenen: Reden[] }): string[] {
  return u.redenen.map((r) => r.regel);
}

function alle(waarde: boolean): Record<PgbVaardigheid, boolean> {
  return Object.fromEntries(PGB_VAARDIGHEDEN.map((v) => [v, waarde])) as Record<PgbVaardigheid, boolean>;
}

describe("adviesVaardigheden (AV-01)", () => {
  it("AV-01: the ten vaardigheden, each with a label", () => {
    expect(PGB_VAARDIGHEDEN).toHaveLength(10);
    expect(Object.keys(vaardigheidLabels).sort()).toEqual([...PGB_VAARDIGHEDEN].sort());
    for (const v of PGB_VAARDIGHEDEN) expect(vaardigheidLabels[v]).toMatch(/^U /);
  });
  it("AV-01: all yes → ja, a pgb fits", () => {
    const a = adviesVaardigheden(alle(true));
    expect(a).toMatchObject({ uitkomst: "ja", ontbrekend: [], redenen: [{ regel: "AV-01", code: "av.vaardigheden-alles-ja" }] });
    expect(tekstVan(a.redenen[0])).toContain("past bij u");
  });
  it("AV-01: some no → navragen with advice (gewaarborgde hulp, Per Saldo), never nee", () => {
    const a = adviesVaardigheden({ ...alle(true), administratie: false });
    expect(a.uitkomst).toBe("navragen");
    expect(regels(a)).toEqual(["AV-01", "AV-01", "AV-03"]);
    expect(a.redenen.map((r) => [r.code, r.gegevens])).toEqual([
      ["av.vaardigheden-niet-alles", { aantal: 1 }],
      ["av.per-saldo", {}],
      ["av.zorgkantoor-kan-vragen", {}],
    ]);
    const tekst = a.redenen.map((r) => tekstVan(r)).join(" ");
    expect(tekst).toContain("één punt");
    expect(tekst).toContain("gewaarborgde hulp");
    expect(tekst).toContain("Per Saldo");
  });
  it("AV-01: unanswered points are listed and the answer waits for them", () => {
    const a = adviesVaardigheden({ administratie: true });
    expect(a.uitkomst).toBe("navragen");
    expect(a.ontbrekend).toHaveLength(9);
    expect(a.ontbrekend).not.toContain("administratie");
    expect(a.redenen[0]).toMatchObject({ code: "av.vaardigheden-onbeantwoord", gegevens: { aantal: 9 } });
    expect(tekstVan(a.redenen[0])).toContain("9 vragen");
    expect(tekstVan(adviesVaardigheden({ ...alle(true), communiceren: undefined }).redenen[0])).toContain("één vraag");
  });
  it("AV-01: several no → the count in plain words", () => {
    expect(tekstVan(adviesVaardigheden(alle(false)).redenen[0])).toContain("10 punten");
  });
  it("AV-01: advisory only: whatever the answers, the outcome is never nee", () => {
    const antwoord = fc.option(fc.boolean(), { nil: undefined });
    const prop = fc.property(fc.array(antwoord, { minLength: 10, maxLength: 10 }), (lijst) => {
      const antwoorden: Partial<Record<PgbVaardigheid, boolean>> = {};
      PGB_VAARDIGHEDEN.forEach((v, i) => {
        const w = lijst[i];
        if (w !== undefined) antwoorden[v] = w;
      });
      const a = adviesVaardigheden(antwoorden);
      const allesJa = lijst.every((w) => w === true);
      return a.uitkomst !== "nee" && (a.uitkomst === "ja") === allesJa && a.ontbrekend.length === lijst.filter((w) => w === undefined).length;
    });
    fc.assert(prop, FC);
  });
});

describe("gewaarborgdeHulpVerplicht (AV-02, AV-03)", () => {
  const verplicht = ["4VV", "5VV", "6VV", "7VV", "4VG", "5VG", "6VG", "7VG", "8VG", "1GGZ-W", "2GGZ-W", "3GGZ-W", "4GGZ-W"];
  it.each(verplicht)("AV-02: gewaarborgde hulp is mandatory for %s", (code) => {
    expect(gewaarborgdeHulpVerplicht(profiel(code))).toMatchObject({ verplicht: true, redenen: [{ regel: "AV-02" }] });
  });
  it("AV-02: exactly VV 4–7, VG 4–8, GGZ-W 1–4 among all profiles (8VV, 9BVV, 5GGZ-W not)", () => {
    const alleVerplicht = ALLE_ZORGPROFIELEN.filter((z) => gewaarborgdeHulpVerplicht(z).verplicht).map((z) => z.code);
    expect(alleVerplicht.sort()).toEqual([...verplicht].sort());
  });
  it.each(["8VV", "9BVV", "3VG", "4LG", "2ZGaud", "5GGZ-W", "GGZ-B", "SGLVG"])("AV-03: %s: not mandatory, the zorgkantoor may still ask", (code) => {
    const g = gewaarborgdeHulpVerplicht(profiel(code));
    expect(g).toMatchObject({ verplicht: false, redenen: [{ regel: "AV-03", bron: "Stap 3, Gewaarborgde hulp" }] });
    expect(tekstVan(g.redenen[0])).toContain("kan wel besluiten");
  });
});

describe("beoordeelAanvraag (AV-02, AV-05, AV-06, AV-07, LV-02)", () => {
  it("AV-02 (example av-02): 5VV at home without gewaarborgde hulp: nee", () => {
    const u = beoordeelAanvraag(aanvraag("5VV", { woonsituatie: "thuis", gewaarborgdeHulp: false }));
    expect(u).toMatchObject({ uitkomst: "nee", redenen: [{ regel: "AV-02" }] });
  });
  it("AV-02: mandatory gewaarborgde hulp not known yet: navragen, saying so", () => {
    const u = beoordeelAanvraag(aanvraag("5VV", { woonsituatie: "thuis" }));
    expect(u.uitkomst).toBe("navragen");
    expect(u.redenen[0]).toMatchObject({ regel: "AV-02" });
    expect(tekstVan(u.redenen[0])).toContain("Heeft u iemand");
  });
  it("AV-04 / AV-05: 5VV at home with gewaarborgde hulp: ja, the zorgkantoor judges the hulp and invites", () => {
    const u = beoordeelAanvraag(aanvraag("5VV", { woonsituatie: "thuis", gewaarborgdeHulp: true }));
    expect(u.uitkomst).toBe("ja");
    expect(regels(u)).toEqual(["AV-05", "AV-04", "AV-05", "AV-06"]);
    expect(u.redenen.map((r) => r.code)).toEqual(["av.geen-bezwaar", "av.hulp-geschikt", "av.keuzegesprek", "av.controle"]);
  });
  it("AV-03 / AV-05 / AV-06 (example lv-01): 4LG at home, no gewaarborgde hulp needed: ja, the zorgkantoor still decides", () => {
    const u = beoordeelAanvraag(aanvraag("4LG", { woonsituatie: "thuis", gewaarborgdeHulp: false }));
    expect(u.uitkomst).toBe("ja");
    expect(regels(u)).toEqual(["AV-05", "AV-03", "AV-05", "AV-06"]);
    expect(u.redenen.map((r) => tekstVan(r)).join(" ")).toMatch(/zorgkantoor beslist[\s\S]*bewuste-keuzegesprek[\s\S]*wijst het zorgkantoor uw aanvraag af/);
  });
  it("AV-04: a gewaarborgde hulp that is there is judged by the zorgkantoor, mandatory or not", () => {
    const u = beoordeelAanvraag(aanvraag("4LG", { woonsituatie: "thuis", gewaarborgdeHulp: true }));
    expect(regels(u)).toEqual(["AV-05", "AV-03", "AV-04", "AV-05", "AV-06"]);
  });
  it("AV-06 (example av-06): failliet with 2LG: nee, carrying the pgb's AV-06", () => {
    const u = beoordeelAanvraag(aanvraag("2LG", { failliet: true, gewaarborgdeHulp: true }));
    expect(u).toMatchObject({ uitkomst: "nee", redenen: [{ regel: "AV-06" }] });
  });
  it("AV-07: not living in NL: nee", () => {
    expect(regels(beoordeelAanvraag(aanvraag("2LG", { woontInNederland: false })))).toEqual(["AV-07"]);
  });
  it("LV-02 / AV-02: every rule in the way is named together", () => {
    const z = profiel("5VV");
    const pgb: Uitkomst = { uitkomst: "nee", redenen: [reden("AV-06", "lv.failliet")] };
    expect(regels(beoordeelAanvraag({ zorgprofiel: z, pgb, gewaarborgdeHulp: false }))).toEqual(["AV-06", "AV-02"]);
    expect(regels(beoordeelAanvraag(aanvraag("3LVG", { woonsituatie: "thuis" })))).toEqual(["LV-02"]);
  });
  it("LV-13: a pgb that is itself navragen makes the aanvraag navragen, with its reasons", () => {
    const u = beoordeelAanvraag(aanvraag("10VV", { woonsituatie: "thuis" }));
    expect(u.uitkomst).toBe("navragen");
    expect(regels(u)).toEqual(["LV-13", "AV-05", "AV-06"]);
  });
  it("AV-02 / AV-06: a nee always names the rule in the way; ja only when the pgb is ja", () => {
    const prop = fc.property(
      fc.constantFrom(...ALLE_ZORGPROFIELEN),
      fc.constantFrom("thuis", "wooninitiatief", "instelling", undefined),
      fc.option(fc.boolean(), { nil: undefined }),
      fc.boolean(),
      fc.boolean(),
      (zorgprofiel, woonsituatie, gewaarborgdeHulp, failliet, woontInNederland) => {
        const pgb = pgbUitkomst({ zorgprofiel, woonsituatie, failliet, woontInNederland });
        const u = beoordeelAanvraag({ zorgprofiel, pgb, gewaarborgdeHulp });
        const verplicht = gewaarborgdeHulpVerplicht(zorgprofiel).verplicht;
        if (u.uitkomst === "nee") {
          return regels(u).some((r) => ["LV-02", "LV-06", "AV-06", "AV-07"].includes(r)) || (verplicht && gewaarborgdeHulp === false);
        }
        if (u.uitkomst === "ja") return pgb.uitkomst === "ja" && (!verplicht || gewaarborgdeHulp === true);
        return u.redenen.length > 0;
      },
    );
    fc.assert(prop, FC);
  });
});

describe("weigeringsgronden (AV-05, AV-06, AV-07)", () => {
  it("AV-05 / AV-06 / AV-07: one plain question per ground, with the rule and the refusing answer", () => {
    const g = weigeringsgronden();
    expect(g.map((x) => [x.grond, x.reden.regel, x.afwijzingBijAntwoord])).toEqual([
      ["bewuste-keuzegesprek", "AV-05", false],
      ["failliet", "AV-06", true],
      ["wsnp", "AV-06", true],
      ["geen-vast-woonadres", "AV-06", false],
      ["niet-in-nederland", "AV-07", false],
    ]);
    expect(Object.keys(weigeringUitleg).sort()).toEqual([...WEIGERINGSGRONDEN].sort());
    expect(g.map((x) => x.reden.code)).toEqual(WEIGERINGSGRONDEN.map((grond) => `av.weigering-${grond}`));
  });
});

describe("gewaarborgdeHulpFeiten (AV-04)", () => {
  it("AV-04: who can be gewaarborgde hulp, the zorgkantoor judges fitness, changes are reported", () => {
    const f = gewaarborgdeHulpFeiten();
    expect(regels({ redenen: f })).toEqual(["AV-04", "AV-04", "AV-04"]);
    expect(f.map((r) => r.code)).toEqual(["av.hulp-wie", "av.hulp-geschikt", "av.hulp-wijziging-melden"]);
    expect(f.map((r) => tekstVan(r)).join(" ")).toMatch(/wettelijk vertegenwoordiger[\s\S]*beoordeelt[\s\S]*Meld dat/);
  });
});

describe("ondertekenaars (AV-08)", () => {
  it("AV-08: neither wettelijk vertegenwoordiger nor gewaarborgde hulp: the budgethouder signs", () => {
    const o = ondertekenaars({ wettelijkVertegenwoordiger: false, gewaarborgdeHulp: false });
    expect(o.wie).toEqual(["budgethouder"]);
    expect(o.redenen.map((r) => r.code)).toEqual(["av.ondertekening-budgetplan", "av.ondertekening-budgethouder"]);
  });
  it("AV-08: the wettelijk vertegenwoordiger and/or gewaarborgde hulp sign, not the budgethouder", () => {
    const beide = ondertekenaars({ wettelijkVertegenwoordiger: true, gewaarborgdeHulp: true });
    expect(beide.wie).toEqual(["wettelijk-vertegenwoordiger", "gewaarborgde-hulp"]);
    expect(beide.redenen.map((r) => r.code)).toEqual(["av.ondertekening-budgetplan", "av.ondertekening-wettelijk-vertegenwoordiger", "av.ondertekening-gewaarborgde-hulp"]);
    expect(ondertekenaars({ wettelijkVertegenwoordiger: true, gewaarborgdeHulp: false }).wie).toEqual(["wettelijk-vertegenwoordiger"]);
    expect(ondertekenaars({ wettelijkVertegenwoordiger: false, gewaarborgdeHulp: true }).wie).toEqual(["gewaarborgde-hulp"]);
  });
  it("AV-08: with one known and the other unknown, the reasons say the other signs too if there is one", () => {
    const o = ondertekenaars({ gewaarborgdeHulp: true });
    expect(o.wie).toEqual(["gewaarborgde-hulp"]);
    expect(o.redenen.at(-1)?.code).toBe("av.ondertekening-misschien-ook");
    expect(tekstVan(o.redenen.at(-1))).toContain("ondertekent die ook");
  });
  it("AV-08: with nothing known nobody is named, never a guess", () => {
    const o = ondertekenaars({ wettelijkVertegenwoordiger: false });
    expect(o.wie).toEqual([]);
    expect(o.redenen.map((r) => r.code)).toEqual(["av.ondertekening-budgetplan", "av.ondertekening-onbekend"]);
    expect(o.redenen.every((r) => r.regel === "AV-08" && r.bron === "Bijlage 3, 7. Ondertekening")).toBe(true);
    expect(tekstVan(o.redenen[0])).toContain("aanvraagformulier");
  });
});
